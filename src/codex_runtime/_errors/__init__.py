"""The modules of the exception tree, one branch each. Import errors from :mod:`codex_runtime.errors`."""
