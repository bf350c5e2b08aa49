"""Checked by mypy in tests/test_typing.py: each marked line must be reported (the checks can fail)."""

from __future__ import annotations

from codex_runtime import ClientConfig, PendingServerRequest, RunProfile, tool


@tool
def add(a: int, b: int) -> int:
    return a + b


def wrong_answer(request: PendingServerRequest) -> int:
    return 1


def wrong() -> None:
    add("1", 2)  # error: a tool keeps its function's signature
    ClientConfig(approval_handler=wrong_answer)  # error: a handler answers with a decision or a response
    RunProfile(sandbox="read-write")  # error: not a sandbox mode of the schema
    RunProfile(approval_policy="sometimes")  # error: not an approval policy of the schema
    RunProfile(effort="enormous")  # error: not a reasoning effort
