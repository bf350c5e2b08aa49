"""Checked by mypy in tests/test_typing.py: a typed request returns its spec's result type."""

from __future__ import annotations

from typing import assert_type

import codex_runtime.sync
from codex_runtime import AppServer, Runtime
from codex_runtime.protocol import ClientRequests
from codex_runtime.protocol.types import (
    GetAccountResponse,
    ModelListResponse,
    ThreadStartParams,
    ThreadStartResponse,
    TurnStartResponse,
)


async def typed_requests(server: AppServer, runtime: Runtime) -> None:
    assert_type(await server.request_typed(ClientRequests.THREAD_START, {"cwd": "."}), ThreadStartResponse)
    params = ThreadStartParams(cwd=".")
    assert_type(await server.request_typed(ClientRequests.THREAD_START, params), ThreadStartResponse)
    assert_type(await runtime.request_typed(ClientRequests.THREAD_START), ThreadStartResponse)
    assert_type(await runtime.call(ClientRequests.MODEL_LIST, include_hidden=True), ModelListResponse)
    # A method named by a runtime string has no static result type.
    assert_type(await server.request_typed("thread/start", {"cwd": "."}), object)


async def typed_helpers(runtime: Runtime) -> None:
    assert_type(await runtime.thread_start(cwd="."), ThreadStartResponse)
    assert_type(await runtime.turn_start("thr", [{"type": "text", "text": "hi"}]), TurnStartResponse)
    assert_type(await runtime.account_read(), GetAccountResponse)
    assert_type((await runtime.fs_read_file("/x")), bytes)


def blocking(server: codex_runtime.sync.AppServer) -> None:
    assert_type(server.request_typed(ClientRequests.THREAD_START, {"cwd": "."}), ThreadStartResponse)
