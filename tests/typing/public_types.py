"""Checked by mypy in tests/test_typing.py: results, tools, handlers and profiles carry their types."""

from __future__ import annotations

from collections.abc import Sequence
from typing import assert_type

from codex_runtime import (
    ClientConfig,
    Decision,
    PendingServerRequest,
    PromptRunResult,
    RunProfile,
    SessionConfig,
    Tool,
    TurnUsage,
    allow_if,
    tool,
)
from codex_runtime.protocol.types import ThreadItem


@tool
def add(a: int, b: int) -> int:
    """Add two integers."""
    return a + b


def decide(request: PendingServerRequest) -> Decision:
    return "accept" if request.method == "item/commandExecution/requestApproval" else "decline"


async def decide_later(request: PendingServerRequest) -> Decision:
    return "decline"


def results(result: PromptRunResult) -> None:
    assert_type(result.items, Sequence[ThreadItem])
    assert_type(result.usage, TurnUsage | None)
    assert_type(result.thread_usage, TurnUsage | None)


def tools_and_handlers() -> None:
    typed: Tool[[int, int], int] = add
    assert_type(typed(1, 2), int)
    assert_type(add(1, 2), int)
    SessionConfig(cwd=".", tools=(add,), approval_handler=decide)
    ClientConfig(approval_handler=decide_later)
    RunProfile(approval_handler=allow_if(lambda request: request.method.startswith("item/")))
    RunProfile(approval_policy="on-request", sandbox="workspace-write", allow_privileged_escalation=True)
    RunProfile(effort="xhigh").with_effort("minimal")
