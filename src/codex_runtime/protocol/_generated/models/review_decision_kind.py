# GENERATED FILE - DO NOT EDIT. Wire type ``ReviewDecisionKind`` of the codex app-server protocol.
# Regenerate with: python scripts/gen_protocol.py   (CI runs: python scripts/gen_protocol.py --check)
# Generator: scripts/gen_protocol.py (hand-written), generator version 2
# Schema: printed by `codex app-server generate-json-schema` (codex-cli 0.163.0), vendored in schema/:
#   codex_app_server_protocol.schemas.json  sha256=408e09849d5d4931992a4227a7f3eb80b15d24901f84aca0562e816634651a82
#   ClientRequest.json  sha256=6b10888f163f569922d42c41e94a98b4261258abc7581c14eca867c3b125dc6f
#   ServerRequest.json  sha256=f339be472737a0003efa25fba2e6e6c9237e621cd065b6d6995c51256e9dc1fb
#   ServerNotification.json  sha256=8e719512bc26bb3871fcf7b378b79abf912d82787609c0ad418b71f179d0883f
#   ClientNotification.json  sha256=706cf248d75027c84a3c63348d0ed507182e8eba40069dd17541793de029145a
"""One wire type; import it from ``codex_runtime.protocol``."""

from codex_runtime.protocol._open_enum import OpenStrEnum


class ReviewDecisionKind(OpenStrEnum):
    """The plain-string forms of ``ReviewDecision``."""

    APPROVED = "approved"
    """User has approved this command and the agent should execute it."""
    APPROVED_FOR_SESSION = "approved_for_session"
    """User has approved this request and wants future prompts in the same session-scoped approval cache to be
    automatically approved for the remainder of the session.
    """
    APPROVED_MCP_POLICY_AMENDMENT = "approved_mcp_policy_amendment"
    """User has approved this MCP tool call and wants to amend its policy so matching future calls are automatically
    approved across sessions.
    """
    TIMED_OUT = "timed_out"
    """Automatic approval review timed out before reaching a decision."""
    ABORT = "abort"
    """User has denied this command and the agent should not do anything until the user's next command."""
