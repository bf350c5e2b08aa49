"""A pool of remote members: app-servers started separately with ``--listen ws://127.0.0.1:PORT`` (loopback
only), sharing one CODEX_HOME."""

from __future__ import annotations

import asyncio
import os
import signal
import subprocess
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from codex_runtime import SessionConfig
from codex_runtime.cli_bin import resolve_codex_binary
from codex_runtime.pool import RuntimePool
from codex_runtime.runtime.config import ClientConfig
from codex_runtime.testing import MockModel
from tests.e2e.test_transports import ListeningServer, free_port

pytestmark = pytest.mark.timeout(60)
WAIT = 20.0


@pytest.fixture
async def listening_servers(codex_env: dict[str, str]) -> AsyncIterator[list[tuple[str, ListeningServer]]]:
    """Two ``codex app-server --listen ws://127.0.0.1:PORT`` processes (own process groups), one CODEX_HOME."""
    codex = resolve_codex_binary()
    servers: list[tuple[str, ListeningServer]] = []
    try:
        for _ in range(2):
            url = f"ws://127.0.0.1:{free_port()}"
            process = await asyncio.create_subprocess_exec(
                str(codex.path),
                "app-server",
                "--listen",
                url,
                env=codex.child_env({**codex_env, "RUST_LOG": "warn"}),
                stdin=subprocess.DEVNULL,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.PIPE,
                start_new_session=True,
            )
            server = ListeningServer(process)
            servers.append((url, server))
            await server.wait_banner()  # "listening on: ws://..." once bound
        yield servers
    finally:
        for _, server in servers:
            await server.stop()


async def test_remote_members_share_sessions_and_a_lost_one_hands_its_sessions_over(
    listening_servers: list[tuple[str, ListeningServer]], echo_model: MockModel, tmp_path: Path
) -> None:
    endpoints = [url for url, _ in listening_servers]
    async with RuntimePool(ClientConfig(), endpoints=endpoints, shared_codex_home=True, restart=False) as pool:
        sessions = await asyncio.gather(*(pool.start_session(SessionConfig(cwd=tmp_path)) for _ in range(4)))
        first = await asyncio.gather(*(s.ask(f"q{i}") for i, s in enumerate(sessions)))
        assert [m["sessions"] for m in pool.stats()] == [2, 2]

        os.killpg(listening_servers[0][1].process.pid, signal.SIGKILL)
        moved = [s for s in sessions if s.member_index == 0]
        assert await moved[0].runtime.wait_closed(WAIT) is not None
        again = await asyncio.gather(*(s.ask("after") for s in moved))
        stats = pool.stats()

    assert [r.assistant_text for r in first] == [f"echo: q{i}" for i in range(4)]
    assert [r.assistant_text for r in again] == ["echo: after", "echo: after"]
    assert {s.member_index for s in moved} == {1} and all(s.resumes == 1 for s in moved)
    assert [r.thread_id for r in again] == [s.thread_id for s in moved]
    assert stats[0]["state"] == "failed" and stats[0]["pid"] is None and stats[0]["endpoint"] == endpoints[0]
    assert stats[1]["sessions"] == 4
