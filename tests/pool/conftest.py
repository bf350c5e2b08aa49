"""Fixtures for pool tests: the real bundled codex binary + MockModel, one shared offline CODEX_HOME."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

import pytest

from codex_runtime import ClientConfig
from codex_runtime.testing import MockModel, MockResponse, RecordedRequest, responses

SLOW_MARKER = "slow:"
"""A prompt starting with this gets a slow stream (one word per 0.4 s) and sets ``slow_started``."""


@pytest.fixture
def workdir(tmp_path: Path) -> Path:
    path = tmp_path / "work"
    path.mkdir()
    return path


@pytest.fixture
def client_config(codex_env: dict[str, str]) -> ClientConfig:
    return ClientConfig(process_env=codex_env)


@pytest.fixture
def slow_started() -> threading.Event:
    return threading.Event()


@pytest.fixture
def echo_model(mock_model: MockModel, slow_started: threading.Event) -> MockModel:
    """Every POST answers ``echo: <last user text>``; a ``slow:`` prompt streams slowly and signals its start."""
    mock_model.set_fallback(echo_responder(slow_started))
    return mock_model


def echo_responder(slow_started: threading.Event) -> Callable[[RecordedRequest], MockResponse]:
    def answer(request: RecordedRequest) -> MockResponse:
        text = request.last_user_text
        if text.startswith(SLOW_MARKER):
            slow_started.set()
            return responses.slow("one two three four five six seven eight nine ten", delay=0.4)
        return responses.text(f"echo: {text}")

    return answer
