"""Checked by mypy in tests/test_typing.py: each marked line must be reported (the checks can fail)."""

from __future__ import annotations

from typing import assert_type

from codex_runtime import AppServer
from codex_runtime.protocol import ClientRequests
from codex_runtime.protocol.types import ModelListParams, ModelListResponse


async def wrong(server: AppServer) -> None:
    started = await server.request_typed(ClientRequests.THREAD_START, {"cwd": "."})
    assert_type(started, ModelListResponse)  # error: the result is a ThreadStartResponse
    await server.request_typed(ClientRequests.THREAD_START, ModelListParams())  # error: params of another method
    print(started.no_such_field)  # error: not a field of ThreadStartResponse
