"""The handshake's first message: its params, and writing it the moment a one-shot starts codex."""

from __future__ import annotations

import json
import os
import select
import signal
from pathlib import Path

import psutil
import pytest

from codex_runtime import ClientConfig
from codex_runtime.runtime.handshake import initialize_params, start_with_initialize
from tests._fake_codex import write_fake_codex

pytestmark = pytest.mark.timeout(60)


@pytest.fixture
def fake_codex(tmp_path: Path) -> Path:
    return write_fake_codex(tmp_path)


def test_initialize_says_who_we_are_and_whether_the_experimental_api_is_on() -> None:
    assert initialize_params(ClientConfig(experimental_api=True)) == {
        "clientInfo": {"name": "codex_runtime", "title": "codex-runtime", "version": "0.1.0"},
        "capabilities": {"experimentalApi": True},
    }
    assert initialize_params(ClientConfig())["capabilities"] == {"experimentalApi": False}


def test_the_child_reads_initialize_with_the_first_id_before_anything_else(fake_codex: Path) -> None:
    early = start_with_initialize(ClientConfig(cli_bin=fake_codex))
    assert early is not None
    try:
        assert early.process.stdout is not None
        ready, _, _ = select.select([early.process.stdout], [], [], 10.0)
        assert ready
        # The stand-in does not know initialize: its error reply proves what it read first, and with which id.
        reply = json.loads(early.process.stdout.readline())
        assert reply == {"id": 1, "error": {"code": -32600, "message": "unknown initialize"}}
        assert early.initialize.message["method"] == "initialize"
        assert early.initialize.size == len(json.dumps(early.initialize.message, separators=(",", ":")))
    finally:
        early.abort()
    assert early.process.returncode == -9
    assert not psutil.pid_exists(early.process.pid)


def test_aborting_twice_is_harmless(fake_codex: Path) -> None:
    early = start_with_initialize(ClientConfig(cli_bin=fake_codex))
    assert early is not None
    early.abort()
    early.abort()
    assert early.process.returncode == -9


def test_a_websocket_endpoint_starts_nothing() -> None:
    before = {child.pid for child in psutil.Process().children(recursive=True)}
    assert start_with_initialize(ClientConfig(endpoint="ws://127.0.0.1:9")) is None
    assert {child.pid for child in psutil.Process().children(recursive=True)} - before == set()


def test_abort_signals_only_a_child_not_yet_reaped(fake_codex: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    signalled: list[tuple[int, int]] = []
    killpg = os.killpg

    def recording_killpg(pgid: int, sig: int) -> None:
        signalled.append((pgid, sig))
        killpg(pgid, sig)

    monkeypatch.setattr(os, "killpg", recording_killpg)
    live = start_with_initialize(ClientConfig(cli_bin=fake_codex))
    reaped = start_with_initialize(ClientConfig(cli_bin=fake_codex))
    assert live is not None and reaped is not None
    reaped.process.kill()
    reaped.process.wait(timeout=10)  # reaped: its pid (and group id) may now belong to someone else

    live.abort()
    reaped.abort()

    assert signalled == [(live.process.pid, signal.SIGKILL)]
    assert (live.process.returncode, reaped.process.returncode) == (-9, -9)


async def test_an_early_initialize_without_its_transport_is_refused_before_anything_starts() -> None:
    from codex_runtime.errors import InvalidArgumentError
    from codex_runtime.runtime.handshake import SentRequest
    from codex_runtime.runtime.runtime import Runtime

    before = {child.pid for child in psutil.Process().children(recursive=True)}
    sent = SentRequest({"id": 1, "method": "initialize", "params": {}}, 40)
    with pytest.raises(InvalidArgumentError, match="initialize_sent needs the transport"):
        await Runtime.connect(ClientConfig(), initialize_sent=sent)
    assert {child.pid for child in psutil.Process().children(recursive=True)} - before == set()
