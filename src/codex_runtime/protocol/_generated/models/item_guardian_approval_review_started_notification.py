# GENERATED FILE - DO NOT EDIT. Wire type ``ItemGuardianApprovalReviewStartedNotification`` of the codex app-server protocol.
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

from codex_runtime.protocol._base import WireModel

from .guardian_approval_review import GuardianApprovalReview
from .guardian_approval_review_action import GuardianApprovalReviewAction


class ItemGuardianApprovalReviewStartedNotification(WireModel):
    """[UNSTABLE] Temporary notification payload for approval auto-review. This shape is expected to change soon."""

    action: GuardianApprovalReviewAction
    review: GuardianApprovalReview
    review_id: str = Field(alias="reviewId")
    """Stable identifier for this review."""
    started_at_ms: int = Field(alias="startedAtMs")
    """Unix timestamp (in milliseconds) when this review started."""
    target_item_id: str | None = Field(default=None, alias="targetItemId")
    """Identifier for the reviewed item or tool call when one exists.

    In most cases, one review maps to one target item. The exceptions are - execve reviews, where a single command
    may contain multiple execve calls to review (only possible when using the shell_zsh_fork feature) - stdin
    reviews, which refer to the existing parent command item and have a separate approval ID in the action payload
    - network policy reviews, where there is no target item

    A network call is triggered by a CommandExecution item, so having a target_item_id set to the CommandExecution
    item would be misleading because the review is about the network call, not the command execution. Therefore,
    target_item_id is set to None for network policy reviews.
    """
    thread_id: str = Field(alias="threadId")
    turn_id: str = Field(alias="turnId")
