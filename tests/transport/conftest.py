"""Fixtures for transport tests: an executable stand-in for the codex binary (see fake_codex_app.py)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

FAKE_APP = Path(__file__).with_name("fake_codex_app.py")


@pytest.fixture
def fake_codex(tmp_path: Path) -> Path:
    """An executable "codex" that runs fake_codex_app.py with this interpreter (argv passes through)."""
    shim = tmp_path / "fake-codex"
    shim.write_text(f'#!/bin/sh\nexec "{sys.executable}" "{FAKE_APP}" "$@"\n')
    shim.chmod(0o755)
    return shim


@pytest.fixture
def clean_env() -> dict[str, str]:
    """Overrides that keep the fake child's environment predictable."""
    return {"PYTHONDONTWRITEBYTECODE": "1", "LANG": os.environ.get("LANG", "C.UTF-8")}
