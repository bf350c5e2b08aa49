"""WebSocketTransport against a local websockets server (tcp and unix socket)."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator, Awaitable, Callable
from pathlib import Path
from typing import Any

import pytest
from websockets.asyncio.server import ServerConnection, serve, unix_serve

from codex_runtime.errors import ConnectionClosedError, InvalidOutgoingMessageError, TransportError
from codex_runtime.transport import WebSocketTransport, connect_url

pytestmark = pytest.mark.timeout(30)
Handler = Callable[[ServerConnection], Awaitable[None]]


class Peer:
    """A websocket server that records what it gets and runs a per-test script."""

    def __init__(self) -> None:
        self.received: list[str | bytes] = []
        self.headers: Any = {}
        self.script: Handler | None = None

    async def handler(self, ws: ServerConnection) -> None:
        self.headers = ws.request.headers if ws.request else {}  # case-insensitive Headers
        if self.script is not None:
            await self.script(ws)
            return
        async for message in ws:
            self.received.append(message)
            await ws.send(message)  # echo


@pytest.fixture
async def tcp_peer() -> AsyncIterator[tuple[Peer, str]]:
    peer = Peer()
    async with serve(peer.handler, "127.0.0.1", 0, max_size=None) as server:
        port = next(iter(server.sockets)).getsockname()[1]
        yield peer, f"ws://127.0.0.1:{port}"


@pytest.fixture
async def unix_peer(tmp_path: Path) -> AsyncIterator[tuple[Peer, Path]]:
    peer = Peer()
    path = tmp_path / "app.sock"
    async with unix_serve(peer.handler, str(path), max_size=None):
        yield peer, path


async def test_frames_go_out_as_text_messages_and_come_back_as_bytes(tcp_peer: tuple[Peer, str]) -> None:
    peer, url = tcp_peer
    transport = await WebSocketTransport.connect(url)
    await transport.send(b'{"id":1}')
    assert await asyncio.wait_for(transport.receive(), 5) == [b'{"id":1}']
    assert peer.received == ['{"id":1}']  # str: a TEXT message, the only kind app-server accepts
    await transport.close()


async def test_a_bearer_token_is_sent_as_an_authorization_header(tcp_peer: tuple[Peer, str]) -> None:
    peer, url = tcp_peer
    transport = await WebSocketTransport.connect(url, bearer_token="s3cret", headers={"X-Extra": "1"})
    await transport.send(b"{}")
    await asyncio.wait_for(transport.receive(), 5)
    assert peer.headers["Authorization"] == "Bearer s3cret"
    assert peer.headers["X-Extra"] == "1"
    await transport.close()


async def test_unix_urls_speak_websocket_over_the_unix_socket(unix_peer: tuple[Peer, Path]) -> None:
    _, path = unix_peer
    transport = await connect_url(f"unix://{path}")
    await transport.send(b'{"x":1}')
    assert await asyncio.wait_for(transport.receive(), 5) == [b'{"x":1}']
    await transport.close()


async def test_the_server_closing_ends_the_transport_with_its_close_code(tcp_peer: tuple[Peer, str]) -> None:
    peer, url = tcp_peer

    async def script(ws: ServerConnection) -> None:
        await ws.send("last")
        await ws.close(1011, "going away")

    peer.script = script
    transport = await WebSocketTransport.connect(url)
    assert await asyncio.wait_for(transport.receive(), 5) == [b"last"]
    with pytest.raises(ConnectionClosedError, match="1011"):
        await asyncio.wait_for(transport.receive(), 5)
    with pytest.raises(ConnectionClosedError):
        await transport.send(b"{}")
    await transport.close()


async def test_a_message_over_the_cap_is_dropped_and_the_connection_lives(tcp_peer: tuple[Peer, str]) -> None:
    peer, url = tcp_peer

    async def script(ws: ServerConnection) -> None:
        await ws.send("x" * 5000)
        await ws.send("small")
        with contextlib.suppress(Exception):
            await ws.wait_closed()

    peer.script = script
    transport = await WebSocketTransport.connect(url, max_frame_bytes=100)
    frames: list[bytes] = []
    async with asyncio.timeout(5):
        while not frames:
            frames += await transport.receive()
    assert frames == [b"small"]
    (dropped,) = transport.take_dropped_frames()
    assert dropped.size == 5000
    await transport.close()


async def test_a_message_over_the_server_limit_is_refused_before_sending(tcp_peer: tuple[Peer, str]) -> None:
    peer, url = tcp_peer
    transport = await WebSocketTransport.connect(url, max_send_bytes=10)
    with pytest.raises(InvalidOutgoingMessageError, match="10-byte"):
        await transport.send(b"x" * 11)
    assert peer.received == []
    await transport.close()


async def test_connecting_to_nothing_raises_transport_error(tmp_path: Path) -> None:
    with pytest.raises(TransportError, match="could not connect"):
        await WebSocketTransport.connect_unix(tmp_path / "missing.sock", open_timeout=2)


async def test_a_rejected_handshake_raises_transport_error() -> None:
    async def reject(connection: ServerConnection, request: Any) -> Any:
        return connection.respond(401, "no token\n")

    async with serve(lambda ws: asyncio.sleep(0), "127.0.0.1", 0, process_request=reject) as server:
        port = next(iter(server.sockets)).getsockname()[1]
        with pytest.raises(TransportError, match="401"):
            await WebSocketTransport.connect(f"ws://127.0.0.1:{port}")


async def test_close_is_idempotent(tcp_peer: tuple[Peer, str]) -> None:
    _, url = tcp_peer
    transport = await WebSocketTransport.connect(url)
    await asyncio.gather(transport.close(), transport.close())
    await transport.close()
    with pytest.raises(ConnectionClosedError):
        await transport.receive()


async def test_connect_url_rejects_unknown_schemes() -> None:
    with pytest.raises(ValueError, match="unsupported"):
        await connect_url("stdio://")
