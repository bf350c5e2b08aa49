"""pytest fixtures for testing code that drives codex app-server offline (filled in below)."""
