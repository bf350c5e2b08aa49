"""Approvals and server requests against the real codex binary + MockModel: every request ends with exactly one
answer, handlers never run on the reader, and nothing is ever approved by default."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

import pytest

from codex_runtime import Client, ClientConfig, PendingServerRequest, SessionConfig
from codex_runtime.api.tools import tool
from codex_runtime.errors import ServerRequestAlreadyAnsweredError
from codex_runtime.runtime.approval_presets import allow_if, approve_all
from codex_runtime.testing import MockModel, responses

MARKER = "approved-command-ran"


def command_items(result: Any) -> list[Any]:
    return [item for item in result.items if getattr(item, "type", "") == "commandExecution"]


def untrusted(workdir: Path, handler: Any = None) -> SessionConfig:
    return SessionConfig(cwd=str(workdir), approval_policy="untrusted", approval_handler=handler)


async def test_accept_runs_the_command(client_config: ClientConfig, mock_model: MockModel, workdir: Path) -> None:
    seen: list[PendingServerRequest] = []

    def accept(request: PendingServerRequest) -> str:
        seen.append(request)
        return "accept"

    mock_model.enqueue(responses.exec_command(f"echo {MARKER}"), responses.text("done"))
    async with Client(client_config) as client:
        session = await client.start_session(untrusted(workdir, accept))
        result = await session.ask("run it")

    [request] = seen
    assert request.method == "item/commandExecution/requestApproval"
    assert MARKER in str(request.params.command) and request.turn_id == result.turn_id
    [command] = command_items(result)
    assert str(command.status) == "completed" and MARKER in command.aggregated_output


async def test_decline_skips_the_command_and_the_turn_completes(
    client_config: ClientConfig, mock_model: MockModel, workdir: Path
) -> None:
    mock_model.enqueue(responses.exec_command(f"echo {MARKER}"), responses.text("ok, I will not"))
    async with Client(client_config) as client:
        session = await client.start_session(untrusted(workdir, lambda _r: "decline"))
        result = await session.ask("run it")

    assert result.assistant_text == "ok, I will not"
    [command] = command_items(result)
    assert str(command.status) == "declined" and not command.aggregated_output


async def test_no_handler_declines_at_the_deadline(
    codex_env: dict[str, str], mock_model: MockModel, workdir: Path
) -> None:
    mock_model.enqueue(responses.exec_command(f"echo {MARKER}"), responses.text("declined, moving on"))
    async with Client(ClientConfig(process_env=codex_env, server_request_timeout=0.5)) as client:
        session = await client.start_session(untrusted(workdir))
        result = await session.ask("run it")
        metrics = client.runtime.metrics_snapshot()

    [command] = command_items(result)
    assert str(command.status) == "declined"
    assert metrics.server_requests.declined_by_deadline == 1 and metrics.server_requests.pending == 0


async def test_a_raising_handler_declines_and_the_next_ask_works(
    client_config: ClientConfig, mock_model: MockModel, workdir: Path
) -> None:
    def broken(_request: PendingServerRequest) -> str:
        raise RuntimeError("handler bug")

    mock_model.enqueue(
        responses.exec_command(f"echo {MARKER}"), responses.text("after decline"), responses.text("still alive")
    )
    async with Client(client_config) as client:
        session = await client.start_session(untrusted(workdir, broken))
        first = await session.ask("run it")
        second = await session.ask("are you there?")
        errors = client.runtime.metrics_snapshot().server_requests.handler_errors

    assert str(command_items(first)[0].status) == "declined"
    assert second.assistant_text == "still alive" and errors == 1


async def test_manual_respond_through_server_requests_and_a_late_respond_is_refused(
    client_config: ClientConfig, mock_model: MockModel, workdir: Path
) -> None:
    mock_model.enqueue(responses.exec_command(f"echo {MARKER}"), responses.text("ran"))
    async with Client(client_config) as client:
        session = await client.start_session(untrusted(workdir))
        ask = asyncio.create_task(session.ask("run it"))
        requests = client.server_requests()
        request = await asyncio.wait_for(requests.__anext__(), 10)
        await request.respond("accept")
        result = await asyncio.wait_for(ask, 20)
        with pytest.raises(ServerRequestAlreadyAnsweredError):
            await request.respond("decline")

    assert str(command_items(result)[0].status) == "completed"


async def test_file_change_approval_gates_apply_patch(
    client_config: ClientConfig, mock_model: MockModel, workdir: Path
) -> None:
    target = workdir / "approved.txt"
    mock_model.enqueue(responses.apply_patch(responses.add_file_patch(str(target), "hello")), responses.text("ok"))
    methods: list[str] = []

    def accept_files(request: PendingServerRequest) -> str:
        methods.append(request.method)
        return "accept"

    config = SessionConfig(
        cwd=str(workdir),
        approval_policy="untrusted",
        sandbox="workspace-write",
        allow_privileged_escalation=True,
        approval_handler=accept_files,
    )
    async with Client(client_config) as client:
        session = await client.start_session(config)
        await session.ask("write the file")

    assert methods == ["item/fileChange/requestApproval"]
    assert target.read_text() == "hello\n"


async def test_presets_approve_all_and_allow_if(
    codex_env: dict[str, str], mock_model: MockModel, workdir: Path
) -> None:
    mock_model.enqueue(
        responses.exec_command("echo yes"), responses.text("1"), responses.exec_command("echo no"), responses.text("2")
    )
    allow_yes = allow_if(lambda request: "yes" in str(request.params.command))
    async with Client(ClientConfig(process_env=codex_env, approval_handler=approve_all())) as client:
        first = await (await client.start_session(untrusted(workdir))).ask("a")
        second = await (await client.start_session(untrusted(workdir, allow_yes))).ask("b")

    assert str(command_items(first)[0].status) == "completed"
    assert str(command_items(second)[0].status) == "declined"


@tool
def add(a: int, b: int) -> int:
    """Add two integers."""
    return a + b


@tool
def explode(reason: str) -> str:
    """Always fails."""
    raise ValueError(reason)


async def test_client_tools_are_called_by_the_model_and_errors_become_failure_results(
    codex_env: dict[str, str], mock_model: MockModel, workdir: Path
) -> None:
    mock_model.enqueue(
        responses.tool_call("add", {"a": 2, "b": 3}),
        responses.text("five"),
        responses.tool_call("explode", {"reason": "boom"}),
        responses.text("it failed"),
    )
    async with Client(ClientConfig(process_env=codex_env, experimental_api=True)) as client:
        session = await client.start_session(SessionConfig(cwd=str(workdir), tools=(add, explode)))
        first = await session.ask("add 2 and 3")
        second = await session.ask("explode")

    assert (first.assistant_text, second.assistant_text) == ("five", "it failed")
    declared = [t["name"] for t in mock_model.requests[0].body["tools"] if t.get("name") in ("add", "explode")]
    assert declared == ["add", "explode"]
    assert mock_model.requests[1].function_call_outputs()[-1]["output"] == "5"
    assert "boom" in str(mock_model.requests[3].function_call_outputs()[-1]["output"])


async def test_tools_without_the_experimental_api_are_refused_clearly(
    client_config: ClientConfig, workdir: Path
) -> None:
    async with Client(client_config) as client:
        with pytest.raises(ValueError, match="experimental_api=True"):
            await client.start_session(SessionConfig(cwd=str(workdir), tools=(add,)))
