"""MCP on the real binary with a REAL MCP server (tests/e2e/mcp_demo_server.py, the official ``mcp`` SDK).

The thread starts the server from ``SessionConfig(mcp_servers=...)``; the MockModel's scripted turn calls its tools
in the ``mcp__demo`` namespace; codex runs them and puts the result in the turn's items. Measured on codex 0.163.0.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest

from codex_runtime import (
    Client,
    ClientConfig,
    InvalidArgumentError,
    McpServer,
    RpcError,
    SessionConfig,
    accept_elicitation,
    is_tool_call_approval,
)
from codex_runtime import sync as blocking
from codex_runtime.runtime.handlers import ServerRequestHandlers
from codex_runtime.testing import MockModel, responses

SERVER_SCRIPT = str(Path(__file__).with_name("mcp_demo_server.py"))


def demo(**options: Any) -> dict[str, McpServer]:
    return {"demo": McpServer(command=sys.executable, args=[SERVER_SCRIPT], **options)}


def mcp_items(items: list[Any]) -> list[tuple[str, str, str, str]]:
    """(tool, status, result text or error message) of each MCP tool call item."""
    found = []
    for item in items:
        if str(item.type) != "mcpToolCall":
            continue
        text = item.error.message if item.error is not None else item.result.content[0]["text"]
        found.append((item.server, item.tool, str(item.status), text))
    return found


async def test_a_scripted_turn_calls_the_mcp_tool_and_its_result_is_in_the_items(
    client_config: ClientConfig, mock_model: MockModel, workdir: Path
) -> None:
    mock_model.enqueue(responses.mcp_tool_call("demo", "add", {"a": 2, "b": 3}), responses.text("It is 5."))
    async with Client(client_config) as client:
        events = client.mcp.events()
        config = SessionConfig(cwd=str(workdir), mcp_servers=demo(tool_approval={"add": "approve"}))
        session = await client.start_session(config)
        statuses = await client.mcp.wait_ready(session.thread_id, timeout=30.0)
        result = await session.ask("Add 2 and 3.")
        startup = []
        async with events:
            async for event in events:
                startup.append((event.method, event.params.name, str(event.params.status)))
                if str(event.params.status) == "ready":
                    break
    assert [(s.name, str(s.runtime_status), sorted(s.tools)) for s in statuses] == [
        ("demo", "connected", ["add", "greet"])
    ]
    assert startup == [
        ("mcpServer/startupStatus/updated", "demo", "starting"),
        ("mcpServer/startupStatus/updated", "demo", "ready"),
    ]
    assert mcp_items(result.items) == [("demo", "add", "completed", "sum=5")]
    assert result.assistant_text == "It is 5."
    tool_output = mock_model.requests[1].function_call_outputs()[0]["output"]
    assert "sum=5" in str(tool_output)


async def test_the_safe_default_approval_policy_refuses_an_mcp_tool_nobody_approved(
    client_config: ClientConfig, mock_model: MockModel, workdir: Path
) -> None:
    mock_model.enqueue(responses.mcp_tool_call("demo", "add", {"a": 1, "b": 1}), responses.text("Refused."))
    async with Client(client_config) as client:
        session = await client.start_session(SessionConfig(cwd=str(workdir), mcp_servers=demo()))
        await client.mcp.wait_ready(session.thread_id, timeout=30.0)
        result = await session.ask("Add 1 and 1.")
    assert mcp_items(result.items) == [
        ("demo", "add", "failed", "MCP tool call requires approval, but approval policy is never")
    ]


async def test_an_elicitation_from_the_mcp_server_is_answered_by_the_typed_handler(
    client_config: ClientConfig, mock_model: MockModel, workdir: Path
) -> None:
    asked: list[tuple[bool, str, str]] = []

    def on_elicitation(request: Any) -> Any:
        asked.append((is_tool_call_approval(request), request.params.server_name, request.params.message))
        return accept_elicitation() if is_tool_call_approval(request) else accept_elicitation({"name": "Ada"})

    handlers = ServerRequestHandlers(mcp_elicitation=on_elicitation)
    mock_model.enqueue(responses.mcp_tool_call("demo", "greet", {}), responses.text("Greeted."))
    async with Client(client_config) as client:
        # An approval policy that asks: codex's own tool-call approval and the server's question both reach us.
        config = SessionConfig(
            cwd=str(workdir), approval_policy="on-request", mcp_servers=demo(), approval_handler=handlers
        )
        session = await client.start_session(config)
        await client.mcp.wait_ready(session.thread_id, timeout=30.0)
        result = await session.ask("Greet me.")
    assert asked == [
        (True, "demo", 'Allow the demo MCP server to run tool "greet"?'),
        (False, "demo", "What is your name?"),
    ]
    assert mcp_items(result.items) == [("demo", "greet", "completed", 'hello {"name": "Ada"}')]


async def test_the_default_elicitation_handler_declines(
    client_config: ClientConfig, mock_model: MockModel, workdir: Path
) -> None:
    mock_model.enqueue(responses.mcp_tool_call("demo", "greet", {}), responses.text("No name."))
    async with Client(client_config) as client:
        config = SessionConfig(
            cwd=str(workdir),
            approval_policy="on-request",
            mcp_servers=demo(tool_approval={"greet": "approve"}),
            approval_handler=ServerRequestHandlers(),
        )
        session = await client.start_session(config)
        await client.mcp.wait_ready(session.thread_id, timeout=30.0)
        result = await session.ask("Greet me.")
    assert mcp_items(result.items) == [("demo", "greet", "completed", "no name: decline")]


async def test_client_mcp_calls_tools_and_reads_resources_without_a_turn(
    client_config: ClientConfig, workdir: Path
) -> None:
    async with Client(client_config) as client:
        session = await client.start_session(SessionConfig(cwd=str(workdir), mcp_servers=demo()))
        await client.mcp.wait_ready(session.thread_id, timeout=30.0)
        called = await client.mcp.call_tool("demo", "add", {"a": 40, "b": 2}, thread_id=session.thread_id)
        read = await client.mcp.read_resource("demo", "note://readme", thread_id=session.thread_id)
        listed = await client.mcp.status(thread_id=session.thread_id)
        with pytest.raises(RpcError):
            await client.mcp.call_tool("nope", "add", {}, thread_id=session.thread_id)
        with pytest.raises(RpcError):
            await client.mcp.oauth_login("demo")  # a stdio server has no OAuth
        with pytest.raises(InvalidArgumentError):
            await client.mcp.call_tool(" ", "add", thread_id=session.thread_id)
        await client.mcp.reload()
    assert (called.content, called.structured_content, called.is_error) == (
        [{"type": "text", "text": "sum=42"}],
        {"result": "sum=42"},
        False,
    )
    assert [c.model_dump(exclude_none=True) for c in read.contents] == [
        {"uri": "note://readme", "mimeType": "text/plain", "text": "the readme note"}
    ]
    assert [(s.name, [r.uri for r in s.resources]) for s in listed] == [("demo", ["note://readme"])]


def test_blocking_client_mcp(client_config: ClientConfig, workdir: Path) -> None:
    with blocking.Client(client_config) as client:
        session = client.start_session(SessionConfig(cwd=str(workdir), mcp_servers=demo()))
        ready = client.mcp.wait_ready(session.thread_id, timeout=30.0)
        called = client.mcp.call_tool("demo", "add", {"a": 1, "b": 2}, thread_id=session.thread_id)
    assert [s.name for s in ready] == ["demo"]
    assert called.structured_content == {"result": "sum=3"}


def test_mcp_servers_are_checked_before_anything_is_sent(workdir: Path) -> None:
    with pytest.raises(InvalidArgumentError, match="exactly one of command"):
        McpServer()
    with pytest.raises(InvalidArgumentError, match="exactly one of command"):
        McpServer(command="x", url="http://127.0.0.1:1/mcp")
    with pytest.raises(InvalidArgumentError, match="tool_approval"):
        McpServer(command="x", tool_approval={"add": "always"})  # type: ignore[dict-item]
    with pytest.raises(InvalidArgumentError, match="letters, digits"):
        SessionConfig(cwd=str(workdir), mcp_servers={"my.server": McpServer(command="x")})
    with pytest.raises(InvalidArgumentError, match="not both"):
        SessionConfig(
            cwd=str(workdir),
            mcp_servers={"a": McpServer(command="x")},
            thread_config={"mcp_servers": {}},
            allow_privileged_escalation=True,
        )
