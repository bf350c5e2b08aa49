"""Fixtures for the web adapter: the real codex binary + MockModel behind the ASGI app, driven with httpx (in
memory through ASGITransport, or over a real uvicorn socket on 127.0.0.1 for streaming)."""

from __future__ import annotations

import asyncio
import contextlib
import json
import threading
from collections.abc import AsyncIterator, Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest
from fastapi import FastAPI

from codex_runtime import Client, ClientConfig
from codex_runtime.testing import MockModel
from codex_runtime.web import WebApp, WebSettings, create_app, web_state
from codex_runtime.web.server import WebServer, bind
from codex_runtime.web.store import SessionStore

ALICE_TOKEN = "token-for-alice-0001"
BOB_TOKEN = "token-for-bob-00002"
TOKENS = {ALICE_TOKEN: "alice", BOB_TOKEN: "bob"}
ALICE = {"Authorization": f"Bearer {ALICE_TOKEN}"}
BOB = {"Authorization": f"Bearer {BOB_TOKEN}"}
BROWSER_TOKEN = "browser-test-token-1"
WAIT = 20.0
"""Seconds any test waits for the real binary (bounded long-polls and streams)."""


@pytest.fixture
def workdir(tmp_path: Path) -> Path:
    path = tmp_path / "work"
    path.mkdir()
    return path


@pytest.fixture
def client_config(codex_env: dict[str, str]) -> ClientConfig:
    return ClientConfig(process_env=codex_env)


@dataclass
class Web:
    """One app over a real app-server, with an httpx client talking to it in memory."""

    app: FastAPI
    state: WebApp
    client: Client
    http: httpx.AsyncClient
    model: MockModel
    workdir: Path

    async def new_session(self, headers: dict[str, str] = ALICE, **body: Any) -> dict[str, Any]:
        response = await self.http.post("/api/sessions", json=body, headers=headers)
        assert response.status_code == 201, response.text
        session: dict[str, Any] = response.json()
        return session

    async def start_turn(self, session_id: str, prompt: str, headers: dict[str, str] = ALICE) -> str:
        response = await self.http.post(f"/api/sessions/{session_id}/turns", json={"prompt": prompt}, headers=headers)
        assert response.status_code == 202, response.text
        return str(response.json()["turn_id"])

    async def finished_turn(self, session_id: str, turn_id: str) -> dict[str, Any]:
        response = await self.http.get(
            f"/api/sessions/{session_id}/turns/{turn_id}", params={"wait": WAIT}, headers=ALICE
        )
        assert response.status_code == 200, response.text
        turn: dict[str, Any] = response.json()
        assert turn["status"] != "running", "the turn did not end in time"
        return turn

    async def pending_approvals(self, session_id: str) -> list[dict[str, Any]]:
        response = await self.http.get(f"/api/sessions/{session_id}/approvals", params={"wait": WAIT}, headers=ALICE)
        assert response.status_code == 200, response.text
        approvals: list[dict[str, Any]] = response.json()["approvals"]
        return approvals

    async def pending_approvals_now(self, session_id: str) -> list[dict[str, Any]]:
        response = await self.http.get(f"/api/sessions/{session_id}/approvals", headers=ALICE)
        assert response.status_code == 200, response.text
        approvals: list[dict[str, Any]] = response.json()["approvals"]
        return approvals

    async def buffered_events(self, session_id: str, **params: Any) -> list[dict[str, Any]]:
        response = await self.http.get(
            f"/api/sessions/{session_id}/events", params={"follow": "false", **params}, headers=ALICE
        )
        assert response.status_code == 200, response.text
        return parse_sse(response.text)


def parse_sse(text: str) -> list[dict[str, Any]]:
    """The frames of an SSE body: ``{"id", "event", "data"}`` (data parsed as JSON)."""
    frames = []
    for block in text.split("\n\n"):
        frame = sse_block(block.splitlines())
        if frame is not None:
            frames.append(frame)
    return frames


def sse_block(lines: list[str]) -> dict[str, Any] | None:
    frame: dict[str, Any] = {"id": None, "event": "message", "data": None}
    for line in lines:
        if not line or line.startswith(":"):
            continue
        field, _, value = line.partition(":")
        value = value.removeprefix(" ")
        if field == "id":
            frame["id"] = int(value)
        elif field == "event":
            frame["event"] = value
        elif field == "data":
            frame["data"] = json.loads(value)
    return frame if frame["data"] is not None else None


async def stream_events(
    http: httpx.AsyncClient,
    url: str,
    *,
    headers: dict[str, str],
    until: Callable[[dict[str, Any]], bool],
    on_event: Callable[[dict[str, Any]], Any] | None = None,
) -> list[dict[str, Any]]:
    """Read a live SSE stream until ``until(frame)`` (bounded by :data:`WAIT`)."""
    frames: list[dict[str, Any]] = []
    async with asyncio.timeout(WAIT), http.stream("GET", url, headers=headers) as response:
        assert response.status_code == 200, await response.aread()
        lines: list[str] = []
        async for line in response.aiter_lines():
            if line:
                lines.append(line)
                continue
            frame = sse_block(lines)
            lines = []
            if frame is None:
                continue
            frames.append(frame)
            if on_event is not None:
                result = on_event(frame)
                if asyncio.iscoroutine(result):
                    await result
            if until(frame):
                break
    return frames


@contextlib.asynccontextmanager
async def open_web(
    config: ClientConfig,
    model: MockModel,
    workdir: Path,
    settings: WebSettings | None = None,
    store: SessionStore | None = None,
) -> AsyncIterator[Web]:
    """The app started as its ASGI lifespan would (store opened, stored sessions restored), stopped on exit."""
    async with Client(config) as client:
        app = create_app(
            client, tokens=TOKENS, settings=settings or WebSettings(workspace_root=str(workdir)), store=store
        )
        await web_state(app).start()
        try:
            async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://web") as http:
                yield Web(app, web_state(app), client, http, model, workdir)
        finally:
            await web_state(app).aclose()


@pytest.fixture
async def web(client_config: ClientConfig, mock_model: MockModel, workdir: Path) -> AsyncIterator[Web]:
    async with open_web(client_config, mock_model, workdir) as opened:
        yield opened


class LiveServer:
    """uvicorn serving an app on a free 127.0.0.1 port in this event loop, with an httpx client for it."""

    def __init__(self, app: FastAPI) -> None:
        self.server = WebServer(app, log_level="warning", graceful_shutdown=2, configure_logging=False)
        sock = bind("127.0.0.1", 0)
        self.base_url = f"http://127.0.0.1:{sock.getsockname()[1]}"
        self.http = httpx.AsyncClient(base_url=self.base_url, timeout=WAIT)
        self._task = asyncio.create_task(self.server.serve(sockets=[sock]))

    async def stop(self) -> None:
        """Stop uvicorn (idempotent, bounded)."""
        self.server.should_exit = True
        await asyncio.wait_for(self._task, 15)


@contextlib.asynccontextmanager
async def live_server(app: FastAPI) -> AsyncIterator[LiveServer]:
    live = LiveServer(app)
    try:
        yield live
    finally:
        await live.http.aclose()
        await live.stop()


@pytest.fixture
def served_app(codex_env: dict[str, str], workdir: Path) -> Iterator[str]:
    with serve_in_thread(codex_env, workdir) as url:
        yield url


@contextlib.contextmanager
def serve_in_thread(codex_env: dict[str, str], workdir: Path, store: SessionStore | None = None) -> Iterator[str]:
    """uvicorn in a thread (its own event loop, its own Client via the app's lifespan) on a free port; its URL."""
    settings = WebSettings(workspace_root=str(workdir))
    app = create_app(
        ClientConfig(process_env=codex_env), tokens={BROWSER_TOKEN: "browser"}, settings=settings, store=store
    )
    server = WebServer(app, log_level="warning", graceful_shutdown=2, configure_logging=False)
    sock = bind("127.0.0.1", 0)
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, name="web-test-server", daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{sock.getsockname()[1]}/"
    finally:
        server.should_exit = True
        thread.join(timeout=20)
        assert not thread.is_alive(), "uvicorn did not stop"
