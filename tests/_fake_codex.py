"""A stand-in for the codex binary: a shell script that runs tests/transport/fake_codex_app.py (no model, no
account), for tests of starting, adopting and killing the app-server child."""

from __future__ import annotations

import sys
from pathlib import Path

FAKE_APP = Path(__file__).parent / "transport" / "fake_codex_app.py"


def write_fake_codex(directory: Path) -> Path:
    """An executable ``fake-codex`` in ``directory`` that runs the stand-in app-server."""
    shim = directory / "fake-codex"
    shim.write_text(f'#!/bin/sh\nexec "{sys.executable}" "{FAKE_APP}" "$@"\n')
    shim.chmod(0o755)
    return shim
