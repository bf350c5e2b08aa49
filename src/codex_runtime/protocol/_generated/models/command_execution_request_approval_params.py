# GENERATED FILE - DO NOT EDIT. Wire type ``CommandExecutionRequestApprovalParams`` of the codex app-server protocol.
# Regenerate with: python scripts/gen_protocol.py   (CI runs: python scripts/gen_protocol.py --check)
# Generator: scripts/gen_protocol.py (hand-written), generator version 2
# Schema: printed by `codex app-server generate-json-schema` (codex-cli 0.163.0), vendored in schema/:
#   codex_app_server_protocol.schemas.json  sha256=408e09849d5d4931992a4227a7f3eb80b15d24901f84aca0562e816634651a82
#   ClientRequest.json  sha256=6b10888f163f569922d42c41e94a98b4261258abc7581c14eca867c3b125dc6f
#   ServerRequest.json  sha256=f339be472737a0003efa25fba2e6e6c9237e621cd065b6d6995c51256e9dc1fb
#   ServerNotification.json  sha256=8e719512bc26bb3871fcf7b378b79abf912d82787609c0ad418b71f179d0883f
#   ClientNotification.json  sha256=706cf248d75027c84a3c63348d0ed507182e8eba40069dd17541793de029145a
"""One wire type; import it from ``codex_runtime.protocol``."""

from pydantic import Field

from codex_runtime.protocol._base import WireModel, is_none

from .command_action import CommandAction
from .command_execution_approval_kind import CommandExecutionApprovalKind
from .legacy_app_path_string import LegacyAppPathString
from .network_approval_context import NetworkApprovalContext
from .network_policy_amendment import NetworkPolicyAmendment


class CommandExecutionRequestApprovalParams(WireModel):
    approval_id: str | None = Field(default=None, alias="approvalId")
    """Unique identifier for this specific approval callback.

    For regular shell/unified_exec approvals, this is null.

    For zsh-exec-bridge subcommand approvals, multiple callbacks can belong to one parent `itemId`, so
    `approvalId` is a distinct opaque callback id (a UUID) used to disambiguate routing. Stdin approvals also use
    a distinct callback id; inspect `kind` to distinguish them.
    """
    command: str | None = None
    """The command to be executed."""
    command_actions: list[CommandAction] | None = Field(default=None, alias="commandActions")
    """Best-effort parsed command actions for friendly display."""
    cwd: LegacyAppPathString | None = None
    """The command's working directory."""
    environment_id: str | None = Field(default=None, alias="environmentId")
    """Environment in which the command will run."""
    item_id: str = Field(alias="itemId")
    kind: CommandExecutionApprovalKind | None = Field(default=None, exclude_if=is_none)
    """Kind of action under review. Defaults to `command` for older servers."""
    network_approval_context: NetworkApprovalContext | None = Field(default=None, alias="networkApprovalContext")
    """Optional context for a managed-network approval prompt."""
    proposed_execpolicy_amendment: list[str] | None = Field(default=None, alias="proposedExecpolicyAmendment")
    """Optional proposed execpolicy amendment to allow similar commands without prompting."""
    proposed_network_policy_amendments: list[NetworkPolicyAmendment] | None = Field(
        default=None, alias="proposedNetworkPolicyAmendments",
    )
    """Optional proposed network policy amendments (allow/deny host) for future requests."""
    reason: str | None = None
    """Optional explanatory reason (e.g. request for network access)."""
    started_at_ms: int = Field(alias="startedAtMs")
    """Unix timestamp (in milliseconds) when this approval request started."""
    thread_id: str = Field(alias="threadId")
    turn_id: str = Field(alias="turnId")
