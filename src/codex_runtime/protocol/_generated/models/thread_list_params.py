# GENERATED FILE - DO NOT EDIT. Wire type ``ThreadListParams`` of the codex app-server protocol.
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

from .sort_direction import SortDirection
from .thread_list_cwd_filter import ThreadListCwdFilter
from .thread_sort_key import ThreadSortKey
from .thread_source_kind import ThreadSourceKind


class ThreadListParams(WireModel):
    archived: bool | None = None
    """Optional archived filter; when set to true, only archived threads are returned. If false or null, only
    non-archived threads are returned.
    """
    cursor: str | None = None
    """Opaque pagination cursor returned by a previous call."""
    cwd: ThreadListCwdFilter | None = None
    """Optional cwd filter or filters; when set, only threads whose session cwd exactly matches one of these paths
    are returned.
    """
    excluded_thread_ids: list[str] | None = Field(default=None, alias="excludedThreadIds")
    """Thread IDs to exclude before applying the result limit. Up to 100 entries; invalid IDs or a larger list are
    rejected, never truncated. Send the same exclusions on each page. Omitted, null, or empty means no exclusions.
    """
    limit: int | None = None
    """Optional page size; defaults to a reasonable server-side value."""
    model_providers: list[str] | None = Field(default=None, alias="modelProviders")
    """Optional provider filter; when set, only sessions recorded under these providers are returned. When present
    but empty, includes all providers.
    """
    originators: list[str] | None = None
    """Optional originator allowlist, matching any supplied value exactly. Supported by hosted backends only; the
    local app-server rejects a nonempty list. Omitted or empty lists leave originators unrestricted.
    """
    search_term: str | None = Field(default=None, alias="searchTerm")
    """Optional substring filter for the extracted thread title."""
    section_id: str | None = Field(default=None, alias="sectionId")
    """Omit to include every section, set to `null` for unsectioned threads, or provide a section ID to return only
    threads in that section.
    """
    sort_direction: SortDirection | None = Field(default=None, alias="sortDirection")
    """Optional sort direction; defaults to descending (newest first)."""
    sort_key: ThreadSortKey | None = Field(default=None, alias="sortKey")
    """Optional sort key; defaults to created_at."""
    source_kinds: list[ThreadSourceKind] | None = Field(default=None, alias="sourceKinds")
    """Optional source filter; when set, only sessions from these source kinds are returned. When omitted or empty,
    defaults to interactive sources.
    """
    use_state_db_only: bool | None = Field(default=None, alias="useStateDbOnly", exclude_if=is_none)
    """If true, return from the state DB without scanning JSONL rollouts to repair thread metadata. Omitted or false
    preserves scan-and-repair behavior.
    """
