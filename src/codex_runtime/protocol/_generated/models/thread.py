# GENERATED FILE - DO NOT EDIT. Wire type ``Thread`` of the codex app-server protocol.
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

from .absolute_path_buf import AbsolutePathBuf
from .git_info import GitInfo
from .reasoning_effort import ReasoningEffort
from .session_source import SessionSource
from .thread_history_mode import ThreadHistoryMode
from .thread_section import ThreadSection
from .thread_source import ThreadSource
from .thread_status import ThreadStatus
from .turn import Turn


class Thread(WireModel):
    agent_nickname: str | None = Field(default=None, alias="agentNickname")
    """Optional random unique nickname assigned to an AgentControl-spawned sub-agent."""
    agent_role: str | None = Field(default=None, alias="agentRole")
    """Optional role (agent_role) assigned to an AgentControl-spawned sub-agent."""
    cli_version: str = Field(alias="cliVersion")
    """Version of the CLI that created the thread."""
    created_at: int = Field(alias="createdAt")
    """Unix timestamp (in seconds) when the thread was created."""
    cwd: AbsolutePathBuf
    """Working directory captured for the thread."""
    ephemeral: bool
    """Whether the thread is ephemeral and should not be materialized on disk."""
    forked_from_id: str | None = Field(default=None, alias="forkedFromId")
    """Source thread id when this thread was created by forking another thread."""
    git_info: GitInfo | None = Field(default=None, alias="gitInfo")
    """Optional Git metadata captured when the thread was created."""
    history_mode: ThreadHistoryMode | None = Field(default=None, alias="historyMode", exclude_if=is_none)
    """Persisted thread history contract selected when this thread was created."""
    id: str
    """Identifier for this thread. Codex-generated thread IDs are UUIDv7."""
    model: str | None = None
    """Current configured model when loaded, otherwise the latest persisted model. Null when unavailable. This is not
    per-turn execution telemetry.
    """
    model_provider: str = Field(alias="modelProvider")
    """Model provider used for this thread (for example, 'openai')."""
    name: str | None = None
    """Optional user-facing thread title."""
    originator: str | None = None
    """Originator recorded when the thread was created, independent of its current client or executor. Null when the
    recorded originator is unavailable.
    """
    parent_thread_id: str | None = Field(default=None, alias="parentThreadId")
    """The ID of the parent thread. This will only be set if this thread is a subagent."""
    path: str | None = None
    """[UNSTABLE] Path to the thread on disk."""
    preview: str
    """Usually the first user message in the thread, if available."""
    project_id: str | None = Field(default=None, alias="projectId")
    """Canonical project assignment owned by app-server, if any."""
    reasoning_effort: ReasoningEffort | None = Field(default=None, alias="reasoningEffort")
    """Current configured reasoning effort when loaded, otherwise the latest persisted effort. Null when unset or
    unavailable. This is not per-turn execution telemetry.
    """
    recency_at: int | None = Field(default=None, alias="recencyAt")
    """Unix timestamp (in seconds) used for thread recency ordering."""
    section: ThreadSection | None = None
    """The independently persisted section selected for this thread, if any."""
    section_entered_at: int | None = Field(default=None, alias="sectionEnteredAt")
    """Unix timestamp in seconds when the thread entered its current section."""
    session_id: str = Field(alias="sessionId")
    """Session id shared by threads that belong to the same session tree."""
    source: SessionSource
    """Origin of the thread (CLI, VSCode, codex exec, codex app-server, etc.)."""
    status: ThreadStatus
    """Current runtime status for the thread."""
    thread_source: ThreadSource | None = Field(default=None, alias="threadSource")
    """Optional analytics source classification for this thread."""
    turns: list[Turn]
    """Only populated on `thread/resume`, `thread/fork`, and `thread/read` (when `includeTurns` is true) responses.
    For all other responses and notifications returning a Thread, the turns field will be an empty list.
    """
    updated_at: int = Field(alias="updatedAt")
    """Unix timestamp (in seconds) when the thread was last updated."""
