"""A request the connected release lacks is refused before it is written (the fake records every frame it got)."""

from __future__ import annotations

import pytest

from codex_runtime import ClientConfig, UnsupportedByServerError
from codex_runtime.runtime.runtime import Runtime
from codex_runtime.testing import FakeAppServer


async def test_a_typed_request_missing_from_an_older_release_is_refused_with_nothing_on_the_wire() -> None:
    async with FakeAppServer(version="0.136.0") as server:
        runtime = await Runtime.connect(ClientConfig(), transport=server.client_transport)
        with pytest.raises(UnsupportedByServerError) as typed:
            await runtime.request_typed("thread/delete", {"threadId": "thr_1"})  # since 0.144.4
        with pytest.raises(UnsupportedByServerError) as raw:
            await runtime.request("thread/delete", {"threadId": "thr_1"})
        server.on("thread/archive", {})
        await runtime.request("thread/archive", {"threadId": "thr_1"})  # 0.136.0 has this one
        await runtime.shutdown()

    assert (typed.value.method, typed.value.server_version) == ("thread/delete", "0.136.0")
    assert (raw.value.method, raw.value.server_version) == ("thread/delete", "0.136.0")
    assert str(typed.value) == "thread/delete is not supported by codex 0.136.0; upgrade codex"
    assert [m["method"] for m in server.received] == ["initialize", "initialized", "thread/archive"]


async def test_a_method_no_release_lists_is_left_to_the_server() -> None:
    async with FakeAppServer(version="0.136.0") as server:
        server.on("vendor/extension", {"ok": True})
        runtime = await Runtime.connect(ClientConfig(), transport=server.client_transport)
        result = await runtime.request("vendor/extension", {})
        await runtime.shutdown()

    assert result == {"ok": True}
    assert [m["method"] for m in server.received] == ["initialize", "initialized", "vendor/extension"]
