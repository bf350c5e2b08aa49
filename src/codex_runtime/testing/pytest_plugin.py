"""pytest fixtures for testing code that drives the real codex binary offline.

Registered automatically (entry point ``pytest11``) when codex-runtime is installed:

- ``mock_model``: a started :class:`~codex_runtime.testing.MockModel`, stopped after the test.
- ``codex_home``: an isolated offline CODEX_HOME (``tmp_path / "codex-home"``) pointing at ``mock_model``.
- ``codex_env``: ``{"CODEX_HOME": ...}``, ready for ``ClientConfig(process_env=codex_env)``.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from codex_runtime.testing.codex_home import mock_codex_home
from codex_runtime.testing.mock_model import MockModel


@pytest.fixture
def mock_model() -> Iterator[MockModel]:
    """A started MockModel with an empty queue; enqueue responses in the test."""
    with MockModel() as model:
        yield model


@pytest.fixture
def codex_home(tmp_path: Path, mock_model: MockModel) -> Path:
    """An isolated, offline CODEX_HOME pointing at ``mock_model``."""
    return mock_codex_home(tmp_path / "codex-home", mock_model)


@pytest.fixture
def codex_env(codex_home: Path) -> dict[str, str]:
    """Environment overrides for the app-server child: just ``CODEX_HOME``."""
    return {"CODEX_HOME": str(codex_home)}
