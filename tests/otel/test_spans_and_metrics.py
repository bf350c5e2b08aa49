"""OpenTelemetry spans and metrics from real turns (the bundled codex binary + MockModel), read back through the
SDK's in-memory exporters: GenAI agent/tool spans, approval waits with their decision, JSON-RPC client spans,
turn duration, token usage and approval metrics."""

from __future__ import annotations

import os
import signal
from pathlib import Path

import pytest
from opentelemetry.trace import SpanKind, StatusCode

from codex_runtime import AppServerRestartedError, Client, ClientConfig, RestartPolicy, SessionConfig
from codex_runtime.errors import RpcError, TurnFailedError
from codex_runtime.testing import MockModel, responses
from tests.otel.conftest import Exported

pytestmark = pytest.mark.timeout(90)
AGENT = "invoke_agent codex"
TOOL = "execute_tool commandExecution"


def untrusted(workdir: Path, decision: str) -> SessionConfig:
    return SessionConfig(cwd=str(workdir), approval_policy="untrusted", approval_handler=lambda _r: decision)


async def test_a_turn_with_an_approved_command_is_an_agent_span_with_tool_and_approval_children(
    codex_env: dict[str, str], mock_model: MockModel, workdir: Path, exported: Exported
) -> None:
    mock_model.enqueue(
        responses.exec_command("echo otel-marker", call_id="call_otel_1"), responses.text("The command ran.")
    )
    config = ClientConfig(process_env=codex_env, observers=[exported.telemetry])
    async with Client(config) as client:
        session = await client.start_session(untrusted(workdir, "accept"))
        with exported.tracer_provider.get_tracer("app").start_as_current_span("handle user request"):
            result = await session.ask("run it")

    tree = {(s.name, exported.parent_name(s)) for s in exported.spans() if s.name != "initialize"}
    assert tree == {
        ("account/read", None),
        ("thread/start", None),
        ("turn/start", "handle user request"),
        (AGENT, "handle user request"),
        (TOOL, AGENT),
        ("codex.approval", TOOL),
        ("handle user request", None),
    }
    agent = exported.span(AGENT)
    assert agent.kind is SpanKind.CLIENT and agent.status.status_code is StatusCode.UNSET
    assert dict(agent.attributes or {}) == {
        "gen_ai.operation.name": "invoke_agent",
        "gen_ai.provider.name": "mock",
        "gen_ai.agent.name": "codex",
        "gen_ai.conversation.id": result.thread_id,
        "gen_ai.request.model": "mock-model",
        "codex.turn.id": result.turn_id,
        "codex.turn.status": "completed",
        "gen_ai.usage.input_tokens": 20,  # two model requests of the turn (the command, then the answer)
        "gen_ai.usage.output_tokens": 10,
        "gen_ai.usage.cache_read.input_tokens": 0,
        "gen_ai.usage.reasoning.output_tokens": 0,
    }
    tool = exported.span(TOOL)
    assert dict(tool.attributes or {}) == {
        "gen_ai.operation.name": "execute_tool",
        "gen_ai.tool.name": "commandExecution",
        "gen_ai.tool.call.id": "call_otel_1",
        "gen_ai.tool.type": "function",
        "codex.item.type": "commandExecution",
        "codex.item.status": "completed",
        "codex.command.exit_code": 0,
    }
    approval = exported.span("codex.approval")
    assert dict(approval.attributes or {}) == {
        "codex.server_request.method": "item/commandExecution/requestApproval",
        "jsonrpc.request.id": "0",
        "codex.approval.decision": "accept",
    }
    assert agent.start_time is not None and agent.end_time is not None and tool.start_time is not None
    assert agent.start_time <= tool.start_time <= approval.start_time <= approval.end_time <= agent.end_time
    rpc = exported.span("turn/start")
    assert rpc.kind is SpanKind.CLIENT
    assert dict(rpc.attributes or {}) == {
        "rpc.system.name": "jsonrpc",
        "rpc.method": "turn/start",
        "jsonrpc.request.id": "4",
    }

    common = {
        "gen_ai.operation.name": "invoke_agent",
        "gen_ai.provider.name": "mock",
        "gen_ai.agent.name": "codex",
        "gen_ai.request.model": "mock-model",
        "codex.turn.status": "completed",
    }
    assert exported.points("codex_runtime.approvals") == [
        (
            {
                "codex.approval.decision": "accept",
                "codex.server_request.method": "item/commandExecution/requestApproval",
            },
            1,
        )
    ]
    assert sorted(exported.points("gen_ai.client.token.usage"), key=lambda p: p[0]["gen_ai.token.type"]) == [
        ({**common, "gen_ai.token.type": "input"}, (1, 20)),
        ({**common, "gen_ai.token.type": "output"}, (1, 10)),
    ]
    [(attributes, (count, seconds))] = exported.points("gen_ai.client.operation.duration")
    assert (attributes, count) == (common, 1)
    assert 0 < seconds < 60


async def test_a_declined_file_change_and_a_failed_turn_are_recorded_with_their_outcome(
    codex_env: dict[str, str], mock_model: MockModel, workdir: Path, exported: Exported
) -> None:
    patch = responses.add_file_patch(str(workdir / "never.txt"), "x")
    mock_model.enqueue(responses.apply_patch(patch), responses.text("Not applied."), responses.usage_limit())
    async with Client(ClientConfig(process_env=codex_env, observers=[exported.telemetry])) as client:
        session = await client.start_session(untrusted(workdir, "decline"))
        first = await session.ask("write it")
        with pytest.raises(TurnFailedError):
            await session.ask("again")

    change = exported.span("execute_tool fileChange")
    assert (change.attributes or {})["codex.item.status"] == "declined"
    approval = exported.span("codex.approval")
    assert exported.parent_name(approval) == "execute_tool fileChange"
    assert (approval.attributes or {})["codex.approval.decision"] == "decline"

    agents = sorted((s for s in exported.spans() if s.name == AGENT), key=lambda s: s.start_time or 0)
    assert (agents[0].attributes or {})["codex.turn.id"] == first.turn_id
    failed = agents[1]
    assert failed.status.status_code is StatusCode.ERROR
    assert failed.status.description == "You\u2019ve hit your usage limit. Try again later."  # codex's own words
    assert ((failed.attributes or {})["codex.turn.status"], (failed.attributes or {})["error.type"]) == (
        "failed",
        "usageLimitExceeded",
    )
    assert exported.points("codex_runtime.approvals") == [
        ({"codex.approval.decision": "decline", "codex.server_request.method": "item/fileChange/requestApproval"}, 1)
    ]
    statuses = sorted(
        (a["codex.turn.status"], a.get("error.type"), n)
        for a, (n, _) in exported.points("gen_ai.client.operation.duration")
    )
    assert statuses == [("completed", None, 1), ("failed", "usageLimitExceeded", 1)]


async def test_an_rpc_error_response_is_an_error_span_with_its_code(
    codex_env: dict[str, str], exported: Exported
) -> None:
    async with Client(ClientConfig(process_env=codex_env, observers=[exported.telemetry])) as client:
        with pytest.raises(RpcError):
            await client.runtime.request("thread/read", {"threadId": "no-such-thread"})

    span = exported.span("thread/read")
    assert span.status.status_code is StatusCode.ERROR
    assert (span.attributes or {})["rpc.response.status_code"] == "-32600"
    assert (span.attributes or {})["error.type"] == "-32600"


def test_a_restart_is_counted_by_reason(exported: Exported) -> None:
    exported.telemetry.record_restart("killed")
    exported.telemetry.record_restart("killed")
    exported.telemetry.record_restart("hung")
    assert sorted(exported.points("codex_runtime.app_server.restarts"), key=lambda p: p[1]) == [
        ({"codex.restart.reason": "hung"}, 1),
        ({"codex.restart.reason": "killed"}, 2),
    ]


async def test_a_supervised_restart_is_counted(
    codex_env: dict[str, str], mock_model: MockModel, workdir: Path, exported: Exported
) -> None:
    mock_model.enqueue(responses.text("before"), responses.text("after"))
    policy = RestartPolicy(max_restarts=2, window=60, backoff=0.1, heartbeat_interval=None)
    config = ClientConfig(process_env=codex_env, observers=[exported.telemetry], restart=policy)
    async with Client(config) as client:
        exported.telemetry.watch(client.supervisor)
        session = await client.start_session(SessionConfig(cwd=str(workdir)))
        assert (await session.ask("one")).assistant_text == "before"
        first = client.runtime.connection_number
        os.killpg(client.runtime.server_pid or 0, signal.SIGKILL)
        await client.supervisor.ready()
        try:
            answer = await session.ask("two")
        except AppServerRestartedError:  # the kill may still be on its way when the ask starts
            answer = await session.ask("two")
        assert answer.assistant_text == "after" and client.runtime.connection_number > first

    assert exported.points("codex_runtime.app_server.restarts") == [({"codex.restart.reason": "lost"}, 1)]
    agents = [s for s in exported.spans() if s.name == AGENT]
    assert sorted(str((s.attributes or {})["codex.turn.status"]) for s in agents) == ["completed", "completed"]
