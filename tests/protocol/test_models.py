"""The generated models: StrEnums, snake_case attributes with wire aliases, and tolerance of a newer server."""

from __future__ import annotations

import pytest
from pydantic import TypeAdapter

import codex_runtime.protocol as protocol
from codex_runtime.protocol import OpenStrEnum, TaggedWireModel, WireModel
from codex_runtime.protocol import types as wire


def test_enum_members_compare_and_print_as_their_wire_strings() -> None:
    assert str(wire.TurnStatus.COMPLETED) == "completed"
    assert wire.TurnStatus.COMPLETED == "completed"
    assert wire.TurnStatus("inProgress") is wire.TurnStatus.IN_PROGRESS
    assert f"{wire.SandboxMode.READ_ONLY}" == "read-only"


def test_an_enum_value_the_schema_does_not_list_is_accepted_not_rejected() -> None:
    status = wire.TurnStatus("pausedByANewerServer")

    assert status == "pausedByANewerServer" and str(status) == "pausedByANewerServer"
    assert isinstance(status, wire.TurnStatus) and isinstance(status, OpenStrEnum)
    with pytest.raises(ValueError):
        wire.TurnStatus(3)  # type: ignore[arg-type]


def test_a_model_with_an_unknown_enum_value_still_validates_and_dumps_it_back() -> None:
    raw = {"id": "turn_1", "items": [], "status": "pausedByANewerServer"}

    turn = wire.Turn.model_validate(raw)

    assert turn.status == "pausedByANewerServer"
    assert turn.model_dump(mode="json", exclude_none=True)["status"] == "pausedByANewerServer"


def test_unknown_fields_are_kept_and_written_back() -> None:
    raw = {"threadId": "thr_1", "turnId": "turn_1", "itemId": "i", "delta": "x", "sentAtMs": 17}

    delta = wire.AgentMessageDeltaNotification.model_validate(raw)

    assert delta.model_extra == {"sentAtMs": 17}
    assert delta.model_dump(by_alias=True, exclude_none=True) == raw


def test_attributes_are_snake_case_and_the_wire_uses_camel_case_aliases() -> None:
    by_name = wire.TurnInterruptParams(thread_id="thr_1", turn_id="turn_1")
    by_alias = wire.TurnInterruptParams.model_validate({"threadId": "thr_1", "turnId": "turn_1"})

    assert by_name == by_alias
    assert by_alias.thread_id == "thr_1"
    assert by_name.model_dump() == {"threadId": "thr_1", "turnId": "turn_1"}  # dumps use the wire names
    assert by_name.model_dump_json() == '{"threadId":"thr_1","turnId":"turn_1"}'


def test_field_names_that_are_keywords_or_private_get_a_safe_attribute_name() -> None:
    assert wire.McpServerToolCallParams.model_fields["meta"].alias == "_meta"
    item = wire.AgentMessageThreadItem.model_validate({"type": "agentMessage", "id": "i", "text": "t"})
    assert item.type == "agentMessage"


def test_a_tagged_union_decodes_each_variant_to_its_class() -> None:
    adapter: TypeAdapter[wire.ThreadItem] = TypeAdapter(wire.ThreadItem)

    message = adapter.validate_python({"type": "agentMessage", "id": "i1", "text": "hello"})
    command = adapter.validate_python(
        {
            "type": "commandExecution",
            "id": "i2",
            "command": "ls",
            "commandActions": [],
            "cwd": "/",
            "status": "completed",
        }
    )

    assert isinstance(message, wire.AgentMessageThreadItem) and message.text == "hello"
    assert isinstance(command, wire.CommandExecutionThreadItem)


def test_an_unknown_union_variant_decodes_to_the_unrecognized_fallback_with_all_its_fields() -> None:
    raw = {"type": "hologram", "id": "i9", "frames": 3}

    item = TypeAdapter(wire.ThreadItem).validate_python(raw)

    assert isinstance(item, wire.UnrecognizedThreadItem)
    assert item.type == "hologram" and item.model_extra == {"id": "i9", "frames": 3}
    assert item.model_dump() == raw


def test_a_notification_carrying_an_unknown_item_type_still_validates() -> None:
    raw = {"threadId": "t", "turnId": "u", "completedAtMs": 1, "item": {"type": "hologram", "id": "i9"}}

    completed = wire.ItemCompletedNotification.model_validate(raw)

    assert isinstance(completed.item, wire.UnrecognizedThreadItem)


def test_externally_tagged_unions_take_strings_objects_and_unknown_objects() -> None:
    adapter: TypeAdapter[wire.CodexErrorInfo] = TypeAdapter(wire.CodexErrorInfo)

    quota = adapter.validate_python("usageLimitExceeded")
    http = adapter.validate_python({"httpConnectionFailed": {"httpStatusCode": 503}})
    future = adapter.validate_python({"someNewFailure": {"detail": 1}})

    assert quota == wire.CodexErrorInfoKind.USAGE_LIMIT_EXCEEDED
    assert isinstance(http, wire.HttpConnectionFailedCodexErrorInfo)
    assert http.http_connection_failed.http_status_code == 503
    assert isinstance(future, wire.UnrecognizedCodexErrorInfo)
    assert adapter.dump_python(http, mode="json") == {"httpConnectionFailed": {"httpStatusCode": 503}}


def test_tagged_variants_fill_in_their_tag_and_always_count_it_as_set() -> None:
    policy = wire.ReadOnlySandboxPolicy()

    assert isinstance(policy, TaggedWireModel) and isinstance(policy, WireModel)
    assert policy.type == "readOnly"
    assert policy.model_dump(exclude_unset=True) == {"type": "readOnly"}


def test_every_generated_type_is_reachable_from_the_protocol_package() -> None:
    assert protocol.ThreadItem is wire.ThreadItem
    assert protocol.ThreadStartParams is wire.ThreadStartParams
    with pytest.raises(AttributeError):
        _ = protocol.NoSuchType
