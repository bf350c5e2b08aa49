"""Every transport against the REAL bundled codex binary (0.163.0): stdio, websocket (with and without a bearer
token) and unix socket. Offline: an isolated CODEX_HOME with network features off; nothing here runs a turn."""

from __future__ import annotations

import asyncio
import contextlib
import os
import shutil
import signal
import socket
import subprocess
import tempfile
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from codex_runtime.cli_bin import ResolvedCodexBinary, resolve_codex_binary
from codex_runtime.errors import InvalidRequestError, TransportError
from codex_runtime.rpc import RpcConnection
from codex_runtime.testing import mock_codex_home
from codex_runtime.transport import StdioTransport, Transport, WebSocketTransport, connect_url
from codex_runtime.transport._process_group import group_has_live_members

pytestmark = pytest.mark.timeout(60)
WAIT = 20.0
VERSION = "0.163.0"
UNUSED_MODEL_URL = "http://127.0.0.1:9/v1"  # nothing here reaches the model


@pytest.fixture(scope="module")
def codex() -> ResolvedCodexBinary:
    return resolve_codex_binary()


@pytest.fixture
def offline_env(tmp_path: Path, codex: ResolvedCodexBinary) -> dict[str, str]:
    home = mock_codex_home(tmp_path / "codex-home", UNUSED_MODEL_URL)
    return {"CODEX_HOME": str(home), "RUST_LOG": "warn"}


async def handshake(transport: Transport) -> tuple[RpcConnection, dict[str, Any]]:
    conn = RpcConnection(transport, request_timeout=WAIT)
    result = await conn.request(
        "initialize",
        {
            "clientInfo": {"name": "transport_e2e", "title": "t", "version": "1"},
            "capabilities": {"experimentalApi": False},
        },
    )
    await conn.notify("initialized")
    return conn, result


async def exercise(transport: Transport, workdir: Path) -> None:
    conn, init = await handshake(transport)
    try:
        assert init["userAgent"].startswith(f"transport_e2e/{VERSION} ")
        models = await conn.request("model/list", {})
        assert [m["model"] for m in models["data"]] == ["mock-model"]
        thread = await conn.request("thread/start", {"cwd": str(workdir)})
        assert thread["thread"]["id"]
        with pytest.raises(InvalidRequestError, match="Already initialized"):
            await conn.request(
                "initialize", {"clientInfo": {"name": "x", "title": "x", "version": "1"}, "capabilities": {}}
            )
        assert conn.stats.malformed_frames == conn.stats.invalid_utf8 == 0
    finally:
        await conn.close()


# --- stdio ---------------------------------------------------------------------------------------------------


async def test_stdio_initializes_and_serves_requests(
    codex: ResolvedCodexBinary, offline_env: dict[str, str], tmp_path: Path
) -> None:
    transport = await StdioTransport.spawn(codex, env=offline_env, cwd=tmp_path)
    await exercise(transport, tmp_path)
    assert transport.returncode == 0  # closed stdin -> codex exits by itself, no signal needed


async def test_stdio_config_overrides_reach_the_server_as_toml(
    codex: ResolvedCodexBinary, offline_env: dict[str, str]
) -> None:
    overrides = {
        "model": 'odd "quoted" ü\tname',
        "model_reasoning_effort": "high",
        "shell_environment_policy": {"inherit": "all", "set": {"A B": "c=d"}},
    }
    transport = await StdioTransport.spawn(codex, env=offline_env, config_overrides=overrides)
    conn, _ = await handshake(transport)
    try:
        config = (await conn.request("config/read", {}))["config"]
    finally:
        await conn.close()
    assert config["model"] == overrides["model"]
    assert config["model_reasoning_effort"] == "high"
    assert config["shell_environment_policy"]["set"] == {"A B": "c=d"}


async def test_stdio_close_leaves_no_process_of_the_group(
    codex: ResolvedCodexBinary, offline_env: dict[str, str]
) -> None:
    transport = await StdioTransport.spawn(codex, env=offline_env)
    conn, _ = await handshake(transport)
    await conn.close()
    assert transport.returncode is not None
    assert not group_has_live_members(transport.pid)


# --- websocket and unix: a server started separately with --listen ---------------------------------------------


class ListeningServer:
    """``codex app-server --listen URL`` in its own process group, stderr drained into a buffer."""

    def __init__(self, process: asyncio.subprocess.Process) -> None:
        self.process = process
        self.stderr = bytearray()
        self._banner = asyncio.Event()
        self._drain = asyncio.ensure_future(self._read_stderr())

    async def _read_stderr(self) -> None:
        assert self.process.stderr is not None
        while chunk := await self.process.stderr.read(65536):
            self.stderr += chunk
            if b"listening on" in self.stderr:
                self._banner.set()

    async def wait_banner(self) -> None:
        async with asyncio.timeout(WAIT):
            await self._banner.wait()

    async def stop(self) -> None:
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.killpg(self.process.pid, signal.SIGTERM)
        try:
            async with asyncio.timeout(5):
                await self.process.wait()
        except TimeoutError:
            with contextlib.suppress(ProcessLookupError, PermissionError):
                os.killpg(self.process.pid, signal.SIGKILL)
            await asyncio.wait_for(self.process.wait(), 5)
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.killpg(self.process.pid, signal.SIGKILL)  # grandchildren, if any
        self._drain.cancel()


@pytest.fixture
async def start_listening(
    codex: ResolvedCodexBinary, offline_env: dict[str, str]
) -> AsyncIterator[Callable[..., Awaitable[ListeningServer]]]:
    servers: list[ListeningServer] = []

    async def start(url: str, *extra: str) -> ListeningServer:
        process = await asyncio.create_subprocess_exec(
            str(codex.path),
            "app-server",
            "--listen",
            url,
            *extra,
            env=codex.child_env(offline_env),
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            start_new_session=True,
        )
        server = ListeningServer(process)
        servers.append(server)
        return server

    yield start
    for server in servers:
        await server.stop()


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture
def short_dir() -> Iterator[Path]:
    """A short directory for unix sockets (AF_UNIX paths are limited to ~107 bytes)."""
    path = Path(tempfile.mkdtemp(prefix="cxr-"))
    yield path
    shutil.rmtree(path, ignore_errors=True)


async def connect_when_ready(url: str, **options: Any) -> Transport:
    """Retry until the listener accepts (it binds shortly after start), within a deadline."""
    async with asyncio.timeout(WAIT):
        while True:
            try:
                return await connect_url(url, open_timeout=5, **options)
            except TransportError:
                await asyncio.sleep(0.05)


async def test_websocket_initializes_and_serves_requests(start_listening: Any, tmp_path: Path) -> None:
    url = f"ws://127.0.0.1:{free_port()}"
    server = await start_listening(url)
    await server.wait_banner()  # codex prints "listening on: ws://..." to stderr once bound
    transport = await WebSocketTransport.connect(url, open_timeout=WAIT)
    await exercise(transport, tmp_path)


async def test_websocket_with_a_capability_token_needs_the_bearer_header(start_listening: Any, tmp_path: Path) -> None:
    token_file = tmp_path / "token"
    token_file.write_text("s3cret-token")
    url = f"ws://127.0.0.1:{free_port()}"
    server = await start_listening(url, "--ws-auth", "capability-token", "--ws-token-file", str(token_file))
    await server.wait_banner()
    with pytest.raises(TransportError, match="401"):
        await WebSocketTransport.connect(url, open_timeout=WAIT)
    with pytest.raises(TransportError, match="401"):
        await WebSocketTransport.connect(url, bearer_token="wrong", open_timeout=WAIT)
    transport = await WebSocketTransport.connect(url, bearer_token="s3cret-token", open_timeout=WAIT)
    await exercise(transport, tmp_path)


async def test_unix_socket_speaks_websocket_and_serves_requests(
    start_listening: Any, short_dir: Path, tmp_path: Path
) -> None:
    path = short_dir / "app.sock"
    await start_listening(f"unix://{path}")
    transport = await connect_when_ready(f"unix://{path}")
    await exercise(transport, tmp_path)


async def test_newline_json_on_the_unix_socket_is_not_understood(start_listening: Any, short_dir: Path) -> None:
    path = short_dir / "app.sock"
    await start_listening(f"unix://{path}")
    await (await connect_when_ready(f"unix://{path}")).close()
    reader, writer = await asyncio.open_unix_connection(str(path))
    writer.write(b'{"id":1,"method":"initialize","params":{}}\n')
    await writer.drain()
    async with asyncio.timeout(WAIT):
        assert await reader.read() == b""  # the failed websocket upgrade closes the socket without a reply
    writer.close()
