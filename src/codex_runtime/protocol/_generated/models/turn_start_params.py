# GENERATED FILE - DO NOT EDIT. Wire type ``TurnStartParams`` of the codex app-server protocol.
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

from codex_runtime.protocol._base import WireModel

from .approvals_reviewer import ApprovalsReviewer
from .ask_for_approval import AskForApproval
from .personality import Personality
from .reasoning_effort import ReasoningEffort
from .reasoning_summary import ReasoningSummary
from .sandbox_policy import SandboxPolicy
from .turn_tool_output import TurnToolOutput
from .user_input import UserInput


class TurnStartParams(WireModel):
    approval_policy: AskForApproval | None = Field(default=None, alias="approvalPolicy")
    """Override the approval policy for this turn and subsequent turns."""
    approvals_reviewer: ApprovalsReviewer | None = Field(default=None, alias="approvalsReviewer")
    """Override where approval requests are routed for review on this turn and subsequent turns."""
    client_user_message_id: str | None = Field(default=None, alias="clientUserMessageId")
    cwd: str | None = None
    """Override the working directory for this turn and subsequent turns."""
    disabled_plugin_ids: list[str] | None = Field(default=None, alias="disabledPluginIds")
    """Replace this thread's disabled plugin IDs. Omitted/null preserves the list; [] clears it."""
    effort: ReasoningEffort | None = None
    """Override the reasoning effort for this turn and subsequent turns."""
    input: list[UserInput]
    model: str | None = None
    """Override the model for this turn and subsequent turns."""
    output_schema: Any = Field(default=None, alias="outputSchema")
    """Optional JSON Schema used to constrain the final assistant message for this turn."""
    parent_turn_id: str | None = Field(default=None, alias="parentTurnId")
    """ID of the turn that caused this new turn to start.

    Set this when starting work on behalf of another turn, such as delegated work in a different thread. Leave
    unset for work started directly by the user. Ignored when this request adds input to an active turn.
    """
    personality: Personality | None = None
    """@deprecated `friendly` and `pragmatic` no longer select a style. Changing this does not rewrite the thread's
    existing instructions.
    """
    root_turn_id: str | None = Field(default=None, alias="rootTurnId")
    """ID of the first turn in the chain of work that led to this new turn.

    When setting `parentTurnId`, set this to the parent turn's `rootTurnId` when known. This keeps descendant work
    attributed to the original turn. If omitted, the new turn becomes its own root. Ignored when this request adds
    input to an active turn.
    """
    sandbox_policy: SandboxPolicy | None = Field(default=None, alias="sandboxPolicy")
    """Override the sandbox policy for this turn and subsequent turns."""
    service_tier: str | None = Field(default=None, alias="serviceTier")
    """Override the service tier for this turn and subsequent turns."""
    service_tier_for_turn: str | None = Field(default=None, alias="serviceTierForTurn")
    """Override the service tier only when this request starts a new turn. Use "default" for standard speed. Omitted
    or null inherits the thread's tier. Does not change the thread's tier or a turn being steered.
    """
    summary: ReasoningSummary | None = None
    """Override the reasoning summary for this turn and subsequent turns."""
    thread_id: str = Field(alias="threadId")
    tool_output: TurnToolOutput | None = Field(default=None, alias="toolOutput")
    turn_trigger: str | None = Field(default=None, alias="turnTrigger")
    """Optional source classification for the caller that starts this turn. Ignored when this request steers an
    already-active turn.
    """
