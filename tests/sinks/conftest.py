"""Fixtures for transcript tests: the real codex binary behind codex's built-in OpenAI provider, pointed at a
MockModel that insists on an API key (so the transcript carries a login to redact)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from codex_runtime import ClientConfig
from codex_runtime.testing import MockModel, mock_codex_home

KEY = "sk-transcript-test-0123456789abcdef"
"""The API key the transcript must never contain."""


@pytest.fixture
def workdir(tmp_path: Path) -> Path:
    path = tmp_path / "work"
    path.mkdir()
    return path


@pytest.fixture
def keyed_model() -> Iterator[MockModel]:
    with MockModel(api_key=KEY) as model:
        yield model


@pytest.fixture
def keyed_config(tmp_path: Path, keyed_model: MockModel) -> ClientConfig:
    home = mock_codex_home(tmp_path / "home", keyed_model, provider="openai")
    return ClientConfig(process_env={"CODEX_HOME": str(home)})
