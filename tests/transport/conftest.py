"""Fixtures for transport tests: an executable stand-in for the codex binary (see fake_codex_app.py)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests._fake_codex import write_fake_codex


@pytest.fixture
def fake_codex(tmp_path: Path) -> Path:
    """An executable "codex" that runs fake_codex_app.py with this interpreter (argv passes through)."""
    return write_fake_codex(tmp_path)


@pytest.fixture
def clean_env() -> dict[str, str]:
    """Overrides that keep the fake child's environment predictable."""
    return {"PYTHONDONTWRITEBYTECODE": "1", "LANG": os.environ.get("LANG", "C.UTF-8")}
