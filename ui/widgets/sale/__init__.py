"""The sale screen by region: product entry, the cart's lines, tender, the buyer column."""
