"""Decoding inbound messages (lazy, typed, unknown-tolerant) and encoding outbound params and results."""

from __future__ import annotations

import subprocess
import sys
from typing import Any

import pytest
from pydantic import BaseModel

from codex_runtime.errors import ProtocolError
from codex_runtime.protocol import (
    SERVER_NOTIFICATIONS,
    SERVER_REQUESTS,
    ClientRequests,
    Notification,
    ServerRequest,
    ServerRequests,
    UnknownNotification,
    UnknownServerRequest,
    decode_notification,
    decode_result,
    decode_server_request,
    encode_params,
    encode_result,
    validate_params,
)
from codex_runtime.protocol import types as wire
from tests.protocol.schema_examples import definitions, example

DELTA = {"threadId": "thr_1", "turnId": "turn_1", "itemId": "item_1", "delta": "Hel"}


def is_instance_of_params_type(value: Any, spec: Any) -> bool:
    params_type = spec.params_type
    if isinstance(params_type, type):
        return isinstance(value, params_type)
    return isinstance(value, BaseModel)  # a variant of a union-typed params


@pytest.mark.parametrize("method", list(SERVER_NOTIFICATIONS))
def test_every_listed_notification_decodes_to_a_notification_with_typed_params(method: str) -> None:
    spec = SERVER_NOTIFICATIONS[method]
    raw = example(definitions()[spec.params_name], full=True)

    notification = decode_notification(method, raw)

    assert type(notification) is Notification
    assert notification.spec is spec and notification.method == method and notification.raw_params is raw
    assert is_instance_of_params_type(notification.params, spec)
    assert notification.params is notification.params  # validated once, cached


@pytest.mark.parametrize("method", list(SERVER_REQUESTS))
def test_every_listed_server_request_decodes_to_a_server_request_with_typed_params(method: str) -> None:
    spec = SERVER_REQUESTS[method]
    raw = example(definitions()[spec.params_name], full=True)

    request = decode_server_request(7, method, raw)

    assert type(request) is ServerRequest
    assert request.request_id == 7 and request.spec is spec
    assert is_instance_of_params_type(request.params, spec)


def test_an_unlisted_notification_decodes_to_unknown_notification_holding_the_raw_dict() -> None:
    raw = {"threadId": "thr_9", "turn": {"id": "turn_9"}, "brandNew": [1, 2]}

    notification = decode_notification("thread/brandNewThing", raw)

    assert isinstance(notification, UnknownNotification)
    assert notification.params is raw and notification.spec is None
    assert (notification.thread_id, notification.turn_id) == ("thr_9", "turn_9")


def test_an_unlisted_server_request_decodes_to_unknown_server_request_and_passes_answers_through() -> None:
    request = decode_server_request(3, "item/brandNew/requestApproval", {"conversationId": "thr_2"})

    assert isinstance(request, UnknownServerRequest)
    assert request.params == {"conversationId": "thr_2"} and request.thread_id == "thr_2"
    assert request.encode_result({"decision": "decline"}) == {"decision": "decline"}


def test_ids_are_read_from_the_raw_params_where_the_schema_puts_them() -> None:
    delta = decode_notification("item/agentMessage/delta", DELTA)
    started = decode_notification("thread/started", {"thread": {"id": "thr_3"}})
    turn = decode_notification("turn/completed", {"threadId": "thr_4", "turn": {"id": "turn_4"}})
    limits = decode_notification("account/rateLimits/updated", {"rateLimits": {}})
    legacy = decode_server_request(0, "execCommandApproval", {"conversationId": "thr_5", "callId": "c"})

    assert (delta.thread_id, delta.turn_id) == ("thr_1", "turn_1")
    assert (started.thread_id, started.turn_id) == ("thr_3", None)
    assert (turn.thread_id, turn.turn_id) == ("thr_4", "turn_4")
    assert (limits.thread_id, limits.turn_id) == (None, None)
    assert legacy.thread_id == "thr_5"


def test_decoding_does_not_validate_until_params_is_read() -> None:
    notification = decode_notification("item/agentMessage/delta", {"threadId": "thr_1", "delta": 42})

    assert notification.thread_id == "thr_1"  # routing works on a message that will not validate
    with pytest.raises(ProtocolError, match="item/agentMessage/delta") as caught:
        _ = notification.params
    assert caught.value.__cause__ is not None


def test_decoding_and_routing_never_import_the_generated_models() -> None:
    code = (
        "import sys\n"
        "from codex_runtime.protocol import decode_notification\n"
        "raw = {'threadId': 't', 'turnId': 'u', 'itemId': 'i', 'delta': 'x'}\n"
        "n = decode_notification('item/agentMessage/delta', raw)\n"
        "assert (n.thread_id, n.turn_id) == ('t', 'u')\n"
        "assert 'codex_runtime.protocol._generated.models' not in sys.modules\n"
        "n.params\n"
        "assert 'codex_runtime.protocol._generated.models' in sys.modules\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, timeout=60)


def test_absent_params_decode_as_an_empty_dict_and_non_object_params_are_a_protocol_error() -> None:
    assert decode_notification("skills/changed", None).raw_params == {}
    with pytest.raises(ProtocolError):
        decode_notification("skills/changed", ["not", "an", "object"])


def test_encode_params_sends_only_the_fields_that_were_set_by_their_wire_names() -> None:
    params = wire.ThreadStartParams(cwd="/work", approval_policy="never", sandbox=wire.SandboxMode.READ_ONLY)

    assert encode_params(params) == {"cwd": "/work", "approvalPolicy": "never", "sandbox": "read-only"}


def test_an_explicit_none_is_sent_as_null_where_the_schema_allows_null() -> None:
    # "Omit to leave the stored branch unchanged, set to null to clear it"
    params = wire.ThreadMetadataGitInfoUpdateParams(branch=None)

    assert encode_params(params) == {"branch": None}


def test_an_explicit_none_is_dropped_where_the_server_rejects_null() -> None:
    # The real server answers "invalid type: null, expected a boolean" to {"includeTurns": null}.
    params = wire.ThreadReadParams(thread_id="thr_1", include_turns=None)

    assert encode_params(params) == {"threadId": "thr_1"}


def test_union_tags_are_sent_even_though_the_caller_did_not_repeat_them() -> None:
    params = wire.TurnStartParams(
        thread_id="thr_1",
        input=[wire.TextUserInput(text="hi")],
        sandbox_policy=wire.WorkspaceWriteSandboxPolicy(writable_roots=["/work"]),
    )

    assert encode_params(params) == {
        "threadId": "thr_1",
        "input": [{"type": "text", "text": "hi"}],
        "sandboxPolicy": {"type": "workspaceWrite", "writableRoots": ["/work"]},
    }


def test_encode_params_copies_a_mapping_as_is_and_keeps_none_as_no_params() -> None:
    assert encode_params({"threadId": "t", "extra": 1}) == {"threadId": "t", "extra": 1}
    assert encode_params(None) is None
    with pytest.raises(ProtocolError):
        encode_params(["x"])  # type: ignore[arg-type]


def test_validate_params_types_outgoing_params_and_rejects_bad_or_unknown_ones() -> None:
    params = validate_params("turn/interrupt", {"threadId": "t", "turnId": "u"})

    assert isinstance(params, wire.TurnInterruptParams) and params.turn_id == "u"
    assert validate_params("initialized", None) is None
    with pytest.raises(ProtocolError, match="turn/interrupt"):
        validate_params("turn/interrupt", {"threadId": 1})
    with pytest.raises(ProtocolError, match="unknown client method"):
        validate_params("thread/rollback", {})


def test_decode_result_returns_the_methods_typed_result() -> None:
    raw = example(definitions()["TurnStartResponse"], full=False)

    result = decode_result(ClientRequests.TURN_START, raw)

    assert isinstance(result, wire.TurnStartResponse)
    with pytest.raises(ProtocolError):
        decode_result(ClientRequests.TURN_START, {"turn": "not a turn"})


def test_answers_to_server_requests_are_encoded_by_the_methods_response_type() -> None:
    request = decode_server_request(
        0, "item/commandExecution/requestApproval", {"threadId": "t", "turnId": "u", "itemId": "i"}
    )
    assert isinstance(request, ServerRequest)
    spec = ServerRequests.ITEM_COMMAND_EXECUTION_REQUEST_APPROVAL

    declined = wire.CommandExecutionRequestApprovalResponse(decision=wire.CommandExecutionApprovalDecisionKind.DECLINE)

    assert request.encode_result(declined) == {"decision": "decline"}
    assert encode_result(spec, {"decision": "acceptForSession"}) == {"decision": "acceptForSession"}
    assert request.validate_result({"decision": "accept"}).decision == "accept"
    with pytest.raises(ProtocolError):
        request.validate_result({})
