"""One small keyword-only function per UI action: it starts an op; widgets only call these."""
