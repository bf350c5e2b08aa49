"""The method tables hold every method of the schema, each paired with the right params and result types."""

from __future__ import annotations

from typing import Any

import pytest
from pydantic import BaseModel

from codex_runtime.protocol import (
    CLIENT_NOTIFICATIONS,
    CLIENT_REQUESTS,
    SERVER_NOTIFICATIONS,
    SERVER_REQUESTS,
    ClientNotificationMethod,
    ClientRequestMethod,
    ClientRequests,
    MethodKind,
    MethodSpec,
    ServerNotificationMethod,
    ServerNotifications,
    ServerRequestMethod,
    ServerRequests,
    client_notification_spec,
    client_request_spec,
    notification_spec,
    server_request_spec,
)
from codex_runtime.protocol import types as wire
from tests.protocol.schema_examples import union_file

TABLES: dict[str, tuple[Any, MethodKind, type[Any]]] = {
    "ClientRequest": (CLIENT_REQUESTS, MethodKind.CLIENT_REQUEST, ClientRequestMethod),
    "ServerRequest": (SERVER_REQUESTS, MethodKind.SERVER_REQUEST, ServerRequestMethod),
    "ServerNotification": (SERVER_NOTIFICATIONS, MethodKind.SERVER_NOTIFICATION, ServerNotificationMethod),
    "ClientNotification": (CLIENT_NOTIFICATIONS, MethodKind.CLIENT_NOTIFICATION, ClientNotificationMethod),
}


def schema_methods(union: str) -> list[str]:
    return [variant["properties"]["method"]["enum"][0] for variant in union_file(union)["oneOf"]]


@pytest.mark.parametrize("union", TABLES)
def test_each_table_holds_exactly_the_methods_of_the_schemas_union(union: str) -> None:
    table, kind, names = TABLES[union]
    methods = schema_methods(union)

    assert len(table) == len(methods) == len(set(methods))
    assert list(table) == methods
    assert [str(member) for member in names] == methods
    assert all(spec.kind is kind and spec.method == method for method, spec in table.items())


def test_the_only_client_notification_is_initialized() -> None:
    assert list(CLIENT_NOTIFICATIONS) == ["initialized"]
    assert CLIENT_NOTIFICATIONS["initialized"].params_type is None


# Requests with params whose response is not ``<Name>Params -> <Name>Response`` (two writes share one response).
SHARED_RESPONSES = {"config/value/write", "config/batchWrite"}


@pytest.mark.parametrize("method", list(CLIENT_REQUESTS) + list(SERVER_REQUESTS))
def test_every_request_has_a_generated_response_type_paired_by_name_where_the_schema_allows(method: str) -> None:
    spec = CLIENT_REQUESTS.get(method) or SERVER_REQUESTS[method]
    assert spec.result_name is not None and spec.result_name.endswith("Response")
    assert spec.result_type is getattr(wire, spec.result_name)
    if spec.params_name is not None and method not in SHARED_RESPONSES:
        assert spec.result_name == spec.params_name.removesuffix("Params") + "Response"


@pytest.mark.parametrize("method", list(SERVER_NOTIFICATIONS) + list(CLIENT_NOTIFICATIONS))
def test_notifications_have_no_result_type(method: str) -> None:
    spec = SERVER_NOTIFICATIONS.get(method) or CLIENT_NOTIFICATIONS[method]
    assert spec.result_name is None and spec.result_type is None


def test_requests_that_break_the_naming_convention_are_paired_by_the_upstream_table() -> None:
    assert ClientRequests.ACCOUNT_LOGOUT.params_type is None
    assert ClientRequests.ACCOUNT_LOGOUT.result_type is wire.LogoutAccountResponse
    assert ClientRequests.CONFIG_VALUE_WRITE.result_type is wire.ConfigWriteResponse
    assert ClientRequests.CONFIG_BATCH_WRITE.result_type is wire.ConfigWriteResponse
    assert ClientRequests.CONFIG_MCP_SERVER_RELOAD.result_type is wire.McpServerRefreshResponse
    assert ClientRequests.ACCOUNT_RATE_LIMITS_READ.params_type == wire.GetAccountRateLimitsParams | None


def test_typed_constants_and_name_constants_describe_the_same_method() -> None:
    assert ClientRequests.THREAD_START.method == ClientRequestMethod.THREAD_START == "thread/start"
    assert ClientRequests.THREAD_START.params_type is wire.ThreadStartParams
    assert ClientRequests.THREAD_START.result_type is wire.ThreadStartResponse
    assert ServerNotifications.ITEM_AGENT_MESSAGE_DELTA.method == "item/agentMessage/delta"
    assert ServerRequests.ITEM_COMMAND_EXECUTION_REQUEST_APPROVAL.result_type is (
        wire.CommandExecutionRequestApprovalResponse
    )
    assert str(ServerNotificationMethod.TURN_COMPLETED) == "turn/completed"


def test_lookups_find_listed_methods_and_return_none_for_others() -> None:
    assert client_request_spec("turn/start") is ClientRequests.TURN_START
    assert server_request_spec("item/fileChange/requestApproval") is ServerRequests.ITEM_FILE_CHANGE_REQUEST_APPROVAL
    assert notification_spec("turn/completed") is ServerNotifications.TURN_COMPLETED
    assert client_notification_spec("initialized") is not None
    assert client_request_spec("thread/rollback") is None  # not in 0.163.0
    assert notification_spec("turn/start") is None
    assert server_request_spec("nope") is None


def is_model_or_union(generated: Any) -> bool:
    return (isinstance(generated, type) and issubclass(generated, BaseModel)) or hasattr(generated, "__metadata__")


def test_every_params_and_result_type_is_a_model_or_a_discriminated_union() -> None:
    for table, _, _ in TABLES.values():
        for spec in table.values():
            for name in (spec.params_name, spec.result_name):
                if name is not None:
                    assert is_model_or_union(getattr(wire, name)), name


@pytest.mark.parametrize(
    ("spec", "thread_path", "turn_path"),
    [
        (ServerNotifications.ITEM_AGENT_MESSAGE_DELTA, ("threadId",), ("turnId",)),
        (ServerNotifications.THREAD_STARTED, ("thread", "id"), None),
        (ServerNotifications.TURN_STARTED, ("threadId",), ("turn", "id")),
        (ServerNotifications.TURN_COMPLETED, ("threadId",), ("turn", "id")),
        (ServerNotifications.ACCOUNT_RATE_LIMITS_UPDATED, None, None),
        (ServerRequests.EXEC_COMMAND_APPROVAL, ("conversationId",), None),
        (ServerRequests.MCP_SERVER_ELICITATION_REQUEST, ("threadId",), ("turnId",)),
    ],
)
def test_id_paths_point_where_the_schema_puts_the_thread_and_turn_ids(
    spec: MethodSpec[Any, Any], thread_path: tuple[str, ...] | None, turn_path: tuple[str, ...] | None
) -> None:
    assert (spec.thread_id_path, spec.turn_id_path) == (thread_path, turn_path)
