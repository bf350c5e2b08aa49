"""Fixtures for the security tests: the real codex binary + MockModel, and a record of every frame written to it."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from codex_runtime import ClientConfig
from codex_runtime.testing import MockModel
from codex_runtime.transport import StdioTransport
from tests.web.conftest import Web, open_web


@pytest.fixture
def workdir(tmp_path: Path) -> Path:
    path = tmp_path / "work"
    path.mkdir()
    return path


@pytest.fixture
def client_config(codex_env: dict[str, str]) -> ClientConfig:
    return ClientConfig(process_env=codex_env)


@dataclass
class Wire:
    """Every JSON message our side wrote to a real app-server during the test, in order."""

    sent: list[dict[str, Any]] = field(default_factory=list)

    def methods(self) -> list[str]:
        return [str(message["method"]) for message in self.sent if "method" in message]

    def params(self, method: str) -> list[dict[str, Any]]:
        return [dict(message.get("params") or {}) for message in self.sent if message.get("method") == method]


@pytest.fixture
def wire(monkeypatch: pytest.MonkeyPatch) -> Wire:
    """Records what is written to every stdio app-server (the bytes on the pipe, decoded), not what a layer above
    meant to send."""
    record = Wire()
    original = StdioTransport.send

    async def recording_send(self: StdioTransport, frame: bytes) -> None:
        record.sent.append(json.loads(frame))
        await original(self, frame)

    monkeypatch.setattr(StdioTransport, "send", recording_send)
    return record


@pytest.fixture
async def web(client_config: ClientConfig, mock_model: MockModel, workdir: Path) -> AsyncIterator[Web]:
    """The web adapter over a real app-server (see tests/web/conftest.py)."""
    async with open_web(client_config, mock_model, workdir) as opened:
        yield opened
