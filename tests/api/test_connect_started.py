"""connect_started owns the child a one-shot started early: when the adoption itself fails, the child is killed and
reaped, never left running."""

from __future__ import annotations

from pathlib import Path

import psutil
import pytest

from codex_runtime import Client, ClientConfig
from codex_runtime.api import _connection
from codex_runtime.api._connection import connect_started
from codex_runtime.runtime.handshake import start_with_initialize
from codex_runtime.transport.base import Transport
from tests._fake_codex import write_fake_codex

pytestmark = pytest.mark.timeout(60)


async def test_a_failed_adoption_kills_and_reaps_the_early_child(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    config = ClientConfig(cli_bin=write_fake_codex(tmp_path))
    early = start_with_initialize(config)
    assert early is not None

    async def refuses(config: ClientConfig, started: object = None) -> Transport:
        raise RuntimeError("adoption failed")

    monkeypatch.setattr(_connection, "open_transport", refuses)
    try:
        with pytest.raises(RuntimeError, match="adoption failed"):
            await connect_started(Client, config, early)

        assert early.process.returncode == -9  # killed and reaped by connect_started itself
        assert not psutil.pid_exists(early.process.pid)
    finally:
        early.abort()  # idempotent; ends the child if the rule under test is broken
