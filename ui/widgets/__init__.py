"""The window's screens and panels; they show plain values and start actions."""
