"""Every server-request method gets a pinned answer through the Runtime's broker (the path real traffic takes, not
only the RPC layer): nobody answering, a handler that declines, and a handler that raises all end in the same
fail-closed reply, compared with literals. An unknown method is a JSON-RPC error, never ``{}``."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from typing import Any

import pytest

from codex_runtime import ClientConfig, PendingServerRequest, Runtime
from codex_runtime.testing.fake_server import FakeAppServer

IDS = {"threadId": "thr_1", "turnId": "turn_1", "itemId": "item_1"}
LEGACY_DENIED = {"decision": {"denied": {"rejection": "declined by the client"}}}
FAIL_CLOSED: dict[str, dict[str, Any]] = {
    "item/commandExecution/requestApproval": {"result": {"decision": "decline"}},
    "item/fileChange/requestApproval": {"result": {"decision": "decline"}},
    "item/permissions/requestApproval": {"result": {"permissions": {}, "scope": "turn"}},
    "item/tool/requestUserInput": {"result": {"answers": {}}},
    "mcpServer/elicitation/request": {"result": {"action": "decline"}},
    "item/tool/call": {
        "result": {
            "contentItems": [{"type": "inputText", "text": "the client declined this tool call"}],
            "success": False,
        }
    },
    "account/chatgptAuthTokens/refresh": {
        "error": {"code": -32000, "message": "account/chatgptAuthTokens/refresh declined by the client"}
    },
    "attestation/generate": {"error": {"code": -32000, "message": "attestation/generate declined by the client"}},
    "applyPatchApproval": {"result": LEGACY_DENIED},
    "execCommandApproval": {"result": LEGACY_DENIED},
    "x/notAServerRequest": {
        "error": {"code": -32601, "message": "method not handled by the client: x/notAServerRequest"}
    },
}


def reply(message: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in message.items() if key in ("result", "error")}


@pytest.fixture
async def server() -> AsyncIterator[FakeAppServer]:
    async with FakeAppServer() as fake:
        yield fake


async def answers(server: FakeAppServer, config: ClientConfig) -> dict[str, dict[str, Any]]:
    runtime = await Runtime.connect(config, transport=server.client_transport)
    try:
        return {method: reply(await server.request(method, dict(IDS), timeout=5)) for method in FAIL_CLOSED}
    finally:
        await runtime.shutdown()


def test_the_pinned_table_covers_all_ten_server_request_methods() -> None:
    from codex_runtime.protocol import SERVER_REQUESTS

    assert sorted(SERVER_REQUESTS) == sorted(method for method in FAIL_CLOSED if method != "x/notAServerRequest")
    assert len(SERVER_REQUESTS) == 10


async def test_nobody_answering_declines_every_method_at_the_deadline(server: FakeAppServer) -> None:
    got = await answers(server, ClientConfig(server_request_timeout=0.1))
    assert got == FAIL_CLOSED


def raising(_request: PendingServerRequest) -> str:
    raise RuntimeError("handler bug")


@pytest.mark.parametrize("handler", [lambda _request: "decline", raising], ids=["declines", "raises"])
async def test_a_declining_or_raising_handler_gets_the_same_fail_closed_answer(
    server: FakeAppServer, handler: Callable[[PendingServerRequest], str]
) -> None:
    got = await answers(server, ClientConfig(server_request_timeout=10, approval_handler=handler))
    assert got == FAIL_CLOSED


async def test_accepting_maps_to_each_methods_own_accept_literal(server: FakeAppServer) -> None:
    accepting = {
        "item/commandExecution/requestApproval": {"result": {"decision": "accept"}},
        "item/fileChange/requestApproval": {"result": {"decision": "accept"}},
        "execCommandApproval": {"result": {"decision": "approved"}},
        "applyPatchApproval": {"result": {"decision": "approved"}},
        # Accepting an elicitation needs content: the bare decision is refused and the request declined.
        "mcpServer/elicitation/request": {"result": {"action": "decline"}},
    }
    runtime = await Runtime.connect(
        ClientConfig(server_request_timeout=10, approval_handler=lambda _request: "accept"),
        transport=server.client_transport,
    )
    try:
        got = {method: reply(await server.request(method, dict(IDS), timeout=5)) for method in accepting}
    finally:
        await runtime.shutdown()
    assert got == accepting


async def test_a_full_queue_declines_the_oldest_request_at_once(server: FakeAppServer) -> None:
    from codex_runtime.runtime.server_requests import MAX_QUEUED

    runtime = await Runtime.connect(ClientConfig(server_request_timeout=60), transport=server.client_transport)
    try:
        ids = [
            await server.send_request("item/commandExecution/requestApproval", dict(IDS)) for _ in range(MAX_QUEUED + 1)
        ]
        oldest = reply(await server.wait_response(ids[0], timeout=5))  # long before its own 60 s deadline
        pending = runtime.metrics_snapshot().server_requests.pending
    finally:
        await runtime.shutdown()
    assert (oldest, pending) == ({"result": {"decision": "decline"}}, MAX_QUEUED)
