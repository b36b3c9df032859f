"""The till's front door: the composition root and every entry point (the `pos` command,
the window's start-up, the PyInstaller entry). Everything else lives one floor down."""
