"""The one id reader: every method's thread and turn ids come from where the generated table says they are."""

from __future__ import annotations

from typing import Any

import pytest

from codex_runtime.protocol import (
    SERVER_NOTIFICATIONS,
    SERVER_REQUESTS,
    THREAD_ID_PATHS,
    TURN_ID_PATHS,
    decode_notification,
    decode_server_request,
    read_ids,
)


@pytest.mark.parametrize(
    ("method", "params", "expected"),
    [
        ("item/agentMessage/delta", {"threadId": "t1", "turnId": "u1", "itemId": "i", "delta": "x"}, ("t1", "u1")),
        ("item/started", {"threadId": "t2", "turnId": "u2", "item": {"id": "i"}}, ("t2", "u2")),
        ("turn/started", {"threadId": "t3", "turn": {"id": "u3", "status": "inProgress"}}, ("t3", "u3")),
        ("turn/completed", {"threadId": "t4", "turn": {"id": "u4"}, "turnId": "not-here"}, ("t4", "u4")),
        ("thread/started", {"thread": {"id": "t5"}, "threadId": "not-here"}, ("t5", None)),
        ("thread/tokenUsage/updated", {"threadId": "t6", "turnId": "u6", "tokenUsage": {}}, ("t6", "u6")),
        ("account/rateLimits/updated", {"threadId": "ignored", "rateLimits": {}}, (None, None)),
        ("item/commandExecution/requestApproval", {"threadId": "t7", "turnId": "u7", "itemId": "c"}, ("t7", "u7")),
        ("execCommandApproval", {"conversationId": "t8", "callId": "c", "threadId": "no"}, ("t8", None)),
        ("applyPatchApproval", {"conversationId": "t9", "callId": "c"}, ("t9", None)),
    ],
)
def test_each_listed_method_is_read_at_its_own_paths(
    method: str, params: dict[str, Any], expected: tuple[str | None, str | None]
) -> None:
    assert read_ids(method, params) == expected


def test_an_id_that_is_not_a_string_reads_as_none() -> None:
    assert read_ids("item/agentMessage/delta", {"threadId": 7, "turnId": None}) == (None, None)
    assert read_ids("turn/started", {"threadId": "t", "turn": "u"}) == ("t", None)
    assert read_ids("turn/started", {"threadId": "t", "turn": {"id": 3}}) == ("t", None)


def test_an_unlisted_method_is_read_at_the_paths_the_table_uses_most_common_first() -> None:
    assert THREAD_ID_PATHS == (("threadId",), ("conversationId",), ("thread", "id"))
    assert TURN_ID_PATHS == (("turnId",), ("turn", "id"))
    assert read_ids("future/method", {"thread": {"id": "t"}, "turn": {"id": "u"}}) == ("t", "u")
    assert read_ids("future/method", {"conversationId": "c", "thread": {"id": "t"}}) == ("c", None)
    assert read_ids("future/method", {"threadId": "a", "conversationId": "c", "turnId": "u"}) == ("a", "u")
    assert read_ids("future/method", {}) == (None, None)


def test_decoded_messages_report_the_same_ids_as_the_reader() -> None:
    note = decode_notification("turn/completed", {"threadId": "t", "turn": {"id": "u"}})
    assert (note.thread_id, note.turn_id) == ("t", "u")
    unknown = decode_notification("future/thing", {"conversationId": "c", "turnId": "u"})
    assert (unknown.thread_id, unknown.turn_id) == ("c", "u")
    request = decode_server_request(0, "execCommandApproval", {"conversationId": "c", "callId": "x"})
    assert (request.thread_id, request.turn_id) == ("c", None)


def test_every_method_with_id_paths_in_the_table_is_read_there() -> None:
    for spec in (*SERVER_NOTIFICATIONS.values(), *SERVER_REQUESTS.values()):
        params: dict[str, Any] = {}
        for path, value in ((spec.thread_id_path, "T"), (spec.turn_id_path, "U")):
            if path is not None:
                target = params
                for key in path[:-1]:
                    target = target.setdefault(key, {})
                target[path[-1]] = value
        expected = ("T" if spec.thread_id_path else None, "U" if spec.turn_id_path else None)
        assert read_ids(spec.method, params) == expected, spec.method
