# GENERATED FILE - DO NOT EDIT. Wire type ``Turn`` of the codex app-server protocol.
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

from .thread_item import ThreadItem
from .turn_error import TurnError
from .turn_items_view import TurnItemsView
from .turn_status import TurnStatus


class Turn(WireModel):
    completed_at: int | None = Field(default=None, alias="completedAt")
    """Unix timestamp (in seconds) when the turn completed."""
    duration_ms: int | None = Field(default=None, alias="durationMs")
    """Duration between turn start and completion in milliseconds, if known."""
    error: TurnError | None = None
    """Error associated with a failed or interrupted turn."""
    id: str
    """Identifier for this turn. Codex-generated turn IDs are UUIDv7."""
    items: list[ThreadItem]
    """Thread items currently included in this turn payload."""
    items_view: TurnItemsView | None = Field(default=None, alias="itemsView", exclude_if=is_none)
    """Describes how much of `items` has been loaded for this turn."""
    root_turn_id: str | None = Field(default=None, alias="rootTurnId")
    """ID of the first turn in the chain of work that led to this turn. Pass this as `rootTurnId` when starting work
    on behalf of this turn. May be null in older history or a `review/start` response.
    """
    started_at: int | None = Field(default=None, alias="startedAt")
    """Unix timestamp (in seconds) when the turn started."""
    status: TurnStatus
