"""The package version (the one place it is written: the build reads it from here, see pyproject.toml).

A literal rather than ``importlib.metadata``: reading the installed metadata costs ~0.1 s at import.
"""

__version__ = "0.1.0"
