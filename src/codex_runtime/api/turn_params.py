"""The wire params of turn/start, built from a :class:`~codex_runtime.api.profiles.PromptRunParams`.

Every check that must refuse before anything is sent (escalation, workspace, attachments) runs here.
"""

from __future__ import annotations

from typing import Any

from codex_runtime.api.attachments import build_input
from codex_runtime.api.guards import validate_workspace
from codex_runtime.api.output_schema import strict_json_schema
from codex_runtime.api.profiles import PromptRunParams, check_privileged_escalation, sandbox_policy
from codex_runtime.api.thread_options import turn_option_params


def turn_start_params(thread_id: str, params: PromptRunParams) -> dict[str, Any]:
    """The turn/start params for ``params``; checks escalation and attachments first.

    Raises:
        PrivilegedEscalationError, AttachmentNotFoundError, InvalidWorkspaceError: nothing is sent.
    """
    check_privileged_escalation(params, params.cwd)
    if params.cwd:
        validate_workspace(params.cwd)
    wire: dict[str, Any] = {
        "threadId": thread_id,
        "input": build_input(params.prompt, list(params.attachments), params.cwd or None),
        "approvalPolicy": params.approval_policy,
        "sandboxPolicy": sandbox_policy(params.sandbox, params.writable_roots),
        "effort": params.effort,
    }
    if params.cwd:
        wire["cwd"] = params.cwd
    if params.model is not None:
        wire["model"] = params.model
    if params.output_schema is not None:
        wire["outputSchema"] = strict_json_schema(params.output_schema)
    wire.update(turn_option_params(params))
    return wire


__all__ = ["turn_start_params"]
