# GENERATED FILE - DO NOT EDIT. Wire type ``ThreadResumeParams`` of the codex app-server protocol.
# Regenerate with: python scripts/gen_protocol.py   (CI runs: python scripts/gen_protocol.py --check)
# Generator: scripts/gen_protocol.py (hand-written), generator version 2
# Schema: printed by `codex app-server generate-json-schema` (codex-cli 0.163.0), vendored in schema/:
#   codex_app_server_protocol.schemas.json  sha256=408e09849d5d4931992a4227a7f3eb80b15d24901f84aca0562e816634651a82
#   ClientRequest.json  sha256=6b10888f163f569922d42c41e94a98b4261258abc7581c14eca867c3b125dc6f
#   ServerRequest.json  sha256=f339be472737a0003efa25fba2e6e6c9237e621cd065b6d6995c51256e9dc1fb
#   ServerNotification.json  sha256=8e719512bc26bb3871fcf7b378b79abf912d82787609c0ad418b71f179d0883f
#   ClientNotification.json  sha256=706cf248d75027c84a3c63348d0ed507182e8eba40069dd17541793de029145a
"""One wire type; import it from ``codex_runtime.protocol``."""

from typing import Any

from pydantic import Field

from codex_runtime.protocol._base import WireModel, is_none

from .approvals_reviewer import ApprovalsReviewer
from .ask_for_approval import AskForApproval
from .personality import Personality
from .sandbox_mode import SandboxMode


class ThreadResumeParams(WireModel):
    """There are three ways to resume a thread: 1. By thread_id: load the thread from disk by thread_id and resume
    it. 2. By history: instantiate the thread from memory and resume it. 3. By path: load the thread from disk by
    path and resume it.

    For non-running threads, the precedence is: history > non-empty path > thread_id. If using history or a
    non-empty path for a non-running thread, the thread_id param will be ignored.

    If thread_id identifies a running thread, app-server rejoins that thread and treats a non-empty path as a
    consistency check against the active rollout path. Empty string path values are treated as absent.

    Prefer using thread_id whenever possible.
    """

    approval_policy: AskForApproval | None = Field(default=None, alias="approvalPolicy")
    approvals_reviewer: ApprovalsReviewer | None = Field(default=None, alias="approvalsReviewer")
    """Override where approval requests are routed for review on this thread and subsequent turns."""
    base_instructions: str | None = Field(default=None, alias="baseInstructions")
    config: dict[str, Any] | None = None
    cwd: str | None = None
    developer_instructions: str | None = Field(default=None, alias="developerInstructions")
    exclude_turns: bool | None = Field(default=None, alias="excludeTurns", exclude_if=is_none)
    """When true, return only thread metadata and live-resume state without populating `thread.turns`. This is useful
    when the client plans to call `thread/turns/list` immediately after resuming. Full-history hydration is
    deprecated for paginated threads; use this with `thread/turns/list` and `thread/items/list` instead.
    """
    model: str | None = None
    """Configuration overrides for the resumed thread, if any."""
    model_provider: str | None = Field(default=None, alias="modelProvider")
    personality: Personality | None = None
    """@deprecated `friendly` and `pragmatic` no longer select a style. Changing this does not rewrite the thread's
    existing instructions.
    """
    sandbox: SandboxMode | None = None
    service_tier: str | None = Field(default=None, alias="serviceTier")
    thread_id: str = Field(alias="threadId")
