"""The package version, read from the installed distribution metadata."""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("codex-runtime")
except PackageNotFoundError:  # running from a source tree without an install
    __version__ = "0.0.0"
