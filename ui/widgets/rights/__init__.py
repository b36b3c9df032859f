"""The buyer's rights dialog by region: one module per right's tab, the papers' text, the dialog."""
