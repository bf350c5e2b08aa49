"""The Runtime against FakeAppServer: the version guard, every server-request method's fail-closed answer and
reply validation, and a server that dies mid-turn. (Edge cases the real server will not produce on demand.)"""

from __future__ import annotations

import asyncio
from typing import Any

import pytest
from pydantic import BaseModel

from codex_runtime import ClientConfig, PromptRunParams, Runtime
from codex_runtime.api.turn_run import TurnRun
from codex_runtime.errors import (
    IncompatibleCodexVersionError,
    InvalidServerResponseError,
    ProcessExitedError,
    ServerRequestAlreadyAnsweredError,
)
from codex_runtime.protocol import SERVER_REQUESTS, server_request_spec
from codex_runtime.runtime.decisions import ErrorAnswer, fail_closed_answer
from codex_runtime.testing.fake_server import FakeAppServer
from tests.protocol.schema_examples import example, union_file


def request_params(method: str) -> dict[str, Any]:
    """A minimal valid params instance of a server request, from the vendored schema."""
    for variant in union_file("ServerRequest")["oneOf"]:
        if variant["properties"]["method"]["enum"] == [method]:
            params: dict[str, Any] = example(variant["properties"]["params"], full=False)
            params.setdefault("threadId", "thr_1")
            return params
    raise AssertionError(f"{method} not in the schema")


async def connect(server: FakeAppServer, **config: Any) -> Runtime:
    return await Runtime.connect(ClientConfig(**config), transport=server.client_transport)


async def test_an_older_server_is_refused_and_shut_down() -> None:
    async with FakeAppServer(version="0.99.0") as server:
        with pytest.raises(IncompatibleCodexVersionError) as caught:
            await connect(server)
        assert caught.value.detected == "0.99.0" and caught.value.required == "0.133.0"
        assert server.client_transport.terminal_error is not None


async def test_the_guard_can_be_disabled() -> None:
    async with FakeAppServer(version="0.99.0") as server:
        runtime = await connect(server, min_codex_version=None)
        assert runtime.codex_version == "0.99.0"
        await runtime.shutdown()


@pytest.mark.parametrize("method", sorted(SERVER_REQUESTS))
async def test_every_server_request_decodes_and_is_answered_fail_closed_at_its_deadline(method: str) -> None:
    async with FakeAppServer() as server:
        runtime = await connect(server, server_request_timeout=0.2)
        seen: list[Any] = []
        runtime._broker.observe(seen.append)
        reply = await server.request(method, request_params(method), timeout=5)
        await runtime.shutdown()

    spec = server_request_spec(method)
    assert spec is not None and isinstance(seen[0].params, BaseModel)  # typed, not the raw dict
    expected = fail_closed_answer(method)
    if isinstance(expected, ErrorAnswer):
        assert reply["error"]["code"] == expected.code
    else:
        assert reply["result"] == expected and reply["result"] != {}
    assert runtime.metrics_snapshot().server_requests.declined_by_deadline == 1


async def test_a_reply_that_does_not_fit_is_refused_before_sending_and_can_be_corrected() -> None:
    async with FakeAppServer() as server:
        runtime = await connect(server)
        method = "item/commandExecution/requestApproval"
        reply_task = asyncio.create_task(server.request(method, request_params(method), timeout=5))
        pending = await asyncio.wait_for(runtime.server_requests().__anext__(), 5)
        with pytest.raises(InvalidServerResponseError):
            await pending.respond({"decision": "maybe"})
        with pytest.raises(InvalidServerResponseError):
            await pending.respond({})  # never {}
        await pending.respond("accept_for_session")
        reply = await reply_task
        with pytest.raises(ServerRequestAlreadyAnsweredError):
            await pending.decline()
        await runtime.shutdown()
    assert reply["result"] == {"decision": "acceptForSession"}


async def test_server_request_resolved_retires_a_pending_request() -> None:
    async with FakeAppServer() as server:
        runtime = await connect(server)
        method = "item/fileChange/requestApproval"
        request_id = await server.send_request(method, request_params(method))
        pending = await asyncio.wait_for(runtime.server_requests().__anext__(), 5)
        async with runtime.events(methods=["serverRequest/resolved"]) as events:
            await server.notify("serverRequest/resolved", {"threadId": "thr_1", "requestId": request_id})
            await events.next(timeout=5)  # routed to the runtime before the subscription sees it
        assert pending.outcome == "resolved"
        with pytest.raises(ServerRequestAlreadyAnsweredError):
            await pending.respond("accept")
        await runtime.shutdown()


async def test_a_server_exit_mid_turn_fails_the_waiting_turn_with_exit_code_and_stderr() -> None:
    async with FakeAppServer() as server:
        server.on("thread/start", {"thread": {"id": "thr_1"}})
        server.on("turn/start", {"turn": {"id": "turn_1", "status": "inProgress", "items": []}})
        runtime = await connect(server)
        run = await TurnRun.start(runtime, "thr_1", PromptRunParams(cwd="", prompt="hi"), stream=False)
        await server.exit(3, stderr="panicked at the disco")
        with pytest.raises(ProcessExitedError) as caught:
            await asyncio.wait_for(run.result(), 2)
    assert caught.value.exit_code == 3 and "disco" in caught.value.stderr_tail


async def test_a_reply_that_cannot_be_encoded_leaves_the_request_answerable_and_its_state_entry_goes() -> None:
    async with FakeAppServer() as server:
        runtime = await connect(server)
        method = "account/chatgptAuthTokens/refresh"  # thread-less: only our answer can clear it from the state
        reply_task = asyncio.create_task(server.request(method, request_params(method), timeout=5))
        pending = await asyncio.wait_for(runtime.server_requests().__anext__(), 5)
        with pytest.raises(InvalidServerResponseError):
            await pending.respond({"accessToken": "\ud800", "chatgptAccountId": "a"})
        assert pending.is_pending and len(runtime.state_snapshot()["pending_requests"]) == 1
        await pending.respond({"accessToken": "tok", "chatgptAccountId": "a"})
        reply = await reply_task
        assert runtime.state_snapshot()["pending_requests"] == []
        await runtime.shutdown()
    assert reply["result"]["accessToken"] == "tok"
    assert runtime.metrics_snapshot().server_requests.pending == 0


class AsyncPredicate:
    def __init__(self, verdict: bool) -> None:
        self.verdict = verdict

    async def __call__(self, request: Any) -> bool:
        return self.verdict


@pytest.mark.parametrize(
    ("predicate", "decision"),
    [
        (AsyncPredicate(False), "decline"),
        (AsyncPredicate(True), "accept"),
        (lambda request: asyncio.sleep(0, result=False), "decline"),  # a sync callable returning a coroutine
        (lambda request: True, "accept"),
    ],
)
async def test_allow_if_awaits_any_kind_of_async_predicate(predicate: Any, decision: str) -> None:
    from codex_runtime.runtime.approval_presets import allow_if

    async with FakeAppServer() as server:
        runtime = await connect(server, approval_handler=allow_if(predicate))
        method = "item/commandExecution/requestApproval"
        reply = await server.request(method, request_params(method), timeout=5)
        await runtime.shutdown()
    assert reply["result"] == {"decision": decision}


async def test_a_bound_turn_takes_its_handler_first_and_releases_everything_on_exit() -> None:
    async with FakeAppServer() as server:
        runtime = await connect(server, server_request_timeout=5)
        assert runtime.server_pid is None  # an in-memory peer has no process
        with runtime.bind_turn("thr", stream=True, handler=lambda request: "accept") as tap:
            assert tap.thread_id == "thr" and runtime._taps == {"thr": [tap]}
            reply = await server.request(
                "item/commandExecution/requestApproval",
                {"threadId": "thr", "turnId": "u", "itemId": "c", "startedAtMs": 0},
                timeout=5,
            )
            assert reply["result"] == {"decision": "accept"}
        assert runtime._taps == {} and runtime._broker._thread_handlers == {}
        remove = runtime.push_handler("thr", lambda request: "decline")
        remove()
        remove()  # idempotent
        assert runtime._broker._thread_handlers == {}
        await runtime.shutdown()
