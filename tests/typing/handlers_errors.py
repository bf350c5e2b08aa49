"""Checked by mypy in tests/typing/test_mypy.py: each marked line must be reported (the checks can fail)."""

from __future__ import annotations

from codex_runtime import Decision, PendingServerRequest
from codex_runtime.protocol.types import CommandExecutionRequestApprovalParams, FileChangeRequestApprovalParams
from codex_runtime.runtime.handlers import ServerRequestHandlers


def on_file_change(request: PendingServerRequest[FileChangeRequestApprovalParams]) -> Decision:
    return "decline"


def on_command(request: PendingServerRequest[CommandExecutionRequestApprovalParams]) -> Decision:
    params: FileChangeRequestApprovalParams = request.params  # error: these are the command-approval params
    print(params, request.params.grant_root)  # error: a file-change field, not a command-approval one
    return "accept"


def wrong() -> None:
    ServerRequestHandlers(command_approval=on_file_change)  # error: a file-change handler for command approvals
