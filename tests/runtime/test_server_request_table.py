"""The broker's table is the one record of pending server requests: the state snapshot, the metrics and
``pending_server_requests`` all read it; each request is retired exactly once; DEFER holds one for a later answer."""

from __future__ import annotations

from typing import Any

from codex_runtime import ClientConfig, Runtime
from codex_runtime.runtime.handlers import DEFER, ServerRequestHandlers
from codex_runtime.runtime.server_requests import PendingServerRequest
from codex_runtime.testing.fake_server import FakeAppServer

APPROVAL = "item/commandExecution/requestApproval"


def approval(item: str) -> dict[str, Any]:
    return {"threadId": "thr", "turnId": "turn", "itemId": item, "startedAtMs": 0, "command": f"echo {item}"}


async def connect(server: FakeAppServer, **config: Any) -> Runtime:
    return await Runtime.connect(ClientConfig(**config), transport=server.client_transport)


def views(runtime: Runtime) -> tuple[list[Any], list[Any], int]:
    """What the snapshot, the table and the metrics say is pending."""
    snapshot = [p["request_id"] for p in runtime.state_snapshot()["pending_requests"]]
    table = [p.id for p in runtime.pending_server_requests()]
    return snapshot, table, runtime.metrics_snapshot().server_requests.pending


async def test_a_deferred_request_is_pending_once_everywhere_and_its_one_answer_retires_it_once() -> None:
    async with FakeAppServer() as server:
        runtime = await connect(server, server_request_timeout=30)
        retired: list[tuple[Any, str | None]] = []
        runtime.on_server_request_retired(lambda request: retired.append((request.id, request.outcome)))

        async def hold_first(request: PendingServerRequest) -> object:
            return DEFER if request.raw_params["itemId"] == "held" else "accept"

        runtime.set_method_handler(APPROVAL, hold_first)
        held_id = await server.send_request(APPROVAL, approval("held"))
        # A second request answered at once: once its reply is back, the first one's handler has long returned.
        assert (await server.request(APPROVAL, approval("quick"), timeout=5))["result"] == {"decision": "accept"}
        [held] = runtime.pending_server_requests()
        assert held.id == held_id == 0 and held.deferred
        assert views(runtime) == ([held.id], [held.id], 1)
        assert runtime.pending_server_requests("thr") == [held] and runtime.pending_server_requests("other") == []

        await held.respond("decline")
        reply = await server.wait_response(held_id, timeout=5)
        assert reply["result"] == {"decision": "decline"}
        assert views(runtime) == ([], [], 0)
        assert retired == [(1, "answered"), (0, "answered")]
        await runtime.shutdown()


async def test_a_deferred_request_nobody_answers_is_declined_at_its_deadline() -> None:
    async with FakeAppServer() as server:
        runtime = await connect(server, server_request_timeout=0.2)
        runtime.set_method_handler(APPROVAL, lambda request: DEFER)
        reply = await server.request(APPROVAL, approval("late"), timeout=5)
        assert reply["result"] == {"decision": "decline"}
        assert views(runtime) == ([], [], 0)
        assert runtime.metrics_snapshot().server_requests.declined_by_deadline == 1
        await runtime.shutdown()


async def test_server_request_resolved_retires_a_request_once_and_a_repeat_changes_nothing() -> None:
    async with FakeAppServer() as server:
        runtime = await connect(server, server_request_timeout=30)
        retired: list[str | None] = []
        runtime.on_server_request_retired(lambda request: retired.append(request.outcome))
        runtime.set_method_handler(APPROVAL, lambda request: DEFER)
        request_id = await server.send_request(APPROVAL, approval("gone"))
        events = runtime.events(methods=["serverRequest/resolved"])
        await server.notify("serverRequest/resolved", {"threadId": "thr", "requestId": request_id})
        await events.next(timeout=5)
        assert runtime.pending_server_requests() == [] and views(runtime) == ([], [], 0)
        await server.notify("serverRequest/resolved", {"threadId": "thr", "requestId": request_id})
        await events.next(timeout=5)
        assert retired == ["resolved"]
        await runtime.shutdown()


async def test_typed_handlers_answer_their_own_method_and_every_other_one_declines() -> None:
    seen: list[str] = []

    def command(request: PendingServerRequest[Any]) -> str:
        seen.append(type(request.params).__name__)
        return "accept_for_session"

    handlers = ServerRequestHandlers(command_approval=command)
    async with FakeAppServer() as server:
        runtime = await connect(server, server_request_timeout=30, approval_handler=handlers)
        accepted = await server.request(APPROVAL, approval("cmd"), timeout=5)
        declined = await server.request(
            "item/fileChange/requestApproval", {"threadId": "thr", "turnId": "turn", "itemId": "f"}, timeout=5
        )
        await runtime.shutdown()
    assert accepted["result"] == {"decision": "acceptForSession"}
    assert declined["result"] == {"decision": "decline"}
    assert seen == ["CommandExecutionRequestApprovalParams"]
