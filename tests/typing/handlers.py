"""Checked by mypy in tests/typing/test_mypy.py: a command-approval handler receives the command-approval params."""

from __future__ import annotations

from typing import assert_type

from codex_runtime import ClientConfig, PendingServerRequest, Reply
from codex_runtime.protocol.types import CommandExecutionRequestApprovalParams, CommandExecutionRequestApprovalResponse
from codex_runtime.runtime.handlers import DEFER, CommandApprovalHandler, ServerRequestHandlers


def approve_ls(
    request: PendingServerRequest[CommandExecutionRequestApprovalParams],
) -> Reply[CommandExecutionRequestApprovalResponse]:
    assert_type(request.params, CommandExecutionRequestApprovalParams)
    assert_type(request.params.command, str | None)
    return "accept" if request.params.command == "ls" else DEFER


def bundles() -> None:
    typed: CommandApprovalHandler = approve_ls
    handlers = ServerRequestHandlers(command_approval=typed)
    ClientConfig(approval_handler=handlers)  # the bundle is itself a handler
