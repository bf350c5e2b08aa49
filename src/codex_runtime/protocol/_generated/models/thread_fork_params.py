# GENERATED FILE - DO NOT EDIT. Wire type ``ThreadForkParams`` of the codex app-server protocol.
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
from .sandbox_mode import SandboxMode
from .thread_source import ThreadSource


class ThreadForkParams(WireModel):
    """There are two ways to fork a thread: 1. By thread_id: load the thread from disk by thread_id and fork it into
    a new thread. 2. By path: load the thread from disk by path and fork it into a new thread.

    If using a non-empty path, the thread_id param will be ignored. Empty string path values are treated as
    absent.

    Prefer using thread_id whenever possible.
    """

    approval_policy: AskForApproval | None = Field(default=None, alias="approvalPolicy")
    approvals_reviewer: ApprovalsReviewer | None = Field(default=None, alias="approvalsReviewer")
    """Override where approval requests are routed for review on this thread and subsequent turns."""
    base_instructions: str | None = Field(default=None, alias="baseInstructions")
    config: dict[str, Any] | None = None
    cwd: str | None = None
    developer_instructions: str | None = Field(default=None, alias="developerInstructions")
    ephemeral: bool | None = Field(default=None, exclude_if=is_none)
    exclude_turns: bool | None = Field(default=None, alias="excludeTurns", exclude_if=is_none)
    """When true, return only thread metadata and live fork state without populating `thread.turns`. This is useful
    when the client plans to call `thread/turns/list` immediately after forking. Full-history hydration is
    deprecated for paginated threads; use this with `thread/turns/list` and `thread/items/list` instead.
    """
    last_turn_id: str | None = Field(default=None, alias="lastTurnId")
    """Optional last turn id to fork through, inclusive.

    When specified, turns after `last_turn_id` are omitted from the fork. The referenced turn cannot be in
    progress.
    """
    model: str | None = None
    """Configuration overrides for the forked thread, if any."""
    model_provider: str | None = Field(default=None, alias="modelProvider")
    sandbox: SandboxMode | None = None
    service_tier: str | None = Field(default=None, alias="serviceTier")
    thread_id: str = Field(alias="threadId")
    thread_source: ThreadSource | None = Field(default=None, alias="threadSource")
    """Optional client-supplied analytics source classification for this forked thread."""
