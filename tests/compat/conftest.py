"""Fixtures for the compatibility smoke: the codex binary under test + MockModel."""

from __future__ import annotations

from pathlib import Path

import pytest

from codex_runtime import ClientConfig


@pytest.fixture
def workdir(tmp_path: Path) -> Path:
    path = tmp_path / "work"
    path.mkdir()
    return path


@pytest.fixture
def client_config(codex_env: dict[str, str]) -> ClientConfig:
    return ClientConfig(process_env=codex_env)
