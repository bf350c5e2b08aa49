# GENERATED FILE - DO NOT EDIT. Wire types of the codex app-server protocol.
# Regenerate with: python scripts/gen_protocol.py   (CI runs: python scripts/gen_protocol.py --check)
# Generator: scripts/gen_protocol.py (hand-written), generator version 1
# Schema: printed by `codex app-server generate-json-schema` (codex-cli 0.163.0), vendored in schema/:
#   codex_app_server_protocol.schemas.json  sha256=408e09849d5d4931992a4227a7f3eb80b15d24901f84aca0562e816634651a82
#   ClientRequest.json  sha256=6b10888f163f569922d42c41e94a98b4261258abc7581c14eca867c3b125dc6f
#   ServerRequest.json  sha256=f339be472737a0003efa25fba2e6e6c9237e621cd065b6d6995c51256e9dc1fb
#   ServerNotification.json  sha256=8e719512bc26bb3871fcf7b378b79abf912d82787609c0ad418b71f179d0883f
#   ClientNotification.json  sha256=706cf248d75027c84a3c63348d0ed507182e8eba40069dd17541793de029145a
"""Every type of the app-server JSON Schema as pydantic models, open StrEnums and type aliases.

Types are defined before their users where possible; only references that close a cycle are quoted.
(Unquoted annotations keep importing 1,000+ models cheap: no string is compiled at class creation.)
"""

from typing import Annotated, Any, Literal, TypeAlias, Union

from pydantic import Discriminator, Field, Tag

from codex_runtime.protocol._base import (
    STRING_TAG,
    UNRECOGNIZED_TAG,
    OpenStrEnum,
    TaggedWireModel,
    WireModel,
    external_discriminator,
    is_none,
    tag_discriminator,
)


class AccountRoutingOverride(OpenStrEnum):
    """Backend routing policy. Wire values match the accounts/check contract."""

    NO_CONSTRAINT = "NO_CONSTRAINT"
    US = "us"
    US_CR = "us_cr"


class AddCreditsNudgeCreditType(OpenStrEnum):
    CREDITS = "credits"
    USAGE_LIMIT = "usage_limit"


class AddCreditsNudgeEmailStatus(OpenStrEnum):
    SENT = "sent"
    COOLDOWN_ACTIVE = "cooldown_active"


class AdditionalContextKind(OpenStrEnum):
    UNTRUSTED = "untrusted"
    APPLICATION = "application"


class AgentMessageDelivery(OpenStrEnum):
    ASYNC = "async"


class AllowDenyRequirement(OpenStrEnum):
    ALLOW = "allow"
    DENY = "deny"


class AppTemplateUnavailableReason(OpenStrEnum):
    NOT_CONFIGURED_FOR_WORKSPACE = "NOT_CONFIGURED_FOR_WORKSPACE"
    NO_ACTIVE_WORKSPACE = "NO_ACTIVE_WORKSPACE"


class AppToolApproval(OpenStrEnum):
    AUTO = "auto"
    PROMPT = "prompt"
    WRITES = "writes"
    APPROVE = "approve"


class ApprovalsReviewer(OpenStrEnum):
    """Configures who approval requests are routed to for review. Examples include sandbox escapes, blocked network
    access, MCP approval prompts, and ARC escalations. Defaults to `user`. `auto_review` uses a carefully prompted
    subagent to gather relevant context and apply a risk-based decision framework before approving or denying the
    request. The legacy value `guardian_subagent` is accepted for compatibility.
    """

    USER = "user"
    AUTO_REVIEW = "auto_review"
    GUARDIAN_SUBAGENT = "guardian_subagent"


class AskForApprovalKind(OpenStrEnum):
    """The plain-string forms of ``AskForApproval``."""

    UNTRUSTED = "untrusted"
    ON_REQUEST = "on-request"
    NEVER = "never"


class AuthMode(OpenStrEnum):
    """Authentication mode for OpenAI-backed providers."""

    APIKEY = "apikey"
    """OpenAI API key provided by the caller and stored by Codex."""
    CHATGPT = "chatgpt"
    """ChatGPT OAuth managed by Codex (tokens persisted and refreshed by Codex)."""
    CHATGPT_AUTH_TOKENS = "chatgptAuthTokens"
    """[UNSTABLE] FOR OPENAI INTERNAL USE ONLY - DO NOT USE.

    ChatGPT auth tokens are supplied by an external host app and are only stored in memory. Token refresh must be
    handled by the external host app.
    """
    HEADERS = "headers"
    """Backend auth supplied as request headers."""
    AGENT_IDENTITY = "agentIdentity"
    """Programmatic Codex auth backed by a registered Agent Identity."""
    PERSONAL_ACCESS_TOKEN = "personalAccessToken"
    """Programmatic Codex auth backed by a personal access token."""
    BEDROCK_API_KEY = "bedrockApiKey"
    """Amazon Bedrock bearer token managed by Codex."""
    BEDROCK_ACCESS_KEYS = "bedrockAccessKeys"
    """Amazon Bedrock AWS access keys managed by Codex."""


class AutoCompactTokenLimitScope(OpenStrEnum):
    """Selects which part of the active context is charged against `model_auto_compact_token_limit`."""

    TOTAL = "total"
    """Count the full active context against the limit."""
    BODY_AFTER_PREFIX = "body_after_prefix"
    """Count sampled output and later growth after the carried window prefix."""


class AutoReviewDecisionSource(OpenStrEnum):
    """[UNSTABLE] Source that produced a terminal approval auto-review decision."""

    AGENT = "agent"


class BrowserUseAccessApprovalLifetime(OpenStrEnum):
    TURN = "turn"
    THREAD = "thread"


class CancelLoginAccountStatus(OpenStrEnum):
    CANCELED = "canceled"
    NOT_FOUND = "notFound"


class ChatgptAuthTokensRefreshReason(OpenStrEnum):
    UNAUTHORIZED = "unauthorized"
    """Codex attempted a backend request and received `401 Unauthorized`."""


class CliAuthCredentialsStoreMode(OpenStrEnum):
    FILE = "file"
    KEYRING = "keyring"
    AUTO = "auto"
    EPHEMERAL = "ephemeral"


class CodexErrorInfoKind(OpenStrEnum):
    """The plain-string forms of ``CodexErrorInfo``."""

    CONTEXT_WINDOW_EXCEEDED = "contextWindowExceeded"
    SESSION_BUDGET_EXCEEDED = "sessionBudgetExceeded"
    USAGE_LIMIT_EXCEEDED = "usageLimitExceeded"
    RATE_LIMIT_EXCEEDED = "rateLimitExceeded"
    FLEX_UNAVAILABLE = "flexUnavailable"
    SERVER_OVERLOADED = "serverOverloaded"
    CYBER_POLICY = "cyberPolicy"
    MISALIGNMENT_POLICY_VIOLATION = "misalignmentPolicyViolation"
    TOO_MANY_DENIALS = "tooManyDenials"
    INTERNAL_SERVER_ERROR = "internalServerError"
    UNAUTHORIZED = "unauthorized"
    BAD_REQUEST = "badRequest"
    THREAD_ROLLBACK_FAILED = "threadRollbackFailed"
    SANDBOX_ERROR = "sandboxError"
    OTHER = "other"


class CodexResponseHandoffMode(OpenStrEnum):
    THINKING = "thinking"
    COMMENTARY = "commentary"
    BEM_TAGS = "bemTags"


class CollabAgentStatus(OpenStrEnum):
    PENDING_INIT = "pendingInit"
    RUNNING = "running"
    INTERRUPTED = "interrupted"
    COMPLETED = "completed"
    ERRORED = "errored"
    SHUTDOWN = "shutdown"
    NOT_FOUND = "notFound"


class CollabAgentTool(OpenStrEnum):
    SPAWN_AGENT = "spawnAgent"
    SEND_INPUT = "sendInput"
    RESUME_AGENT = "resumeAgent"
    WAIT = "wait"
    CLOSE_AGENT = "closeAgent"
    SEND_MESSAGE = "sendMessage"
    FOLLOWUP_TASK = "followupTask"
    INTERRUPT_AGENT = "interruptAgent"
    LIST_AGENTS = "listAgents"


class CollabAgentToolCallStatus(OpenStrEnum):
    IN_PROGRESS = "inProgress"
    COMPLETED = "completed"
    FAILED = "failed"
    INTERRUPTED = "interrupted"


class CommandExecOutputStream(OpenStrEnum):
    """Stream label for `command/exec/outputDelta` notifications."""

    STDOUT = "stdout"
    """stdout stream. PTY mode multiplexes terminal output here."""
    STDERR = "stderr"
    """stderr stream."""


class CommandExecutionApprovalDecisionKind(OpenStrEnum):
    """The plain-string forms of ``CommandExecutionApprovalDecision``."""

    ACCEPT = "accept"
    """User approved the command."""
    ACCEPT_FOR_SESSION = "acceptForSession"
    """User approved the command and future prompts in the same session-scoped approval cache should run without
    prompting.
    """
    DECLINE = "decline"
    """User denied the command. The agent will continue the turn."""
    CANCEL = "cancel"
    """User denied the command. The turn will also be immediately interrupted."""


class CommandExecutionApprovalKind(OpenStrEnum):
    """Distinguishes a command approval from input sent to an existing terminal."""

    COMMAND = "command"
    WRITE_STDIN = "writeStdin"


class CommandExecutionSource(OpenStrEnum):
    AGENT = "agent"
    USER_SHELL = "userShell"
    UNIFIED_EXEC_STARTUP = "unifiedExecStartup"
    UNIFIED_EXEC_INTERACTION = "unifiedExecInteraction"


class CommandExecutionStatus(OpenStrEnum):
    IN_PROGRESS = "inProgress"
    COMPLETED = "completed"
    FAILED = "failed"
    DECLINED = "declined"


class ConsumeAccountRateLimitResetCreditOutcome(OpenStrEnum):
    RESET = "reset"
    """A reset credit was consumed and the eligible rate-limit windows were reset."""
    NOTHING_TO_RESET = "nothingToReset"
    """No current rate-limit window is eligible for a reset."""
    NO_CREDIT = "noCredit"
    """The account has no earned reset credits available."""
    ALREADY_REDEEMED = "alreadyRedeemed"
    """The same idempotency key already completed a reset successfully."""


class ConversationTextRole(OpenStrEnum):
    USER = "user"
    DEVELOPER = "developer"
    ASSISTANT = "assistant"


class CyberAccessProgram(OpenStrEnum):
    """Requested cyber treatment for an OpenAI model turn. Authorization and model-tier restrictions remain
    server-owned.
    """

    STANDARD = "standard"
    DAYBREAK_BLUE = "daybreakBlue"
    DAYBREAK_RED = "daybreakRed"


class DesktopOnboardingEntrypoint(OpenStrEnum):
    LIFE_SCIENCES = "life_sciences"


class DynamicToolCallStatus(OpenStrEnum):
    IN_PROGRESS = "inProgress"
    COMPLETED = "completed"
    FAILED = "failed"


class ExperimentalFeatureStage(OpenStrEnum):
    BETA = "beta"
    """Feature is available for user testing and feedback."""
    UNDER_DEVELOPMENT = "underDevelopment"
    """Feature is still being built and not ready for broad use."""
    STABLE = "stable"
    """Feature is production-ready."""
    DEPRECATED = "deprecated"
    """Feature is deprecated and should be avoided."""
    REMOVED = "removed"
    """Feature flag is retained only for backwards compatibility."""


class ExternalAgentConfigMigrationItemType(OpenStrEnum):
    AGENTS_MD = "AGENTS_MD"
    CONFIG = "CONFIG"
    SKILLS = "SKILLS"
    PLUGINS = "PLUGINS"
    MCP_SERVER_CONFIG = "MCP_SERVER_CONFIG"
    SUBAGENTS = "SUBAGENTS"
    HOOKS = "HOOKS"
    COMMANDS = "COMMANDS"
    MEMORY = "MEMORY"
    SESSIONS = "SESSIONS"


class ExternalAgentDetectedConnectorSource(OpenStrEnum):
    REMOTE_MCP_SERVERS_CONFIG = "remoteMcpServersConfig"
    SESSION_TOOL_USE = "sessionToolUse"


class ExternalAgentImportedConnectorSource(OpenStrEnum):
    REMOTE_MCP_SERVERS_CONFIG = "remoteMcpServersConfig"


class FileChangeApprovalDecision(OpenStrEnum):
    ACCEPT = "accept"
    """User approved the file changes."""
    ACCEPT_FOR_SESSION = "acceptForSession"
    """User approved the file changes and future changes to the same files should run without prompting."""
    DECLINE = "decline"
    """User denied the file changes. The agent will continue the turn."""
    CANCEL = "cancel"
    """User denied the file changes. The turn will also be immediately interrupted."""


class FileSystemAccessMode(OpenStrEnum):
    READ = "read"
    WRITE = "write"
    DENY = "deny"


class ForcedLoginMethod(OpenStrEnum):
    CHATGPT = "chatgpt"
    API = "api"


class FuzzyFileSearchMatchType(OpenStrEnum):
    FILE = "file"
    DIRECTORY = "directory"


class GatewayOAuthStatus(OpenStrEnum):
    NOT_READY = "notReady"
    STARTED = "started"
    SUCCEEDED = "succeeded"
    FAILED = "failed"


class GuardianApprovalReviewStatus(OpenStrEnum):
    """[UNSTABLE] Lifecycle state for an approval auto-review."""

    IN_PROGRESS = "inProgress"
    APPROVED = "approved"
    DENIED = "denied"
    TIMED_OUT = "timedOut"
    ABORTED = "aborted"


class GuardianCommandSource(OpenStrEnum):
    SHELL = "shell"
    UNIFIED_EXEC = "unifiedExec"


class GuardianRiskLevel(OpenStrEnum):
    """[UNSTABLE] Risk level assigned by approval auto-review."""

    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"
    CRITICAL = "critical"


class GuardianUserAuthorization(OpenStrEnum):
    """[UNSTABLE] Authorization level assigned by approval auto-review."""

    UNKNOWN = "unknown"
    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"


class HookEventName(OpenStrEnum):
    PRE_TOOL_USE = "preToolUse"
    PERMISSION_REQUEST = "permissionRequest"
    POST_TOOL_USE = "postToolUse"
    PRE_COMPACT = "preCompact"
    POST_COMPACT = "postCompact"
    SESSION_START = "sessionStart"
    SESSION_END = "sessionEnd"
    USER_PROMPT_SUBMIT = "userPromptSubmit"
    SUBAGENT_START = "subagentStart"
    SUBAGENT_STOP = "subagentStop"
    STOP = "stop"
    INTERRUPT = "interrupt"


class HookExecutionMode(OpenStrEnum):
    SYNC = "sync"
    ASYNC = "async"


class HookHandlerType(OpenStrEnum):
    COMMAND = "command"
    MCP_TOOL = "mcpTool"
    PROMPT = "prompt"
    AGENT = "agent"


class HookOutputEntryKind(OpenStrEnum):
    WARNING = "warning"
    STOP = "stop"
    FEEDBACK = "feedback"
    CONTEXT = "context"
    ERROR = "error"


class HookRunStatus(OpenStrEnum):
    RUNNING = "running"
    COMPLETED = "completed"
    FAILED = "failed"
    BLOCKED = "blocked"
    STOPPED = "stopped"


class HookScope(OpenStrEnum):
    THREAD = "thread"
    TURN = "turn"


class HookSource(OpenStrEnum):
    SYSTEM = "system"
    USER = "user"
    PROJECT = "project"
    MDM = "mdm"
    SESSION_FLAGS = "sessionFlags"
    PLUGIN = "plugin"
    CLOUD_REQUIREMENTS = "cloudRequirements"
    CLOUD_MANAGED_CONFIG = "cloudManagedConfig"
    LEGACY_MANAGED_CONFIG_FILE = "legacyManagedConfigFile"
    LEGACY_MANAGED_CONFIG_MDM = "legacyManagedConfigMdm"
    UNKNOWN = "unknown"


class HookTrustStatus(OpenStrEnum):
    MANAGED = "managed"
    UNTRUSTED = "untrusted"
    TRUSTED = "trusted"
    MODIFIED = "modified"


class ImageDetail(OpenStrEnum):
    AUTO = "auto"
    LOW = "low"
    HIGH = "high"
    ORIGINAL = "original"


class InputModality(OpenStrEnum):
    """Canonical user-input modality tags advertised by a model."""

    TEXT = "text"
    """Plain text turns and tool payloads."""
    IMAGE = "image"
    """Image attachments included in user turns."""
    AUDIO = "audio"
    """Audio attachments included in user turns."""


class LocalShellStatus(OpenStrEnum):
    COMPLETED = "completed"
    IN_PROGRESS = "in_progress"
    INCOMPLETE = "incomplete"


class LoginAppBrand(OpenStrEnum):
    CODEX = "codex"
    CHATGPT = "chatgpt"


class McpAppDisplayMode(OpenStrEnum):
    INLINE = "inline"
    FULLSCREEN = "fullscreen"


class McpAuthStatus(OpenStrEnum):
    UNKNOWN = "unknown"
    UNSUPPORTED = "unsupported"
    NOT_LOGGED_IN = "notLoggedIn"
    BEARER_TOKEN = "bearerToken"
    O_AUTH = "oAuth"


class McpElicitationArrayType(OpenStrEnum):
    ARRAY = "array"


class McpElicitationBooleanType(OpenStrEnum):
    BOOLEAN = "boolean"


class McpElicitationNumberType(OpenStrEnum):
    NUMBER = "number"
    INTEGER = "integer"


class McpElicitationObjectType(OpenStrEnum):
    OBJECT = "object"


class McpElicitationStringFormat(OpenStrEnum):
    EMAIL = "email"
    URI = "uri"
    DATE = "date"
    DATE_TIME = "date-time"


class McpElicitationStringType(OpenStrEnum):
    STRING = "string"


class McpServerConnectionStatus(OpenStrEnum):
    NOT_STARTED = "notStarted"
    STARTING = "starting"
    CONNECTED = "connected"
    AUTHENTICATION_REQUIRED = "authenticationRequired"
    FAILED = "failed"
    CANCELLED = "cancelled"
    DISABLED = "disabled"


class McpServerElicitationAction(OpenStrEnum):
    ACCEPT = "accept"
    DECLINE = "decline"
    CANCEL = "cancel"


class McpServerOauthClientRegistration(OpenStrEnum):
    AUTO = "auto"
    CIMD = "cimd"
    DCR = "dcr"


class McpServerStartupFailureReason(OpenStrEnum):
    REAUTHENTICATION_REQUIRED = "reauthenticationRequired"


class McpServerStartupState(OpenStrEnum):
    STARTING = "starting"
    READY = "ready"
    FAILED = "failed"
    CANCELLED = "cancelled"


class McpServerStatusDetail(OpenStrEnum):
    FULL = "full"
    TOOLS_AND_AUTH_ONLY = "toolsAndAuthOnly"


class McpToolCallStatus(OpenStrEnum):
    IN_PROGRESS = "inProgress"
    COMPLETED = "completed"
    FAILED = "failed"


class MergeStrategy(OpenStrEnum):
    REPLACE = "replace"
    UPSERT = "upsert"


class MessagePhase(OpenStrEnum):
    """Classifies assistant text as commentary, a partial answer, or a terminal answer.

    Providers do not emit this consistently, so callers must treat `None` as "phase unknown" and keep
    compatibility behavior for legacy models.
    """

    COMMENTARY = "commentary"
    """Mid-turn assistant text (for example preamble/progress narration).

    Additional tool calls or assistant output may follow before turn completion.
    """
    PARTIAL_ANSWER = "partial_answer"
    """Stable answer text that may be followed by more assistant output or tools."""
    FINAL_ANSWER = "final_answer"
    """The assistant's declared terminal answer text for the current turn."""


class ModeKind(OpenStrEnum):
    """Initial collaboration mode to use when the TUI starts."""

    PLAN = "plan"
    DEFAULT = "default"


class ModelRerouteReason(OpenStrEnum):
    HIGH_RISK_CYBER_ACTIVITY = "highRiskCyberActivity"


class ModelVerification(OpenStrEnum):
    TRUSTED_ACCESS_FOR_CYBER = "trustedAccessForCyber"


class MultiAgentModeKind(OpenStrEnum):
    """The plain-string forms of ``MultiAgentMode``."""

    EXPLICIT_REQUEST_ONLY = "explicitRequestOnly"
    PROACTIVE = "proactive"


class MultiAgentVersion(OpenStrEnum):
    """Multi-agent runtime supported by a model."""

    DISABLED = "disabled"
    V1 = "v1"
    V2 = "v2"


class NetworkAccess(OpenStrEnum):
    RESTRICTED = "restricted"
    ENABLED = "enabled"


class NetworkApprovalProtocol(OpenStrEnum):
    HTTP = "http"
    HTTPS = "https"
    SOCKS5_TCP = "socks5Tcp"
    SOCKS5_UDP = "socks5Udp"


class NetworkDomainPermission(OpenStrEnum):
    ALLOW = "allow"
    DENY = "deny"


class NetworkPolicyRuleAction(OpenStrEnum):
    ALLOW = "allow"
    DENY = "deny"


class NetworkUnixSocketPermission(OpenStrEnum):
    ALLOW = "allow"
    DENY = "deny"


class NonSteerableTurnKind(OpenStrEnum):
    REVIEW = "review"
    COMPACT = "compact"


class PatchApplyStatus(OpenStrEnum):
    IN_PROGRESS = "inProgress"
    COMPLETED = "completed"
    FAILED = "failed"
    DECLINED = "declined"


class PermissionGrantScope(OpenStrEnum):
    TURN = "turn"
    SESSION = "session"


class Personality(OpenStrEnum):
    """Deprecated: `friendly` and `pragmatic` no longer select a style."""

    NONE = "none"
    FRIENDLY = "friendly"
    PRAGMATIC = "pragmatic"


class PlanType(OpenStrEnum):
    FREE = "free"
    GO = "go"
    PLUS = "plus"
    PRO = "pro"
    PROLITE = "prolite"
    PROMAX = "promax"
    TEAM = "team"
    SELF_SERVE_BUSINESS_PROLITE = "self_serve_business_prolite"
    SELF_SERVE_BUSINESS_USAGE_BASED = "self_serve_business_usage_based"
    BUSINESS = "business"
    ENT26 = "ent26"
    ENTERPRISE_CBP_AUTOMATION = "enterprise_cbp_automation"
    ENTERPRISE_CBP_USAGE_BASED = "enterprise_cbp_usage_based"
    ENTERPRISE = "enterprise"
    EDU = "edu"
    EDU_PLUS = "edu_plus"
    EDU_PRO = "edu_pro"
    UNKNOWN = "unknown"


class PluginAuthPolicy(OpenStrEnum):
    ON_INSTALL = "ON_INSTALL"
    ON_USE = "ON_USE"


class PluginAvailability(OpenStrEnum):
    DISABLED_BY_ADMIN = "DISABLED_BY_ADMIN"
    AVAILABLE = "AVAILABLE"
    """Plugin-service currently sends `"ENABLED"` for available remote plugins. Codex app-server exposes
    `"AVAILABLE"` in its API; the alias keeps decoding compatible with that upstream response.
    """


class PluginDisabledReason(OpenStrEnum):
    DISABLED_BY_ADMIN = "disabled_by_admin"
    PLAN_NOT_ELIGIBLE = "plan_not_eligible"
    REQUIRED_APP_UNAVAILABLE = "required_app_unavailable"
    UNKNOWN = "unknown"


class PluginInstallPolicy(OpenStrEnum):
    NOT_AVAILABLE = "NOT_AVAILABLE"
    AVAILABLE = "AVAILABLE"
    INSTALLED_BY_DEFAULT = "INSTALLED_BY_DEFAULT"


class PluginInstallPolicySource(OpenStrEnum):
    WORKSPACE_SETTING = "WORKSPACE_SETTING"
    IMPLICIT_CANONICAL_APP = "IMPLICIT_CANONICAL_APP"


class PluginListMarketplaceKind(OpenStrEnum):
    LOCAL = "local"
    VERTICAL = "vertical"
    WORKSPACE_DIRECTORY = "workspace-directory"
    SHARED_WITH_ME = "shared-with-me"
    CREATED_BY_ME_REMOTE = "created-by-me-remote"


class PluginSearchScope(OpenStrEnum):
    GLOBAL = "global"
    WORKSPACE = "workspace"
    PERSONAL = "personal"


class PluginShareDiscoverability(OpenStrEnum):
    LISTED = "LISTED"
    UNLISTED = "UNLISTED"
    PRIVATE = "PRIVATE"


class PluginSharePrincipalRole(OpenStrEnum):
    READER = "reader"
    EDITOR = "editor"
    OWNER = "owner"


class PluginSharePrincipalType(OpenStrEnum):
    USER = "user"
    GROUP = "group"
    WORKSPACE = "workspace"


class PluginShareTargetRole(OpenStrEnum):
    READER = "reader"
    EDITOR = "editor"


class PluginShareUpdateDiscoverability(OpenStrEnum):
    UNLISTED = "UNLISTED"
    PRIVATE = "PRIVATE"
    LISTED = "LISTED"


class ProcessOutputStream(OpenStrEnum):
    """Stream label for `process/outputDelta` notifications."""

    STDOUT = "stdout"
    """stdout stream. PTY mode multiplexes terminal output here."""
    STDERR = "stderr"
    """stderr stream."""


class ProjectChangeType(OpenStrEnum):
    CREATED = "created"
    UPDATED = "updated"
    DELETED = "deleted"


class ProjectSortKey(OpenStrEnum):
    POSITION = "position"
    RECENCY_AT = "recencyAt"


class RateLimitReachedType(OpenStrEnum):
    RATE_LIMIT_REACHED = "rate_limit_reached"
    WORKSPACE_OWNER_CREDITS_DEPLETED = "workspace_owner_credits_depleted"
    WORKSPACE_MEMBER_CREDITS_DEPLETED = "workspace_member_credits_depleted"
    WORKSPACE_OWNER_USAGE_LIMIT_REACHED = "workspace_owner_usage_limit_reached"
    WORKSPACE_MEMBER_USAGE_LIMIT_REACHED = "workspace_member_usage_limit_reached"


class RateLimitResetCreditStatus(OpenStrEnum):
    AVAILABLE = "available"
    REDEEMING = "redeeming"
    REDEEMED = "redeemed"
    UNKNOWN = "unknown"


class RateLimitResetType(OpenStrEnum):
    CODEX_RATE_LIMITS = "codexRateLimits"
    UNKNOWN = "unknown"


class RealtimeConversationVersion(OpenStrEnum):
    V1 = "v1"
    V2 = "v2"
    V3 = "v3"


class RealtimeOutputModality(OpenStrEnum):
    TEXT = "text"
    AUDIO = "audio"


class RealtimeVoice(OpenStrEnum):
    ALLOY = "alloy"
    ARBOR = "arbor"
    ASH = "ash"
    AUBE = "aube"
    BALLAD = "ballad"
    BREEZE = "breeze"
    BUBBIE = "bubbie"
    CEDAR = "cedar"
    CORAL = "coral"
    COVE = "cove"
    ECHO = "echo"
    EMBER = "ember"
    HAETSAL = "haetsal"
    HANUL = "hanul"
    HIMARI = "himari"
    JUNIPER = "juniper"
    LEHER = "leher"
    MAPLE = "maple"
    MARIN = "marin"
    MIKO = "miko"
    NEER = "neer"
    PORTO = "porto"
    RINDO = "rindo"
    RIO = "rio"
    RIVAGE = "rivage"
    SAGE = "sage"
    SELVA = "selva"
    SHIMMER = "shimmer"
    SOL = "sol"
    SONNA = "sonna"
    SPRUCE = "spruce"
    TINTA = "tinta"
    VALE = "vale"
    VERSE = "verse"
    VIOLA = "viola"


class ReasoningSummary(OpenStrEnum):
    """A summary of the reasoning performed by the model. This can be useful for debugging and understanding the
    model's reasoning process. See
    https://platform.openai.com/docs/guides/reasoning?api-mode=responses#reasoning-summaries
    """

    AUTO = "auto"
    CONCISE = "concise"
    DETAILED = "detailed"
    NONE = "none"
    """Option to disable reasoning summaries."""


class RemoteControlConnectionStatus(OpenStrEnum):
    DISABLED = "disabled"
    CONNECTING = "connecting"
    CONNECTED = "connected"
    ERRORED = "errored"


class ResidencyRequirement(OpenStrEnum):
    US = "us"


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


class ReviewDelivery(OpenStrEnum):
    INLINE = "inline"
    DETACHED = "detached"


class SandboxMode(OpenStrEnum):
    READ_ONLY = "read-only"
    WORKSPACE_WRITE = "workspace-write"
    DANGER_FULL_ACCESS = "danger-full-access"


class ScheduledTaskWeekday(OpenStrEnum):
    MO = "MO"
    TU = "TU"
    WE = "WE"
    TH = "TH"
    FR = "FR"
    SA = "SA"
    SU = "SU"


class SessionSourceKind(OpenStrEnum):
    """The plain-string forms of ``SessionSource``."""

    CLI = "cli"
    VSCODE = "vscode"
    EXEC = "exec"
    APP_SERVER = "appServer"
    UNKNOWN = "unknown"


class SkillScope(OpenStrEnum):
    USER = "user"
    REPO = "repo"
    SYSTEM = "system"
    ADMIN = "admin"


class SortDirection(OpenStrEnum):
    ASC = "asc"
    DESC = "desc"


class SubAgentActivityKind(OpenStrEnum):
    STARTED = "started"
    INTERACTED = "interacted"
    INTERRUPTED = "interrupted"
    COMPLETED = "completed"


class SubAgentSourceKind(OpenStrEnum):
    """The plain-string forms of ``SubAgentSource``."""

    REVIEW = "review"
    COMPACT = "compact"
    MEMORY_CONSOLIDATION = "memory_consolidation"


class ThreadActiveFlag(OpenStrEnum):
    WAITING_ON_APPROVAL = "waitingOnApproval"
    WAITING_ON_USER_INPUT = "waitingOnUserInput"


class ThreadAttachmentAddOutcome(OpenStrEnum):
    """Result of attempting to associate an attachment with a thread."""

    CREATED = "created"
    EXISTING = "existing"


class ThreadAttachmentOperation(OpenStrEnum):
    """The persisted attachment change represented by a notification."""

    CREATED = "created"
    DELETED = "deleted"


class ThreadGoalMutationOrigin(OpenStrEnum):
    """Distinguishes explicit user actions from automatic goal lifecycle mutations."""

    USER = "user"
    AUTOMATIC = "automatic"


class ThreadGoalStatus(OpenStrEnum):
    ACTIVE = "active"
    PAUSED = "paused"
    BLOCKED = "blocked"
    USAGE_LIMITED = "usageLimited"
    BUDGET_LIMITED = "budgetLimited"
    COMPLETE = "complete"


class ThreadHistoryMode(OpenStrEnum):
    LEGACY = "legacy"
    PAGINATED = "paginated"


class ThreadMemoryMode(OpenStrEnum):
    ENABLED = "enabled"
    DISABLED = "disabled"


class ThreadRealtimeSessionOutcome(OpenStrEnum):
    ENDED = "ended"
    FAILED = "failed"


class ThreadRealtimeTranscriptRole(OpenStrEnum):
    USER = "user"
    ASSISTANT = "assistant"


class ThreadSearchSortKey(OpenStrEnum):
    CREATED_AT = "created_at"
    UPDATED_AT = "updated_at"
    RECENCY_AT = "recency_at"


class ThreadSortKey(OpenStrEnum):
    CREATED_AT = "created_at"
    UPDATED_AT = "updated_at"
    RECENCY_AT = "recency_at"
    SECTION_POSITION = "section_position"


class ThreadSourceKind(OpenStrEnum):
    CLI = "cli"
    VSCODE = "vscode"
    EXEC = "exec"
    APP_SERVER = "appServer"
    SUB_AGENT = "subAgent"
    SUB_AGENT_REVIEW = "subAgentReview"
    SUB_AGENT_COMPACT = "subAgentCompact"
    SUB_AGENT_THREAD_SPAWN = "subAgentThreadSpawn"
    SUB_AGENT_OTHER = "subAgentOther"
    UNKNOWN = "unknown"


class ThreadStartSource(OpenStrEnum):
    STARTUP = "startup"
    CLEAR = "clear"


class ThreadUnsubscribeStatus(OpenStrEnum):
    NOT_LOADED = "notLoaded"
    NOT_SUBSCRIBED = "notSubscribed"
    UNSUBSCRIBED = "unsubscribed"


class ToolExposureSurface(OpenStrEnum):
    """A model-facing surface on which a tool can be exposed."""

    CODE_MODE = "code_mode"
    """Nested tools available to Code Mode scripts."""
    DEFERRED = "deferred"
    """Tools discovered later through tool search."""
    DIRECT = "direct"
    """Tools present in the model's initial tool list."""


class TurnItemsView(OpenStrEnum):
    NOT_LOADED = "notLoaded"
    """`items` was not loaded for this turn. The field is intentionally empty."""
    SUMMARY = "summary"
    """`items` contains only a display summary for this turn."""
    FULL = "full"
    """`items` contains every ThreadItem available from persisted app-server history for this turn."""


class TurnPlanStepStatus(OpenStrEnum):
    PENDING = "pending"
    IN_PROGRESS = "inProgress"
    COMPLETED = "completed"


class TurnStatus(OpenStrEnum):
    COMPLETED = "completed"
    INTERRUPTED = "interrupted"
    FAILED = "failed"
    IN_PROGRESS = "inProgress"


class Verbosity(OpenStrEnum):
    """Controls output length/detail on GPT-5 models via the Responses API. Serialized with lowercase values to match
    the OpenAI API.
    """

    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"


class WebSearchContextSize(OpenStrEnum):
    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"


class WebSearchMode(OpenStrEnum):
    DISABLED = "disabled"
    CACHED = "cached"
    INDEXED = "indexed"
    LIVE = "live"


class WindowsSandboxImplementation(OpenStrEnum):
    ELEVATED = "elevated"
    UNELEVATED = "unelevated"
    MXC = "mxc"


class WindowsSandboxReadiness(OpenStrEnum):
    READY = "ready"
    NOT_CONFIGURED = "notConfigured"
    UPDATE_REQUIRED = "updateRequired"


class WindowsSandboxSetupMode(OpenStrEnum):
    ELEVATED = "elevated"
    UNELEVATED = "unelevated"


class WorkspaceMessageType(OpenStrEnum):
    HEADLINE = "headline"
    ANNOUNCEMENT = "announcement"
    UNKNOWN = "unknown"


class WriteStatus(OpenStrEnum):
    OK = "ok"
    OK_OVERRIDDEN = "okOverridden"


AbsolutePathBuf: TypeAlias = str
"""A path that is guaranteed to be absolute and normalized (though it is not guaranteed to be canonicalized or exist
on the filesystem).

IMPORTANT: When deserializing an `AbsolutePathBuf`, a base path must be set using [AbsolutePathBufGuard::new]. If
no base path is set, the deserialization will fail unless the path being deserialized is already absolute.
"""


class AcceptWithExecpolicyAmendmentCommandExecutionApprovalDecisionPayload(WireModel):
    execpolicy_amendment: list[str]


class AcceptWithExecpolicyAmendmentCommandExecutionApprovalDecision(WireModel):
    """User approved the command, and wants to apply the proposed execpolicy amendment so future matching commands
    can run without prompting.
    """

    accept_with_execpolicy_amendment: AcceptWithExecpolicyAmendmentCommandExecutionApprovalDecisionPayload = Field(
        alias="acceptWithExecpolicyAmendment",
    )


class AmazonBedrockAccount(TaggedWireModel):
    """``Account`` with ``type: 'amazonBedrock'``."""

    __wire_tags__ = ("type",)
    type: Literal["amazonBedrock"] = "amazonBedrock"
    uses_codex_managed_credentials: bool | None = Field(
        default=None, alias="usesCodexManagedCredentials", exclude_if=is_none,
    )


class ApiKeyAccount(TaggedWireModel):
    """``Account`` with ``type: 'apiKey'``."""

    __wire_tags__ = ("type",)
    type: Literal["apiKey"] = "apiKey"


class ChatgptAccount(TaggedWireModel):
    """``Account`` with ``type: 'chatgpt'``."""

    __wire_tags__ = ("type",)
    email: str | None
    plan_type: PlanType = Field(alias="planType")
    type: Literal["chatgpt"] = "chatgpt"


class UnrecognizedAccount(WireModel):
    """A ``Account`` variant this schema does not know (a newer server?). Every field is kept as an extra."""

    type: str


Account: TypeAlias = Annotated[
    Union[
        Annotated[ApiKeyAccount, Tag("apiKey")],
        Annotated[ChatgptAccount, Tag("chatgpt")],
        Annotated[AmazonBedrockAccount, Tag("amazonBedrock")],
        Annotated[UnrecognizedAccount, Tag(UNRECOGNIZED_TAG)],
    ],
    Discriminator(tag_discriminator("type", "type", ("apiKey", "chatgpt", "amazonBedrock"))),
]


class ChatgptAuthTokensRefreshParams(WireModel):
    previous_account_id: str | None = Field(default=None, alias="previousAccountId")
    """Workspace/account identifier that Codex was previously using.

    Clients that manage multiple accounts/workspaces can use this as a hint to refresh the token for the correct
    workspace.

    This may be `null` when the prior auth state did not include a workspace identifier (`chatgpt_account_id`).
    """
    reason: ChatgptAuthTokensRefreshReason


RequestId: TypeAlias = Union[
    str,
    int,
]


class AccountChatgptAuthTokensRefreshRequestMessage(TaggedWireModel):
    """``ServerRequestMessage`` with ``method: 'account/chatgptAuthTokens/refresh'``."""

    __wire_tags__ = ("method",)
    id: RequestId
    method: Literal["account/chatgptAuthTokens/refresh"] = "account/chatgptAuthTokens/refresh"
    params: ChatgptAuthTokensRefreshParams


class AccountGatewayOAuthCancelRequestMessage(TaggedWireModel):
    """``ClientRequestMessage`` with ``method: 'account/gatewayOAuth/cancel'``."""

    __wire_tags__ = ("method",)
    id: RequestId
    method: Literal["account/gatewayOAuth/cancel"] = "account/gatewayOAuth/cancel"
    params: None = Field(default=None, exclude_if=is_none)


class GatewayOAuthChangedNotification(WireModel):
    auth_url: str | None = Field(default=None, alias="authUrl")
    """Authorization handoff, sent only to the connection that started login."""
    error: str | None = None
    provider_id: str = Field(alias="providerId")
    status: GatewayOAuthStatus


class AccountGatewayOAuthChangedNotificationMessage(TaggedWireModel):
    """``ServerNotificationMessage`` with ``method: 'account/gatewayOAuth/changed'``."""

    __wire_tags__ = ("method",)
    emitted_at_ms: int | None = Field(default=None, alias="emittedAtMs", exclude_if=is_none)
    """Unix timestamp (in milliseconds) when app-server emitted this notification."""
    method: Literal["account/gatewayOAuth/changed"] = "account/gatewayOAuth/changed"
    params: GatewayOAuthChangedNotification


class AccountGatewayOAuthLoginRequestMessage(TaggedWireModel):
    """``ClientRequestMessage`` with ``method: 'account/gatewayOAuth/login'``."""

    __wire_tags__ = ("method",)
    id: RequestId
    method: Literal["account/gatewayOAuth/login"] = "account/gatewayOAuth/login"
    params: None = Field(default=None, exclude_if=is_none)


class AccountGatewayOAuthReadRequestMessage(TaggedWireModel):
    """``ClientRequestMessage`` with ``method: 'account/gatewayOAuth/read'``."""

    __wire_tags__ = ("method",)
    id: RequestId
    method: Literal["account/gatewayOAuth/read"] = "account/gatewayOAuth/read"
    params: None = Field(default=None, exclude_if=is_none)


class CancelLoginAccountParams(WireModel):
    login_id: str = Field(alias="loginId")


class AccountLoginCancelRequestMessage(TaggedWireModel):
    """``ClientRequestMessage`` with ``method: 'account/login/cancel'``."""

    __wire_tags__ = ("method",)
    id: RequestId
    method: Literal["account/login/cancel"] = "account/login/cancel"
    params: CancelLoginAccountParams


class AccountLoginCompletedNotification(WireModel):
    error: str | None = None
    login_id: str | None = Field(default=None, alias="loginId")
    onboarding_entrypoint: DesktopOnboardingEntrypoint | None = Field(default=None, alias="onboardingEntrypoint")
    success: bool


class AccountLoginCompletedNotificationMessage(TaggedWireModel):
    """``ServerNotificationMessage`` with ``method: 'account/login/completed'``."""

    __wire_tags__ = ("method",)
    emitted_at_ms: int | None = Field(default=None, alias="emittedAtMs", exclude_if=is_none)
    """Unix timestamp (in milliseconds) when app-server emitted this notification."""
    method: Literal["account/login/completed"] = "account/login/completed"
    params: AccountLoginCompletedNotification


class AmazonBedrockAccessKeysLoginAccountParams(TaggedWireModel):
    """[UNSTABLE] Managed Amazon Bedrock AWS access key login is experimental."""

    __wire_tags__ = ("type",)
    access_key_id: str = Field(alias="accessKeyId")
    region: str
    secret_access_key: str = Field(alias="secretAccessKey")
    session_token: str | None = Field(default=None, alias="sessionToken")
    type: Literal["amazonBedrockAccessKeys"] = "amazonBedrockAccessKeys"


class AmazonBedrockLoginAccountParams(TaggedWireModel):
    """[UNSTABLE] Managed Amazon Bedrock login is experimental."""

    __wire_tags__ = ("type",)
    api_key: str = Field(alias="apiKey")
    region: str
    type: Literal["amazonBedrock"] = "amazonBedrock"


class ApiKeyLoginAccountParams(TaggedWireModel):
    """``LoginAccountParams`` with ``type: 'apiKey'``."""

    __wire_tags__ = ("type",)
    api_key: str = Field(alias="apiKey")
    type: Literal["apiKey"] = "apiKey"


class ChatgptAuthTokensLoginAccountParams(TaggedWireModel):
    """[UNSTABLE] FOR OPENAI INTERNAL USE ONLY - DO NOT USE. The access token must contain the same scopes that
    Codex-managed ChatGPT auth tokens have.
    """

    __wire_tags__ = ("type",)
    access_token: str = Field(alias="accessToken")
    """Access token (JWT) supplied by the client. This token is used for backend API requests and email extraction."""
    chatgpt_account_id: str = Field(alias="chatgptAccountId")
    """Workspace/account identifier supplied by the client."""
    chatgpt_plan_type: str | None = Field(default=None, alias="chatgptPlanType")
    """Optional plan type supplied by the client.

    When `null`, Codex attempts to derive the plan type from access-token claims. If unavailable, the plan
    defaults to `unknown`.
    """
    type: Literal["chatgptAuthTokens"] = "chatgptAuthTokens"


class ChatgptDeviceCodeLoginAccountParams(TaggedWireModel):
    """``LoginAccountParams`` with ``type: 'chatgptDeviceCode'``."""

    __wire_tags__ = ("type",)
    type: Literal["chatgptDeviceCode"] = "chatgptDeviceCode"


class ChatgptLoginAccountParams(TaggedWireModel):
    """``LoginAccountParams`` with ``type: 'chatgpt'``."""

    __wire_tags__ = ("type",)
    app_brand: LoginAppBrand | None = Field(default=None, alias="appBrand")
    codex_streamlined_login: bool | None = Field(default=None, alias="codexStreamlinedLogin", exclude_if=is_none)
    type: Literal["chatgpt"] = "chatgpt"
    use_hosted_login_success_page: bool | None = Field(
        default=None, alias="useHostedLoginSuccessPage", exclude_if=is_none,
    )


class UnrecognizedLoginAccountParams(WireModel):
    """A ``LoginAccountParams`` variant this schema does not know (a newer server?). Every field is kept as an extra."""

    type: str


LoginAccountParams: TypeAlias = Annotated[
    Union[
        Annotated[ApiKeyLoginAccountParams, Tag("apiKey")],
        Annotated[ChatgptLoginAccountParams, Tag("chatgpt")],
        Annotated[ChatgptDeviceCodeLoginAccountParams, Tag("chatgptDeviceCode")],
        Annotated[ChatgptAuthTokensLoginAccountParams, Tag("chatgptAuthTokens")],
        Annotated[AmazonBedrockLoginAccountParams, Tag("amazonBedrock")],
        Annotated[AmazonBedrockAccessKeysLoginAccountParams, Tag("amazonBedrockAccessKeys")],
        Annotated[UnrecognizedLoginAccountParams, Tag(UNRECOGNIZED_TAG)],
    ],
    Discriminator(
        tag_discriminator(
            "type",
            "type",
            ("apiKey", "chatgpt", "chatgptDeviceCode", "chatgptAuthTokens", "amazonBedrock", "amazonBedrockAccessKeys"),
        ),
    ),
]


class AccountLoginStartRequestMessage(TaggedWireModel):
    """``ClientRequestMessage`` with ``method: 'account/login/start'``."""

    __wire_tags__ = ("method",)
    id: RequestId
    method: Literal["account/login/start"] = "account/login/start"
    params: LoginAccountParams


class AccountLogoutRequestMessage(TaggedWireModel):
    """``ClientRequestMessage`` with ``method: 'account/logout'``."""

    __wire_tags__ = ("method",)
    id: RequestId
    method: Literal["account/logout"] = "account/logout"
    params: None = Field(default=None, exclude_if=is_none)


class ConsumeAccountRateLimitResetCreditParams(WireModel):
    credit_id: str | None = Field(default=None, alias="creditId")
    """Opaque reset-credit identifier to redeem. When omitted, the backend selects the next available credit."""
    idempotency_key: str = Field(alias="idempotencyKey")
    """Identifies one logical reset attempt. A UUID is recommended; reuse the same value when retrying that attempt."""


class AccountRateLimitResetCreditConsumeRequestMessage(TaggedWireModel):
    """``ClientRequestMessage`` with ``method: 'account/rateLimitResetCredit/consume'``."""

    __wire_tags__ = ("method",)
    id: RequestId
    method: Literal["account/rateLimitResetCredit/consume"] = "account/rateLimitResetCredit/consume"
    params: ConsumeAccountRateLimitResetCreditParams


class GetAccountRateLimitsParams(WireModel):
    """Usage-read capabilities of the requesting client, never inferred from its experiment arm."""

    exclude_reset_credit_details: bool | None = Field(
        default=None, alias="excludeResetCreditDetails", exclude_if=is_none,
    )
    """Skip the separate reset-credit detail lookup for background usage polls. The usage response still includes the
    available count; omitted/false preserves detailed reads.
    """
    supports_luna_reserve: bool | None = Field(default=None, alias="supportsLunaReserve", exclude_if=is_none)
    """The client supports automatic Luna Reserve fallback. For eligible ChatGPT CLI users, allow the backend to
    record experiment exposure after ordinary usage is blocked.
    """


class AccountRateLimitsReadRequestMessage(TaggedWireModel):
    """``ClientRequestMessage`` with ``method: 'account/rateLimits/read'``."""

    __wire_tags__ = ("method",)
    id: RequestId
    method: Literal["account/rateLimits/read"] = "account/rateLimits/read"
    params: GetAccountRateLimitsParams | None = None


class CreditsSnapshot(WireModel):
    balance: str | None = None
    has_credits: bool = Field(alias="hasCredits")
    unlimited: bool


class RateLimitWindow(WireModel):
    resets_at: int | None = Field(default=None, alias="resetsAt")
    used_percent: int = Field(alias="usedPercent")
    window_duration_mins: int | None = Field(default=None, alias="windowDurationMins")


class SpendControlLimitSnapshot(WireModel):
    limit: str
    remaining_percent: int = Field(alias="remainingPercent")
    resets_at: int = Field(alias="resetsAt")
    used: str


class RateLimitSnapshot(WireModel):
    credits: CreditsSnapshot | None = None
    individual_limit: SpendControlLimitSnapshot | None = Field(default=None, alias="individualLimit")
    limit_id: str | None = Field(default=None, alias="limitId")
    limit_name: str | None = Field(default=None, alias="limitName")
    normal_model_slug: str | None = Field(default=None, alias="normalModelSlug")
    """Normal model whose display name and reasoning options describe this quota alias."""
    plan_type: PlanType | None = Field(default=None, alias="planType")
    primary: RateLimitWindow | None = None
    rate_limit_reached_type: RateLimitReachedType | None = Field(default=None, alias="rateLimitReachedType")
    secondary: RateLimitWindow | None = None
    spend_control_reached: bool | None = Field(default=None, alias="spendControlReached")
    """Backend-reported spend-control state. `None` is unavailable, not a sparse-update recovery."""


class AccountRateLimitsUpdatedNotification(WireModel):
    """Sparse rolling rate-limit update.

    Clients should merge available values into the most recent `account/rateLimits/read` response or refetch that
    snapshot. Nullable account metadata may be unavailable in a rolling update and does not clear a previously
    observed value.
    """

    rate_limits: RateLimitSnapshot = Field(alias="rateLimits")


class AccountRateLimitsUpdatedNotificationMessage(TaggedWireModel):
    """``ServerNotificationMessage`` with ``method: 'account/rateLimits/updated'``."""

    __wire_tags__ = ("method",)
    emitted_at_ms: int | None = Field(default=None, alias="emittedAtMs", exclude_if=is_none)
    """Unix timestamp (in milliseconds) when app-server emitted this notification."""
    method: Literal["account/rateLimits/updated"] = "account/rateLimits/updated"
    params: AccountRateLimitsUpdatedNotification


class GetAccountParams(WireModel):
    refresh_token: bool | None = Field(default=None, alias="refreshToken", exclude_if=is_none)
    """When `true`, requests a proactive token refresh before returning.

    In managed auth mode this triggers the normal refresh-token flow. In external auth mode this flag is ignored.
    Clients should refresh tokens themselves and call `account/login/start` with `chatgptAuthTokens`.
    """


class AccountReadRequestMessage(TaggedWireModel):
    """``ClientRequestMessage`` with ``method: 'account/read'``."""

    __wire_tags__ = ("method",)
    id: RequestId
    method: Literal["account/read"] = "account/read"
    params: GetAccountParams


class SendAddCreditsNudgeEmailParams(WireModel):
    credit_type: AddCreditsNudgeCreditType = Field(alias="creditType")


class AccountSendAddCreditsNudgeEmailRequestMessage(TaggedWireModel):
    """``ClientRequestMessage`` with ``method: 'account/sendAddCreditsNudgeEmail'``."""

    __wire_tags__ = ("method",)
    id: RequestId
    method: Literal["account/sendAddCreditsNudgeEmail"] = "account/sendAddCreditsNudgeEmail"
    params: SendAddCreditsNudgeEmailParams


class AccountTokenUsageDailyBucket(WireModel):
    start_date: str = Field(alias="startDate")
    tokens: int


class AccountTokenUsageSummary(WireModel):
    current_streak_days: int | None = Field(default=None, alias="currentStreakDays")
    lifetime_tokens: int | None = Field(default=None, alias="lifetimeTokens")
    longest_running_turn_sec: int | None = Field(default=None, alias="longestRunningTurnSec")
    longest_streak_days: int | None = Field(default=None, alias="longestStreakDays")
    peak_daily_tokens: int | None = Field(default=None, alias="peakDailyTokens")


class AccountUpdatedNotification(WireModel):
    auth_mode: AuthMode | None = Field(default=None, alias="authMode")
    plan_type: PlanType | None = Field(default=None, alias="planType")


class AccountUpdatedNotificationMessage(TaggedWireModel):
    """``ServerNotificationMessage`` with ``method: 'account/updated'``."""

    __wire_tags__ = ("method",)
    emitted_at_ms: int | None = Field(default=None, alias="emittedAtMs", exclude_if=is_none)
    """Unix timestamp (in milliseconds) when app-server emitted this notification."""
    method: Literal["account/updated"] = "account/updated"
    params: AccountUpdatedNotification


class GetAccountTokenUsageParams(WireModel):
    thread_id: str | None = Field(default=None, alias="threadId")
    """When present, read estimated usage for this thread instead of account-wide token activity."""


class AccountUsageReadRequestMessage(TaggedWireModel):
    """``ClientRequestMessage`` with ``method: 'account/usage/read'``."""

    __wire_tags__ = ("method",)
    id: RequestId
    method: Literal["account/usage/read"] = "account/usage/read"
    params: GetAccountTokenUsageParams | None = None


class AccountWorkspaceMessagesReadRequestMessage(TaggedWireModel):
    """``ClientRequestMessage`` with ``method: 'account/workspaceMessages/read'``."""

    __wire_tags__ = ("method",)
    id: RequestId
    method: Literal["account/workspaceMessages/read"] = "account/workspaceMessages/read"
    params: None = Field(default=None, exclude_if=is_none)


class ActivePermissionProfile(WireModel):
    extends: str | None = None
    """Parent profile identifier from the selected permissions profile's `extends` setting, when present."""
    id: str
    """Identifier from `default_permissions` or the implicit built-in default, such as `:workspace` or a user-defined
    `[permissions.<id>]` profile.
    """


class ActiveThreadStatus(TaggedWireModel):
    """``ThreadStatus`` with ``type: 'active'``."""

    __wire_tags__ = ("type",)
    active_flags: list[ThreadActiveFlag] = Field(alias="activeFlags")
    type: Literal["active"] = "active"


class ActiveTurnNotSteerableCodexErrorInfoPayload(WireModel):
    turn_kind: NonSteerableTurnKind = Field(alias="turnKind")


class ActiveTurnNotSteerableCodexErrorInfo(WireModel):
    """Returned when `turn/start` or `turn/steer` is submitted while the current active turn cannot accept same-turn
    steering, for example `/review` or manual `/compact`.
    """

    active_turn_not_steerable: ActiveTurnNotSteerableCodexErrorInfoPayload = Field(alias="activeTurnNotSteerable")


class AddFileChange(TaggedWireModel):
    """``FileChange`` with ``type: 'add'``."""

    __wire_tags__ = ("type",)
    content: str
    type: Literal["add"] = "add"


class AddPatchChangeKind(TaggedWireModel):
    """``PatchChangeKind`` with ``type: 'add'``."""

    __wire_tags__ = ("type",)
    type: Literal["add"] = "add"


class AdditionalContextEntry(WireModel):
    kind: AdditionalContextKind
    value: str


class GlobPatternFileSystemPath(TaggedWireModel):
    """``FileSystemPath`` with ``type: 'glob_pattern'``."""

    __wire_tags__ = ("type",)
    pattern: str
    type: Literal["glob_pattern"] = "glob_pattern"


LegacyAppPathString: TypeAlias = str


class PathFileSystemPath(TaggedWireModel):
    """``FileSystemPath`` with ``type: 'path'``."""

    __wire_tags__ = ("type",)
    path: LegacyAppPathString
    type: Literal["path"] = "path"


class KindFileSystemSpecialPath(TaggedWireModel):
    """``FileSystemSpecialPath`` with ``kind: 'project_roots'``."""

    __wire_tags__ = ("kind",)
    kind: Literal["project_roots"] = "project_roots"
    subpath: LegacyAppPathString | None = None


class MinimalFileSystemSpecialPath(TaggedWireModel):
    """``FileSystemSpecialPath`` with ``kind: 'minimal'``."""

    __wire_tags__ = ("kind",)
    kind: Literal["minimal"] = "minimal"


class RootFileSystemSpecialPath(TaggedWireModel):
    """``FileSystemSpecialPath`` with ``kind: 'root'``."""

    __wire_tags__ = ("kind",)
    kind: Literal["root"] = "root"


class SlashTmpFileSystemSpecialPath(TaggedWireModel):
    """``FileSystemSpecialPath`` with ``kind: 'slash_tmp'``."""

    __wire_tags__ = ("kind",)
    kind: Literal["slash_tmp"] = "slash_tmp"


class TmpdirFileSystemSpecialPath(TaggedWireModel):
    """``FileSystemSpecialPath`` with ``kind: 'tmpdir'``."""

    __wire_tags__ = ("kind",)
    kind: Literal["tmpdir"] = "tmpdir"


class UnknownFileSystemSpecialPath(TaggedWireModel):
    """``FileSystemSpecialPath`` with ``kind: 'unknown'``."""

    __wire_tags__ = ("kind",)
    kind: Literal["unknown"] = "unknown"
    path: str
    subpath: LegacyAppPathString | None = None


class UnrecognizedFileSystemSpecialPath(WireModel):
    """A ``FileSystemSpecialPath`` variant this schema does not know (a newer server?). Every field is kept as an
    extra.
    """

    kind: str


FileSystemSpecialPath: TypeAlias = Annotated[
    Union[
        Annotated[RootFileSystemSpecialPath, Tag("root")],
        Annotated[MinimalFileSystemSpecialPath, Tag("minimal")],
        Annotated[KindFileSystemSpecialPath, Tag("project_roots")],
        Annotated[TmpdirFileSystemSpecialPath, Tag("tmpdir")],
        Annotated[SlashTmpFileSystemSpecialPath, Tag("slash_tmp")],
        Annotated[UnknownFileSystemSpecialPath, Tag("unknown")],
        Annotated[UnrecognizedFileSystemSpecialPath, Tag(UNRECOGNIZED_TAG)],
    ],
    Discriminator(
        tag_discriminator("kind", "kind", ("root", "minimal", "project_roots", "tmpdir", "slash_tmp", "unknown")),
    ),
]


class SpecialFileSystemPath(TaggedWireModel):
    """``FileSystemPath`` with ``type: 'special'``."""

    __wire_tags__ = ("type",)
    type: Literal["special"] = "special"
    value: FileSystemSpecialPath


class UnrecognizedFileSystemPath(WireModel):
    """A ``FileSystemPath`` variant this schema does not know (a newer server?). Every field is kept as an extra."""

    type: str


FileSystemPath: TypeAlias = Annotated[
    Union[
        Annotated[PathFileSystemPath, Tag("path")],
        Annotated[GlobPatternFileSystemPath, Tag("glob_pattern")],
        Annotated[SpecialFileSystemPath, Tag("special")],
        Annotated[UnrecognizedFileSystemPath, Tag(UNRECOGNIZED_TAG)],
    ],
    Discriminator(tag_discriminator("type", "type", ("path", "glob_pattern", "special"))),
]


class FileSystemSandboxEntry(WireModel):
    access: FileSystemAccessMode
    path: FileSystemPath


class AdditionalFileSystemPermissions(WireModel):
    entries: list[FileSystemSandboxEntry] | None = None
    glob_scan_max_depth: int | None = Field(default=None, alias="globScanMaxDepth")
    read: list[LegacyAppPathString] | None = None
    """This will be removed in favor of `entries`."""
    write: list[LegacyAppPathString] | None = None
    """This will be removed in favor of `entries`."""


class AdditionalNetworkPermissions(WireModel):
    enabled: bool | None = None


class AdditionalPermissionProfile(WireModel):
    file_system: AdditionalFileSystemPermissions | None = Field(default=None, alias="fileSystem")
    network: AdditionalNetworkPermissions | None = None
    """Partial overlay used for per-command permission requests."""


class AdditionalToolsResponseItem(TaggedWireModel):
    """``ResponseItem`` with ``type: 'additional_tools'``."""

    __wire_tags__ = ("type",)
    id: str | None = None
    role: str
    tools: list[Any]
    type: Literal["additional_tools"] = "additional_tools"


class AgentConfiguredHookHandler(TaggedWireModel):
    """``ConfiguredHookHandler`` with ``type: 'agent'``."""

    __wire_tags__ = ("type",)
    type: Literal["agent"] = "agent"


class AgentHookMetadata(TaggedWireModel):
    """``HookMetadata`` with ``handlerType: 'agent'``."""

    __wire_tags__ = ("handler_type",)
    additional_context_limit: int | None = Field(default=None, alias="additionalContextLimit")
    """Configured `additionalContext` spill threshold. `null` uses 2,500 tokens; `0` disables spilling."""
    current_hash: str = Field(alias="currentHash")
    display_order: int = Field(alias="displayOrder")
    enabled: bool
    event_name: HookEventName = Field(alias="eventName")
    handler_type: Literal["agent"] = Field(default="agent", alias="handlerType")
    is_managed: bool = Field(alias="isManaged")
    key: str
    matcher: str | None = None
    plugin_id: str | None = Field(default=None, alias="pluginId")
    source: HookSource
    source_path: AbsolutePathBuf = Field(alias="sourcePath")
    status_message: str | None = Field(default=None, alias="statusMessage")
    timeout_sec: int = Field(alias="timeoutSec")
    trust_status: HookTrustStatus = Field(alias="trustStatus")


class AgentMessageDeltaNotification(WireModel):
    delta: str
    item_id: str = Field(alias="itemId")
    thread_id: str = Field(alias="threadId")
    turn_id: str = Field(alias="turnId")


class EncryptedContentAgentMessageInputContent(TaggedWireModel):
    """``AgentMessageInputContent`` with ``type: 'encrypted_content'``."""

    __wire_tags__ = ("type",)
    encrypted_content: str
    type: Literal["encrypted_content"] = "encrypted_content"


class InputTextAgentMessageInputContent(TaggedWireModel):
    """``AgentMessageInputContent`` with ``type: 'input_text'``."""

    __wire_tags__ = ("type",)
    text: str
    type: Literal["input_text"] = "input_text"


class UnrecognizedAgentMessageInputContent(WireModel):
    """A ``AgentMessageInputContent`` variant this schema does not know (a newer server?). Every field is kept as an
    extra.
    """

    type: str


AgentMessageInputContent: TypeAlias = Annotated[
    Union[
        Annotated[InputTextAgentMessageInputContent, Tag("input_text")],
        Annotated[EncryptedContentAgentMessageInputContent, Tag("encrypted_content")],
        Annotated[UnrecognizedAgentMessageInputContent, Tag(UNRECOGNIZED_TAG)],
    ],
    Discriminator(tag_discriminator("type", "type", ("input_text", "encrypted_content"))),
]


class InternalChatMessageMetadataPassthrough(WireModel):
    """Internal Responses API passthrough metadata copied into underlying chat messages.

    Responses API strongly types this payload. Do not modify it without first getting API approval and making the
    corresponding Responses API change.
    """

    turn_id: str | None = None


class AgentMessageResponseItem(TaggedWireModel):
    """``ResponseItem`` with ``type: 'agent_message'``."""

    __wire_tags__ = ("type",)
    author: str
    content: list[AgentMessageInputContent]
    id: str | None = None
    internal_chat_message_metadata_passthrough: InternalChatMessageMetadataPassthrough | None = None
    recipient: str
    type: Literal["agent_message"] = "agent_message"


class AsyncUserInputQuestion(WireModel):
    options: list[str] | None = None
    title: str


class MemoryCitationEntry(WireModel):
    line_end: int = Field(alias="lineEnd")
    line_start: int = Field(alias="lineStart")
    note: str
    path: str


class MemoryCitation(WireModel):
    entries: list[MemoryCitationEntry]
    thread_ids: list[str] = Field(alias="threadIds")


class AgentMessageThreadItem(TaggedWireModel):
    """``ThreadItem`` with ``type: 'agentMessage'``."""

    __wire_tags__ = ("type",)
    delivery: AgentMessageDelivery | None = None
    id: str
    memory_citation: MemoryCitation | None = Field(default=None, alias="memoryCitation")
    phase: MessagePhase | None = None
    questions: list[AsyncUserInputQuestion] | None = None
    text: str
    type: Literal["agentMessage"] = "agentMessage"


AgentPath: TypeAlias = str


class AmazonBedrockLoginAccountResponse(TaggedWireModel):
    """``LoginAccountResponse`` with ``type: 'amazonBedrock'``."""

    __wire_tags__ = ("type",)
    type: Literal["amazonBedrock"] = "amazonBedrock"


class AnalyticsConfig(WireModel):
    enabled: bool | None = None


class ApiKeyLoginAccountResponse(TaggedWireModel):
    """``LoginAccountResponse`` with ``type: 'apiKey'``."""

    __wire_tags__ = ("type",)
    type: Literal["apiKey"] = "apiKey"


class AppBranding(WireModel):
    """EXPERIMENTAL - app metadata returned by app-list APIs."""

    category: str | None = None
    developer: str | None = None
    is_discoverable_app: bool = Field(alias="isDiscoverableApp")
    privacy_policy: str | None = Field(default=None, alias="privacyPolicy")
    terms_of_service: str | None = Field(default=None, alias="termsOfService")
    website: str | None = None


class AppLinksConfig(WireModel):
    """Account settings for a single app."""


class AppToolsConfig(WireModel):
    pass


class AppConfig(WireModel):
    approvals_reviewer: ApprovalsReviewer | None = None
    default_tools_approval_mode: AppToolApproval | None = None
    default_tools_enabled: bool | None = None
    destructive_enabled: bool | None = None
    enabled: bool | None = Field(default=None, exclude_if=is_none)
    links: AppLinksConfig | None = None
    """Per-account approval settings keyed by link ID."""
    omit_tools_from: list[ToolExposureSurface] | None = None
    """Additional model-facing surfaces omitted for this connector's tools."""
    open_world_enabled: bool | None = None
    tools: AppToolsConfig | None = None


class AppReview(WireModel):
    status: str


class AppScreenshot(WireModel):
    file_id: str | None = Field(default=None, alias="fileId")
    url: str | None = None
    user_prompt: str = Field(alias="userPrompt")


class AppMetadata(WireModel):
    categories: list[str] | None = None
    developer: str | None = None
    first_party_requires_install: bool | None = Field(default=None, alias="firstPartyRequiresInstall")
    review: AppReview | None = None
    screenshots: list[AppScreenshot] | None = None
    seo_description: str | None = Field(default=None, alias="seoDescription")
    show_in_composer_when_unlinked: bool | None = Field(default=None, alias="showInComposerWhenUnlinked")
    sub_categories: list[str] | None = Field(default=None, alias="subCategories")
    version: str | None = None
    version_id: str | None = Field(default=None, alias="versionId")
    version_notes: str | None = Field(default=None, alias="versionNotes")


class AppInfo(WireModel):
    """EXPERIMENTAL - app metadata returned by app-list APIs."""

    app_metadata: AppMetadata | None = Field(default=None, alias="appMetadata")
    branding: AppBranding | None = None
    description: str | None = None
    distribution_channel: str | None = Field(default=None, alias="distributionChannel")
    icon_assets: dict[str, str] | None = Field(default=None, alias="iconAssets")
    icon_dark_assets: dict[str, str] | None = Field(default=None, alias="iconDarkAssets")
    id: str
    install_url: str | None = Field(default=None, alias="installUrl")
    is_accessible: bool | None = Field(default=None, alias="isAccessible", exclude_if=is_none)
    is_enabled: bool | None = Field(default=None, alias="isEnabled", exclude_if=is_none)
    """Whether this app is enabled in config.toml. Example: ```toml [apps.bad_app] enabled = false ```"""
    labels: dict[str, str] | None = None
    logo_url: str | None = Field(default=None, alias="logoUrl")
    logo_url_dark: str | None = Field(default=None, alias="logoUrlDark")
    name: str
    plugin_display_names: list[str] | None = Field(default=None, alias="pluginDisplayNames", exclude_if=is_none)


class AppsInstalledParams(WireModel):
    """Read the committed installed connector runtime snapshot."""

    force_refresh: bool | None = Field(default=None, alias="forceRefresh", exclude_if=is_none)
    """When true and Apps are permitted, refresh and publish the hosted connector runtime tool snapshot first."""
    thread_id: str | None = Field(default=None, alias="threadId")
    """Optional loaded thread id used to evaluate effective app configuration."""


class AppInstalledRequestMessage(TaggedWireModel):
    """``ClientRequestMessage`` with ``method: 'app/installed'``."""

    __wire_tags__ = ("method",)
    id: RequestId
    method: Literal["app/installed"] = "app/installed"
    params: AppsInstalledParams


class AppLinkConfig(WireModel):
    """Approval settings for a connected account within an app."""

    approvals_reviewer: ApprovalsReviewer | None = None
    default_tools_approval_mode: AppToolApproval | None = None


class AppsListParams(WireModel):
    """EXPERIMENTAL - list available apps/connectors."""

    cursor: str | None = None
    """Opaque pagination cursor returned by a previous call."""
    force_refetch: bool | None = Field(default=None, alias="forceRefetch", exclude_if=is_none)
    """When true, bypass app caches and fetch the latest data from sources."""
    limit: int | None = None
    """Optional page size; defaults to a reasonable server-side value."""
    thread_id: str | None = Field(default=None, alias="threadId")
    """Optional thread id used to evaluate app feature gating from that thread's config."""


class AppListRequestMessage(TaggedWireModel):
    """``ClientRequestMessage`` with ``method: 'app/list'``."""

    __wire_tags__ = ("method",)
    id: RequestId
    method: Literal["app/list"] = "app/list"
    params: AppsListParams


class AppListUpdatedNotification(WireModel):
    """EXPERIMENTAL - notification emitted when the app list changes."""

    data: list[AppInfo]


class AppListUpdatedNotificationMessage(TaggedWireModel):
    """``ServerNotificationMessage`` with ``method: 'app/list/updated'``."""

    __wire_tags__ = ("method",)
    emitted_at_ms: int | None = Field(default=None, alias="emittedAtMs", exclude_if=is_none)
    """Unix timestamp (in milliseconds) when app-server emitted this notification."""
    method: Literal["app/list/updated"] = "app/list/updated"
    params: AppListUpdatedNotification


class AppsReadParams(WireModel):
    """EXPERIMENTAL - read metadata for specific apps/connectors."""

    app_ids: list[str] = Field(alias="appIds")
    """App ids to read. The server accepts at most 100 ids and deduplicates repeated ids while preserving their
    first-request order.
    """
    include_tools: bool | None = Field(default=None, alias="includeTools", exclude_if=is_none)
    """When true, include display-only public tool summaries in the returned metadata."""
    thread_id: str | None = Field(default=None, alias="threadId")
    """Optional loaded thread id used to evaluate effective app configuration."""


class AppReadRequestMessage(TaggedWireModel):
    """``ClientRequestMessage`` with ``method: 'app/read'``."""

    __wire_tags__ = ("method",)
    id: RequestId
    method: Literal["app/read"] = "app/read"
    params: AppsReadParams


class AppSummary(WireModel):
    """EXPERIMENTAL - app metadata summary for plugin responses."""

    category: str | None = None
    description: str | None = None
    id: str
    install_url: str | None = Field(default=None, alias="installUrl")
    name: str


class AppTemplateSummary(WireModel):
    canonical_connector_id: str | None = Field(default=None, alias="canonicalConnectorId")
    category: str | None = None
    description: str | None = None
    logo_url: str | None = Field(default=None, alias="logoUrl")
    logo_url_dark: str | None = Field(default=None, alias="logoUrlDark")
    materialized_app_ids: list[str] = Field(alias="materializedAppIds")
    name: str
    reason: AppTemplateUnavailableReason | None = None
    template_id: str = Field(alias="templateId")


class AppToolConfig(WireModel):
    approval_mode: AppToolApproval | None = None
    enabled: bool | None = None


class AppToolSummary(WireModel):
    """EXPERIMENTAL - metadata returned by app/read."""

    description: str
    disabled_reason: str | None = Field(default=None, alias="disabledReason")
    is_enabled: bool | None = Field(default=None, alias="isEnabled", exclude_if=is_none)
    is_read_only: bool | None = Field(default=None, alias="isReadOnly", exclude_if=is_none)
    name: str
    title: str | None = None


class ApplicationNetworkRequirements(WireModel):
    domains: dict[str, NetworkDomainPermission]
    enabled: bool
    """When enabled, only explicitly allowed exact domains may be contacted."""


class ApplicationRequirements(WireModel):
    network: ApplicationNetworkRequirements | None = None


class NetworkPolicyAmendment(WireModel):
    action: NetworkPolicyRuleAction
    host: str


class ApplyNetworkPolicyAmendmentCommandExecutionApprovalDecisionPayload(WireModel):
    network_policy_amendment: NetworkPolicyAmendment


class ApplyNetworkPolicyAmendmentCommandExecutionApprovalDecision(WireModel):
    """User chose a persistent network policy rule (allow/deny) for this host."""

    apply_network_policy_amendment: ApplyNetworkPolicyAmendmentCommandExecutionApprovalDecisionPayload = Field(
        alias="applyNetworkPolicyAmendment",
    )


class DeleteFileChange(TaggedWireModel):
    """``FileChange`` with ``type: 'delete'``."""

    __wire_tags__ = ("type",)
    content: str
    type: Literal["delete"] = "delete"


class UnrecognizedFileChange(WireModel):
    """A ``FileChange`` variant this schema does not know (a newer server?). Every field is kept as an extra."""

    type: str


class UpdateFileChange(TaggedWireModel):
    """``FileChange`` with ``type: 'update'``."""

    __wire_tags__ = ("type",)
    move_path: str | None = None
    type: Literal["update"] = "update"
    unified_diff: str


FileChange: TypeAlias = Annotated[
    Union[
        Annotated[AddFileChange, Tag("add")],
        Annotated[DeleteFileChange, Tag("delete")],
        Annotated[UpdateFileChange, Tag("update")],
        Annotated[UnrecognizedFileChange, Tag(UNRECOGNIZED_TAG)],
    ],
    Discriminator(tag_discriminator("type", "type", ("add", "delete", "update"))),
]


ThreadId: TypeAlias = str


class ApplyPatchApprovalParams(WireModel):
    call_id: str = Field(alias="callId")
    """Use to correlate this with [codex_protocol::protocol::PatchApplyBeginEvent] and
    [codex_protocol::protocol::PatchApplyEndEvent].
    """
    conversation_id: ThreadId = Field(alias="conversationId")
    file_changes: dict[str, FileChange] = Field(alias="fileChanges")
    grant_root: str | None = Field(default=None, alias="grantRoot")
    """When set, the agent is asking the user to allow writes under this root for the remainder of the session
    (unclear if this is honored today).
    """
    reason: str | None = None
    """Optional explanatory reason (e.g. request for extra write access)."""


class ApplyPatchApprovalRequestMessage(TaggedWireModel):
    """DEPRECATED APIs below Request to approve a patch. This request is used for Turns started via the legacy APIs
    (i.e. SendUserTurn, SendUserMessage).
    """

    __wire_tags__ = ("method",)
    id: RequestId
    method: Literal["applyPatchApproval"] = "applyPatchApproval"
    params: ApplyPatchApprovalParams


class ApprovedExecpolicyAmendmentReviewDecisionPayload(WireModel):
    proposed_execpolicy_amendment: list[str]


class ApprovedExecpolicyAmendmentReviewDecision(WireModel):
    """User has approved this command and wants to apply the proposed execpolicy amendment so future matching
    commands are permitted.
    """

    approved_execpolicy_amendment: ApprovedExecpolicyAmendmentReviewDecisionPayload


class DeniedReviewDecisionPayload(WireModel):
    rejection: str


class DeniedReviewDecision(WireModel):
    """User has denied this command and the agent should not execute it, but it should continue the session and try
    something else.
    """

    denied: DeniedReviewDecisionPayload


class NetworkPolicyAmendmentReviewDecisionPayload(WireModel):
    network_policy_amendment: NetworkPolicyAmendment


class NetworkPolicyAmendmentReviewDecision(WireModel):
    """User chose to persist a network policy rule (allow/deny) for future requests to the same host."""

    network_policy_amendment: NetworkPolicyAmendmentReviewDecisionPayload


class UnrecognizedReviewDecision(WireModel):
    """A ``ReviewDecision`` object form this schema does not know. Its content is kept as extras."""


ReviewDecision: TypeAlias = Annotated[
    Union[
        Annotated[ReviewDecisionKind, Tag(STRING_TAG)],
        Annotated[ApprovedExecpolicyAmendmentReviewDecision, Tag("approved_execpolicy_amendment")],
        Annotated[NetworkPolicyAmendmentReviewDecision, Tag("network_policy_amendment")],
        Annotated[DeniedReviewDecision, Tag("denied")],
        Annotated[UnrecognizedReviewDecision, Tag(UNRECOGNIZED_TAG)],
    ],
    Discriminator(
        external_discriminator(
            {
                "approved_execpolicy_amendment": "approved_execpolicy_amendment",
                "network_policy_amendment": "network_policy_amendment",
                "denied": "denied",
            },
        ),
    ),
]
"""User's decision in response to an ExecApprovalRequest."""


class ApplyPatchApprovalResponse(WireModel):
    decision: ReviewDecision


class ApplyPatchGuardianApprovalReviewAction(TaggedWireModel):
    """``GuardianApprovalReviewAction`` with ``type: 'applyPatch'``."""

    __wire_tags__ = ("type",)
    cwd: LegacyAppPathString
    files: list[LegacyAppPathString]
    type: Literal["applyPatch"] = "applyPatch"


class AppsDefaultConfig(WireModel):
    approvals_reviewer: ApprovalsReviewer | None = None
    default_tools_approval_mode: AppToolApproval | None = None
    destructive_enabled: bool | None = Field(default=None, exclude_if=is_none)
    enabled: bool | None = Field(default=None, exclude_if=is_none)
    open_world_enabled: bool | None = Field(default=None, exclude_if=is_none)


class AppsConfig(WireModel):
    default: AppsDefaultConfig | None = Field(default=None, alias="_default")


class InstalledApp(WireModel):
    """Installed connector runtime state."""

    callable: bool
    """Whether the connector is enabled and has a non-synthetic, model-visible tool allowed by effective MCP and
    app/tool policy in the committed runtime snapshot.
    """
    enabled: bool
    """Effective enabled state after applying global, workspace, local, and managed configuration at read time."""
    id: str
    runtime_name: str | None = Field(default=None, alias="runtimeName")
    """Best-effort name carried by the runtime tool catalog. Canonical app metadata remains owned by `app/read`."""


class AppsInstalledResponse(WireModel):
    """The installed connectors in one committed runtime snapshot."""

    apps: list[InstalledApp]


class AppsListResponse(WireModel):
    """EXPERIMENTAL - app list response."""

    data: list[AppInfo]
    next_cursor: str | None = Field(default=None, alias="nextCursor")
    """Opaque cursor to pass to the next call to continue after the last item. If None, there are no more items to
    return.
    """


class ConnectorMetadata(WireModel):
    """EXPERIMENTAL - metadata returned by app/read."""

    description: str | None = None
    distribution_channel: str | None = Field(default=None, alias="distributionChannel")
    icon_url: str | None = Field(default=None, alias="iconUrl")
    icon_url_dark: str | None = Field(default=None, alias="iconUrlDark")
    id: str
    install_url: str | None = Field(default=None, alias="installUrl")
    name: str
    plugin_display_names: list[str] | None = Field(default=None, alias="pluginDisplayNames", exclude_if=is_none)
    tool_summaries: list[AppToolSummary] | None = Field(default=None, alias="toolSummaries")


class AppsReadResponse(WireModel):
    """EXPERIMENTAL - app/read response."""

    apps: list[ConnectorMetadata]
    missing_app_ids: list[str] = Field(alias="missingAppIds")


class GranularAskForApprovalPayload(WireModel):
    mcp_elicitations: bool
    request_permissions: bool | None = Field(default=None, exclude_if=is_none)
    rules: bool
    sandbox_approval: bool
    skill_approval: bool | None = Field(default=None, exclude_if=is_none)


class GranularAskForApproval(WireModel):
    granular: GranularAskForApprovalPayload


class UnrecognizedAskForApproval(WireModel):
    """A ``AskForApproval`` object form this schema does not know. Its content is kept as extras."""


AskForApproval: TypeAlias = Annotated[
    Union[
        Annotated[AskForApprovalKind, Tag(STRING_TAG)],
        Annotated[GranularAskForApproval, Tag("granular")],
        Annotated[UnrecognizedAskForApproval, Tag(UNRECOGNIZED_TAG)],
    ],
    Discriminator(external_discriminator({"granular": "granular"})),
]


class AttestationGenerateParams(WireModel):
    pass


class AttestationGenerateRequestMessage(TaggedWireModel):
    """Generate a fresh upstream attestation result on demand."""

    __wire_tags__ = ("method",)
    id: RequestId
    method: Literal["attestation/generate"] = "attestation/generate"
    params: AttestationGenerateParams


class AttestationGenerateResponse(WireModel):
    token: str
    """Opaque client attestation token."""


class AudioUserInput(TaggedWireModel):
    """``UserInput`` with ``type: 'audio'``."""

    __wire_tags__ = ("type",)
    type: Literal["audio"] = "audio"
    url: str


class AuthRecoveryNotification(WireModel):
    message: str
    provider: str
    thread_id: str = Field(alias="threadId")
    turn_id: str = Field(alias="turnId")


class StrictReviewRequiredNotification(WireModel):
    started_at_ms: int = Field(alias="startedAtMs")
    """Unix timestamp (in milliseconds) when this review started."""
    thread_id: str = Field(alias="threadId")
    turn_id: str = Field(alias="turnId")


class AutoApprovalReviewStrictReviewRequiredNotificationMessage(TaggedWireModel):
    """``ServerNotificationMessage`` with ``method: 'autoApprovalReview/strictReviewRequired'``."""

    __wire_tags__ = ("method",)
    emitted_at_ms: int | None = Field(default=None, alias="emittedAtMs", exclude_if=is_none)
    """Unix timestamp (in milliseconds) when app-server emitted this notification."""
    method: Literal["autoApprovalReview/strictReviewRequired"] = "autoApprovalReview/strictReviewRequired"
    params: StrictReviewRequiredNotification


class AutoReviewRequirements(WireModel):
    ignore_rules: list[str] | None = Field(default=None, alias="ignoreRules")
    required_on_models: list[str] | None = Field(default=None, alias="requiredOnModels")


class BaseBranchReviewTarget(TaggedWireModel):
    """Review changes between the current branch and the given base branch."""

    __wire_tags__ = ("type",)
    branch: str
    type: Literal["baseBranch"] = "baseBranch"


class InlineMarkdownThreadRealtimeBemItemPresentation(TaggedWireModel):
    """``ThreadRealtimeBemItemPresentation`` with ``type: 'inlineMarkdown'``."""

    __wire_tags__ = ("type",)
    type: Literal["inlineMarkdown"] = "inlineMarkdown"


class InlineVisualizationThreadRealtimeBemItemPresentation(TaggedWireModel):
    """``ThreadRealtimeBemItemPresentation`` with ``type: 'inlineVisualization'``."""

    __wire_tags__ = ("type",)
    index: int
    type: Literal["inlineVisualization"] = "inlineVisualization"


class UnrecognizedThreadRealtimeBemItemPresentation(WireModel):
    """A ``ThreadRealtimeBemItemPresentation`` variant this schema does not know (a newer server?). Every field is
    kept as an extra.
    """

    type: str


class WholeItemThreadRealtimeBemItemPresentation(TaggedWireModel):
    """``ThreadRealtimeBemItemPresentation`` with ``type: 'wholeItem'``."""

    __wire_tags__ = ("type",)
    type: Literal["wholeItem"] = "wholeItem"


ThreadRealtimeBemItemPresentation: TypeAlias = Annotated[
    Union[
        Annotated[WholeItemThreadRealtimeBemItemPresentation, Tag("wholeItem")],
        Annotated[InlineMarkdownThreadRealtimeBemItemPresentation, Tag("inlineMarkdown")],
        Annotated[InlineVisualizationThreadRealtimeBemItemPresentation, Tag("inlineVisualization")],
        Annotated[UnrecognizedThreadRealtimeBemItemPresentation, Tag(UNRECOGNIZED_TAG)],
    ],
    Discriminator(tag_discriminator("type", "type", ("wholeItem", "inlineMarkdown", "inlineVisualization"))),
]
"""EXPERIMENTAL - how an existing agent item appears in a realtime conversation."""


class BemItemPromotedThreadRealtimeItem(TaggedWireModel):
    """``ThreadRealtimeItem`` with ``type: 'bemItemPromoted'``."""

    __wire_tags__ = ("type",)
    id: str
    item_id: str
    presentation: ThreadRealtimeBemItemPresentation
    realtime_session_id: str = Field(alias="realtimeSessionId")
    turn_id: str
    type: Literal["bemItemPromoted"] = "bemItemPromoted"


class BlobResourceContent(WireModel):
    meta: Any = Field(default=None, alias="_meta")
    blob: str
    mime_type: str | None = Field(default=None, alias="mimeType")
    uri: str
    """The URI of this resource."""


class BrowserUseOriginPolicyConfig(WireModel):
    access: AllowDenyRequirement | None = None
    downloads: AllowDenyRequirement | None = None
    full_cdp_access: AllowDenyRequirement | None = None
    uploads: AllowDenyRequirement | None = None


class BrowserUseConfig(WireModel):
    allow_history_access: bool | None = None
    default_origin_policy: BrowserUseOriginPolicyConfig | None = None
    origins: dict[str, BrowserUseOriginPolicyConfig] | None = None


class RequestHeader(WireModel):
    name: str
    value: str


class BrowserUseExtensionRequirements(WireModel):
    request_headers: list[RequestHeader] | None = Field(default=None, alias="requestHeaders")


class BrowserUseOriginPolicy(WireModel):
    access: AllowDenyRequirement | None = None
    access_approval_lifetime: BrowserUseAccessApprovalLifetime | None = Field(
        default=None, alias="accessApprovalLifetime",
    )
    auto_review: AllowDenyRequirement | None = Field(default=None, alias="autoReview")
    downloads: AllowDenyRequirement | None = None
    full_cdp_access: AllowDenyRequirement | None = Field(default=None, alias="fullCdpAccess")
    persistent_approval: bool | None = Field(default=None, alias="persistentApproval")
    uploads: AllowDenyRequirement | None = None


class BrowserUseRequirements(WireModel):
    allow_global_persistent_approval: bool | None = Field(default=None, alias="allowGlobalPersistentApproval")
    allow_history_access: bool | None = Field(default=None, alias="allowHistoryAccess")
    allow_webmcp: bool | None = Field(default=None, alias="allowWebmcp")
    default_origin_policy: BrowserUseOriginPolicy | None = Field(default=None, alias="defaultOriginPolicy")
    disable_auto_review: bool | None = Field(default=None, alias="disableAutoReview")
    extension: BrowserUseExtensionRequirements | None = None
    origins: dict[str, BrowserUseOriginPolicy] | None = None


class ByteRange(WireModel):
    end: int
    start: int


class CancelLoginAccountResponse(WireModel):
    status: CancelLoginAccountStatus


class EnvironmentCapabilityRootLocation(TaggedWireModel):
    """A path owned by an execution environment."""

    __wire_tags__ = ("type",)
    environment_id: str = Field(alias="environmentId")
    path: str
    """Absolute path for the root in the selected environment."""
    type: Literal["environment"] = "environment"


CapabilityRootLocation: TypeAlias = EnvironmentCapabilityRootLocation
"""Location used to resolve a selected capability root."""


class ChatgptAuthTokensLoginAccountResponse(TaggedWireModel):
    """``LoginAccountResponse`` with ``type: 'chatgptAuthTokens'``."""

    __wire_tags__ = ("type",)
    type: Literal["chatgptAuthTokens"] = "chatgptAuthTokens"


class ChatgptAuthTokensRefreshResponse(WireModel):
    access_token: str = Field(alias="accessToken")
    chatgpt_account_id: str = Field(alias="chatgptAccountId")
    chatgpt_plan_type: str | None = Field(default=None, alias="chatgptPlanType")


class ChatgptDeviceCodeLoginAccountResponse(TaggedWireModel):
    """``LoginAccountResponse`` with ``type: 'chatgptDeviceCode'``."""

    __wire_tags__ = ("type",)
    login_id: str = Field(alias="loginId")
    type: Literal["chatgptDeviceCode"] = "chatgptDeviceCode"
    user_code: str = Field(alias="userCode")
    """One-time code the user must enter after signing in."""
    verification_url: str = Field(alias="verificationUrl")
    """URL the client should open in a browser to complete device code authorization."""


class ChatgptLoginAccountResponse(TaggedWireModel):
    """``LoginAccountResponse`` with ``type: 'chatgpt'``."""

    __wire_tags__ = ("type",)
    auth_url: str = Field(alias="authUrl")
    """URL the client should open in a browser to initiate the OAuth flow."""
    login_id: str = Field(alias="loginId")
    type: Literal["chatgpt"] = "chatgpt"


class ClientInfo(WireModel):
    name: str
    title: str | None = None
    version: str


class InitializedNotification(TaggedWireModel):
    __wire_tags__ = ("method",)
    method: Literal["initialized"] = "initialized"


ClientNotificationMessage: TypeAlias = InitializedNotification


class CommandExecTerminalSize(WireModel):
    """PTY size in character cells for `command/exec` PTY sessions."""

    cols: int
    """Terminal width in character cells."""
    rows: int
    """Terminal height in character cells."""


class DangerFullAccessSandboxPolicy(TaggedWireModel):
    """``SandboxPolicy`` with ``type: 'dangerFullAccess'``."""

    __wire_tags__ = ("type",)
    type: Literal["dangerFullAccess"] = "dangerFullAccess"


class ExternalSandboxSandboxPolicy(TaggedWireModel):
    """``SandboxPolicy`` with ``type: 'externalSandbox'``."""

    __wire_tags__ = ("type",)
    network_access: NetworkAccess | None = Field(default=None, alias="networkAccess", exclude_if=is_none)
    type: Literal["externalSandbox"] = "externalSandbox"


class ReadOnlySandboxPolicy(TaggedWireModel):
    """``SandboxPolicy`` with ``type: 'readOnly'``."""

    __wire_tags__ = ("type",)
    network_access: bool | None = Field(default=None, alias="networkAccess", exclude_if=is_none)
    type: Literal["readOnly"] = "readOnly"


class UnrecognizedSandboxPolicy(WireModel):
    """A ``SandboxPolicy`` variant this schema does not know (a newer server?). Every field is kept as an extra."""

    type: str


class WorkspaceWriteSandboxPolicy(TaggedWireModel):
    """``SandboxPolicy`` with ``type: 'workspaceWrite'``."""

    __wire_tags__ = ("type",)
    exclude_slash_tmp: bool | None = Field(default=None, alias="excludeSlashTmp", exclude_if=is_none)
    exclude_tmpdir_env_var: bool | None = Field(default=None, alias="excludeTmpdirEnvVar", exclude_if=is_none)
    network_access: bool | None = Field(default=None, alias="networkAccess", exclude_if=is_none)
    type: Literal["workspaceWrite"] = "workspaceWrite"
    writable_roots: list[AbsolutePathBuf] | None = Field(default=None, alias="writableRoots", exclude_if=is_none)


SandboxPolicy: TypeAlias = Annotated[
    Union[
        Annotated[DangerFullAccessSandboxPolicy, Tag("dangerFullAccess")],
        Annotated[ReadOnlySandboxPolicy, Tag("readOnly")],
        Annotated[ExternalSandboxSandboxPolicy, Tag("externalSandbox")],
        Annotated[WorkspaceWriteSandboxPolicy, Tag("workspaceWrite")],
        Annotated[UnrecognizedSandboxPolicy, Tag(UNRECOGNIZED_TAG)],
    ],
    Discriminator(
        tag_discriminator("type", "type", ("dangerFullAccess", "readOnly", "externalSandbox", "workspaceWrite")),
    ),
]


class CommandExecParams(WireModel):
    """Run a standalone command (argv vector) in the server sandbox without creating a thread or turn.

    The final `command/exec` response is deferred until the process exits and is sent only after all
    `command/exec/outputDelta` notifications for that connection have been emitted.
    """

    command: list[str]
    """Command argv vector. Empty arrays are rejected."""
    cwd: str | None = None
    """Optional working directory. Defaults to the server cwd."""
    disable_output_cap: bool | None = Field(default=None, alias="disableOutputCap", exclude_if=is_none)
    """Disable stdout/stderr capture truncation for this request.

    Cannot be combined with `outputBytesCap`.
    """
    disable_timeout: bool | None = Field(default=None, alias="disableTimeout", exclude_if=is_none)
    """Disable the timeout entirely for this request.

    Cannot be combined with `timeoutMs`.
    """
    env: dict[str, str | None] | None = None
    """Optional environment overrides merged into the server-computed environment.

    Matching names override inherited values. Set a key to `null` to unset an inherited variable.
    """
    output_bytes_cap: int | None = Field(default=None, alias="outputBytesCap")
    """Optional per-stream stdout/stderr capture cap in bytes.

    When omitted, the server default applies. Cannot be combined with `disableOutputCap`.
    """
    process_id: str | None = Field(default=None, alias="processId")
    """Optional client-supplied, connection-scoped process id.

    Required for `tty`, `streamStdin`, `streamStdoutStderr`, and follow-up `command/exec/write`,
    `command/exec/resize`, and `command/exec/terminate` calls. When omitted, buffered execution gets an internal
    id that is not exposed to the client.
    """
    sandbox_policy: SandboxPolicy | None = Field(default=None, alias="sandboxPolicy")
    """Optional sandbox policy for this command.

    Uses the same shape as thread/turn execution sandbox configuration and defaults to the user's configured
    policy when omitted. Cannot be combined with `permissionProfile`.
    """
    size: CommandExecTerminalSize | None = None
    """Optional initial PTY size in character cells. Only valid when `tty` is true."""
    stream_stdin: bool | None = Field(default=None, alias="streamStdin", exclude_if=is_none)
    """Allow follow-up `command/exec/write` requests to write stdin bytes.

    Requires a client-supplied `processId`.
    """
    stream_stdout_stderr: bool | None = Field(default=None, alias="streamStdoutStderr", exclude_if=is_none)
    """Stream stdout/stderr via `command/exec/outputDelta` notifications.

    Streamed bytes are not duplicated into the final response and require a client-supplied `processId`.
    """
    timeout_ms: int | None = Field(default=None, alias="timeoutMs")
    """Optional timeout in milliseconds.

    When omitted, the server default applies. Cannot be combined with `disableTimeout`.
    """
    tty: bool | None = Field(default=None, exclude_if=is_none)
    """Enable PTY mode.

    This implies `streamStdin` and `streamStdoutStderr`.
    """


class CommandExecRequestMessage(TaggedWireModel):
    """Execute a standalone command (argv vector) under the server's sandbox."""

    __wire_tags__ = ("method",)
    id: RequestId
    method: Literal["command/exec"] = "command/exec"
    params: CommandExecParams


class CommandExecResizeParams(WireModel):
    """Resize a running PTY-backed `command/exec` session."""

    process_id: str = Field(alias="processId")
    """Client-supplied, connection-scoped `processId` from the original `command/exec` request."""
    size: CommandExecTerminalSize
    """New PTY size in character cells."""


class CommandExecResizeRequestMessage(TaggedWireModel):
    """Resize a running PTY-backed `command/exec` session by client-supplied `processId`."""

    __wire_tags__ = ("method",)
    id: RequestId
    method: Literal["command/exec/resize"] = "command/exec/resize"
    params: CommandExecResizeParams


class CommandExecTerminateParams(WireModel):
    """Terminate a running `command/exec` session."""

    process_id: str = Field(alias="processId")
    """Client-supplied, connection-scoped `processId` from the original `command/exec` request."""


class CommandExecTerminateRequestMessage(TaggedWireModel):
    """Terminate a running `command/exec` session by client-supplied `processId`."""

    __wire_tags__ = ("method",)
    id: RequestId
    method: Literal["command/exec/terminate"] = "command/exec/terminate"
    params: CommandExecTerminateParams


class CommandExecWriteParams(WireModel):
    """Write stdin bytes to a running `command/exec` session, close stdin, or both."""

    close_stdin: bool | None = Field(default=None, alias="closeStdin", exclude_if=is_none)
    """Close stdin after writing `deltaBase64`, if present."""
    delta_base64: str | None = Field(default=None, alias="deltaBase64")
    """Optional base64-encoded stdin bytes to write."""
    process_id: str = Field(alias="processId")
    """Client-supplied, connection-scoped `processId` from the original `command/exec` request."""


class CommandExecWriteRequestMessage(TaggedWireModel):
    """Write stdin bytes to a running `command/exec` session or close stdin."""

    __wire_tags__ = ("method",)
    id: RequestId
    method: Literal["command/exec/write"] = "command/exec/write"
    params: CommandExecWriteParams


class ConfigEdit(WireModel):
    key_path: str = Field(alias="keyPath")
    merge_strategy: MergeStrategy = Field(alias="mergeStrategy")
    value: Any


class ConfigBatchWriteParams(WireModel):
    edits: list[ConfigEdit]
    expected_version: str | None = Field(default=None, alias="expectedVersion")
    file_path: str | None = Field(default=None, alias="filePath")
    """Path to the config file to write; defaults to the user's `config.toml` when omitted."""
    reload_user_config: bool | None = Field(default=None, alias="reloadUserConfig", exclude_if=is_none)
    """When true, hot-reload updated runtime settings into loaded threads after writing. Session-static model,
    reasoning-effort, Plan-mode reasoning-effort, and service-tier defaults are not reloaded. The deprecated
    personality setting is also not reloaded.
    """


class ConfigBatchWriteRequestMessage(TaggedWireModel):
    """``ClientRequestMessage`` with ``method: 'config/batchWrite'``."""

    __wire_tags__ = ("method",)
    id: RequestId
    method: Literal["config/batchWrite"] = "config/batchWrite"
    params: ConfigBatchWriteParams


class ConfigMcpServerReloadRequestMessage(TaggedWireModel):
    """``ClientRequestMessage`` with ``method: 'config/mcpServer/reload'``."""

    __wire_tags__ = ("method",)
    id: RequestId
    method: Literal["config/mcpServer/reload"] = "config/mcpServer/reload"
    params: None = Field(default=None, exclude_if=is_none)


class ConfigReadParams(WireModel):
    cwd: str | None = None
    """Optional working directory to resolve project config layers. If specified, return the effective config as seen
    from that directory (i.e., including any project layers between `cwd` and the project/repo root).
    """
    include_layers: bool | None = Field(default=None, alias="includeLayers", exclude_if=is_none)


class ConfigReadRequestMessage(TaggedWireModel):
    """``ClientRequestMessage`` with ``method: 'config/read'``."""

    __wire_tags__ = ("method",)
    id: RequestId
    method: Literal["config/read"] = "config/read"
    params: ConfigReadParams


class ConfigRequirementsReadRequestMessage(TaggedWireModel):
    """``ClientRequestMessage`` with ``method: 'configRequirements/read'``."""

    __wire_tags__ = ("method",)
    id: RequestId
    method: Literal["configRequirements/read"] = "configRequirements/read"
    params: None = Field(default=None, exclude_if=is_none)


class ConfigValueWriteParams(WireModel):
    expected_version: str | None = Field(default=None, alias="expectedVersion")
    file_path: str | None = Field(default=None, alias="filePath")
    """Path to the config file to write; defaults to the user's `config.toml` when omitted."""
    key_path: str = Field(alias="keyPath")
    merge_strategy: MergeStrategy = Field(alias="mergeStrategy")
    value: Any


class ConfigValueWriteRequestMessage(TaggedWireModel):
    """``ClientRequestMessage`` with ``method: 'config/value/write'``."""

    __wire_tags__ = ("method",)
    id: RequestId
    method: Literal["config/value/write"] = "config/value/write"
    params: ConfigValueWriteParams


class ExperimentalFeatureEnablementSetParams(WireModel):
    enablement: dict[str, bool]
    """Process-wide runtime feature enablement keyed by canonical feature name.

    Only named features are updated. Omitted features are left unchanged. Send an empty map for a no-op.
    """


class ExperimentalFeatureEnablementSetRequestMessage(TaggedWireModel):
    """``ClientRequestMessage`` with ``method: 'experimentalFeature/enablement/set'``."""

    __wire_tags__ = ("method",)
    id: RequestId
    method: Literal["experimentalFeature/enablement/set"] = "experimentalFeature/enablement/set"
    params: ExperimentalFeatureEnablementSetParams


class ExperimentalFeatureListParams(WireModel):
    cursor: str | None = None
    """Opaque pagination cursor returned by a previous call."""
    limit: int | None = None
    """Optional page size; defaults to a reasonable server-side value."""
    thread_id: str | None = Field(default=None, alias="threadId")
    """Optional loaded thread id. Pass this when showing feature state for an existing thread so enablement is
    computed from that thread's refreshed config, including project-local config for the thread's cwd.
    """


class ExperimentalFeatureListRequestMessage(TaggedWireModel):
    """``ClientRequestMessage`` with ``method: 'experimentalFeature/list'``."""

    __wire_tags__ = ("method",)
    id: RequestId
    method: Literal["experimentalFeature/list"] = "experimentalFeature/list"
    params: ExperimentalFeatureListParams


class ExternalAgentConfigDetectParams(WireModel):
    cwds: list[str] | None = None
    """Zero or more working directories to include for repo-scoped detection."""
    include_home: bool | None = Field(default=None, alias="includeHome", exclude_if=is_none)
    """If true, include detection under the user's home directory."""
    max_session_age_days: int | None = Field(default=None, alias="maxSessionAgeDays")
    """Maximum age in days for detected sessions. Missing values use the default limit."""
    max_sessions: int | None = Field(default=None, alias="maxSessions")
    """Maximum number of sessions to detect. Missing values use the default limit."""
    migration_source: str | None = Field(default=None, alias="migrationSource")
    """Optional migration-source selector. Missing or unrecognized values use the default source."""
    source: str | None = None
    """Deprecated field retained for compatibility. This field is ignored; use `migrationSource` to select the
    migration source.
    """


class ExternalAgentConfigDetectRequestMessage(TaggedWireModel):
    """``ClientRequestMessage`` with ``method: 'externalAgentConfig/detect'``."""

    __wire_tags__ = ("method",)
    id: RequestId
    method: Literal["externalAgentConfig/detect"] = "externalAgentConfig/detect"
    params: ExternalAgentConfigDetectParams


class ExternalAgentConfigImportReadHistoriesRequestMessage(TaggedWireModel):
    """``ClientRequestMessage`` with ``method: 'externalAgentConfig/import/readHistories'``."""

    __wire_tags__ = ("method",)
    id: RequestId
    method: Literal["externalAgentConfig/import/readHistories"] = "externalAgentConfig/import/readHistories"
    params: None = Field(default=None, exclude_if=is_none)


class ExternalAgentConfigImportHistoryRecordSuccessParams(WireModel):
    cwd: str | None = None
    item_type: ExternalAgentConfigMigrationItemType = Field(alias="itemType")
    source: str | None = None
    target: str | None = None
    title: str | None = None
    """Original title for an imported session, when available."""


class ExternalAgentConfigImportItemTypeFailure(WireModel):
    cwd: str | None = None
    error_type: str | None = Field(default=None, alias="errorType")
    failure_stage: str = Field(alias="failureStage")
    item_type: ExternalAgentConfigMigrationItemType = Field(alias="itemType")
    message: str
    source: str | None = None
    sub_error_type: str | None = Field(default=None, alias="subErrorType")


class ExternalAgentConfigImportHistoryRecordTypeResultParams(WireModel):
    failures: list[ExternalAgentConfigImportItemTypeFailure]
    item_type: ExternalAgentConfigMigrationItemType = Field(alias="itemType")
    successes: list[ExternalAgentConfigImportHistoryRecordSuccessParams]


class ExternalAgentConfigImportHistoryRecordParams(WireModel):
    item_type_results: list[ExternalAgentConfigImportHistoryRecordTypeResultParams] = Field(alias="itemTypeResults")
    """Completed results grouped by imported item type."""
    provider_id: str = Field(alias="providerId")
    """Opaque provider identifier for the externally completed import."""


class ExternalAgentConfigImportRecordHistoryRequestMessage(TaggedWireModel):
    """``ClientRequestMessage`` with ``method: 'externalAgentConfig/import/recordHistory'``."""

    __wire_tags__ = ("method",)
    id: RequestId
    method: Literal["externalAgentConfig/import/recordHistory"] = "externalAgentConfig/import/recordHistory"
    params: ExternalAgentConfigImportHistoryRecordParams


class CommandMigration(WireModel):
    name: str


class HookMigration(WireModel):
    name: str


class McpServerMigration(WireModel):
    name: str


class PluginsMigration(WireModel):
    marketplace_name: str = Field(alias="marketplaceName")
    plugin_names: list[str] = Field(alias="pluginNames")


class SessionMigration(WireModel):
    cwd: str
    path: str
    title: str | None = None


class SkillMigration(WireModel):
    name: str


class SubagentMigration(WireModel):
    name: str


class MigrationDetails(WireModel):
    commands: list[CommandMigration] | None = Field(default=None, exclude_if=is_none)
    hooks: list[HookMigration] | None = Field(default=None, exclude_if=is_none)
    mcp_servers: list[McpServerMigration] | None = Field(default=None, alias="mcpServers", exclude_if=is_none)
    memory: list[str] | None = Field(default=None, exclude_if=is_none)
    plugins: list[PluginsMigration] | None = Field(default=None, exclude_if=is_none)
    sessions: list[SessionMigration] | None = Field(default=None, exclude_if=is_none)
    skills: list[SkillMigration] | None = Field(default=None, exclude_if=is_none)
    subagents: list[SubagentMigration] | None = Field(default=None, exclude_if=is_none)


class ExternalAgentConfigMigrationItem(WireModel):
    cwd: str | None = None
    """Null or empty means home-scoped migration; non-empty means repo-scoped migration."""
    description: str
    details: MigrationDetails | None = None
    item_type: ExternalAgentConfigMigrationItemType = Field(alias="itemType")


class ExternalAgentConfigImportParams(WireModel):
    migration_items: list[ExternalAgentConfigMigrationItem] = Field(alias="migrationItems")
    migration_source: str | None = Field(default=None, alias="migrationSource")
    """Migration-source selector used to produce the migration items. Pass the same value to detection and import;
    missing or unrecognized values use the default source.
    """
    provider_id: str | None = Field(default=None, alias="providerId")
    """Opaque provider identifier supplied by the caller for analytics attribution and import history display. This
    does not select the migration source.
    """
    source: str | None = None
    """Optional identifier for the product that initiated the import."""


class ExternalAgentConfigImportRequestMessage(TaggedWireModel):
    """``ClientRequestMessage`` with ``method: 'externalAgentConfig/import'``."""

    __wire_tags__ = ("method",)
    id: RequestId
    method: Literal["externalAgentConfig/import"] = "externalAgentConfig/import"
    params: ExternalAgentConfigImportParams


class FeedbackUploadParams(WireModel):
    classification: str
    extra_log_files: list[str] | None = Field(default=None, alias="extraLogFiles")
    include_logs: bool | None = Field(default=None, alias="includeLogs", exclude_if=is_none)
    reason: str | None = None
    tags: dict[str, str] | None = None
    thread_id: str | None = Field(default=None, alias="threadId")


class FeedbackUploadRequestMessage(TaggedWireModel):
    """``ClientRequestMessage`` with ``method: 'feedback/upload'``."""

    __wire_tags__ = ("method",)
    id: RequestId
    method: Literal["feedback/upload"] = "feedback/upload"
    params: FeedbackUploadParams


class FsCopyParams(WireModel):
    """Copy a file or directory tree on the host filesystem."""

    destination_path: AbsolutePathBuf = Field(alias="destinationPath")
    """Absolute destination path."""
    recursive: bool | None = Field(default=None, exclude_if=is_none)
    """Required for directory copies; ignored for file copies."""
    source_path: AbsolutePathBuf = Field(alias="sourcePath")
    """Absolute source path."""


class FsCopyRequestMessage(TaggedWireModel):
    """``ClientRequestMessage`` with ``method: 'fs/copy'``."""

    __wire_tags__ = ("method",)
    id: RequestId
    method: Literal["fs/copy"] = "fs/copy"
    params: FsCopyParams


class FsCreateDirectoryParams(WireModel):
    """Create a directory on the host filesystem."""

    path: AbsolutePathBuf
    """Absolute directory path to create."""
    recursive: bool | None = None
    """Whether parent directories should also be created. Defaults to `true`."""


class FsCreateDirectoryRequestMessage(TaggedWireModel):
    """``ClientRequestMessage`` with ``method: 'fs/createDirectory'``."""

    __wire_tags__ = ("method",)
    id: RequestId
    method: Literal["fs/createDirectory"] = "fs/createDirectory"
    params: FsCreateDirectoryParams


class FsGetMetadataParams(WireModel):
    """Request metadata for an absolute path."""

    path: AbsolutePathBuf
    """Absolute path to inspect."""


class FsGetMetadataRequestMessage(TaggedWireModel):
    """``ClientRequestMessage`` with ``method: 'fs/getMetadata'``."""

    __wire_tags__ = ("method",)
    id: RequestId
    method: Literal["fs/getMetadata"] = "fs/getMetadata"
    params: FsGetMetadataParams


class FsReadDirectoryParams(WireModel):
    """List direct child names for a directory."""

    path: AbsolutePathBuf
    """Absolute directory path to read."""


class FsReadDirectoryRequestMessage(TaggedWireModel):
    """``ClientRequestMessage`` with ``method: 'fs/readDirectory'``."""

    __wire_tags__ = ("method",)
    id: RequestId
    method: Literal["fs/readDirectory"] = "fs/readDirectory"
    params: FsReadDirectoryParams


class FsReadFileParams(WireModel):
    """Read a file from the host filesystem."""

    path: AbsolutePathBuf
    """Absolute path to read."""


class FsReadFileRequestMessage(TaggedWireModel):
    """``ClientRequestMessage`` with ``method: 'fs/readFile'``."""

    __wire_tags__ = ("method",)
    id: RequestId
    method: Literal["fs/readFile"] = "fs/readFile"
    params: FsReadFileParams


class FsRemoveParams(WireModel):
    """Remove a file or directory tree from the host filesystem."""

    force: bool | None = None
    """Whether missing paths should be ignored. Defaults to `true`."""
    path: AbsolutePathBuf
    """Absolute path to remove."""
    recursive: bool | None = None
    """Whether directory removal should recurse. Defaults to `true`."""


class FsRemoveRequestMessage(TaggedWireModel):
    """``ClientRequestMessage`` with ``method: 'fs/remove'``."""

    __wire_tags__ = ("method",)
    id: RequestId
    method: Literal["fs/remove"] = "fs/remove"
    params: FsRemoveParams


class FsUnwatchParams(WireModel):
    """Stop filesystem watch notifications for a prior `fs/watch`."""

    watch_id: str = Field(alias="watchId")
    """Watch identifier previously provided to `fs/watch`."""


class FsUnwatchRequestMessage(TaggedWireModel):
    """``ClientRequestMessage`` with ``method: 'fs/unwatch'``."""

    __wire_tags__ = ("method",)
    id: RequestId
    method: Literal["fs/unwatch"] = "fs/unwatch"
    params: FsUnwatchParams


class FsWatchParams(WireModel):
    """Start filesystem watch notifications for an absolute path."""

    path: AbsolutePathBuf
    """Absolute file or directory path to watch."""
    watch_id: str = Field(alias="watchId")
    """Connection-scoped watch identifier used for `fs/unwatch` and `fs/changed`."""


class FsWatchRequestMessage(TaggedWireModel):
    """``ClientRequestMessage`` with ``method: 'fs/watch'``."""

    __wire_tags__ = ("method",)
    id: RequestId
    method: Literal["fs/watch"] = "fs/watch"
    params: FsWatchParams


class FsWriteFileParams(WireModel):
    """Write a file on the host filesystem."""

    data_base64: str = Field(alias="dataBase64")
    """File contents encoded as base64."""
    path: AbsolutePathBuf
    """Absolute path to write."""


class FsWriteFileRequestMessage(TaggedWireModel):
    """``ClientRequestMessage`` with ``method: 'fs/writeFile'``."""

    __wire_tags__ = ("method",)
    id: RequestId
    method: Literal["fs/writeFile"] = "fs/writeFile"
    params: FsWriteFileParams


class FuzzyFileSearchParams(WireModel):
    cancellation_token: str | None = Field(default=None, alias="cancellationToken")
    query: str
    roots: list[str]


class FuzzyFileSearchRequestMessage(TaggedWireModel):
    """``ClientRequestMessage`` with ``method: 'fuzzyFileSearch'``."""

    __wire_tags__ = ("method",)
    id: RequestId
    method: Literal["fuzzyFileSearch"] = "fuzzyFileSearch"
    params: FuzzyFileSearchParams


class HooksListParams(WireModel):
    cwds: list[str] | None = Field(default=None, exclude_if=is_none)
    """When empty, defaults to the current session working directory."""


class HooksListRequestMessage(TaggedWireModel):
    """``ClientRequestMessage`` with ``method: 'hooks/list'``."""

    __wire_tags__ = ("method",)
    id: RequestId
    method: Literal["hooks/list"] = "hooks/list"
    params: HooksListParams


class InitializeCapabilities(WireModel):
    """Client-declared capabilities negotiated during initialize."""

    experimental_api: bool | None = Field(default=None, alias="experimentalApi", exclude_if=is_none)
    """Opt into receiving experimental API methods and fields."""
    explicit_gateway_oauth: bool | None = Field(default=None, alias="explicitGatewayOauth", exclude_if=is_none)
    """Use explicit gateway OAuth login instead of automatic browser authorization. Applies to this app-server's
    gateway runtime; later connections cannot undo it.
    """
    extensions: dict[str, Any] | None = None
    """MCP extension settings declared by the app-server client."""
    mcp_server_openai_form_elicitation: bool | None = Field(
        default=None, alias="mcpServerOpenaiFormElicitation", exclude_if=is_none,
    )
    """Legacy opt-in for the `openai/form` MCP extension.

    New clients should declare `openai/form` in [`Self::extensions`].
    """
    opt_out_notification_methods: list[str] | None = Field(default=None, alias="optOutNotificationMethods")
    """Exact notification method names that should be suppressed for this connection (for example `thread/started`)."""
    request_attestation: bool | None = Field(default=None, alias="requestAttestation", exclude_if=is_none)
    """Opt into `attestation/generate` requests for upstream `x-oai-attestation`."""


class InitializeParams(WireModel):
    capabilities: InitializeCapabilities | None = None
    client_info: ClientInfo = Field(alias="clientInfo")


class InitializeRequestMessage(TaggedWireModel):
    """``ClientRequestMessage`` with ``method: 'initialize'``."""

    __wire_tags__ = ("method",)
    id: RequestId
    method: Literal["initialize"] = "initialize"
    params: InitializeParams


class MarketplaceAddParams(WireModel):
    ref_name: str | None = Field(default=None, alias="refName")
    source: str
    sparse_paths: list[str] | None = Field(default=None, alias="sparsePaths")


class MarketplaceAddRequestMessage(TaggedWireModel):
    """``ClientRequestMessage`` with ``method: 'marketplace/add'``."""

    __wire_tags__ = ("method",)
    id: RequestId
    method: Literal["marketplace/add"] = "marketplace/add"
    params: MarketplaceAddParams


class MarketplaceRemoveParams(WireModel):
    marketplace_name: str = Field(alias="marketplaceName")


class MarketplaceRemoveRequestMessage(TaggedWireModel):
    """``ClientRequestMessage`` with ``method: 'marketplace/remove'``."""

    __wire_tags__ = ("method",)
    id: RequestId
    method: Literal["marketplace/remove"] = "marketplace/remove"
    params: MarketplaceRemoveParams


class MarketplaceUpgradeParams(WireModel):
    marketplace_name: str | None = Field(default=None, alias="marketplaceName")


class MarketplaceUpgradeRequestMessage(TaggedWireModel):
    """``ClientRequestMessage`` with ``method: 'marketplace/upgrade'``."""

    __wire_tags__ = ("method",)
    id: RequestId
    method: Literal["marketplace/upgrade"] = "marketplace/upgrade"
    params: MarketplaceUpgradeParams


class McpServerOauthLoginParams(WireModel):
    client_registration: McpServerOauthClientRegistration | None = Field(default=None, alias="clientRegistration")
    """Registration strategy for this login only; omission selects automatic discovery."""
    name: str
    scopes: list[str] | None = None
    thread_id: str | None = Field(default=None, alias="threadId")
    timeout_secs: int | None = Field(default=None, alias="timeoutSecs")


class McpServerOauthLoginRequestMessage(TaggedWireModel):
    """``ClientRequestMessage`` with ``method: 'mcpServer/oauth/login'``."""

    __wire_tags__ = ("method",)
    id: RequestId
    method: Literal["mcpServer/oauth/login"] = "mcpServer/oauth/login"
    params: McpServerOauthLoginParams


class McpResourceReadTarget(WireModel):
    connector_id: str = Field(alias="connectorId")
    link_id: str | None = Field(alias="linkId")
    """Null explicitly requests no-auth access, subject to the app's resource policy."""


class McpResourceReadParams(WireModel):
    connector_id: str | None = Field(default=None, alias="connectorId")
    origin_call_id: str | None = Field(default=None, alias="originCallId")
    """Originating MCP tool call used to select the resource's app."""
    server: str
    target: McpResourceReadTarget | None = None
    """Explicit hosted app/account. Omit to retain legacy resource discovery."""
    thread_id: str | None = Field(default=None, alias="threadId")
    uri: str


class McpServerResourceReadRequestMessage(TaggedWireModel):
    """``ClientRequestMessage`` with ``method: 'mcpServer/resource/read'``."""

    __wire_tags__ = ("method",)
    id: RequestId
    method: Literal["mcpServer/resource/read"] = "mcpServer/resource/read"
    params: McpResourceReadParams


class ListMcpServerStatusParams(WireModel):
    cursor: str | None = None
    """Opaque pagination cursor returned by a previous call."""
    detail: McpServerStatusDetail | None = None
    """Controls how much MCP inventory data to fetch for each server. Defaults to `Full` when omitted."""
    limit: int | None = None
    """Optional page size; defaults to a server-defined value."""
    server_name: str | None = Field(default=None, alias="serverName")
    """Limit discovery to one server. With a thread ID, reuse that thread's MCP connection."""
    thread_id: str | None = Field(default=None, alias="threadId")


class McpServerStatusListRequestMessage(TaggedWireModel):
    """``ClientRequestMessage`` with ``method: 'mcpServerStatus/list'``."""

    __wire_tags__ = ("method",)
    id: RequestId
    method: Literal["mcpServerStatus/list"] = "mcpServerStatus/list"
    params: ListMcpServerStatusParams


class McpServerToolCallParams(WireModel):
    meta: Any = Field(default=None, alias="_meta")
    arguments: Any = None
    server: str
    thread_id: str = Field(alias="threadId")
    tool: str


class McpServerToolCallRequestMessage(TaggedWireModel):
    """``ClientRequestMessage`` with ``method: 'mcpServer/tool/call'``."""

    __wire_tags__ = ("method",)
    id: RequestId
    method: Literal["mcpServer/tool/call"] = "mcpServer/tool/call"
    params: McpServerToolCallParams


class ModelListParams(WireModel):
    cursor: str | None = None
    """Opaque pagination cursor returned by a previous call."""
    include_hidden: bool | None = Field(default=None, alias="includeHidden")
    """When true, include models that are hidden from the default picker list."""
    limit: int | None = None
    """Optional page size; defaults to a reasonable server-side value."""


class ModelListRequestMessage(TaggedWireModel):
    """``ClientRequestMessage`` with ``method: 'model/list'``."""

    __wire_tags__ = ("method",)
    id: RequestId
    method: Literal["model/list"] = "model/list"
    params: ModelListParams


class ModelProviderCapabilitiesReadParams(WireModel):
    pass


class ModelProviderCapabilitiesReadRequestMessage(TaggedWireModel):
    """``ClientRequestMessage`` with ``method: 'modelProvider/capabilities/read'``."""

    __wire_tags__ = ("method",)
    id: RequestId
    method: Literal["modelProvider/capabilities/read"] = "modelProvider/capabilities/read"
    params: ModelProviderCapabilitiesReadParams


class PermissionProfileListParams(WireModel):
    cursor: str | None = None
    """Opaque pagination cursor returned by a previous call."""
    cwd: str | None = None
    """Optional working directory to resolve project config layers."""
    limit: int | None = None
    """Optional page size; defaults to the full result set."""


class PermissionProfileListRequestMessage(TaggedWireModel):
    """``ClientRequestMessage`` with ``method: 'permissionProfile/list'``."""

    __wire_tags__ = ("method",)
    id: RequestId
    method: Literal["permissionProfile/list"] = "permissionProfile/list"
    params: PermissionProfileListParams


class PluginInstallParams(WireModel):
    install_attempt_id: str | None = Field(default=None, alias="installAttemptId")
    """Client-generated identifier used to correlate one installation attempt."""
    marketplace_path: AbsolutePathBuf | None = Field(default=None, alias="marketplacePath")
    plugin_name: str = Field(alias="pluginName")
    remote_marketplace_name: str | None = Field(default=None, alias="remoteMarketplaceName")


class PluginInstallRequestMessage(TaggedWireModel):
    """``ClientRequestMessage`` with ``method: 'plugin/install'``."""

    __wire_tags__ = ("method",)
    id: RequestId
    method: Literal["plugin/install"] = "plugin/install"
    params: PluginInstallParams


class PluginInstalledParams(WireModel):
    cwds: list[AbsolutePathBuf] | None = None
    """Optional working directories used to discover repo marketplaces."""
    install_suggestion_plugin_names: list[str] | None = Field(default=None, alias="installSuggestionPluginNames")
    """Additional uninstalled plugin names that should be returned when present locally. This is used by mention
    surfaces that intentionally expose install entrypoints.
    """


class PluginInstalledRequestMessage(TaggedWireModel):
    """``ClientRequestMessage`` with ``method: 'plugin/installed'``."""

    __wire_tags__ = ("method",)
    id: RequestId
    method: Literal["plugin/installed"] = "plugin/installed"
    params: PluginInstalledParams


class PluginListParams(WireModel):
    cwds: list[AbsolutePathBuf] | None = None
    """Optional working directories used to discover repo marketplaces. When omitted, only home-scoped marketplaces
    and the official curated marketplace are considered.
    """
    force_refetch: bool | None = Field(default=None, alias="forceRefetch", exclude_if=is_none)
    """Whether the client requests a fresh remote plugin catalog fetch."""
    marketplace_kinds: list[PluginListMarketplaceKind] | None = Field(default=None, alias="marketplaceKinds")
    """Optional marketplace kind filter. When omitted, only local marketplaces are queried, plus the default remote
    catalog when enabled by feature flag.
    """


class PluginListRequestMessage(TaggedWireModel):
    """``ClientRequestMessage`` with ``method: 'plugin/list'``."""

    __wire_tags__ = ("method",)
    id: RequestId
    method: Literal["plugin/list"] = "plugin/list"
    params: PluginListParams


class PluginReadParams(WireModel):
    marketplace_path: AbsolutePathBuf | None = Field(default=None, alias="marketplacePath")
    plugin_name: str = Field(alias="pluginName")
    remote_marketplace_name: str | None = Field(default=None, alias="remoteMarketplaceName")


class PluginReadRequestMessage(TaggedWireModel):
    """``ClientRequestMessage`` with ``method: 'plugin/read'``."""

    __wire_tags__ = ("method",)
    id: RequestId
    method: Literal["plugin/read"] = "plugin/read"
    params: PluginReadParams


class PluginReconcileParams(WireModel):
    reason: str | None = None
    """Optional client-provided reason recorded with the reconciliation attempt."""


class PluginReconcileRequestMessage(TaggedWireModel):
    """``ClientRequestMessage`` with ``method: 'plugin/reconcile'``."""

    __wire_tags__ = ("method",)
    id: RequestId
    method: Literal["plugin/reconcile"] = "plugin/reconcile"
    params: PluginReconcileParams


class PluginShareCheckoutParams(WireModel):
    remote_plugin_id: str = Field(alias="remotePluginId")


class PluginShareCheckoutRequestMessage(TaggedWireModel):
    """``ClientRequestMessage`` with ``method: 'plugin/share/checkout'``."""

    __wire_tags__ = ("method",)
    id: RequestId
    method: Literal["plugin/share/checkout"] = "plugin/share/checkout"
    params: PluginShareCheckoutParams


class PluginShareDeleteParams(WireModel):
    remote_plugin_id: str = Field(alias="remotePluginId")


class PluginShareDeleteRequestMessage(TaggedWireModel):
    """``ClientRequestMessage`` with ``method: 'plugin/share/delete'``."""

    __wire_tags__ = ("method",)
    id: RequestId
    method: Literal["plugin/share/delete"] = "plugin/share/delete"
    params: PluginShareDeleteParams


class PluginShareListParams(WireModel):
    pass


class PluginShareListRequestMessage(TaggedWireModel):
    """``ClientRequestMessage`` with ``method: 'plugin/share/list'``."""

    __wire_tags__ = ("method",)
    id: RequestId
    method: Literal["plugin/share/list"] = "plugin/share/list"
    params: PluginShareListParams


class PluginShareTarget(WireModel):
    principal_id: str = Field(alias="principalId")
    principal_type: PluginSharePrincipalType = Field(alias="principalType")
    role: PluginShareTargetRole


class PluginShareSaveParams(WireModel):
    discoverability: PluginShareDiscoverability | None = None
    plugin_path: AbsolutePathBuf = Field(alias="pluginPath")
    remote_plugin_id: str | None = Field(default=None, alias="remotePluginId")
    share_targets: list[PluginShareTarget] | None = Field(default=None, alias="shareTargets")


class PluginShareSaveRequestMessage(TaggedWireModel):
    """``ClientRequestMessage`` with ``method: 'plugin/share/save'``."""

    __wire_tags__ = ("method",)
    id: RequestId
    method: Literal["plugin/share/save"] = "plugin/share/save"
    params: PluginShareSaveParams


class PluginShareUpdateTargetsParams(WireModel):
    discoverability: PluginShareUpdateDiscoverability
    remote_plugin_id: str = Field(alias="remotePluginId")
    share_targets: list[PluginShareTarget] = Field(alias="shareTargets")


class PluginShareUpdateTargetsRequestMessage(TaggedWireModel):
    """``ClientRequestMessage`` with ``method: 'plugin/share/updateTargets'``."""

    __wire_tags__ = ("method",)
    id: RequestId
    method: Literal["plugin/share/updateTargets"] = "plugin/share/updateTargets"
    params: PluginShareUpdateTargetsParams


class PluginSkillReadParams(WireModel):
    remote_marketplace_name: str = Field(alias="remoteMarketplaceName")
    remote_plugin_id: str = Field(alias="remotePluginId")
    skill_name: str = Field(alias="skillName")


class PluginSkillReadRequestMessage(TaggedWireModel):
    """``ClientRequestMessage`` with ``method: 'plugin/skill/read'``."""

    __wire_tags__ = ("method",)
    id: RequestId
    method: Literal["plugin/skill/read"] = "plugin/skill/read"
    params: PluginSkillReadParams


class PluginUninstallParams(WireModel):
    plugin_id: str = Field(alias="pluginId")


class PluginUninstallRequestMessage(TaggedWireModel):
    """``ClientRequestMessage`` with ``method: 'plugin/uninstall'``."""

    __wire_tags__ = ("method",)
    id: RequestId
    method: Literal["plugin/uninstall"] = "plugin/uninstall"
    params: PluginUninstallParams


class CommitReviewTarget(TaggedWireModel):
    """Review the changes introduced by a specific commit."""

    __wire_tags__ = ("type",)
    sha: str
    title: str | None = None
    """Optional human-readable label (e.g., commit subject) for UIs."""
    type: Literal["commit"] = "commit"


class CustomReviewTarget(TaggedWireModel):
    """Arbitrary instructions, equivalent to the old free-form prompt."""

    __wire_tags__ = ("type",)
    instructions: str
    type: Literal["custom"] = "custom"


class UncommittedChangesReviewTarget(TaggedWireModel):
    """Review the working tree: staged, unstaged, and untracked files."""

    __wire_tags__ = ("type",)
    type: Literal["uncommittedChanges"] = "uncommittedChanges"


class UnrecognizedReviewTarget(WireModel):
    """A ``ReviewTarget`` variant this schema does not know (a newer server?). Every field is kept as an extra."""

    type: str


ReviewTarget: TypeAlias = Annotated[
    Union[
        Annotated[UncommittedChangesReviewTarget, Tag("uncommittedChanges")],
        Annotated[BaseBranchReviewTarget, Tag("baseBranch")],
        Annotated[CommitReviewTarget, Tag("commit")],
        Annotated[CustomReviewTarget, Tag("custom")],
        Annotated[UnrecognizedReviewTarget, Tag(UNRECOGNIZED_TAG)],
    ],
    Discriminator(tag_discriminator("type", "type", ("uncommittedChanges", "baseBranch", "commit", "custom"))),
]


class ReviewStartParams(WireModel):
    delivery: ReviewDelivery | None = None
    """Where to run the review: inline (default) on the current thread or detached on a new thread (returned in
    `reviewThreadId`). Detached delivery is deprecated and emits `deprecationNotice`. Use `thread/start` followed
    by an inline review for a separate review thread.
    """
    target: ReviewTarget
    thread_id: str = Field(alias="threadId")


class ReviewStartRequestMessage(TaggedWireModel):
    """``ClientRequestMessage`` with ``method: 'review/start'``."""

    __wire_tags__ = ("method",)
    id: RequestId
    method: Literal["review/start"] = "review/start"
    params: ReviewStartParams


class SkillsConfigWriteParams(WireModel):
    enabled: bool
    name: str | None = None
    """Name-based selector."""
    path: AbsolutePathBuf | None = None
    """Path-based selector."""


class SkillsConfigWriteRequestMessage(TaggedWireModel):
    """``ClientRequestMessage`` with ``method: 'skills/config/write'``."""

    __wire_tags__ = ("method",)
    id: RequestId
    method: Literal["skills/config/write"] = "skills/config/write"
    params: SkillsConfigWriteParams


class SkillsExtraRootsSetParams(WireModel):
    extra_roots: list[AbsolutePathBuf] = Field(alias="extraRoots")


class SkillsExtraRootsSetRequestMessage(TaggedWireModel):
    """``ClientRequestMessage`` with ``method: 'skills/extraRoots/set'``."""

    __wire_tags__ = ("method",)
    id: RequestId
    method: Literal["skills/extraRoots/set"] = "skills/extraRoots/set"
    params: SkillsExtraRootsSetParams


class SkillsListParams(WireModel):
    cwds: list[str] | None = Field(default=None, exclude_if=is_none)
    """When empty, defaults to the current session working directory."""
    force_reload: bool | None = Field(default=None, alias="forceReload", exclude_if=is_none)
    """When true, bypass the skills cache and re-scan skills from disk."""


class SkillsListRequestMessage(TaggedWireModel):
    """``ClientRequestMessage`` with ``method: 'skills/list'``."""

    __wire_tags__ = ("method",)
    id: RequestId
    method: Literal["skills/list"] = "skills/list"
    params: SkillsListParams


class ThreadApproveGuardianDeniedActionParams(WireModel):
    event: Any
    """Serialized `codex_protocol::protocol::GuardianAssessmentEvent`."""
    thread_id: str = Field(alias="threadId")


class ThreadApproveGuardianDeniedActionRequestMessage(TaggedWireModel):
    """``ClientRequestMessage`` with ``method: 'thread/approveGuardianDeniedAction'``."""

    __wire_tags__ = ("method",)
    id: RequestId
    method: Literal["thread/approveGuardianDeniedAction"] = "thread/approveGuardianDeniedAction"
    params: ThreadApproveGuardianDeniedActionParams


class ThreadArchiveParams(WireModel):
    thread_id: str = Field(alias="threadId")


class ThreadArchiveRequestMessage(TaggedWireModel):
    """``ClientRequestMessage`` with ``method: 'thread/archive'``."""

    __wire_tags__ = ("method",)
    id: RequestId
    method: Literal["thread/archive"] = "thread/archive"
    params: ThreadArchiveParams


class ThreadAttachmentAddParams(WireModel):
    """Parameters for creating or locating an attachment on its owning thread."""

    attachment_type: str = Field(alias="attachmentType")
    identity_key: str = Field(alias="identityKey")
    payload: Any
    thread_id: str = Field(alias="threadId")


class ThreadAttachmentAddRequestMessage(TaggedWireModel):
    """``ClientRequestMessage`` with ``method: 'thread/attachment/add'``."""

    __wire_tags__ = ("method",)
    id: RequestId
    method: Literal["thread/attachment/add"] = "thread/attachment/add"
    params: ThreadAttachmentAddParams


class ThreadAttachmentListParams(WireModel):
    """Parameters for listing attachments from one thread."""

    cursor: str | None = None
    limit: int | None = None
    thread_id: str = Field(alias="threadId")


class ThreadAttachmentListRequestMessage(TaggedWireModel):
    """``ClientRequestMessage`` with ``method: 'thread/attachment/list'``."""

    __wire_tags__ = ("method",)
    id: RequestId
    method: Literal["thread/attachment/list"] = "thread/attachment/list"
    params: ThreadAttachmentListParams


class ThreadAttachmentOwnerListParams(WireModel):
    """Parameters for reverse lookup by attachment identity within this server's store."""

    archived: bool | None = None
    """Omitted or null returns all matches; false returns non-archived threads only."""
    attachment_type: str = Field(alias="attachmentType")
    cursor: str | None = None
    identity_key: str = Field(alias="identityKey")
    limit: int | None = None


class ThreadAttachmentOwnerListRequestMessage(TaggedWireModel):
    """``ClientRequestMessage`` with ``method: 'thread/attachmentOwner/list'``."""

    __wire_tags__ = ("method",)
    id: RequestId
    method: Literal["thread/attachmentOwner/list"] = "thread/attachmentOwner/list"
    params: ThreadAttachmentOwnerListParams


class ThreadAttachmentRemoveParams(WireModel):
    """Parameters for deleting an attachment by its stable thread-local identity."""

    attachment_type: str = Field(alias="attachmentType")
    identity_key: str = Field(alias="identityKey")
    thread_id: str = Field(alias="threadId")


class ThreadAttachmentRemoveRequestMessage(TaggedWireModel):
    """``ClientRequestMessage`` with ``method: 'thread/attachment/remove'``."""

    __wire_tags__ = ("method",)
    id: RequestId
    method: Literal["thread/attachment/remove"] = "thread/attachment/remove"
    params: ThreadAttachmentRemoveParams


class ThreadCompactStartParams(WireModel):
    thread_id: str = Field(alias="threadId")


class ThreadCompactStartRequestMessage(TaggedWireModel):
    """``ClientRequestMessage`` with ``method: 'thread/compact/start'``."""

    __wire_tags__ = ("method",)
    id: RequestId
    method: Literal["thread/compact/start"] = "thread/compact/start"
    params: ThreadCompactStartParams


class ThreadDeleteParams(WireModel):
    thread_id: str = Field(alias="threadId")


class ThreadDeleteRequestMessage(TaggedWireModel):
    """``ClientRequestMessage`` with ``method: 'thread/delete'``."""

    __wire_tags__ = ("method",)
    id: RequestId
    method: Literal["thread/delete"] = "thread/delete"
    params: ThreadDeleteParams


ThreadSource: TypeAlias = str


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


class ThreadForkRequestMessage(TaggedWireModel):
    """``ClientRequestMessage`` with ``method: 'thread/fork'``."""

    __wire_tags__ = ("method",)
    id: RequestId
    method: Literal["thread/fork"] = "thread/fork"
    params: ThreadForkParams


class ThreadGoalClearParams(WireModel):
    origin: ThreadGoalMutationOrigin | None = None
    """Missing provenance does not supply user authorization."""
    thread_id: str = Field(alias="threadId")


class ThreadGoalClearRequestMessage(TaggedWireModel):
    """``ClientRequestMessage`` with ``method: 'thread/goal/clear'``."""

    __wire_tags__ = ("method",)
    id: RequestId
    method: Literal["thread/goal/clear"] = "thread/goal/clear"
    params: ThreadGoalClearParams


class ThreadGoalGetParams(WireModel):
    thread_id: str = Field(alias="threadId")


class ThreadGoalGetRequestMessage(TaggedWireModel):
    """``ClientRequestMessage`` with ``method: 'thread/goal/get'``."""

    __wire_tags__ = ("method",)
    id: RequestId
    method: Literal["thread/goal/get"] = "thread/goal/get"
    params: ThreadGoalGetParams


class ThreadGoalSetParams(WireModel):
    objective: str | None = None
    origin: ThreadGoalMutationOrigin | None = None
    """Missing provenance does not supply user authorization."""
    status: ThreadGoalStatus | None = None
    thread_id: str = Field(alias="threadId")
    token_budget: int | None = Field(default=None, alias="tokenBudget")


class ThreadGoalSetRequestMessage(TaggedWireModel):
    """``ClientRequestMessage`` with ``method: 'thread/goal/set'``."""

    __wire_tags__ = ("method",)
    id: RequestId
    method: Literal["thread/goal/set"] = "thread/goal/set"
    params: ThreadGoalSetParams


class ThreadInjectItemsParams(WireModel):
    items: list[Any]
    """Raw Responses API items to append to the thread's model-visible history."""
    thread_id: str = Field(alias="threadId")


class ThreadInjectItemsRequestMessage(TaggedWireModel):
    """Append raw Responses API items to the thread history without starting a user turn."""

    __wire_tags__ = ("method",)
    id: RequestId
    method: Literal["thread/inject_items"] = "thread/inject_items"
    params: ThreadInjectItemsParams


class ItemThreadItemsListAnchor(TaggedWireModel):
    __wire_tags__ = ("type",)
    item_id: str = Field(alias="itemId")
    type: Literal["item"] = "item"


ThreadItemsListAnchor: TypeAlias = ItemThreadItemsListAnchor
"""An exclusive item position within the requested visible turn."""


ThreadItemsListCursor: TypeAlias = Union[
    str,
    ThreadItemsListAnchor,
]
"""Starting position for an item-history page."""


class ThreadItemsListParams(WireModel):
    cursor: ThreadItemsListCursor | None = None
    """Opaque continuation cursor or an exclusive item anchor in the requested visible turn. An item anchor requires
    a non-empty `turnId`; ascending (the default) returns items after it, and descending returns items before it.
    Continue with the returned string cursor.
    """
    limit: int | None = None
    """Optional item page size."""
    sort_direction: SortDirection | None = Field(default=None, alias="sortDirection")
    """Optional item pagination direction; defaults to ascending."""
    thread_id: str = Field(alias="threadId")
    turn_id: str | None = Field(default=None, alias="turnId")
    """Optional turn id to filter by. When omitted, returns items across the thread."""


class ThreadItemsListRequestMessage(TaggedWireModel):
    """``ClientRequestMessage`` with ``method: 'thread/items/list'``."""

    __wire_tags__ = ("method",)
    id: RequestId
    method: Literal["thread/items/list"] = "thread/items/list"
    params: ThreadItemsListParams


ThreadListCwdFilter: TypeAlias = Union[
    str,
    list[str],
]


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


class ThreadListRequestMessage(TaggedWireModel):
    """``ClientRequestMessage`` with ``method: 'thread/list'``."""

    __wire_tags__ = ("method",)
    id: RequestId
    method: Literal["thread/list"] = "thread/list"
    params: ThreadListParams


class ThreadLoadedListParams(WireModel):
    cursor: str | None = None
    """Opaque pagination cursor returned by a previous call."""
    limit: int | None = None
    """Optional page size; defaults to no limit."""


class ThreadLoadedListRequestMessage(TaggedWireModel):
    """``ClientRequestMessage`` with ``method: 'thread/loaded/list'``."""

    __wire_tags__ = ("method",)
    id: RequestId
    method: Literal["thread/loaded/list"] = "thread/loaded/list"
    params: ThreadLoadedListParams


class ThreadMetadataGitInfoUpdateParams(WireModel):
    branch: str | None = None
    """Omit to leave the stored branch unchanged, set to `null` to clear it, or provide a non-empty string to replace
    it.
    """
    origin_url: str | None = Field(default=None, alias="originUrl")
    """Omit to leave the stored origin URL unchanged, set to `null` to clear it, or provide a non-empty string to
    replace it.
    """
    sha: str | None = None
    """Omit to leave the stored commit unchanged, set to `null` to clear it, or provide a non-empty string to replace
    it.
    """


class ThreadMetadataUpdateParams(WireModel):
    git_info: ThreadMetadataGitInfoUpdateParams | None = Field(default=None, alias="gitInfo")
    """Patch the stored Git metadata for this thread. Omit a field to leave it unchanged, set it to `null` to clear
    it, or provide a string to replace the stored value.
    """
    thread_id: str = Field(alias="threadId")


class ThreadMetadataUpdateRequestMessage(TaggedWireModel):
    """``ClientRequestMessage`` with ``method: 'thread/metadata/update'``."""

    __wire_tags__ = ("method",)
    id: RequestId
    method: Literal["thread/metadata/update"] = "thread/metadata/update"
    params: ThreadMetadataUpdateParams


class ThreadSetNameParams(WireModel):
    name: str
    thread_id: str = Field(alias="threadId")


class ThreadNameSetRequestMessage(TaggedWireModel):
    """``ClientRequestMessage`` with ``method: 'thread/name/set'``."""

    __wire_tags__ = ("method",)
    id: RequestId
    method: Literal["thread/name/set"] = "thread/name/set"
    params: ThreadSetNameParams


class ThreadReadParams(WireModel):
    include_turns: bool | None = Field(default=None, alias="includeTurns", exclude_if=is_none)
    """When true, include turns and their items from rollout history. Full-history hydration is deprecated for
    paginated threads; prefer a metadata-only read and page with `thread/turns/list` and `thread/items/list`.
    """
    thread_id: str = Field(alias="threadId")


class ThreadReadRequestMessage(TaggedWireModel):
    """``ClientRequestMessage`` with ``method: 'thread/read'``."""

    __wire_tags__ = ("method",)
    id: RequestId
    method: Literal["thread/read"] = "thread/read"
    params: ThreadReadParams


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


class ThreadResumeRequestMessage(TaggedWireModel):
    """``ClientRequestMessage`` with ``method: 'thread/resume'``."""

    __wire_tags__ = ("method",)
    id: RequestId
    method: Literal["thread/resume"] = "thread/resume"
    params: ThreadResumeParams


class ThreadRevertParams(WireModel):
    """Replace a paginated thread's durable history with the prefix before one turn.

    This only changes persisted conversation history. It does not revert local file changes.
    """

    before_turn_id: str = Field(alias="beforeTurnId")
    """Turn excluded from the replacement history, together with every later turn."""
    thread_id: str = Field(alias="threadId")


class ThreadRevertRequestMessage(TaggedWireModel):
    """``ClientRequestMessage`` with ``method: 'thread/revert'``."""

    __wire_tags__ = ("method",)
    id: RequestId
    method: Literal["thread/revert"] = "thread/revert"
    params: ThreadRevertParams


class ThreadSectionAppearance(WireModel):
    """Extensible visual presentation for a custom thread section."""

    color: str | None = None
    icon: str | None = None


class ThreadSectionCreateParams(WireModel):
    """Parameters for creating an independently persisted thread section."""

    appearance: ThreadSectionAppearance | None = None
    name: str
    """The user-visible name of the section."""


class ThreadSectionCreateRequestMessage(TaggedWireModel):
    """``ClientRequestMessage`` with ``method: 'threadSection/create'``."""

    __wire_tags__ = ("method",)
    id: RequestId
    method: Literal["threadSection/create"] = "threadSection/create"
    params: ThreadSectionCreateParams


class ThreadSectionDeleteParams(WireModel):
    """Parameters for deleting an independently persisted thread section."""

    section_id: str = Field(alias="sectionId")
    """The stable, server-generated identity of the section to delete."""


class ThreadSectionDeleteRequestMessage(TaggedWireModel):
    """``ClientRequestMessage`` with ``method: 'threadSection/delete'``."""

    __wire_tags__ = ("method",)
    id: RequestId
    method: Literal["threadSection/delete"] = "threadSection/delete"
    params: ThreadSectionDeleteParams


class ThreadSectionListParams(WireModel):
    """Parameters for listing independently persisted thread sections."""

    cursor: str | None = None
    """Opaque pagination cursor returned by a previous call."""
    limit: int | None = None
    """Maximum number of sections to return."""


class ThreadSectionListRequestMessage(TaggedWireModel):
    """``ClientRequestMessage`` with ``method: 'threadSection/list'``."""

    __wire_tags__ = ("method",)
    id: RequestId
    method: Literal["threadSection/list"] = "threadSection/list"
    params: ThreadSectionListParams


class ThreadSectionMoveParams(WireModel):
    """Parameters for moving a thread within a server-owned section ordering."""

    before_thread_id: str | None = Field(default=None, alias="beforeThreadId")
    """Existing thread to insert before; omission or null appends to the section."""
    section_id: str | None = Field(alias="sectionId")
    """Destination section, or `null` to remove the thread from its section."""
    thread_id: str = Field(alias="threadId")
    """Thread to move into, within, or out of a section."""


class ThreadSectionMoveRequestMessage(TaggedWireModel):
    """``ClientRequestMessage`` with ``method: 'thread/section/move'``."""

    __wire_tags__ = ("method",)
    id: RequestId
    method: Literal["thread/section/move"] = "thread/section/move"
    params: ThreadSectionMoveParams


class ThreadSectionUpdateParams(WireModel):
    """Parameters for updating an independently persisted thread section."""

    appearance: ThreadSectionAppearance | None = None
    """Omit to preserve appearance, use `null` to clear it, or provide a replacement."""
    name: str
    """The updated user-visible name of the section."""
    section_id: str = Field(alias="sectionId")
    """The stable, server-generated identity of the section to update."""


class ThreadSectionUpdateRequestMessage(TaggedWireModel):
    """``ClientRequestMessage`` with ``method: 'threadSection/update'``."""

    __wire_tags__ = ("method",)
    id: RequestId
    method: Literal["threadSection/update"] = "threadSection/update"
    params: ThreadSectionUpdateParams


class ThreadShellCommandParams(WireModel):
    command: str
    """Shell command string evaluated by the thread's configured shell. Unlike `command/exec`, this intentionally
    preserves shell syntax such as pipes, redirects, and quoting. This runs unsandboxed with full access rather
    than inheriting the thread sandbox policy.
    """
    thread_id: str = Field(alias="threadId")
    timeout_ms: int | None = Field(default=None, alias="timeoutMs")
    """Maximum execution time in milliseconds. Defaults to one hour when omitted or null. Must be non-negative; zero
    requests an immediate timeout, not unlimited execution. Does not affect the immediate RPC acknowledgement.
    """


class ThreadShellCommandRequestMessage(TaggedWireModel):
    """``ClientRequestMessage`` with ``method: 'thread/shellCommand'``."""

    __wire_tags__ = ("method",)
    id: RequestId
    method: Literal["thread/shellCommand"] = "thread/shellCommand"
    params: ThreadShellCommandParams


class ThreadStartParams(WireModel):
    approval_policy: AskForApproval | None = Field(default=None, alias="approvalPolicy")
    approvals_reviewer: ApprovalsReviewer | None = Field(default=None, alias="approvalsReviewer")
    """Override where approval requests are routed for review on this thread and subsequent turns."""
    base_instructions: str | None = Field(default=None, alias="baseInstructions")
    config: dict[str, Any] | None = None
    cwd: str | None = None
    developer_instructions: str | None = Field(default=None, alias="developerInstructions")
    ephemeral: bool | None = None
    model: str | None = None
    model_provider: str | None = Field(default=None, alias="modelProvider")
    personality: Personality | None = None
    """@deprecated `friendly` and `pragmatic` no longer select a style."""
    sandbox: SandboxMode | None = None
    service_name: str | None = Field(default=None, alias="serviceName")
    service_tier: str | None = Field(default=None, alias="serviceTier")
    session_start_source: ThreadStartSource | None = Field(default=None, alias="sessionStartSource")
    thread_source: ThreadSource | None = Field(default=None, alias="threadSource")
    """Optional client-supplied analytics source classification for this thread."""


class ThreadStartRequestMessage(TaggedWireModel):
    """NEW APIs"""

    __wire_tags__ = ("method",)
    id: RequestId
    method: Literal["thread/start"] = "thread/start"
    params: ThreadStartParams


class ThreadTurnsListParams(WireModel):
    cursor: str | None = None
    """Opaque cursor to pass to the next call to continue after the last turn."""
    items_view: TurnItemsView | None = Field(default=None, alias="itemsView")
    """How much item detail to include for each returned turn; defaults to summary."""
    limit: int | None = None
    """Optional turn page size."""
    sort_direction: SortDirection | None = Field(default=None, alias="sortDirection")
    """Optional turn pagination direction; defaults to descending."""
    thread_id: str = Field(alias="threadId")


class ThreadTurnsListRequestMessage(TaggedWireModel):
    """``ClientRequestMessage`` with ``method: 'thread/turns/list'``."""

    __wire_tags__ = ("method",)
    id: RequestId
    method: Literal["thread/turns/list"] = "thread/turns/list"
    params: ThreadTurnsListParams


class ThreadUnarchiveParams(WireModel):
    thread_id: str = Field(alias="threadId")


class ThreadUnarchiveRequestMessage(TaggedWireModel):
    """``ClientRequestMessage`` with ``method: 'thread/unarchive'``."""

    __wire_tags__ = ("method",)
    id: RequestId
    method: Literal["thread/unarchive"] = "thread/unarchive"
    params: ThreadUnarchiveParams


class ThreadUnsubscribeParams(WireModel):
    thread_id: str = Field(alias="threadId")


class ThreadUnsubscribeRequestMessage(TaggedWireModel):
    """``ClientRequestMessage`` with ``method: 'thread/unsubscribe'``."""

    __wire_tags__ = ("method",)
    id: RequestId
    method: Literal["thread/unsubscribe"] = "thread/unsubscribe"
    params: ThreadUnsubscribeParams


class TurnInterruptParams(WireModel):
    thread_id: str = Field(alias="threadId")
    turn_id: str = Field(alias="turnId")


class TurnInterruptRequestMessage(TaggedWireModel):
    """``ClientRequestMessage`` with ``method: 'turn/interrupt'``."""

    __wire_tags__ = ("method",)
    id: RequestId
    method: Literal["turn/interrupt"] = "turn/interrupt"
    params: TurnInterruptParams


ReasoningEffort: TypeAlias = str
"""A non-empty reasoning effort value advertised by the model."""


class EncryptedContentFunctionCallOutputContentItem(TaggedWireModel):
    """``FunctionCallOutputContentItem`` with ``type: 'encrypted_content'``."""

    __wire_tags__ = ("type",)
    encrypted_content: str
    type: Literal["encrypted_content"] = "encrypted_content"


class InputAudioFunctionCallOutputContentItem(TaggedWireModel):
    """``FunctionCallOutputContentItem`` with ``type: 'input_audio'``."""

    __wire_tags__ = ("type",)
    audio_url: str
    type: Literal["input_audio"] = "input_audio"


class InputImageFunctionCallOutputContentItem(TaggedWireModel):
    """``FunctionCallOutputContentItem`` with ``type: 'input_image'``."""

    __wire_tags__ = ("type",)
    detail: ImageDetail | None = None
    file_id: str | None = Field(default=None, exclude_if=is_none)
    image_url: str | None = Field(default=None, exclude_if=is_none)
    type: Literal["input_image"] = "input_image"


class InputTextFunctionCallOutputContentItem(TaggedWireModel):
    """``FunctionCallOutputContentItem`` with ``type: 'input_text'``."""

    __wire_tags__ = ("type",)
    text: str
    type: Literal["input_text"] = "input_text"


class UnrecognizedFunctionCallOutputContentItem(WireModel):
    """A ``FunctionCallOutputContentItem`` variant this schema does not know (a newer server?). Every field is kept
    as an extra.
    """

    type: str


FunctionCallOutputContentItem: TypeAlias = Annotated[
    Union[
        Annotated[InputTextFunctionCallOutputContentItem, Tag("input_text")],
        Annotated[InputImageFunctionCallOutputContentItem, Tag("input_image")],
        Annotated[InputAudioFunctionCallOutputContentItem, Tag("input_audio")],
        Annotated[EncryptedContentFunctionCallOutputContentItem, Tag("encrypted_content")],
        Annotated[UnrecognizedFunctionCallOutputContentItem, Tag(UNRECOGNIZED_TAG)],
    ],
    Discriminator(tag_discriminator("type", "type", ("input_text", "input_image", "input_audio", "encrypted_content"))),
]
"""Responses API compatible content items that can be returned by a tool call. This is a subset of ContentItem with
the types we support as function call outputs.
"""


FunctionCallOutputBody: TypeAlias = Union[
    str,
    list[FunctionCallOutputContentItem],
]


class TurnToolOutput(WireModel):
    name: str
    namespace: str | None = None
    output: FunctionCallOutputBody
    retain: bool | None = Field(default=None, exclude_if=is_none)
    """Requests retention of this output in the thread's model history."""


class ImageUserInput(TaggedWireModel):
    """``UserInput`` with ``type: 'image'``."""

    __wire_tags__ = ("type",)
    detail: ImageDetail | None = None
    file_id: str | None = Field(default=None, alias="fileId", exclude_if=is_none)
    type: Literal["image"] = "image"
    url: str | None = Field(default=None, exclude_if=is_none)


class LocalAudioUserInput(TaggedWireModel):
    """``UserInput`` with ``type: 'localAudio'``."""

    __wire_tags__ = ("type",)
    path: str
    type: Literal["localAudio"] = "localAudio"


class LocalImageUserInput(TaggedWireModel):
    """``UserInput`` with ``type: 'localImage'``."""

    __wire_tags__ = ("type",)
    detail: ImageDetail | None = None
    path: str
    type: Literal["localImage"] = "localImage"


class MentionUserInput(TaggedWireModel):
    """``UserInput`` with ``type: 'mention'``."""

    __wire_tags__ = ("type",)
    name: str
    path: str
    type: Literal["mention"] = "mention"


class SkillUserInput(TaggedWireModel):
    """``UserInput`` with ``type: 'skill'``."""

    __wire_tags__ = ("type",)
    name: str
    path: str
    type: Literal["skill"] = "skill"


class TextElement(WireModel):
    byte_range: ByteRange = Field(alias="byteRange")
    """Byte range in the parent `text` buffer that this element occupies."""
    placeholder: str | None = None
    """Optional human-readable placeholder for the element, displayed in the UI."""


class TextUserInput(TaggedWireModel):
    """``UserInput`` with ``type: 'text'``."""

    __wire_tags__ = ("type",)
    text: str
    text_elements: list[TextElement] | None = Field(default=None, exclude_if=is_none)
    """UI-defined spans within `text` used to render or persist special elements."""
    type: Literal["text"] = "text"


class UnrecognizedUserInput(WireModel):
    """A ``UserInput`` variant this schema does not know (a newer server?). Every field is kept as an extra."""

    type: str


UserInput: TypeAlias = Annotated[
    Union[
        Annotated[TextUserInput, Tag("text")],
        Annotated[ImageUserInput, Tag("image")],
        Annotated[LocalImageUserInput, Tag("localImage")],
        Annotated[AudioUserInput, Tag("audio")],
        Annotated[LocalAudioUserInput, Tag("localAudio")],
        Annotated[SkillUserInput, Tag("skill")],
        Annotated[MentionUserInput, Tag("mention")],
        Annotated[UnrecognizedUserInput, Tag(UNRECOGNIZED_TAG)],
    ],
    Discriminator(
        tag_discriminator("type", "type", ("text", "image", "localImage", "audio", "localAudio", "skill", "mention")),
    ),
]


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


class TurnStartRequestMessage(TaggedWireModel):
    """``ClientRequestMessage`` with ``method: 'turn/start'``."""

    __wire_tags__ = ("method",)
    id: RequestId
    method: Literal["turn/start"] = "turn/start"
    params: TurnStartParams


class TurnSteerParams(WireModel):
    client_user_message_id: str | None = Field(default=None, alias="clientUserMessageId")
    expected_turn_id: str = Field(alias="expectedTurnId")
    """Required active turn id precondition. The request fails when it does not match the currently active turn."""
    input: list[UserInput]
    thread_id: str = Field(alias="threadId")


class TurnSteerRequestMessage(TaggedWireModel):
    """``ClientRequestMessage`` with ``method: 'turn/steer'``."""

    __wire_tags__ = ("method",)
    id: RequestId
    method: Literal["turn/steer"] = "turn/steer"
    params: TurnSteerParams


class UnrecognizedClientRequestMessage(WireModel):
    """A ``ClientRequestMessage`` variant this schema does not know (a newer server?). Every field is kept as an
    extra.
    """

    method: str


class WindowsSandboxReadinessRequestMessage(TaggedWireModel):
    """``ClientRequestMessage`` with ``method: 'windowsSandbox/readiness'``."""

    __wire_tags__ = ("method",)
    id: RequestId
    method: Literal["windowsSandbox/readiness"] = "windowsSandbox/readiness"
    params: None = Field(default=None, exclude_if=is_none)


class WindowsSandboxSetupStartParams(WireModel):
    cwd: AbsolutePathBuf | None = None
    mode: WindowsSandboxSetupMode


class WindowsSandboxSetupStartRequestMessage(TaggedWireModel):
    """``ClientRequestMessage`` with ``method: 'windowsSandbox/setupStart'``."""

    __wire_tags__ = ("method",)
    id: RequestId
    method: Literal["windowsSandbox/setupStart"] = "windowsSandbox/setupStart"
    params: WindowsSandboxSetupStartParams


ClientRequestMessage: TypeAlias = Annotated[
    Union[
        Annotated[InitializeRequestMessage, Tag("initialize")],
        Annotated[ThreadStartRequestMessage, Tag("thread/start")],
        Annotated[ThreadResumeRequestMessage, Tag("thread/resume")],
        Annotated[ThreadForkRequestMessage, Tag("thread/fork")],
        Annotated[ThreadArchiveRequestMessage, Tag("thread/archive")],
        Annotated[ThreadDeleteRequestMessage, Tag("thread/delete")],
        Annotated[ThreadUnsubscribeRequestMessage, Tag("thread/unsubscribe")],
        Annotated[ThreadNameSetRequestMessage, Tag("thread/name/set")],
        Annotated[ThreadGoalSetRequestMessage, Tag("thread/goal/set")],
        Annotated[ThreadGoalGetRequestMessage, Tag("thread/goal/get")],
        Annotated[ThreadGoalClearRequestMessage, Tag("thread/goal/clear")],
        Annotated[ThreadMetadataUpdateRequestMessage, Tag("thread/metadata/update")],
        Annotated[ThreadAttachmentAddRequestMessage, Tag("thread/attachment/add")],
        Annotated[ThreadAttachmentListRequestMessage, Tag("thread/attachment/list")],
        Annotated[ThreadAttachmentOwnerListRequestMessage, Tag("thread/attachmentOwner/list")],
        Annotated[ThreadAttachmentRemoveRequestMessage, Tag("thread/attachment/remove")],
        Annotated[ThreadSectionMoveRequestMessage, Tag("thread/section/move")],
        Annotated[ThreadUnarchiveRequestMessage, Tag("thread/unarchive")],
        Annotated[ThreadCompactStartRequestMessage, Tag("thread/compact/start")],
        Annotated[ThreadShellCommandRequestMessage, Tag("thread/shellCommand")],
        Annotated[ThreadApproveGuardianDeniedActionRequestMessage, Tag("thread/approveGuardianDeniedAction")],
        Annotated[ThreadRevertRequestMessage, Tag("thread/revert")],
        Annotated[ThreadListRequestMessage, Tag("thread/list")],
        Annotated[ThreadSectionListRequestMessage, Tag("threadSection/list")],
        Annotated[ThreadSectionCreateRequestMessage, Tag("threadSection/create")],
        Annotated[ThreadSectionUpdateRequestMessage, Tag("threadSection/update")],
        Annotated[ThreadSectionDeleteRequestMessage, Tag("threadSection/delete")],
        Annotated[ThreadLoadedListRequestMessage, Tag("thread/loaded/list")],
        Annotated[ThreadReadRequestMessage, Tag("thread/read")],
        Annotated[ThreadTurnsListRequestMessage, Tag("thread/turns/list")],
        Annotated[ThreadItemsListRequestMessage, Tag("thread/items/list")],
        Annotated[ThreadInjectItemsRequestMessage, Tag("thread/inject_items")],
        Annotated[SkillsListRequestMessage, Tag("skills/list")],
        Annotated[SkillsExtraRootsSetRequestMessage, Tag("skills/extraRoots/set")],
        Annotated[HooksListRequestMessage, Tag("hooks/list")],
        Annotated[MarketplaceAddRequestMessage, Tag("marketplace/add")],
        Annotated[MarketplaceRemoveRequestMessage, Tag("marketplace/remove")],
        Annotated[MarketplaceUpgradeRequestMessage, Tag("marketplace/upgrade")],
        Annotated[PluginListRequestMessage, Tag("plugin/list")],
        Annotated[PluginInstalledRequestMessage, Tag("plugin/installed")],
        Annotated[PluginReconcileRequestMessage, Tag("plugin/reconcile")],
        Annotated[PluginReadRequestMessage, Tag("plugin/read")],
        Annotated[PluginSkillReadRequestMessage, Tag("plugin/skill/read")],
        Annotated[PluginShareSaveRequestMessage, Tag("plugin/share/save")],
        Annotated[PluginShareUpdateTargetsRequestMessage, Tag("plugin/share/updateTargets")],
        Annotated[PluginShareListRequestMessage, Tag("plugin/share/list")],
        Annotated[PluginShareCheckoutRequestMessage, Tag("plugin/share/checkout")],
        Annotated[PluginShareDeleteRequestMessage, Tag("plugin/share/delete")],
        Annotated[AppReadRequestMessage, Tag("app/read")],
        Annotated[AppListRequestMessage, Tag("app/list")],
        Annotated[AppInstalledRequestMessage, Tag("app/installed")],
        Annotated[FsReadFileRequestMessage, Tag("fs/readFile")],
        Annotated[FsWriteFileRequestMessage, Tag("fs/writeFile")],
        Annotated[FsCreateDirectoryRequestMessage, Tag("fs/createDirectory")],
        Annotated[FsGetMetadataRequestMessage, Tag("fs/getMetadata")],
        Annotated[FsReadDirectoryRequestMessage, Tag("fs/readDirectory")],
        Annotated[FsRemoveRequestMessage, Tag("fs/remove")],
        Annotated[FsCopyRequestMessage, Tag("fs/copy")],
        Annotated[FsWatchRequestMessage, Tag("fs/watch")],
        Annotated[FsUnwatchRequestMessage, Tag("fs/unwatch")],
        Annotated[SkillsConfigWriteRequestMessage, Tag("skills/config/write")],
        Annotated[PluginInstallRequestMessage, Tag("plugin/install")],
        Annotated[PluginUninstallRequestMessage, Tag("plugin/uninstall")],
        Annotated[TurnStartRequestMessage, Tag("turn/start")],
        Annotated[TurnSteerRequestMessage, Tag("turn/steer")],
        Annotated[TurnInterruptRequestMessage, Tag("turn/interrupt")],
        Annotated[ReviewStartRequestMessage, Tag("review/start")],
        Annotated[ModelListRequestMessage, Tag("model/list")],
        Annotated[AccountGatewayOAuthReadRequestMessage, Tag("account/gatewayOAuth/read")],
        Annotated[AccountGatewayOAuthLoginRequestMessage, Tag("account/gatewayOAuth/login")],
        Annotated[AccountGatewayOAuthCancelRequestMessage, Tag("account/gatewayOAuth/cancel")],
        Annotated[ModelProviderCapabilitiesReadRequestMessage, Tag("modelProvider/capabilities/read")],
        Annotated[ExperimentalFeatureListRequestMessage, Tag("experimentalFeature/list")],
        Annotated[PermissionProfileListRequestMessage, Tag("permissionProfile/list")],
        Annotated[ExperimentalFeatureEnablementSetRequestMessage, Tag("experimentalFeature/enablement/set")],
        Annotated[McpServerOauthLoginRequestMessage, Tag("mcpServer/oauth/login")],
        Annotated[ConfigMcpServerReloadRequestMessage, Tag("config/mcpServer/reload")],
        Annotated[McpServerStatusListRequestMessage, Tag("mcpServerStatus/list")],
        Annotated[McpServerResourceReadRequestMessage, Tag("mcpServer/resource/read")],
        Annotated[McpServerToolCallRequestMessage, Tag("mcpServer/tool/call")],
        Annotated[WindowsSandboxSetupStartRequestMessage, Tag("windowsSandbox/setupStart")],
        Annotated[WindowsSandboxReadinessRequestMessage, Tag("windowsSandbox/readiness")],
        Annotated[AccountLoginStartRequestMessage, Tag("account/login/start")],
        Annotated[AccountLoginCancelRequestMessage, Tag("account/login/cancel")],
        Annotated[AccountLogoutRequestMessage, Tag("account/logout")],
        Annotated[AccountRateLimitsReadRequestMessage, Tag("account/rateLimits/read")],
        Annotated[AccountRateLimitResetCreditConsumeRequestMessage, Tag("account/rateLimitResetCredit/consume")],
        Annotated[AccountUsageReadRequestMessage, Tag("account/usage/read")],
        Annotated[AccountWorkspaceMessagesReadRequestMessage, Tag("account/workspaceMessages/read")],
        Annotated[AccountSendAddCreditsNudgeEmailRequestMessage, Tag("account/sendAddCreditsNudgeEmail")],
        Annotated[FeedbackUploadRequestMessage, Tag("feedback/upload")],
        Annotated[CommandExecRequestMessage, Tag("command/exec")],
        Annotated[CommandExecWriteRequestMessage, Tag("command/exec/write")],
        Annotated[CommandExecTerminateRequestMessage, Tag("command/exec/terminate")],
        Annotated[CommandExecResizeRequestMessage, Tag("command/exec/resize")],
        Annotated[ConfigReadRequestMessage, Tag("config/read")],
        Annotated[ExternalAgentConfigDetectRequestMessage, Tag("externalAgentConfig/detect")],
        Annotated[ExternalAgentConfigImportRequestMessage, Tag("externalAgentConfig/import")],
        Annotated[ExternalAgentConfigImportRecordHistoryRequestMessage, Tag("externalAgentConfig/import/recordHistory")],
        Annotated[ExternalAgentConfigImportReadHistoriesRequestMessage, Tag("externalAgentConfig/import/readHistories")],
        Annotated[ConfigValueWriteRequestMessage, Tag("config/value/write")],
        Annotated[ConfigBatchWriteRequestMessage, Tag("config/batchWrite")],
        Annotated[ConfigRequirementsReadRequestMessage, Tag("configRequirements/read")],
        Annotated[AccountReadRequestMessage, Tag("account/read")],
        Annotated[FuzzyFileSearchRequestMessage, Tag("fuzzyFileSearch")],
        Annotated[UnrecognizedClientRequestMessage, Tag(UNRECOGNIZED_TAG)],
    ],
    Discriminator(
        tag_discriminator(
            "method",
            "method",
            (
                "initialize",
                "thread/start",
                "thread/resume",
                "thread/fork",
                "thread/archive",
                "thread/delete",
                "thread/unsubscribe",
                "thread/name/set",
                "thread/goal/set",
                "thread/goal/get",
                "thread/goal/clear",
                "thread/metadata/update",
                "thread/attachment/add",
                "thread/attachment/list",
                "thread/attachmentOwner/list",
                "thread/attachment/remove",
                "thread/section/move",
                "thread/unarchive",
                "thread/compact/start",
                "thread/shellCommand",
                "thread/approveGuardianDeniedAction",
                "thread/revert",
                "thread/list",
                "threadSection/list",
                "threadSection/create",
                "threadSection/update",
                "threadSection/delete",
                "thread/loaded/list",
                "thread/read",
                "thread/turns/list",
                "thread/items/list",
                "thread/inject_items",
                "skills/list",
                "skills/extraRoots/set",
                "hooks/list",
                "marketplace/add",
                "marketplace/remove",
                "marketplace/upgrade",
                "plugin/list",
                "plugin/installed",
                "plugin/reconcile",
                "plugin/read",
                "plugin/skill/read",
                "plugin/share/save",
                "plugin/share/updateTargets",
                "plugin/share/list",
                "plugin/share/checkout",
                "plugin/share/delete",
                "app/read",
                "app/list",
                "app/installed",
                "fs/readFile",
                "fs/writeFile",
                "fs/createDirectory",
                "fs/getMetadata",
                "fs/readDirectory",
                "fs/remove",
                "fs/copy",
                "fs/watch",
                "fs/unwatch",
                "skills/config/write",
                "plugin/install",
                "plugin/uninstall",
                "turn/start",
                "turn/steer",
                "turn/interrupt",
                "review/start",
                "model/list",
                "account/gatewayOAuth/read",
                "account/gatewayOAuth/login",
                "account/gatewayOAuth/cancel",
                "modelProvider/capabilities/read",
                "experimentalFeature/list",
                "permissionProfile/list",
                "experimentalFeature/enablement/set",
                "mcpServer/oauth/login",
                "config/mcpServer/reload",
                "mcpServerStatus/list",
                "mcpServer/resource/read",
                "mcpServer/tool/call",
                "windowsSandbox/setupStart",
                "windowsSandbox/readiness",
                "account/login/start",
                "account/login/cancel",
                "account/logout",
                "account/rateLimits/read",
                "account/rateLimitResetCredit/consume",
                "account/usage/read",
                "account/workspaceMessages/read",
                "account/sendAddCreditsNudgeEmail",
                "feedback/upload",
                "command/exec",
                "command/exec/write",
                "command/exec/terminate",
                "command/exec/resize",
                "config/read",
                "externalAgentConfig/detect",
                "externalAgentConfig/import",
                "externalAgentConfig/import/recordHistory",
                "externalAgentConfig/import/readHistories",
                "config/value/write",
                "config/batchWrite",
                "configRequirements/read",
                "account/read",
                "fuzzyFileSearch",
            ),
        ),
    ),
]
"""Request from the client to the server."""


class HttpConnectionFailedCodexErrorInfoPayload(WireModel):
    http_status_code: int | None = Field(default=None, alias="httpStatusCode")


class HttpConnectionFailedCodexErrorInfo(WireModel):
    http_connection_failed: HttpConnectionFailedCodexErrorInfoPayload = Field(alias="httpConnectionFailed")


class ResponseStreamConnectionFailedCodexErrorInfoPayload(WireModel):
    http_status_code: int | None = Field(default=None, alias="httpStatusCode")


class ResponseStreamConnectionFailedCodexErrorInfo(WireModel):
    """Failed to connect to the response SSE stream."""

    response_stream_connection_failed: ResponseStreamConnectionFailedCodexErrorInfoPayload = Field(
        alias="responseStreamConnectionFailed",
    )


class ResponseStreamDisconnectedCodexErrorInfoPayload(WireModel):
    http_status_code: int | None = Field(default=None, alias="httpStatusCode")


class ResponseStreamDisconnectedCodexErrorInfo(WireModel):
    """The response SSE stream disconnected in the middle of a turn before completion."""

    response_stream_disconnected: ResponseStreamDisconnectedCodexErrorInfoPayload = Field(
        alias="responseStreamDisconnected",
    )


class ResponseTooManyFailedAttemptsCodexErrorInfoPayload(WireModel):
    http_status_code: int | None = Field(default=None, alias="httpStatusCode")


class ResponseTooManyFailedAttemptsCodexErrorInfo(WireModel):
    """Reached the retry limit for responses."""

    response_too_many_failed_attempts: ResponseTooManyFailedAttemptsCodexErrorInfoPayload = Field(
        alias="responseTooManyFailedAttempts",
    )


class UnrecognizedCodexErrorInfo(WireModel):
    """A ``CodexErrorInfo`` object form this schema does not know. Its content is kept as extras."""


CodexErrorInfo: TypeAlias = Annotated[
    Union[
        Annotated[CodexErrorInfoKind, Tag(STRING_TAG)],
        Annotated[HttpConnectionFailedCodexErrorInfo, Tag("httpConnectionFailed")],
        Annotated[ResponseStreamConnectionFailedCodexErrorInfo, Tag("responseStreamConnectionFailed")],
        Annotated[ResponseStreamDisconnectedCodexErrorInfo, Tag("responseStreamDisconnected")],
        Annotated[ResponseTooManyFailedAttemptsCodexErrorInfo, Tag("responseTooManyFailedAttempts")],
        Annotated[ActiveTurnNotSteerableCodexErrorInfo, Tag("activeTurnNotSteerable")],
        Annotated[UnrecognizedCodexErrorInfo, Tag(UNRECOGNIZED_TAG)],
    ],
    Discriminator(
        external_discriminator(
            {
                "httpConnectionFailed": "http_connection_failed",
                "responseStreamConnectionFailed": "response_stream_connection_failed",
                "responseStreamDisconnected": "response_stream_disconnected",
                "responseTooManyFailedAttempts": "response_too_many_failed_attempts",
                "activeTurnNotSteerable": "active_turn_not_steerable",
            },
        ),
    ),
]
"""This translation layer make sure that we expose codex error code in camel case.

When an upstream HTTP status is available (for example, from the Responses API or a provider), it is forwarded in
`httpStatusCode` on the relevant `codexErrorInfo` variant.
"""


class CollabAgentState(WireModel):
    message: str | None = None
    status: CollabAgentStatus


class CollabAgentToolCallThreadItem(TaggedWireModel):
    """``ThreadItem`` with ``type: 'collabAgentToolCall'``."""

    __wire_tags__ = ("type",)
    agents_states: dict[str, CollabAgentState] = Field(alias="agentsStates")
    """Last known status of the target agents, when available."""
    id: str
    """Unique identifier for this collab tool call."""
    model: str | None = None
    """Model requested for the spawned agent, when applicable."""
    prompt: str | None = None
    """Prompt text sent as part of the collab tool call, when available."""
    reasoning_effort: ReasoningEffort | None = Field(default=None, alias="reasoningEffort")
    """Reasoning effort requested for the spawned agent, when applicable."""
    receiver_thread_ids: list[str] = Field(alias="receiverThreadIds")
    """Thread ID of the receiving agent, when applicable. In case of spawn operation, this corresponds to the newly
    spawned agent.
    """
    sender_thread_id: str = Field(alias="senderThreadId")
    """Thread ID of the agent issuing the collab request."""
    status: CollabAgentToolCallStatus
    """Current status of the collab tool call."""
    tool: CollabAgentTool
    """Name of the collab tool that was invoked."""
    type: Literal["collabAgentToolCall"] = "collabAgentToolCall"


class Settings(WireModel):
    """Settings for a collaboration mode."""

    developer_instructions: str | None = None
    model: str
    reasoning_effort: ReasoningEffort | None = None


class CollaborationMode(WireModel):
    """Collaboration mode for a Codex session."""

    mode: ModeKind
    settings: Settings


class CollaborationModeMask(WireModel):
    """EXPERIMENTAL - collaboration mode preset metadata for clients."""

    mode: ModeKind | None = None
    model: str | None = None
    name: str
    reasoning_effort: ReasoningEffort | None = None


class ListFilesCommandAction(TaggedWireModel):
    """``CommandAction`` with ``type: 'listFiles'``."""

    __wire_tags__ = ("type",)
    command: str
    path: str | None = None
    type: Literal["listFiles"] = "listFiles"


class ReadCommandAction(TaggedWireModel):
    """``CommandAction`` with ``type: 'read'``."""

    __wire_tags__ = ("type",)
    command: str
    name: str
    path: LegacyAppPathString
    type: Literal["read"] = "read"


class SearchCommandAction(TaggedWireModel):
    """``CommandAction`` with ``type: 'search'``."""

    __wire_tags__ = ("type",)
    command: str
    path: str | None = None
    query: str | None = None
    type: Literal["search"] = "search"


class UnknownCommandAction(TaggedWireModel):
    """``CommandAction`` with ``type: 'unknown'``."""

    __wire_tags__ = ("type",)
    command: str
    type: Literal["unknown"] = "unknown"


class UnrecognizedCommandAction(WireModel):
    """A ``CommandAction`` variant this schema does not know (a newer server?). Every field is kept as an extra."""

    type: str


CommandAction: TypeAlias = Annotated[
    Union[
        Annotated[ReadCommandAction, Tag("read")],
        Annotated[ListFilesCommandAction, Tag("listFiles")],
        Annotated[SearchCommandAction, Tag("search")],
        Annotated[UnknownCommandAction, Tag("unknown")],
        Annotated[UnrecognizedCommandAction, Tag(UNRECOGNIZED_TAG)],
    ],
    Discriminator(tag_discriminator("type", "type", ("read", "listFiles", "search", "unknown"))),
]


class CommandConfiguredHookHandler(TaggedWireModel):
    """``ConfiguredHookHandler`` with ``type: 'command'``."""

    __wire_tags__ = ("type",)
    additional_context_limit: int | None = Field(default=None, alias="additionalContextLimit")
    """Approximate token threshold for spilling this hook's `additionalContext` to disk. `null` uses 2,500 tokens;
    `0` disables spilling for this hook. The threshold is evaluated against the original context; a spilled
    preview also includes recovery metadata.
    """
    async_: bool = Field(alias="async")
    command: str
    command_windows: str | None = Field(default=None, alias="commandWindows")
    status_message: str | None = Field(default=None, alias="statusMessage")
    timeout_sec: int | None = Field(default=None, alias="timeoutSec")
    type: Literal["command"] = "command"


class CommandExecOutputDeltaNotification(WireModel):
    """Base64-encoded output chunk emitted for a streaming `command/exec` request.

    These notifications are connection-scoped. If the originating connection closes, the server terminates the
    process.
    """

    cap_reached: bool = Field(alias="capReached")
    """`true` on the final streamed chunk for a stream when `outputBytesCap` truncated later output on that stream."""
    delta_base64: str = Field(alias="deltaBase64")
    """Base64-encoded output bytes."""
    process_id: str = Field(alias="processId")
    """Client-supplied, connection-scoped `processId` from the original `command/exec` request."""
    stream: CommandExecOutputStream
    """Output stream for this chunk."""


class CommandExecOutputDeltaNotificationMessage(TaggedWireModel):
    """Stream base64-encoded stdout/stderr chunks for a running `command/exec` session."""

    __wire_tags__ = ("method",)
    emitted_at_ms: int | None = Field(default=None, alias="emittedAtMs", exclude_if=is_none)
    """Unix timestamp (in milliseconds) when app-server emitted this notification."""
    method: Literal["command/exec/outputDelta"] = "command/exec/outputDelta"
    params: CommandExecOutputDeltaNotification


class CommandExecResizeResponse(WireModel):
    """Empty success response for `command/exec/resize`."""


class CommandExecResponse(WireModel):
    """Final buffered result for `command/exec`."""

    exit_code: int = Field(alias="exitCode")
    """Process exit code."""
    stderr: str
    """Buffered stderr capture.

    Empty when stderr was streamed via `command/exec/outputDelta`.
    """
    stdout: str
    """Buffered stdout capture.

    Empty when stdout was streamed via `command/exec/outputDelta`.
    """


class CommandExecTerminateResponse(WireModel):
    """Empty success response for `command/exec/terminate`."""


class CommandExecWriteResponse(WireModel):
    """Empty success response for `command/exec/write`."""


class UnrecognizedCommandExecutionApprovalDecision(WireModel):
    """A ``CommandExecutionApprovalDecision`` object form this schema does not know. Its content is kept as extras."""


CommandExecutionApprovalDecision: TypeAlias = Annotated[
    Union[
        Annotated[CommandExecutionApprovalDecisionKind, Tag(STRING_TAG)],
        Annotated[AcceptWithExecpolicyAmendmentCommandExecutionApprovalDecision, Tag("acceptWithExecpolicyAmendment")],
        Annotated[ApplyNetworkPolicyAmendmentCommandExecutionApprovalDecision, Tag("applyNetworkPolicyAmendment")],
        Annotated[UnrecognizedCommandExecutionApprovalDecision, Tag(UNRECOGNIZED_TAG)],
    ],
    Discriminator(
        external_discriminator(
            {
                "acceptWithExecpolicyAmendment": "accept_with_execpolicy_amendment",
                "applyNetworkPolicyAmendment": "apply_network_policy_amendment",
            },
        ),
    ),
]


class CommandExecutionOutputDeltaNotification(WireModel):
    delta: str
    item_id: str = Field(alias="itemId")
    thread_id: str = Field(alias="threadId")
    turn_id: str = Field(alias="turnId")


class NetworkApprovalContext(WireModel):
    host: str
    protocol: NetworkApprovalProtocol


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


class CommandExecutionRequestApprovalResponse(WireModel):
    decision: CommandExecutionApprovalDecision


class CommandExecutionThreadItem(TaggedWireModel):
    """``ThreadItem`` with ``type: 'commandExecution'``."""

    __wire_tags__ = ("type",)
    aggregated_output: str | None = Field(default=None, alias="aggregatedOutput")
    """The command's output, aggregated from stdout and stderr."""
    command: str
    """The command to be executed."""
    command_actions: list[CommandAction] = Field(alias="commandActions")
    """A best-effort parsing of the command to understand the action(s) it will perform. This returns a list of
    CommandAction objects because a single shell command may be composed of many commands piped together.
    """
    cwd: LegacyAppPathString
    """The command's working directory."""
    duration_ms: int | None = Field(default=None, alias="durationMs")
    """The duration of the command execution in milliseconds."""
    exit_code: int | None = Field(default=None, alias="exitCode")
    """The command's exit code."""
    id: str
    plugin_id: str | None = Field(default=None, alias="pluginId")
    """Trusted first-party plugin id when this command resolves to one plugin script."""
    process_id: str | None = Field(default=None, alias="processId")
    """Identifier for the underlying PTY process (when available)."""
    script_path: str | None = Field(default=None, alias="scriptPath")
    """Safe plugin-relative path when this command resolves to one plugin script."""
    source: CommandExecutionSource | None = Field(default=None, exclude_if=is_none)
    status: CommandExecutionStatus
    type: Literal["commandExecution"] = "commandExecution"


class CommandGuardianApprovalReviewAction(TaggedWireModel):
    """``GuardianApprovalReviewAction`` with ``type: 'command'``."""

    __wire_tags__ = ("type",)
    command: str
    cwd: LegacyAppPathString
    source: GuardianCommandSource
    type: Literal["command"] = "command"


class CommandHookMetadata(TaggedWireModel):
    """``HookMetadata`` with ``handlerType: 'command'``."""

    __wire_tags__ = ("handler_type",)
    additional_context_limit: int | None = Field(default=None, alias="additionalContextLimit")
    """Configured `additionalContext` spill threshold. `null` uses 2,500 tokens; `0` disables spilling."""
    async_: bool | None = Field(default=None, alias="async", exclude_if=is_none)
    command: str
    current_hash: str = Field(alias="currentHash")
    display_order: int = Field(alias="displayOrder")
    enabled: bool
    event_name: HookEventName = Field(alias="eventName")
    handler_type: Literal["command"] = Field(default="command", alias="handlerType")
    is_managed: bool = Field(alias="isManaged")
    key: str
    matcher: str | None = None
    plugin_id: str | None = Field(default=None, alias="pluginId")
    source: HookSource
    source_path: AbsolutePathBuf = Field(alias="sourcePath")
    status_message: str | None = Field(default=None, alias="statusMessage")
    timeout_sec: int = Field(alias="timeoutSec")
    trust_status: HookTrustStatus = Field(alias="trustStatus")


class CompactionResponseItem(TaggedWireModel):
    """``ResponseItem`` with ``type: 'compaction'``."""

    __wire_tags__ = ("type",)
    encrypted_content: str
    id: str | None = None
    internal_chat_message_metadata_passthrough: InternalChatMessageMetadataPassthrough | None = None
    type: Literal["compaction"] = "compaction"


class CompactionTriggerResponseItem(TaggedWireModel):
    """``ResponseItem`` with ``type: 'compaction_trigger'``."""

    __wire_tags__ = ("type",)
    type: Literal["compaction_trigger"] = "compaction_trigger"


class CompletedThreadPredictionResult(TaggedWireModel):
    """``ThreadPredictionResult`` with ``type: 'completed'``."""

    __wire_tags__ = ("type",)
    text: str | None = None
    type: Literal["completed"] = "completed"


class ComputerUseMacosConfig(WireModel):
    bundle_ids: dict[str, AllowDenyRequirement] | None = None


class ComputerUseWindowsExeConfig(WireModel):
    access: AllowDenyRequirement
    binary_name: str | None = None
    product_name: str
    publisher_name: str


class ComputerUseWindowsConfig(WireModel):
    aumids: dict[str, AllowDenyRequirement] | None = None
    exes: list[ComputerUseWindowsExeConfig] | None = None


class ComputerUseConfig(WireModel):
    default_app_access: AllowDenyRequirement | None = None
    macos: ComputerUseMacosConfig | None = None
    windows: ComputerUseWindowsConfig | None = None


class ComputerUseMacosRequirements(WireModel):
    bundle_ids: dict[str, AllowDenyRequirement] | None = Field(default=None, alias="bundleIds")


class ComputerUseWindowsExeRequirement(WireModel):
    access: AllowDenyRequirement
    binary_name: str | None = Field(default=None, alias="binaryName")
    product_name: str = Field(alias="productName")
    publisher_name: str = Field(alias="publisherName")


class ComputerUseWindowsRequirements(WireModel):
    aumids: dict[str, AllowDenyRequirement] | None = None
    exes: list[ComputerUseWindowsExeRequirement] | None = None


class ComputerUseRequirements(WireModel):
    allow_locked_computer_use: bool | None = Field(default=None, alias="allowLockedComputerUse")
    allow_persistent_approval: bool | None = Field(default=None, alias="allowPersistentApproval")
    default_app_access: AllowDenyRequirement | None = Field(default=None, alias="defaultAppAccess")
    macos: ComputerUseMacosRequirements | None = None
    windows: ComputerUseWindowsRequirements | None = None


ForcedChatgptWorkspaceIds: TypeAlias = Union[
    str,
    list[str],
]
"""Backward-compatible API shape for ChatGPT workspace login restrictions."""


class SandboxWorkspaceWrite(WireModel):
    exclude_slash_tmp: bool | None = Field(default=None, exclude_if=is_none)
    exclude_tmpdir_env_var: bool | None = Field(default=None, exclude_if=is_none)
    network_access: bool | None = Field(default=None, exclude_if=is_none)
    writable_roots: list[str] | None = Field(default=None, exclude_if=is_none)


class WebSearchLocation(WireModel):
    city: str | None = None
    country: str | None = None
    region: str | None = None
    timezone: str | None = None


class WebSearchToolConfig(WireModel):
    allowed_domains: list[str] | None = None
    context_size: WebSearchContextSize | None = None
    location: WebSearchLocation | None = None


class ToolsV2(WireModel):
    web_search: WebSearchToolConfig | None = None


class Config(WireModel):
    analytics: AnalyticsConfig | None = None
    approval_policy: AskForApproval | None = None
    approvals_reviewer: ApprovalsReviewer | None = None
    """[UNSTABLE] Optional default for where approval requests are routed for review."""
    browser_use: BrowserUseConfig | None = None
    compact_prompt: str | None = None
    computer_use: ComputerUseConfig | None = None
    desktop: dict[str, Any] | None = None
    developer_instructions: str | None = None
    forced_chatgpt_workspace_id: ForcedChatgptWorkspaceIds | None = None
    forced_login_method: ForcedLoginMethod | None = None
    instructions: str | None = None
    model: str | None = None
    model_auto_compact_token_limit: int | None = None
    model_auto_compact_token_limit_scope: AutoCompactTokenLimitScope | None = None
    model_context_window: int | None = None
    model_provider: str | None = None
    model_reasoning_effort: ReasoningEffort | None = None
    model_reasoning_summary: ReasoningSummary | None = None
    model_verbosity: Verbosity | None = None
    review_model: str | None = None
    sandbox_mode: SandboxMode | None = None
    sandbox_workspace_write: SandboxWorkspaceWrite | None = None
    service_tier: str | None = None
    tools: ToolsV2 | None = None
    web_search: WebSearchMode | None = None


class EnterpriseManagedConfigLayerSource(TaggedWireModel):
    """Enterprise-managed config layer delivered by the cloud config bundle."""

    __wire_tags__ = ("type",)
    id: str
    """Stable identifier for the delivered layer."""
    name: str
    """Admin-facing name for the delivered layer. This is surfaced in diagnostics so users know which cloud layer
    needs administrator attention.
    """
    type: Literal["enterpriseManaged"] = "enterpriseManaged"


class LegacyManagedConfigTomlFromFileConfigLayerSource(TaggedWireModel):
    """`managed_config.toml` was designed to be a config that was loaded as the last layer on top of everything else.
    This scheme did not quite work out as intended, but we keep this variant as a "best effort" while we phase out
    `managed_config.toml` in favor of `requirements.toml`.
    """

    __wire_tags__ = ("type",)
    file: AbsolutePathBuf
    type: Literal["legacyManagedConfigTomlFromFile"] = "legacyManagedConfigTomlFromFile"


class LegacyManagedConfigTomlFromMdmConfigLayerSource(TaggedWireModel):
    """``ConfigLayerSource`` with ``type: 'legacyManagedConfigTomlFromMdm'``."""

    __wire_tags__ = ("type",)
    type: Literal["legacyManagedConfigTomlFromMdm"] = "legacyManagedConfigTomlFromMdm"


class MdmConfigLayerSource(TaggedWireModel):
    """Managed preferences layer delivered by MDM (macOS only)."""

    __wire_tags__ = ("type",)
    domain: str
    key: str
    type: Literal["mdm"] = "mdm"


class PackagedDefaultsConfigLayerSource(TaggedWireModel):
    """Default configuration supplied with the installed Codex package."""

    __wire_tags__ = ("type",)
    file: AbsolutePathBuf
    """Path to the packaged default configuration file."""
    type: Literal["packagedDefaults"] = "packagedDefaults"


class ProjectConfigLayerSource(TaggedWireModel):
    """Path to a .codex/ folder within a project. There could be multiple of these between `cwd` and the project/repo
    root.
    """

    __wire_tags__ = ("type",)
    dot_codex_folder: AbsolutePathBuf = Field(alias="dotCodexFolder")
    type: Literal["project"] = "project"


class SessionFlagsConfigLayerSource(TaggedWireModel):
    """Session-layer overrides supplied via `-c`/`--config`."""

    __wire_tags__ = ("type",)
    type: Literal["sessionFlags"] = "sessionFlags"


class SystemConfigLayerSource(TaggedWireModel):
    """Managed config layer from a file (usually `managed_config.toml`)."""

    __wire_tags__ = ("type",)
    file: AbsolutePathBuf
    """This is the path to the system config.toml file, though it is not guaranteed to exist."""
    type: Literal["system"] = "system"


class UnrecognizedConfigLayerSource(WireModel):
    """A ``ConfigLayerSource`` variant this schema does not know (a newer server?). Every field is kept as an extra."""

    type: str


class UserConfigLayerSource(TaggedWireModel):
    """User config layer from $CODEX_HOME/config.toml. This layer is special in that it is expected to be: - writable
    by the user - generally outside the workspace directory
    """

    __wire_tags__ = ("type",)
    file: AbsolutePathBuf
    """This is the path to the user's config.toml file, though it is not guaranteed to exist."""
    profile: str | None = None
    """Name of the selected profile-v2 config layered on top of the base user config, when this layer represents one."""
    type: Literal["user"] = "user"


ConfigLayerSource: TypeAlias = Annotated[
    Union[
        Annotated[PackagedDefaultsConfigLayerSource, Tag("packagedDefaults")],
        Annotated[MdmConfigLayerSource, Tag("mdm")],
        Annotated[SystemConfigLayerSource, Tag("system")],
        Annotated[EnterpriseManagedConfigLayerSource, Tag("enterpriseManaged")],
        Annotated[UserConfigLayerSource, Tag("user")],
        Annotated[ProjectConfigLayerSource, Tag("project")],
        Annotated[SessionFlagsConfigLayerSource, Tag("sessionFlags")],
        Annotated[LegacyManagedConfigTomlFromFileConfigLayerSource, Tag("legacyManagedConfigTomlFromFile")],
        Annotated[LegacyManagedConfigTomlFromMdmConfigLayerSource, Tag("legacyManagedConfigTomlFromMdm")],
        Annotated[UnrecognizedConfigLayerSource, Tag(UNRECOGNIZED_TAG)],
    ],
    Discriminator(
        tag_discriminator(
            "type",
            "type",
            (
                "packagedDefaults",
                "mdm",
                "system",
                "enterpriseManaged",
                "user",
                "project",
                "sessionFlags",
                "legacyManagedConfigTomlFromFile",
                "legacyManagedConfigTomlFromMdm",
            ),
        ),
    ),
]


class ConfigLayer(WireModel):
    config: Any
    disabled_reason: str | None = Field(default=None, alias="disabledReason")
    name: ConfigLayerSource
    version: str


class ConfigLayerMetadata(WireModel):
    name: ConfigLayerSource
    version: str


class ConfigReadResponse(WireModel):
    config: Config
    layers: list[ConfigLayer] | None = None
    origins: dict[str, ConfigLayerMetadata]


class FeedbackRequirements(WireModel):
    enabled: bool | None = None


class InAppBrowserRequirements(WireModel):
    allow_external_browser_settings_import: bool | None = Field(
        default=None, alias="allowExternalBrowserSettingsImport",
    )


class NewThreadModelDefaults(WireModel):
    model: str | None = None
    model_reasoning_effort: ReasoningEffort | None = Field(default=None, alias="modelReasoningEffort")
    service_tier: str | None = Field(default=None, alias="serviceTier")


class ModelsRequirements(WireModel):
    new_thread: NewThreadModelDefaults | None = Field(default=None, alias="newThread")


class ConfigRequirements(WireModel):
    additional_developer_instructions: str | None = Field(default=None, alias="additionalDeveloperInstructions")
    allow_appshots: bool | None = Field(default=None, alias="allowAppshots")
    allow_browser_and_computer_use: bool | None = Field(default=None, alias="allowBrowserAndComputerUse")
    allow_login_shell: bool | None = Field(default=None, alias="allowLoginShell")
    allow_managed_hooks_only: bool | None = Field(default=None, alias="allowManagedHooksOnly")
    allow_remote_control: bool | None = Field(default=None, alias="allowRemoteControl")
    allowed_approval_policies: list[AskForApproval] | None = Field(default=None, alias="allowedApprovalPolicies")
    allowed_login_methods: list[ForcedLoginMethod] | None = Field(default=None, alias="allowedLoginMethods")
    """Effective login methods after managed, forced-login, and workspace restrictions. An empty list permits no
    login method. Older servers may omit this field.
    """
    allowed_permission_profiles: dict[str, bool] | None = Field(default=None, alias="allowedPermissionProfiles")
    allowed_sandbox_modes: list[SandboxMode] | None = Field(default=None, alias="allowedSandboxModes")
    allowed_web_search_modes: list[WebSearchMode] | None = Field(default=None, alias="allowedWebSearchModes")
    allowed_windows_sandbox_implementations: list[WindowsSandboxImplementation] | None = Field(
        default=None, alias="allowedWindowsSandboxImplementations",
    )
    auto_review: AutoReviewRequirements | None = Field(default=None, alias="autoReview")
    browser_use: BrowserUseRequirements | None = Field(default=None, alias="browserUse")
    chatgpt_base_url: str | None = Field(default=None, alias="chatgptBaseUrl")
    check_for_update_on_startup: bool | None = Field(default=None, alias="checkForUpdateOnStartup")
    cli_auth_credentials_store: CliAuthCredentialsStoreMode | None = Field(
        default=None, alias="cliAuthCredentialsStore",
    )
    computer_use: ComputerUseRequirements | None = Field(default=None, alias="computerUse")
    default_permissions: str | None = Field(default=None, alias="defaultPermissions")
    enforce_residency: ResidencyRequirement | None = Field(default=None, alias="enforceResidency")
    feature_requirements: dict[str, bool] | None = Field(default=None, alias="featureRequirements")
    feedback: FeedbackRequirements | None = None
    in_app_browser: InAppBrowserRequirements | None = Field(default=None, alias="inAppBrowser")
    log_dir: str | None = Field(default=None, alias="logDir")
    model_catalog_json: str | None = Field(default=None, alias="modelCatalogJson")
    model_provider: str | None = Field(default=None, alias="modelProvider")
    """Exact provider selection required by managed policy."""
    model_providers: dict[str, Any] | None = Field(default=None, alias="modelProviders")
    """Complete required provider definitions, using config.toml field names."""
    models: ModelsRequirements | None = None
    sqlite_home: str | None = Field(default=None, alias="sqliteHome")


class ConfigRequirementsReadResponse(WireModel):
    requirements: ConfigRequirements | None = None
    """Null if no requirements are configured (e.g. no requirements.toml/MDM entries)."""
    supports_independent_speed_modes: bool | None = Field(default=None, alias="supportsIndependentSpeedModes")
    """Whether Fast and Ultra Fast requirements are enforced independently. Older servers omit this field and use
    Fast mode as a shared speed gate.
    """


class TextPosition(WireModel):
    column: int
    """1-based column number (in Unicode scalar values)."""
    line: int
    """1-based line number."""


class TextRange(WireModel):
    end: TextPosition
    start: TextPosition


class ConfigWarningNotification(WireModel):
    details: str | None = None
    """Optional extra guidance or error details."""
    path: str | None = None
    """Optional path to the config file that triggered the warning."""
    range: TextRange | None = None
    """Optional range for the error location inside the config file."""
    summary: str
    """Concise summary of the warning."""


class ConfigWarningNotificationMessage(TaggedWireModel):
    """``ServerNotificationMessage`` with ``method: 'configWarning'``."""

    __wire_tags__ = ("method",)
    emitted_at_ms: int | None = Field(default=None, alias="emittedAtMs", exclude_if=is_none)
    """Unix timestamp (in milliseconds) when app-server emitted this notification."""
    method: Literal["configWarning"] = "configWarning"
    params: ConfigWarningNotification


class OverriddenMetadata(WireModel):
    effective_value: Any = Field(alias="effectiveValue")
    message: str
    overriding_layer: ConfigLayerMetadata = Field(alias="overridingLayer")


class ConfigWriteResponse(WireModel):
    file_path: AbsolutePathBuf = Field(alias="filePath")
    """Canonical path to the config file that was written."""
    overridden_metadata: OverriddenMetadata | None = Field(default=None, alias="overriddenMetadata")
    status: WriteStatus
    version: str


class ConfigurationReasoning(WireModel):
    """Reasoning settings interpreted by the backend for the routed model."""

    effort: ReasoningEffort


class ConfigurationUpdateResponseItem(TaggedWireModel):
    """A durable input control interpreted by the backend at its position in history."""

    __wire_tags__ = ("type",)
    reasoning: ConfigurationReasoning
    type: Literal["configuration_update"] = "configuration_update"


class McpToolConfiguredHookHandler(TaggedWireModel):
    """``ConfiguredHookHandler`` with ``type: 'mcp_tool'``."""

    __wire_tags__ = ("type",)
    input: dict[str, Any]
    server: str
    status_message: str | None = Field(default=None, alias="statusMessage")
    timeout_sec: int | None = Field(default=None, alias="timeoutSec")
    tool: str
    type: Literal["mcp_tool"] = "mcp_tool"


class PromptConfiguredHookHandler(TaggedWireModel):
    """``ConfiguredHookHandler`` with ``type: 'prompt'``."""

    __wire_tags__ = ("type",)
    type: Literal["prompt"] = "prompt"


class UnrecognizedConfiguredHookHandler(WireModel):
    """A ``ConfiguredHookHandler`` variant this schema does not know (a newer server?). Every field is kept as an
    extra.
    """

    type: str


ConfiguredHookHandler: TypeAlias = Annotated[
    Union[
        Annotated[CommandConfiguredHookHandler, Tag("command")],
        Annotated[McpToolConfiguredHookHandler, Tag("mcp_tool")],
        Annotated[PromptConfiguredHookHandler, Tag("prompt")],
        Annotated[AgentConfiguredHookHandler, Tag("agent")],
        Annotated[UnrecognizedConfiguredHookHandler, Tag(UNRECOGNIZED_TAG)],
    ],
    Discriminator(tag_discriminator("type", "type", ("command", "mcp_tool", "prompt", "agent"))),
]


class ConfiguredHookMatcherGroup(WireModel):
    hooks: list[ConfiguredHookHandler]
    matcher: str | None = None


class ConsumeAccountRateLimitResetCreditResponse(WireModel):
    outcome: ConsumeAccountRateLimitResetCreditOutcome


class InputAudioContentItem(TaggedWireModel):
    """``ContentItem`` with ``type: 'input_audio'``."""

    __wire_tags__ = ("type",)
    audio_url: str
    type: Literal["input_audio"] = "input_audio"


class InputImageContentItem(TaggedWireModel):
    """``ContentItem`` with ``type: 'input_image'``."""

    __wire_tags__ = ("type",)
    detail: ImageDetail | None = None
    file_id: str | None = Field(default=None, exclude_if=is_none)
    image_url: str | None = Field(default=None, exclude_if=is_none)
    type: Literal["input_image"] = "input_image"


class InputTextContentItem(TaggedWireModel):
    """``ContentItem`` with ``type: 'input_text'``."""

    __wire_tags__ = ("type",)
    text: str
    type: Literal["input_text"] = "input_text"


class OutputTextContentItem(TaggedWireModel):
    """``ContentItem`` with ``type: 'output_text'``."""

    __wire_tags__ = ("type",)
    annotations: list[Any] | None = None
    logprobs: list[Any] | None = None
    text: str
    type: Literal["output_text"] = "output_text"


class UnrecognizedContentItem(WireModel):
    """A ``ContentItem`` variant this schema does not know (a newer server?). Every field is kept as an extra."""

    type: str


ContentItem: TypeAlias = Annotated[
    Union[
        Annotated[InputTextContentItem, Tag("input_text")],
        Annotated[InputImageContentItem, Tag("input_image")],
        Annotated[InputAudioContentItem, Tag("input_audio")],
        Annotated[OutputTextContentItem, Tag("output_text")],
        Annotated[UnrecognizedContentItem, Tag(UNRECOGNIZED_TAG)],
    ],
    Discriminator(tag_discriminator("type", "type", ("input_text", "input_image", "input_audio", "output_text"))),
]


class ContextCompactedNotification(WireModel):
    """Deprecated: Use `ContextCompaction` item type instead."""

    thread_id: str = Field(alias="threadId")
    turn_id: str = Field(alias="turnId")


class ContextCompactionResponseItem(TaggedWireModel):
    """``ResponseItem`` with ``type: 'context_compaction'``."""

    __wire_tags__ = ("type",)
    encrypted_content: str | None = None
    id: str | None = None
    internal_chat_message_metadata_passthrough: InternalChatMessageMetadataPassthrough | None = None
    type: Literal["context_compaction"] = "context_compaction"


class ContextCompactionThreadItem(TaggedWireModel):
    """``ThreadItem`` with ``type: 'contextCompaction'``."""

    __wire_tags__ = ("type",)
    id: str
    type: Literal["contextCompaction"] = "contextCompaction"


class CustomMultiAgentMode(WireModel):
    custom: str


class CustomSessionSource(WireModel):
    custom: str


class CustomToolCallOutputResponseItem(TaggedWireModel):
    """``ResponseItem`` with ``type: 'custom_tool_call_output'``."""

    __wire_tags__ = ("type",)
    call_id: str
    id: str | None = None
    internal_chat_message_metadata_passthrough: InternalChatMessageMetadataPassthrough | None = None
    name: str | None = None
    output: FunctionCallOutputBody
    type: Literal["custom_tool_call_output"] = "custom_tool_call_output"


class CustomToolCallResponseItem(TaggedWireModel):
    """``ResponseItem`` with ``type: 'custom_tool_call'``."""

    __wire_tags__ = ("type",)
    call_id: str
    encrypted_content: str | None = None
    id: str | None = None
    input: str
    internal_chat_message_metadata_passthrough: InternalChatMessageMetadataPassthrough | None = None
    name: str
    namespace: str | None = None
    status: str | None = None
    type: Literal["custom_tool_call"] = "custom_tool_call"


class DailyScheduledTaskSchedule(TaggedWireModel):
    """``ScheduledTaskSchedule`` with ``type: 'daily'``."""

    __wire_tags__ = ("type",)
    time: str
    type: Literal["daily"] = "daily"


class DeletePatchChangeKind(TaggedWireModel):
    """``PatchChangeKind`` with ``type: 'delete'``."""

    __wire_tags__ = ("type",)
    type: Literal["delete"] = "delete"


class DeprecationNoticeNotification(WireModel):
    details: str | None = None
    """Optional extra guidance, such as migration steps or rationale."""
    summary: str
    """Concise summary of what is deprecated."""


class DeprecationNoticeNotificationMessage(TaggedWireModel):
    """``ServerNotificationMessage`` with ``method: 'deprecationNotice'``."""

    __wire_tags__ = ("method",)
    emitted_at_ms: int | None = Field(default=None, alias="emittedAtMs", exclude_if=is_none)
    """Unix timestamp (in milliseconds) when app-server emitted this notification."""
    method: Literal["deprecationNotice"] = "deprecationNotice"
    params: DeprecationNoticeNotification


class InputAudioDynamicToolCallOutputContentItem(TaggedWireModel):
    """``DynamicToolCallOutputContentItem`` with ``type: 'inputAudio'``."""

    __wire_tags__ = ("type",)
    audio_url: str = Field(alias="audioUrl")
    type: Literal["inputAudio"] = "inputAudio"


class InputImageDynamicToolCallOutputContentItem(TaggedWireModel):
    """``DynamicToolCallOutputContentItem`` with ``type: 'inputImage'``."""

    __wire_tags__ = ("type",)
    image_url: str = Field(alias="imageUrl")
    type: Literal["inputImage"] = "inputImage"


class InputTextDynamicToolCallOutputContentItem(TaggedWireModel):
    """``DynamicToolCallOutputContentItem`` with ``type: 'inputText'``."""

    __wire_tags__ = ("type",)
    text: str
    type: Literal["inputText"] = "inputText"


class UnrecognizedDynamicToolCallOutputContentItem(WireModel):
    """A ``DynamicToolCallOutputContentItem`` variant this schema does not know (a newer server?). Every field is
    kept as an extra.
    """

    type: str


DynamicToolCallOutputContentItem: TypeAlias = Annotated[
    Union[
        Annotated[InputTextDynamicToolCallOutputContentItem, Tag("inputText")],
        Annotated[InputImageDynamicToolCallOutputContentItem, Tag("inputImage")],
        Annotated[InputAudioDynamicToolCallOutputContentItem, Tag("inputAudio")],
        Annotated[UnrecognizedDynamicToolCallOutputContentItem, Tag(UNRECOGNIZED_TAG)],
    ],
    Discriminator(tag_discriminator("type", "type", ("inputText", "inputImage", "inputAudio"))),
]


class DynamicToolCallParams(WireModel):
    arguments: Any
    call_id: str = Field(alias="callId")
    namespace: str | None = None
    thread_id: str = Field(alias="threadId")
    tool: str
    turn_id: str = Field(alias="turnId")


class DynamicToolCallResponse(WireModel):
    content_items: list[DynamicToolCallOutputContentItem] = Field(alias="contentItems")
    success: bool


class DynamicToolCallThreadItem(TaggedWireModel):
    """``ThreadItem`` with ``type: 'dynamicToolCall'``."""

    __wire_tags__ = ("type",)
    arguments: Any
    content_items: list[DynamicToolCallOutputContentItem] | None = Field(default=None, alias="contentItems")
    duration_ms: int | None = Field(default=None, alias="durationMs")
    """The duration of the dynamic tool call in milliseconds."""
    id: str
    namespace: str | None = None
    status: DynamicToolCallStatus
    success: bool | None = None
    tool: str
    type: Literal["dynamicToolCall"] = "dynamicToolCall"


class FunctionDynamicToolNamespaceTool(TaggedWireModel):
    __wire_tags__ = ("type",)
    defer_loading: bool | None = Field(default=None, alias="deferLoading", exclude_if=is_none)
    description: str
    input_schema: Any = Field(alias="inputSchema")
    name: str
    type: Literal["function"] = "function"


DynamicToolNamespaceTool: TypeAlias = FunctionDynamicToolNamespaceTool


class FunctionDynamicToolSpec(TaggedWireModel):
    """``DynamicToolSpec`` with ``type: 'function'``."""

    __wire_tags__ = ("type",)
    defer_loading: bool | None = Field(default=None, alias="deferLoading", exclude_if=is_none)
    description: str
    input_schema: Any = Field(alias="inputSchema")
    name: str
    type: Literal["function"] = "function"


class NamespaceDynamicToolSpec(TaggedWireModel):
    """``DynamicToolSpec`` with ``type: 'namespace'``."""

    __wire_tags__ = ("type",)
    description: str
    name: str
    tools: list[DynamicToolNamespaceTool]
    type: Literal["namespace"] = "namespace"


class UnrecognizedDynamicToolSpec(WireModel):
    """A ``DynamicToolSpec`` variant this schema does not know (a newer server?). Every field is kept as an extra."""

    type: str


DynamicToolSpec: TypeAlias = Annotated[
    Union[
        Annotated[FunctionDynamicToolSpec, Tag("function")],
        Annotated[NamespaceDynamicToolSpec, Tag("namespace")],
        Annotated[UnrecognizedDynamicToolSpec, Tag(UNRECOGNIZED_TAG)],
    ],
    Discriminator(tag_discriminator("type", "type", ("function", "namespace"))),
]


class EnteredReviewModeThreadItem(TaggedWireModel):
    """``ThreadItem`` with ``type: 'enteredReviewMode'``."""

    __wire_tags__ = ("type",)
    id: str
    review: str
    type: Literal["enteredReviewMode"] = "enteredReviewMode"


class EnvironmentConnectionNotification(WireModel):
    environment_id: str = Field(alias="environmentId")
    thread_id: str = Field(alias="threadId")


class EnvironmentSkillsParams(WireModel):
    required: list[str] | None = None
    """Exact catalog names that must be available from this environment."""


class MisalignmentSteer(WireModel):
    message: str


class MisalignmentErrorDetails(WireModel):
    detailed_explanation: str | None = Field(default=None, alias="detailedExplanation")
    """A substantive localized explanation is required before offering continuation."""
    error_type: str | None = Field(default=None, alias="errorType")
    """Open-ended classification; clients must accept categories added by Responses."""
    review_target: str | None = Field(default=None, alias="reviewTarget")
    """Opaque server-issued block target. Presence alone does not enable target-based continuation."""
    steer: MisalignmentSteer | None = None
    """Instruction to submit as the next turn's user input if continuation is confirmed."""


class TurnError(WireModel):
    additional_details: str | None = Field(default=None, alias="additionalDetails")
    codex_error_info: CodexErrorInfo | None = Field(default=None, alias="codexErrorInfo")
    message: str
    misalignment: MisalignmentErrorDetails | None = None
    """Optional public explanation and continuation instruction for a misalignment block."""


class ErrorNotification(WireModel):
    error: TurnError
    thread_id: str = Field(alias="threadId")
    turn_id: str = Field(alias="turnId")
    will_retry: bool = Field(alias="willRetry")


class ErrorNotificationMessage(TaggedWireModel):
    """NEW NOTIFICATIONS"""

    __wire_tags__ = ("method",)
    emitted_at_ms: int | None = Field(default=None, alias="emittedAtMs", exclude_if=is_none)
    """Unix timestamp (in milliseconds) when app-server emitted this notification."""
    method: Literal["error"] = "error"
    params: ErrorNotification


class ListFilesParsedCommand(TaggedWireModel):
    """``ParsedCommand`` with ``type: 'list_files'``."""

    __wire_tags__ = ("type",)
    cmd: str
    path: str | None = None
    type: Literal["list_files"] = "list_files"


class ReadParsedCommand(TaggedWireModel):
    """``ParsedCommand`` with ``type: 'read'``."""

    __wire_tags__ = ("type",)
    cmd: str
    name: str
    path: str
    """(Best effort) Path to the file being read by the command. When possible, this is an absolute path, though when
    relative, it should be resolved against the `cwd`` that will be used to run the command to derive the absolute
    path.
    """
    type: Literal["read"] = "read"


class SearchParsedCommand(TaggedWireModel):
    """``ParsedCommand`` with ``type: 'search'``."""

    __wire_tags__ = ("type",)
    cmd: str
    path: str | None = None
    query: str | None = None
    type: Literal["search"] = "search"


class UnknownParsedCommand(TaggedWireModel):
    """``ParsedCommand`` with ``type: 'unknown'``."""

    __wire_tags__ = ("type",)
    cmd: str
    type: Literal["unknown"] = "unknown"


class UnrecognizedParsedCommand(WireModel):
    """A ``ParsedCommand`` variant this schema does not know (a newer server?). Every field is kept as an extra."""

    type: str


ParsedCommand: TypeAlias = Annotated[
    Union[
        Annotated[ReadParsedCommand, Tag("read")],
        Annotated[ListFilesParsedCommand, Tag("list_files")],
        Annotated[SearchParsedCommand, Tag("search")],
        Annotated[UnknownParsedCommand, Tag("unknown")],
        Annotated[UnrecognizedParsedCommand, Tag(UNRECOGNIZED_TAG)],
    ],
    Discriminator(tag_discriminator("type", "type", ("read", "list_files", "search", "unknown"))),
]


class ExecCommandApprovalParams(WireModel):
    approval_id: str | None = Field(default=None, alias="approvalId")
    """Identifier for this specific approval callback."""
    call_id: str = Field(alias="callId")
    """Use to correlate this with [codex_protocol::protocol::ExecCommandBeginEvent] and
    [codex_protocol::protocol::ExecCommandEndEvent].
    """
    command: list[str]
    conversation_id: ThreadId = Field(alias="conversationId")
    cwd: str
    parsed_cmd: list[ParsedCommand] = Field(alias="parsedCmd")
    reason: str | None = None


class ExecCommandApprovalRequestMessage(TaggedWireModel):
    """Request to exec a command. This request is used for Turns started via the legacy APIs (i.e. SendUserTurn,
    SendUserMessage).
    """

    __wire_tags__ = ("method",)
    id: RequestId
    method: Literal["execCommandApproval"] = "execCommandApproval"
    params: ExecCommandApprovalParams


class ExecCommandApprovalResponse(WireModel):
    decision: ReviewDecision


class ExecLocalShellAction(TaggedWireModel):
    __wire_tags__ = ("type",)
    command: list[str]
    env: dict[str, str] | None = None
    timeout_ms: int | None = None
    type: Literal["exec"] = "exec"
    user: str | None = None
    working_directory: str | None = None


class ExecveGuardianApprovalReviewAction(TaggedWireModel):
    """``GuardianApprovalReviewAction`` with ``type: 'execve'``."""

    __wire_tags__ = ("type",)
    argv: list[str]
    cwd: AbsolutePathBuf
    program: str
    source: GuardianCommandSource
    type: Literal["execve"] = "execve"


class ExistingCallThreadRealtimeStartTransport(TaggedWireModel):
    """``ThreadRealtimeStartTransport`` with ``type: 'existingCall'``."""

    __wire_tags__ = ("type",)
    call_id: str = Field(alias="callId")
    """Identifier of a realtime call already created and negotiated by the client."""
    type: Literal["existingCall"] = "existingCall"


class ExitedReviewModeThreadItem(TaggedWireModel):
    """``ThreadItem`` with ``type: 'exitedReviewMode'``."""

    __wire_tags__ = ("type",)
    id: str
    review: str
    type: Literal["exitedReviewMode"] = "exitedReviewMode"


class ExperimentalFeature(WireModel):
    announcement: str | None = None
    """Announcement copy shown to users when the feature is introduced. Null when this feature is not in beta."""
    default_enabled: bool = Field(alias="defaultEnabled")
    """Whether this feature is enabled by default."""
    description: str | None = None
    """Short summary describing what the feature does. Null when this feature is not in beta."""
    display_name: str | None = Field(default=None, alias="displayName")
    """User-facing display name shown in the experimental features UI. Null when this feature is not in beta."""
    enabled: bool
    """Whether this feature is currently enabled in the loaded config."""
    name: str
    """Stable key used in config.toml and CLI flag toggles."""
    stage: ExperimentalFeatureStage
    """Lifecycle stage of this feature flag."""


class ExperimentalFeatureEnablementSetResponse(WireModel):
    enablement: dict[str, bool]
    """Feature enablement entries updated by this request."""


class ExperimentalFeatureListResponse(WireModel):
    data: list[ExperimentalFeature]
    next_cursor: str | None = Field(default=None, alias="nextCursor")
    """Opaque cursor to pass to the next call to continue after the last item. If None, there are no more items to
    return.
    """


class ExternalAgentDetectedConnectorCandidate(WireModel):
    name: str
    session_count: int = Field(alias="sessionCount")
    source: ExternalAgentDetectedConnectorSource


class ExternalAgentConfigDetectResponse(WireModel):
    connectors: list[ExternalAgentDetectedConnectorCandidate] | None = Field(default=None, exclude_if=is_none)
    items: list[ExternalAgentConfigMigrationItem]


class ExternalAgentConfigImportItemTypeSuccess(WireModel):
    cwd: str | None = None
    item_type: ExternalAgentConfigMigrationItemType = Field(alias="itemType")
    source: str | None = None
    target: str | None = None
    title: str | None = None
    """Original title for an imported session; null for other item types."""


class ExternalAgentConfigImportTypeResult(WireModel):
    failures: list[ExternalAgentConfigImportItemTypeFailure]
    item_type: ExternalAgentConfigMigrationItemType = Field(alias="itemType")
    successes: list[ExternalAgentConfigImportItemTypeSuccess]


class ExternalAgentConfigImportCompletedNotification(WireModel):
    import_id: str | None = Field(default=None, alias="importId", exclude_if=is_none)
    item_type_results: list[ExternalAgentConfigImportTypeResult] | None = Field(
        default=None, alias="itemTypeResults", exclude_if=is_none,
    )


class ExternalAgentConfigImportCompletedNotificationMessage(TaggedWireModel):
    """``ServerNotificationMessage`` with ``method: 'externalAgentConfig/import/completed'``."""

    __wire_tags__ = ("method",)
    emitted_at_ms: int | None = Field(default=None, alias="emittedAtMs", exclude_if=is_none)
    """Unix timestamp (in milliseconds) when app-server emitted this notification."""
    method: Literal["externalAgentConfig/import/completed"] = "externalAgentConfig/import/completed"
    params: ExternalAgentConfigImportCompletedNotification


class ExternalAgentConfigImportHistory(WireModel):
    completed_at_ms: int = Field(alias="completedAtMs")
    failures: list[ExternalAgentConfigImportItemTypeFailure]
    import_id: str = Field(alias="importId")
    provider_id: str | None = Field(default=None, alias="providerId")
    successes: list[ExternalAgentConfigImportItemTypeSuccess]


class ExternalAgentImportedConnectorCandidate(WireModel):
    name: str
    session_count: int = Field(alias="sessionCount")
    source: ExternalAgentImportedConnectorSource


class ExternalAgentConfigImportHistoriesReadResponse(WireModel):
    connectors: list[ExternalAgentImportedConnectorCandidate] | None = Field(default=None, exclude_if=is_none)
    data: list[ExternalAgentConfigImportHistory]


class ExternalAgentConfigImportHistoryRecordResponse(WireModel):
    import_id: str = Field(alias="importId")


class ExternalAgentConfigImportProgressNotification(WireModel):
    import_id: str = Field(alias="importId")
    item_type_results: list[ExternalAgentConfigImportTypeResult] = Field(alias="itemTypeResults")


class ExternalAgentConfigImportProgressNotificationMessage(TaggedWireModel):
    """``ServerNotificationMessage`` with ``method: 'externalAgentConfig/import/progress'``."""

    __wire_tags__ = ("method",)
    emitted_at_ms: int | None = Field(default=None, alias="emittedAtMs", exclude_if=is_none)
    """Unix timestamp (in milliseconds) when app-server emitted this notification."""
    method: Literal["externalAgentConfig/import/progress"] = "externalAgentConfig/import/progress"
    params: ExternalAgentConfigImportProgressNotification


class ExternalAgentConfigImportResponse(WireModel):
    import_id: str | None = Field(default=None, alias="importId", exclude_if=is_none)


class FailedThreadPredictionResult(TaggedWireModel):
    """``ThreadPredictionResult`` with ``type: 'failed'``."""

    __wire_tags__ = ("type",)
    type: Literal["failed"] = "failed"


class FeedbackUploadResponse(WireModel):
    prompt_hash: str | None = Field(default=None, alias="promptHash")
    """Whitespace-normalized SHA-256 of the session base instructions, matching the uploaded `prompt_hash` tag. Does
    not include later developer messages. Null when the reported rollout has no prompt metadata.
    """
    thread_id: str = Field(alias="threadId")


class FileChangeOutputDeltaNotification(WireModel):
    """Deprecated legacy notification for `apply_patch` textual output.

    The server no longer emits this notification.
    """

    delta: str
    item_id: str = Field(alias="itemId")
    thread_id: str = Field(alias="threadId")
    turn_id: str = Field(alias="turnId")


class UnrecognizedPatchChangeKind(WireModel):
    """A ``PatchChangeKind`` variant this schema does not know (a newer server?). Every field is kept as an extra."""

    type: str


class UpdatePatchChangeKind(TaggedWireModel):
    """``PatchChangeKind`` with ``type: 'update'``."""

    __wire_tags__ = ("type",)
    move_path: str | None = None
    type: Literal["update"] = "update"


PatchChangeKind: TypeAlias = Annotated[
    Union[
        Annotated[AddPatchChangeKind, Tag("add")],
        Annotated[DeletePatchChangeKind, Tag("delete")],
        Annotated[UpdatePatchChangeKind, Tag("update")],
        Annotated[UnrecognizedPatchChangeKind, Tag(UNRECOGNIZED_TAG)],
    ],
    Discriminator(tag_discriminator("type", "type", ("add", "delete", "update"))),
]


class FileUpdateChange(WireModel):
    diff: str
    kind: PatchChangeKind
    path: str


class FileChangePatchUpdatedNotification(WireModel):
    changes: list[FileUpdateChange]
    item_id: str = Field(alias="itemId")
    thread_id: str = Field(alias="threadId")
    turn_id: str = Field(alias="turnId")


class FileChangeRequestApprovalParams(WireModel):
    grant_root: str | None = Field(default=None, alias="grantRoot")
    """[UNSTABLE] When set, the agent is asking the user to allow writes under this root for the remainder of the
    session (unclear if this is honored today).
    """
    item_id: str = Field(alias="itemId")
    reason: str | None = None
    """Optional explanatory reason (e.g. request for extra write access)."""
    started_at_ms: int = Field(alias="startedAtMs")
    """Unix timestamp (in milliseconds) when this approval request started."""
    thread_id: str = Field(alias="threadId")
    turn_id: str = Field(alias="turnId")


class FileChangeRequestApprovalResponse(WireModel):
    decision: FileChangeApprovalDecision


class FileChangeThreadItem(TaggedWireModel):
    """``ThreadItem`` with ``type: 'fileChange'``."""

    __wire_tags__ = ("type",)
    changes: list[FileUpdateChange]
    id: str
    status: PatchApplyStatus
    type: Literal["fileChange"] = "fileChange"


class FindInPageResponsesApiWebSearchAction(TaggedWireModel):
    """``ResponsesApiWebSearchAction`` with ``type: 'find_in_page'``."""

    __wire_tags__ = ("type",)
    pattern: str | None = None
    type: Literal["find_in_page"] = "find_in_page"
    url: str | None = None


class FindInPageWebSearchAction(TaggedWireModel):
    """``WebSearchAction`` with ``type: 'findInPage'``."""

    __wire_tags__ = ("type",)
    pattern: str | None = None
    type: Literal["findInPage"] = "findInPage"
    url: str | None = None


class McpElicitationBooleanSchema(WireModel):
    default: bool | None = None
    description: str | None = None
    title: str | None = None
    type: McpElicitationBooleanType


class McpElicitationLegacyTitledEnumSchema(WireModel):
    default: str | None = None
    description: str | None = None
    enum: list[str]
    enum_names: list[str] | None = Field(default=None, alias="enumNames")
    title: str | None = None
    type: McpElicitationStringType


class McpElicitationConstOption(WireModel):
    const: str
    title: str


class McpElicitationTitledEnumItems(WireModel):
    any_of: list[McpElicitationConstOption] = Field(alias="anyOf")


class McpElicitationTitledMultiSelectEnumSchema(WireModel):
    default: list[str] | None = None
    description: str | None = None
    items: McpElicitationTitledEnumItems
    max_items: int | None = Field(default=None, alias="maxItems")
    min_items: int | None = Field(default=None, alias="minItems")
    title: str | None = None
    type: McpElicitationArrayType


class McpElicitationUntitledEnumItems(WireModel):
    enum: list[str]
    type: McpElicitationStringType


class McpElicitationUntitledMultiSelectEnumSchema(WireModel):
    default: list[str] | None = None
    description: str | None = None
    items: McpElicitationUntitledEnumItems
    max_items: int | None = Field(default=None, alias="maxItems")
    min_items: int | None = Field(default=None, alias="minItems")
    title: str | None = None
    type: McpElicitationArrayType


McpElicitationMultiSelectEnumSchema: TypeAlias = Union[
    McpElicitationUntitledMultiSelectEnumSchema,
    McpElicitationTitledMultiSelectEnumSchema,
]


class McpElicitationTitledSingleSelectEnumSchema(WireModel):
    default: str | None = None
    description: str | None = None
    one_of: list[McpElicitationConstOption] = Field(alias="oneOf")
    title: str | None = None
    type: McpElicitationStringType


class McpElicitationUntitledSingleSelectEnumSchema(WireModel):
    default: str | None = None
    description: str | None = None
    enum: list[str]
    title: str | None = None
    type: McpElicitationStringType


McpElicitationSingleSelectEnumSchema: TypeAlias = Union[
    McpElicitationUntitledSingleSelectEnumSchema,
    McpElicitationTitledSingleSelectEnumSchema,
]


McpElicitationEnumSchema: TypeAlias = Union[
    McpElicitationSingleSelectEnumSchema,
    McpElicitationMultiSelectEnumSchema,
    McpElicitationLegacyTitledEnumSchema,
]


class McpElicitationNumberSchema(WireModel):
    default: float | None = None
    description: str | None = None
    maximum: float | None = None
    minimum: float | None = None
    title: str | None = None
    type: McpElicitationNumberType


class McpElicitationStringSchema(WireModel):
    default: str | None = None
    description: str | None = None
    format: McpElicitationStringFormat | None = None
    max_length: int | None = Field(default=None, alias="maxLength")
    min_length: int | None = Field(default=None, alias="minLength")
    title: str | None = None
    type: McpElicitationStringType


McpElicitationPrimitiveSchema: TypeAlias = Union[
    McpElicitationEnumSchema,
    McpElicitationStringSchema,
    McpElicitationNumberSchema,
    McpElicitationBooleanSchema,
]


class McpElicitationSchema(WireModel):
    """Typed form schema for MCP `elicitation/create` requests.

    This matches the `requestedSchema` shape from the MCP 2025-11-25 `ElicitRequestFormParams` schema.
    """

    schema_: str | None = Field(default=None, alias="$schema")
    properties: dict[str, McpElicitationPrimitiveSchema]
    required: list[str] | None = None
    type: McpElicitationObjectType


class FormMcpServerElicitationRequestParams(TaggedWireModel):
    """``McpServerElicitationRequestParams`` with ``mode: 'form'``."""

    __wire_tags__ = ("mode",)
    meta: Any = Field(default=None, alias="_meta")
    message: str
    mode: Literal["form"] = "form"
    requested_schema: McpElicitationSchema = Field(alias="requestedSchema")
    server_name: str = Field(alias="serverName")
    thread_id: str = Field(alias="threadId")
    turn_id: str | None = Field(default=None, alias="turnId")
    """Active Codex turn when this elicitation was observed, if app-server could correlate one.

    This is nullable because MCP models elicitation as a standalone server-to-client request identified by the MCP
    server request id. It may be triggered during a turn, but turn context is app-server correlation rather than
    part of the protocol identity of the elicitation itself.
    """


class FsChangedNotification(WireModel):
    """Filesystem watch notification emitted for `fs/watch` subscribers."""

    changed_paths: list[AbsolutePathBuf] = Field(alias="changedPaths")
    """File or directory paths associated with this event."""
    watch_id: str = Field(alias="watchId")
    """Watch identifier previously provided to `fs/watch`."""


class FsChangedNotificationMessage(TaggedWireModel):
    """``ServerNotificationMessage`` with ``method: 'fs/changed'``."""

    __wire_tags__ = ("method",)
    emitted_at_ms: int | None = Field(default=None, alias="emittedAtMs", exclude_if=is_none)
    """Unix timestamp (in milliseconds) when app-server emitted this notification."""
    method: Literal["fs/changed"] = "fs/changed"
    params: FsChangedNotification


class FsCopyResponse(WireModel):
    """Successful response for `fs/copy`."""


class FsCreateDirectoryResponse(WireModel):
    """Successful response for `fs/createDirectory`."""


class FsGetMetadataResponse(WireModel):
    """Metadata returned by `fs/getMetadata`."""

    created_at_ms: int = Field(alias="createdAtMs")
    """File creation time in Unix milliseconds when available, otherwise `0`."""
    is_directory: bool = Field(alias="isDirectory")
    """Whether the path resolves to a directory."""
    is_file: bool = Field(alias="isFile")
    """Whether the path resolves to a regular file."""
    is_symlink: bool = Field(alias="isSymlink")
    """Whether the path itself is a symbolic link."""
    modified_at_ms: int = Field(alias="modifiedAtMs")
    """File modification time in Unix milliseconds when available, otherwise `0`."""


class FsReadDirectoryEntry(WireModel):
    """A directory entry returned by `fs/readDirectory`."""

    file_name: str = Field(alias="fileName")
    """Direct child entry name only, not an absolute or relative path."""
    is_directory: bool = Field(alias="isDirectory")
    """Whether this entry resolves to a directory."""
    is_file: bool = Field(alias="isFile")
    """Whether this entry resolves to a regular file."""


class FsReadDirectoryResponse(WireModel):
    """Directory entries returned by `fs/readDirectory`."""

    entries: list[FsReadDirectoryEntry]
    """Direct child entries in the requested directory."""


class FsReadFileResponse(WireModel):
    """Base64-encoded file contents returned by `fs/readFile`."""

    data_base64: str = Field(alias="dataBase64")
    """File contents encoded as base64."""


class FsRemoveResponse(WireModel):
    """Successful response for `fs/remove`."""


class FsUnwatchResponse(WireModel):
    """Successful response for `fs/unwatch`."""


class FsWatchResponse(WireModel):
    """Successful response for `fs/watch`."""

    path: AbsolutePathBuf
    """Canonicalized path associated with the watch."""


class FsWriteFileResponse(WireModel):
    """Successful response for `fs/writeFile`."""


class FunctionCallOutputResponseItem(TaggedWireModel):
    """``ResponseItem`` with ``type: 'function_call_output'``."""

    __wire_tags__ = ("type",)
    call_id: str | None = None
    id: str | None = None
    internal_chat_message_metadata_passthrough: InternalChatMessageMetadataPassthrough | None = None
    name: str | None = None
    namespace: str | None = None
    output: FunctionCallOutputBody
    type: Literal["function_call_output"] = "function_call_output"


class FunctionCallOutputThreadItem(TaggedWireModel):
    """``ThreadItem`` with ``type: 'functionCallOutput'``."""

    __wire_tags__ = ("type",)
    id: str
    name: str
    namespace: str | None = None
    output: FunctionCallOutputBody
    type: Literal["functionCallOutput"] = "functionCallOutput"


class FunctionCallResponseItem(TaggedWireModel):
    """``ResponseItem`` with ``type: 'function_call'``."""

    __wire_tags__ = ("type",)
    arguments: str
    call_id: str
    encrypted_content: str | None = None
    encrypted_function_args: list[str] | None = None
    id: str | None = None
    internal_chat_message_metadata_passthrough: InternalChatMessageMetadataPassthrough | None = None
    name: str
    namespace: str | None = None
    status: str | None = None
    type: Literal["function_call"] = "function_call"


class FuzzyFileSearchResult(WireModel):
    """Superset of [`codex_file_search::FileMatch`]"""

    file_name: str
    indices: list[int] | None = None
    match_type: FuzzyFileSearchMatchType
    path: str
    root: str
    score: int


class FuzzyFileSearchResponse(WireModel):
    files: list[FuzzyFileSearchResult]


class FuzzyFileSearchSessionCompletedNotification(WireModel):
    session_id: str = Field(alias="sessionId")


class FuzzyFileSearchSessionCompletedNotificationMessage(TaggedWireModel):
    """``ServerNotificationMessage`` with ``method: 'fuzzyFileSearch/sessionCompleted'``."""

    __wire_tags__ = ("method",)
    emitted_at_ms: int | None = Field(default=None, alias="emittedAtMs", exclude_if=is_none)
    """Unix timestamp (in milliseconds) when app-server emitted this notification."""
    method: Literal["fuzzyFileSearch/sessionCompleted"] = "fuzzyFileSearch/sessionCompleted"
    params: FuzzyFileSearchSessionCompletedNotification


class FuzzyFileSearchSessionUpdatedNotification(WireModel):
    files: list[FuzzyFileSearchResult]
    query: str
    session_id: str = Field(alias="sessionId")


class FuzzyFileSearchSessionUpdatedNotificationMessage(TaggedWireModel):
    """``ServerNotificationMessage`` with ``method: 'fuzzyFileSearch/sessionUpdated'``."""

    __wire_tags__ = ("method",)
    emitted_at_ms: int | None = Field(default=None, alias="emittedAtMs", exclude_if=is_none)
    """Unix timestamp (in milliseconds) when app-server emitted this notification."""
    method: Literal["fuzzyFileSearch/sessionUpdated"] = "fuzzyFileSearch/sessionUpdated"
    params: FuzzyFileSearchSessionUpdatedNotification


class GatewayOAuthCancelResponse(WireModel):
    pass


class GatewayOAuthLoginResponse(WireModel):
    pass


class GatewayOAuthReadResponse(WireModel):
    """Current effective gateway policy and credential readiness; never contains credentials."""

    error: str | None = None
    provider_id: str = Field(alias="providerId")
    provider_name: str = Field(alias="providerName")
    required: bool
    """Whether the selected provider uses gateway OAuth, even when already signed in."""
    status: GatewayOAuthStatus | None = None
    """Null when the effective provider does not use gateway OAuth."""


class RateLimitResetCredit(WireModel):
    description: str | None = None
    """Backend-provided display description for this credit, or `null` when unavailable."""
    expires_at: int | None = Field(default=None, alias="expiresAt")
    """Unix timestamp in seconds when the credit expires, or `null` if it does not expire."""
    granted_at: int = Field(alias="grantedAt")
    """Unix timestamp in seconds when the credit was granted."""
    id: str
    """Opaque backend identifier for this reset credit."""
    reset_type: RateLimitResetType = Field(alias="resetType")
    status: RateLimitResetCreditStatus
    title: str | None = None
    """Backend-provided display title for this credit, or `null` when unavailable."""


class RateLimitResetCreditsSummary(WireModel):
    available_count: int = Field(alias="availableCount")
    credits: list[RateLimitResetCredit] | None = None
    """Detail rows for available reset credits, when the backend provides them.

    `null` means only `availableCount` is known, while an empty array means details were fetched and no available
    credits were returned. The backend may cap this list, so its length can be less than `availableCount`.
    """


class GetAccountRateLimitsResponse(WireModel):
    account_id: str | None = Field(default=None, alias="accountId")
    """Account associated with this usage snapshot, when supplied by the backend."""
    ordinary_usage_allowed: bool | None = Field(default=None, alias="ordinaryUsageAllowed")
    """Backend permission for ordinary included usage, validated against the active account. Null means unavailable;
    clients must not infer recovery from percentages or reset times.
    """
    rate_limit_reset_credits: RateLimitResetCreditsSummary | None = Field(default=None, alias="rateLimitResetCredits")
    rate_limit_upsell: Any = Field(default=None, alias="rateLimitUpsell")
    """Optional backend-owned banner from the same usage read. Its nested keys retain the backend's snake_case
    contract; an absent banner leaves the client's existing UI unchanged.
    """
    rate_limits: RateLimitSnapshot = Field(alias="rateLimits")
    """Backward-compatible single-bucket view; mirrors the historical payload."""
    rate_limits_by_limit_id: dict[str, RateLimitSnapshot] | None = Field(default=None, alias="rateLimitsByLimitId")
    """Multi-bucket view keyed by metered `limit_id` (for example, `codex`)."""


class GetAccountResponse(WireModel):
    account: Account | None = None
    requires_openai_auth: bool = Field(alias="requiresOpenaiAuth")


class ThreadUsageBreakdownGroup(WireModel):
    cached_input_tokens: int | None = Field(default=None, alias="cachedInputTokens")
    estimated_usage_credits_micros: int = Field(alias="estimatedUsageCreditsMicros")
    input_tokens: int | None = Field(default=None, alias="inputTokens")
    model: str | None = None
    net_new_input_tokens: int | None = Field(default=None, alias="netNewInputTokens")
    output_tokens: int | None = Field(default=None, alias="outputTokens")
    reasoning_effort: str | None = Field(default=None, alias="reasoningEffort")
    speed: str | None = None
    total_tokens: int | None = Field(default=None, alias="totalTokens")


class ThreadUsage(WireModel):
    estimated_usage_credits_micros: int = Field(alias="estimatedUsageCreditsMicros")
    estimated_usage_usd_micros: int | None = Field(default=None, alias="estimatedUsageUsdMicros")
    groups: list[ThreadUsageBreakdownGroup]
    thread_id: str = Field(alias="threadId")


class GetAccountTokenUsageResponse(WireModel):
    daily_usage_buckets: list[AccountTokenUsageDailyBucket] | None = Field(default=None, alias="dailyUsageBuckets")
    summary: AccountTokenUsageSummary
    thread_usage: ThreadUsage | None = Field(default=None, alias="threadUsage")
    """Estimated usage when a thread was requested and its billing route is available."""


class WorkspaceMessage(WireModel):
    archived_at: int | None = Field(default=None, alias="archivedAt")
    """Unix timestamp (in seconds) when the message was archived."""
    created_at: int | None = Field(default=None, alias="createdAt")
    """Unix timestamp (in seconds) when the message was created."""
    message_body: str = Field(alias="messageBody")
    message_id: str = Field(alias="messageId")
    message_type: WorkspaceMessageType = Field(alias="messageType")


class GetWorkspaceMessagesResponse(WireModel):
    feature_enabled: bool = Field(alias="featureEnabled")
    """Whether the workspace-message backend route is available for this client."""
    messages: list[WorkspaceMessage]
    """Active workspace messages returned by the backend."""


class GitInfo(WireModel):
    branch: str | None = None
    origin_url: str | None = Field(default=None, alias="originUrl")
    sha: str | None = None


class GitPluginSource(TaggedWireModel):
    """``PluginSource`` with ``type: 'git'``."""

    __wire_tags__ = ("type",)
    path: str | None = None
    ref_name: str | None = Field(default=None, alias="refName")
    sha: str | None = None
    type: Literal["git"] = "git"
    url: str


class GrantedPermissionProfile(WireModel):
    file_system: AdditionalFileSystemPermissions | None = Field(default=None, alias="fileSystem")
    network: AdditionalNetworkPermissions | None = None


class GuardianApprovalReview(WireModel):
    """[UNSTABLE] Temporary approval auto-review payload used by `item/autoApprovalReview/*` notifications. This
    shape is expected to change soon.
    """

    rationale: str | None = None
    risk_level: GuardianRiskLevel | None = Field(default=None, alias="riskLevel")
    status: GuardianApprovalReviewStatus
    user_authorization: GuardianUserAuthorization | None = Field(default=None, alias="userAuthorization")


class McpToolCallGuardianApprovalReviewAction(TaggedWireModel):
    """``GuardianApprovalReviewAction`` with ``type: 'mcpToolCall'``."""

    __wire_tags__ = ("type",)
    connector_id: str | None = Field(default=None, alias="connectorId")
    connector_name: str | None = Field(default=None, alias="connectorName")
    server: str
    tool_name: str = Field(alias="toolName")
    tool_title: str | None = Field(default=None, alias="toolTitle")
    type: Literal["mcpToolCall"] = "mcpToolCall"


class NetworkAccessGuardianApprovalReviewAction(TaggedWireModel):
    """``GuardianApprovalReviewAction`` with ``type: 'networkAccess'``."""

    __wire_tags__ = ("type",)
    host: str
    port: int
    protocol: NetworkApprovalProtocol
    target: str
    type: Literal["networkAccess"] = "networkAccess"


class RequestPermissionProfile(WireModel):
    file_system: AdditionalFileSystemPermissions | None = Field(default=None, alias="fileSystem")
    network: AdditionalNetworkPermissions | None = None


class RequestPermissionsGuardianApprovalReviewAction(TaggedWireModel):
    """``GuardianApprovalReviewAction`` with ``type: 'requestPermissions'``."""

    __wire_tags__ = ("type",)
    permissions: RequestPermissionProfile
    reason: str | None = None
    type: Literal["requestPermissions"] = "requestPermissions"


class UnrecognizedGuardianApprovalReviewAction(WireModel):
    """A ``GuardianApprovalReviewAction`` variant this schema does not know (a newer server?). Every field is kept as
    an extra.
    """

    type: str


class WriteStdinGuardianApprovalReviewAction(TaggedWireModel):
    """A child approval for input to an existing command execution item."""

    __wire_tags__ = ("type",)
    approval_id: str = Field(alias="approvalId")
    cwd: LegacyAppPathString
    process_id: str = Field(alias="processId")
    stdin: str
    type: Literal["writeStdin"] = "writeStdin"


GuardianApprovalReviewAction: TypeAlias = Annotated[
    Union[
        Annotated[CommandGuardianApprovalReviewAction, Tag("command")],
        Annotated[ExecveGuardianApprovalReviewAction, Tag("execve")],
        Annotated[WriteStdinGuardianApprovalReviewAction, Tag("writeStdin")],
        Annotated[ApplyPatchGuardianApprovalReviewAction, Tag("applyPatch")],
        Annotated[NetworkAccessGuardianApprovalReviewAction, Tag("networkAccess")],
        Annotated[McpToolCallGuardianApprovalReviewAction, Tag("mcpToolCall")],
        Annotated[RequestPermissionsGuardianApprovalReviewAction, Tag("requestPermissions")],
        Annotated[UnrecognizedGuardianApprovalReviewAction, Tag(UNRECOGNIZED_TAG)],
    ],
    Discriminator(
        tag_discriminator(
            "type",
            "type",
            ("command", "execve", "writeStdin", "applyPatch", "networkAccess", "mcpToolCall", "requestPermissions"),
        ),
    ),
]


class GuardianWarningNotification(WireModel):
    message: str
    """Concise guardian warning message for the user."""
    thread_id: str = Field(alias="threadId")
    """Thread target for the guardian warning."""


class GuardianWarningNotificationMessage(TaggedWireModel):
    """``ServerNotificationMessage`` with ``method: 'guardianWarning'``."""

    __wire_tags__ = ("method",)
    emitted_at_ms: int | None = Field(default=None, alias="emittedAtMs", exclude_if=is_none)
    """Unix timestamp (in milliseconds) when app-server emitted this notification."""
    method: Literal["guardianWarning"] = "guardianWarning"
    params: GuardianWarningNotification


class HookOutputEntry(WireModel):
    kind: HookOutputEntryKind
    text: str


class HookRunSummary(WireModel):
    completed_at: int | None = Field(default=None, alias="completedAt")
    display_order: int = Field(alias="displayOrder")
    duration_ms: int | None = Field(default=None, alias="durationMs")
    entries: list[HookOutputEntry]
    event_name: HookEventName = Field(alias="eventName")
    execution_mode: HookExecutionMode = Field(alias="executionMode")
    handler_type: HookHandlerType = Field(alias="handlerType")
    id: str
    scope: HookScope
    source: HookSource | None = Field(default=None, exclude_if=is_none)
    source_path: AbsolutePathBuf = Field(alias="sourcePath")
    started_at: int = Field(alias="startedAt")
    status: HookRunStatus
    status_message: str | None = Field(default=None, alias="statusMessage")


class HookCompletedNotification(WireModel):
    run: HookRunSummary
    thread_id: str = Field(alias="threadId")
    turn_id: str | None = Field(default=None, alias="turnId")


class HookCompletedNotificationMessage(TaggedWireModel):
    """``ServerNotificationMessage`` with ``method: 'hook/completed'``."""

    __wire_tags__ = ("method",)
    emitted_at_ms: int | None = Field(default=None, alias="emittedAtMs", exclude_if=is_none)
    """Unix timestamp (in milliseconds) when app-server emitted this notification."""
    method: Literal["hook/completed"] = "hook/completed"
    params: HookCompletedNotification


class HookErrorInfo(WireModel):
    message: str
    path: str


class McpToolHookMetadata(TaggedWireModel):
    """``HookMetadata`` with ``handlerType: 'mcpTool'``."""

    __wire_tags__ = ("handler_type",)
    additional_context_limit: int | None = Field(default=None, alias="additionalContextLimit")
    """Configured `additionalContext` spill threshold. `null` uses 2,500 tokens; `0` disables spilling."""
    current_hash: str = Field(alias="currentHash")
    display_order: int = Field(alias="displayOrder")
    enabled: bool
    event_name: HookEventName = Field(alias="eventName")
    handler_type: Literal["mcpTool"] = Field(default="mcpTool", alias="handlerType")
    is_managed: bool = Field(alias="isManaged")
    key: str
    matcher: str | None = None
    plugin_id: str | None = Field(default=None, alias="pluginId")
    server: str
    source: HookSource
    source_path: AbsolutePathBuf = Field(alias="sourcePath")
    status_message: str | None = Field(default=None, alias="statusMessage")
    timeout_sec: int = Field(alias="timeoutSec")
    tool: str
    trust_status: HookTrustStatus = Field(alias="trustStatus")


class PromptHookMetadata(TaggedWireModel):
    """``HookMetadata`` with ``handlerType: 'prompt'``."""

    __wire_tags__ = ("handler_type",)
    additional_context_limit: int | None = Field(default=None, alias="additionalContextLimit")
    """Configured `additionalContext` spill threshold. `null` uses 2,500 tokens; `0` disables spilling."""
    current_hash: str = Field(alias="currentHash")
    display_order: int = Field(alias="displayOrder")
    enabled: bool
    event_name: HookEventName = Field(alias="eventName")
    handler_type: Literal["prompt"] = Field(default="prompt", alias="handlerType")
    is_managed: bool = Field(alias="isManaged")
    key: str
    matcher: str | None = None
    plugin_id: str | None = Field(default=None, alias="pluginId")
    source: HookSource
    source_path: AbsolutePathBuf = Field(alias="sourcePath")
    status_message: str | None = Field(default=None, alias="statusMessage")
    timeout_sec: int = Field(alias="timeoutSec")
    trust_status: HookTrustStatus = Field(alias="trustStatus")


class UnrecognizedHookMetadata(WireModel):
    """A ``HookMetadata`` variant this schema does not know (a newer server?). Every field is kept as an extra."""

    handler_type: str = Field(alias="handlerType")


HookMetadata: TypeAlias = Annotated[
    Union[
        Annotated[CommandHookMetadata, Tag("command")],
        Annotated[McpToolHookMetadata, Tag("mcpTool")],
        Annotated[PromptHookMetadata, Tag("prompt")],
        Annotated[AgentHookMetadata, Tag("agent")],
        Annotated[UnrecognizedHookMetadata, Tag(UNRECOGNIZED_TAG)],
    ],
    Discriminator(tag_discriminator("handlerType", "handler_type", ("command", "mcpTool", "prompt", "agent"))),
]


class HookPromptFragment(WireModel):
    hook_run_id: str = Field(alias="hookRunId")
    text: str


class HookPromptThreadItem(TaggedWireModel):
    """``ThreadItem`` with ``type: 'hookPrompt'``."""

    __wire_tags__ = ("type",)
    fragments: list[HookPromptFragment]
    id: str
    type: Literal["hookPrompt"] = "hookPrompt"


class HookStartedNotification(WireModel):
    run: HookRunSummary
    thread_id: str = Field(alias="threadId")
    turn_id: str | None = Field(default=None, alias="turnId")


class HookStartedNotificationMessage(TaggedWireModel):
    """``ServerNotificationMessage`` with ``method: 'hook/started'``."""

    __wire_tags__ = ("method",)
    emitted_at_ms: int | None = Field(default=None, alias="emittedAtMs", exclude_if=is_none)
    """Unix timestamp (in milliseconds) when app-server emitted this notification."""
    method: Literal["hook/started"] = "hook/started"
    params: HookStartedNotification


class HooksListEntry(WireModel):
    cwd: str
    errors: list[HookErrorInfo]
    hooks: list[HookMetadata]
    warnings: list[str]


class HooksListResponse(WireModel):
    data: list[HooksListEntry]


class HourlyScheduledTaskSchedule(TaggedWireModel):
    """``ScheduledTaskSchedule`` with ``type: 'hourly'``."""

    __wire_tags__ = ("type",)
    days: list[ScheduledTaskWeekday] | None = None
    interval_hours: int = Field(alias="intervalHours")
    type: Literal["hourly"] = "hourly"


class IdleThreadStatus(TaggedWireModel):
    """``ThreadStatus`` with ``type: 'idle'``."""

    __wire_tags__ = ("type",)
    type: Literal["idle"] = "idle"


class ImageGenerationCallResponseItem(TaggedWireModel):
    """``ResponseItem`` with ``type: 'image_generation_call'``."""

    __wire_tags__ = ("type",)
    encrypted_content: str | None = None
    id: str | None = None
    internal_chat_message_metadata_passthrough: InternalChatMessageMetadataPassthrough | None = None
    result: str
    revised_prompt: str | None = None
    status: str
    type: Literal["image_generation_call"] = "image_generation_call"


class UsageLimitExceededImageGenerationFailure(TaggedWireModel):
    __wire_tags__ = ("type",)
    limit_id: str = Field(alias="limitId")
    resets_at: int | None = Field(default=None, alias="resetsAt")
    type: Literal["usageLimitExceeded"] = "usageLimitExceeded"


ImageGenerationFailure: TypeAlias = UsageLimitExceededImageGenerationFailure


class ImageGenerationThreadItem(TaggedWireModel):
    """``ThreadItem`` with ``type: 'imageGeneration'``."""

    __wire_tags__ = ("type",)
    failure: ImageGenerationFailure | None = None
    id: str
    result: str
    revised_prompt: str | None = Field(default=None, alias="revisedPrompt")
    saved_path: AbsolutePathBuf | None = Field(default=None, alias="savedPath")
    status: str
    transparent_background: bool | None = Field(default=None, alias="transparentBackground")
    type: Literal["imageGeneration"] = "imageGeneration"


class ImageViewThreadItem(TaggedWireModel):
    """``ThreadItem`` with ``type: 'imageView'``."""

    __wire_tags__ = ("type",)
    id: str
    path: LegacyAppPathString
    type: Literal["imageView"] = "imageView"


class InitializeResponse(WireModel):
    codex_home: AbsolutePathBuf = Field(alias="codexHome")
    """Absolute path to the server's $CODEX_HOME directory."""
    platform_family: str = Field(alias="platformFamily")
    """Platform family for the running app-server target, for example `"unix"` or `"windows"`."""
    platform_os: str = Field(alias="platformOs")
    """Operating system for the running app-server target, for example `"macos"`, `"linux"`, or `"windows"`."""
    user_agent: str = Field(alias="userAgent")


class ItemAgentMessageDeltaNotificationMessage(TaggedWireModel):
    """``ServerNotificationMessage`` with ``method: 'item/agentMessage/delta'``."""

    __wire_tags__ = ("method",)
    emitted_at_ms: int | None = Field(default=None, alias="emittedAtMs", exclude_if=is_none)
    """Unix timestamp (in milliseconds) when app-server emitted this notification."""
    method: Literal["item/agentMessage/delta"] = "item/agentMessage/delta"
    params: AgentMessageDeltaNotification


class ItemGuardianApprovalReviewCompletedNotification(WireModel):
    """[UNSTABLE] Temporary notification payload for approval auto-review. This shape is expected to change soon."""

    action: GuardianApprovalReviewAction
    completed_at_ms: int = Field(alias="completedAtMs")
    """Unix timestamp (in milliseconds) when this review completed."""
    decision_source: AutoReviewDecisionSource = Field(alias="decisionSource")
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


class ItemAutoApprovalReviewCompletedNotificationMessage(TaggedWireModel):
    """``ServerNotificationMessage`` with ``method: 'item/autoApprovalReview/completed'``."""

    __wire_tags__ = ("method",)
    emitted_at_ms: int | None = Field(default=None, alias="emittedAtMs", exclude_if=is_none)
    """Unix timestamp (in milliseconds) when app-server emitted this notification."""
    method: Literal["item/autoApprovalReview/completed"] = "item/autoApprovalReview/completed"
    params: ItemGuardianApprovalReviewCompletedNotification


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


class ItemAutoApprovalReviewStartedNotificationMessage(TaggedWireModel):
    """``ServerNotificationMessage`` with ``method: 'item/autoApprovalReview/started'``."""

    __wire_tags__ = ("method",)
    emitted_at_ms: int | None = Field(default=None, alias="emittedAtMs", exclude_if=is_none)
    """Unix timestamp (in milliseconds) when app-server emitted this notification."""
    method: Literal["item/autoApprovalReview/started"] = "item/autoApprovalReview/started"
    params: ItemGuardianApprovalReviewStartedNotification


class ItemCommandExecutionOutputDeltaNotificationMessage(TaggedWireModel):
    """``ServerNotificationMessage`` with ``method: 'item/commandExecution/outputDelta'``."""

    __wire_tags__ = ("method",)
    emitted_at_ms: int | None = Field(default=None, alias="emittedAtMs", exclude_if=is_none)
    """Unix timestamp (in milliseconds) when app-server emitted this notification."""
    method: Literal["item/commandExecution/outputDelta"] = "item/commandExecution/outputDelta"
    params: CommandExecutionOutputDeltaNotification


class ItemCommandExecutionRequestApprovalRequestMessage(TaggedWireModel):
    """NEW APIs Sent when approval is requested for a specific command execution. This request is used for Turns
    started via turn/start.
    """

    __wire_tags__ = ("method",)
    id: RequestId
    method: Literal["item/commandExecution/requestApproval"] = "item/commandExecution/requestApproval"
    params: CommandExecutionRequestApprovalParams


class TerminalInteractionNotification(WireModel):
    item_id: str = Field(alias="itemId")
    process_id: str = Field(alias="processId")
    stdin: str
    thread_id: str = Field(alias="threadId")
    turn_id: str = Field(alias="turnId")


class ItemCommandExecutionTerminalInteractionNotificationMessage(TaggedWireModel):
    """``ServerNotificationMessage`` with ``method: 'item/commandExecution/terminalInteraction'``."""

    __wire_tags__ = ("method",)
    emitted_at_ms: int | None = Field(default=None, alias="emittedAtMs", exclude_if=is_none)
    """Unix timestamp (in milliseconds) when app-server emitted this notification."""
    method: Literal["item/commandExecution/terminalInteraction"] = "item/commandExecution/terminalInteraction"
    params: TerminalInteractionNotification


class McpAppUi(WireModel):
    """UI resource and display preference for model invocations, captured from the tool descriptor."""

    preferred_model_display_mode: McpAppDisplayMode = Field(alias="preferredModelDisplayMode")
    resource_uri: str = Field(alias="resourceUri")


class McpToolCallAppContext(WireModel):
    action_name: str | None = Field(default=None, alias="actionName")
    app_name: str | None = Field(default=None, alias="appName")
    connector_id: str = Field(alias="connectorId")
    link_id: str | None = Field(default=None, alias="linkId")
    resource_uri: str | None = Field(default=None, alias="resourceUri")


class McpToolCallError(WireModel):
    message: str


class McpToolCallResult(WireModel):
    meta: Any = Field(default=None, alias="_meta")
    content: list[Any]
    structured_content: Any = Field(default=None, alias="structuredContent")


class McpToolCallThreadItem(TaggedWireModel):
    """``ThreadItem`` with ``type: 'mcpToolCall'``."""

    __wire_tags__ = ("type",)
    app_context: McpToolCallAppContext | None = Field(default=None, alias="appContext")
    arguments: Any
    duration_ms: int | None = Field(default=None, alias="durationMs")
    """The duration of the MCP tool call in milliseconds."""
    error: McpToolCallError | None = None
    id: str
    mcp_app_resource_uri: str | None = Field(default=None, alias="mcpAppResourceUri")
    """Legacy compatibility field; prefer `mcpAppUi.resourceUri` when available."""
    mcp_app_ui: McpAppUi | None = Field(default=None, alias="mcpAppUi")
    """Presentation captured from the invoked descriptor; absent in older history."""
    plugin_id: str | None = Field(default=None, alias="pluginId")
    read_only_hint: bool | None = Field(default=None, alias="readOnlyHint")
    result: McpToolCallResult | None = None
    server: str
    status: McpToolCallStatus
    tool: str
    type: Literal["mcpToolCall"] = "mcpToolCall"


class PlanThreadItem(TaggedWireModel):
    """EXPERIMENTAL - proposed plan item content. The completed plan item is authoritative and may not match the
    concatenation of `PlanDelta` text.
    """

    __wire_tags__ = ("type",)
    id: str
    text: str
    type: Literal["plan"] = "plan"


class ReasoningThreadItem(TaggedWireModel):
    """``ThreadItem`` with ``type: 'reasoning'``."""

    __wire_tags__ = ("type",)
    content: list[str] | None = Field(default=None, exclude_if=is_none)
    id: str
    summary: list[str] | None = Field(default=None, exclude_if=is_none)
    type: Literal["reasoning"] = "reasoning"


class SleepThreadItem(TaggedWireModel):
    """Display item emitted by the interruptible `clock.sleep` tool."""

    __wire_tags__ = ("type",)
    duration_ms: int = Field(alias="durationMs")
    id: str
    type: Literal["sleep"] = "sleep"


class SubAgentActivityThreadItem(TaggedWireModel):
    """``ThreadItem`` with ``type: 'subAgentActivity'``."""

    __wire_tags__ = ("type",)
    agent_path: str = Field(alias="agentPath")
    agent_thread_id: str = Field(alias="agentThreadId")
    id: str
    kind: SubAgentActivityKind
    model: str | None = None
    """Resolved model at sub-agent creation; absent from older records and other activities."""
    reasoning_effort: ReasoningEffort | None = Field(default=None, alias="reasoningEffort")
    """Resolved reasoning effort at sub-agent creation, when known."""
    type: Literal["subAgentActivity"] = "subAgentActivity"


class UnrecognizedThreadItem(WireModel):
    """A ``ThreadItem`` variant this schema does not know (a newer server?). Every field is kept as an extra."""

    type: str


class UserMessageThreadItem(TaggedWireModel):
    """``ThreadItem`` with ``type: 'userMessage'``."""

    __wire_tags__ = ("type",)
    client_id: str | None = Field(default=None, alias="clientId")
    content: list[UserInput]
    id: str
    type: Literal["userMessage"] = "userMessage"


class OpenPageWebSearchAction(TaggedWireModel):
    """``WebSearchAction`` with ``type: 'openPage'``."""

    __wire_tags__ = ("type",)
    type: Literal["openPage"] = "openPage"
    url: str | None = None


class OtherWebSearchAction(TaggedWireModel):
    """``WebSearchAction`` with ``type: 'other'``."""

    __wire_tags__ = ("type",)
    type: Literal["other"] = "other"


class SearchWebSearchAction(TaggedWireModel):
    """``WebSearchAction`` with ``type: 'search'``."""

    __wire_tags__ = ("type",)
    queries: list[str] | None = None
    query: str | None = None
    type: Literal["search"] = "search"


class UnrecognizedWebSearchAction(WireModel):
    """A ``WebSearchAction`` variant this schema does not know (a newer server?). Every field is kept as an extra."""

    type: str


WebSearchAction: TypeAlias = Annotated[
    Union[
        Annotated[SearchWebSearchAction, Tag("search")],
        Annotated[OpenPageWebSearchAction, Tag("openPage")],
        Annotated[FindInPageWebSearchAction, Tag("findInPage")],
        Annotated[OtherWebSearchAction, Tag("other")],
        Annotated[UnrecognizedWebSearchAction, Tag(UNRECOGNIZED_TAG)],
    ],
    Discriminator(tag_discriminator("type", "type", ("search", "openPage", "findInPage", "other"))),
]


class WebSearchThreadItem(TaggedWireModel):
    """``ThreadItem`` with ``type: 'webSearch'``."""

    __wire_tags__ = ("type",)
    action: WebSearchAction | None = None
    id: str
    query: str
    results: list[Any] | None = None
    """Structured search results returned out-of-band by standalone web search.

    These stay as opaque JSON at the extension/app-server boundary so new result fields and result types can pass
    through without a Codex release.
    """
    type: Literal["webSearch"] = "webSearch"


ThreadItem: TypeAlias = Annotated[
    Union[
        Annotated[UserMessageThreadItem, Tag("userMessage")],
        Annotated[HookPromptThreadItem, Tag("hookPrompt")],
        Annotated[AgentMessageThreadItem, Tag("agentMessage")],
        Annotated[FunctionCallOutputThreadItem, Tag("functionCallOutput")],
        Annotated[PlanThreadItem, Tag("plan")],
        Annotated[ReasoningThreadItem, Tag("reasoning")],
        Annotated[CommandExecutionThreadItem, Tag("commandExecution")],
        Annotated[FileChangeThreadItem, Tag("fileChange")],
        Annotated[McpToolCallThreadItem, Tag("mcpToolCall")],
        Annotated[DynamicToolCallThreadItem, Tag("dynamicToolCall")],
        Annotated[CollabAgentToolCallThreadItem, Tag("collabAgentToolCall")],
        Annotated[SubAgentActivityThreadItem, Tag("subAgentActivity")],
        Annotated[WebSearchThreadItem, Tag("webSearch")],
        Annotated[ImageViewThreadItem, Tag("imageView")],
        Annotated[SleepThreadItem, Tag("sleep")],
        Annotated[ImageGenerationThreadItem, Tag("imageGeneration")],
        Annotated[EnteredReviewModeThreadItem, Tag("enteredReviewMode")],
        Annotated[ExitedReviewModeThreadItem, Tag("exitedReviewMode")],
        Annotated[ContextCompactionThreadItem, Tag("contextCompaction")],
        Annotated[UnrecognizedThreadItem, Tag(UNRECOGNIZED_TAG)],
    ],
    Discriminator(
        tag_discriminator(
            "type",
            "type",
            (
                "userMessage",
                "hookPrompt",
                "agentMessage",
                "functionCallOutput",
                "plan",
                "reasoning",
                "commandExecution",
                "fileChange",
                "mcpToolCall",
                "dynamicToolCall",
                "collabAgentToolCall",
                "subAgentActivity",
                "webSearch",
                "imageView",
                "sleep",
                "imageGeneration",
                "enteredReviewMode",
                "exitedReviewMode",
                "contextCompaction",
            ),
        ),
    ),
]


class ItemCompletedNotification(WireModel):
    completed_at_ms: int = Field(alias="completedAtMs")
    """Unix timestamp (in milliseconds) when this item lifecycle completed."""
    item: ThreadItem
    thread_id: str = Field(alias="threadId")
    turn_id: str = Field(alias="turnId")


class ItemCompletedNotificationMessage(TaggedWireModel):
    """``ServerNotificationMessage`` with ``method: 'item/completed'``."""

    __wire_tags__ = ("method",)
    emitted_at_ms: int | None = Field(default=None, alias="emittedAtMs", exclude_if=is_none)
    """Unix timestamp (in milliseconds) when app-server emitted this notification."""
    method: Literal["item/completed"] = "item/completed"
    params: ItemCompletedNotification


class ItemFileChangeOutputDeltaNotificationMessage(TaggedWireModel):
    """Deprecated legacy apply_patch output stream notification."""

    __wire_tags__ = ("method",)
    emitted_at_ms: int | None = Field(default=None, alias="emittedAtMs", exclude_if=is_none)
    """Unix timestamp (in milliseconds) when app-server emitted this notification."""
    method: Literal["item/fileChange/outputDelta"] = "item/fileChange/outputDelta"
    params: FileChangeOutputDeltaNotification


class ItemFileChangePatchUpdatedNotificationMessage(TaggedWireModel):
    """``ServerNotificationMessage`` with ``method: 'item/fileChange/patchUpdated'``."""

    __wire_tags__ = ("method",)
    emitted_at_ms: int | None = Field(default=None, alias="emittedAtMs", exclude_if=is_none)
    """Unix timestamp (in milliseconds) when app-server emitted this notification."""
    method: Literal["item/fileChange/patchUpdated"] = "item/fileChange/patchUpdated"
    params: FileChangePatchUpdatedNotification


class ItemFileChangeRequestApprovalRequestMessage(TaggedWireModel):
    """Sent when approval is requested for a specific file change. This request is used for Turns started via
    turn/start.
    """

    __wire_tags__ = ("method",)
    id: RequestId
    method: Literal["item/fileChange/requestApproval"] = "item/fileChange/requestApproval"
    params: FileChangeRequestApprovalParams


class McpToolCallProgressNotification(WireModel):
    item_id: str = Field(alias="itemId")
    message: str
    thread_id: str = Field(alias="threadId")
    turn_id: str = Field(alias="turnId")


class ItemMcpToolCallProgressNotificationMessage(TaggedWireModel):
    """``ServerNotificationMessage`` with ``method: 'item/mcpToolCall/progress'``."""

    __wire_tags__ = ("method",)
    emitted_at_ms: int | None = Field(default=None, alias="emittedAtMs", exclude_if=is_none)
    """Unix timestamp (in milliseconds) when app-server emitted this notification."""
    method: Literal["item/mcpToolCall/progress"] = "item/mcpToolCall/progress"
    params: McpToolCallProgressNotification


class PermissionsRequestApprovalParams(WireModel):
    cwd: LegacyAppPathString
    environment_id: str | None = Field(default=None, alias="environmentId")
    item_id: str = Field(alias="itemId")
    permissions: RequestPermissionProfile
    reason: str | None = None
    started_at_ms: int = Field(alias="startedAtMs")
    """Unix timestamp (in milliseconds) when this approval request started."""
    thread_id: str = Field(alias="threadId")
    turn_id: str = Field(alias="turnId")


class ItemPermissionsRequestApprovalRequestMessage(TaggedWireModel):
    """Request approval for additional permissions from the user."""

    __wire_tags__ = ("method",)
    id: RequestId
    method: Literal["item/permissions/requestApproval"] = "item/permissions/requestApproval"
    params: PermissionsRequestApprovalParams


class PlanDeltaNotification(WireModel):
    """EXPERIMENTAL - proposed plan streaming deltas for plan items. Clients should not assume concatenated deltas
    match the completed plan item content.
    """

    delta: str
    item_id: str = Field(alias="itemId")
    thread_id: str = Field(alias="threadId")
    turn_id: str = Field(alias="turnId")


class ItemPlanDeltaNotificationMessage(TaggedWireModel):
    """EXPERIMENTAL - proposed plan streaming deltas for plan items."""

    __wire_tags__ = ("method",)
    emitted_at_ms: int | None = Field(default=None, alias="emittedAtMs", exclude_if=is_none)
    """Unix timestamp (in milliseconds) when app-server emitted this notification."""
    method: Literal["item/plan/delta"] = "item/plan/delta"
    params: PlanDeltaNotification


class ReasoningSummaryPartAddedNotification(WireModel):
    item_id: str = Field(alias="itemId")
    summary_index: int = Field(alias="summaryIndex")
    thread_id: str = Field(alias="threadId")
    turn_id: str = Field(alias="turnId")


class ItemReasoningSummaryPartAddedNotificationMessage(TaggedWireModel):
    """``ServerNotificationMessage`` with ``method: 'item/reasoning/summaryPartAdded'``."""

    __wire_tags__ = ("method",)
    emitted_at_ms: int | None = Field(default=None, alias="emittedAtMs", exclude_if=is_none)
    """Unix timestamp (in milliseconds) when app-server emitted this notification."""
    method: Literal["item/reasoning/summaryPartAdded"] = "item/reasoning/summaryPartAdded"
    params: ReasoningSummaryPartAddedNotification


class ReasoningSummaryTextDeltaNotification(WireModel):
    delta: str
    item_id: str = Field(alias="itemId")
    summary_index: int = Field(alias="summaryIndex")
    thread_id: str = Field(alias="threadId")
    turn_id: str = Field(alias="turnId")


class ItemReasoningSummaryTextDeltaNotificationMessage(TaggedWireModel):
    """``ServerNotificationMessage`` with ``method: 'item/reasoning/summaryTextDelta'``."""

    __wire_tags__ = ("method",)
    emitted_at_ms: int | None = Field(default=None, alias="emittedAtMs", exclude_if=is_none)
    """Unix timestamp (in milliseconds) when app-server emitted this notification."""
    method: Literal["item/reasoning/summaryTextDelta"] = "item/reasoning/summaryTextDelta"
    params: ReasoningSummaryTextDeltaNotification


class ReasoningTextDeltaNotification(WireModel):
    content_index: int = Field(alias="contentIndex")
    delta: str
    item_id: str = Field(alias="itemId")
    thread_id: str = Field(alias="threadId")
    turn_id: str = Field(alias="turnId")


class ItemReasoningTextDeltaNotificationMessage(TaggedWireModel):
    """``ServerNotificationMessage`` with ``method: 'item/reasoning/textDelta'``."""

    __wire_tags__ = ("method",)
    emitted_at_ms: int | None = Field(default=None, alias="emittedAtMs", exclude_if=is_none)
    """Unix timestamp (in milliseconds) when app-server emitted this notification."""
    method: Literal["item/reasoning/textDelta"] = "item/reasoning/textDelta"
    params: ReasoningTextDeltaNotification


class ItemStartedNotification(WireModel):
    item: ThreadItem
    started_at_ms: int = Field(alias="startedAtMs")
    """Unix timestamp (in milliseconds) when this item lifecycle started."""
    thread_id: str = Field(alias="threadId")
    turn_id: str = Field(alias="turnId")


class ItemStartedNotificationMessage(TaggedWireModel):
    """``ServerNotificationMessage`` with ``method: 'item/started'``."""

    __wire_tags__ = ("method",)
    emitted_at_ms: int | None = Field(default=None, alias="emittedAtMs", exclude_if=is_none)
    """Unix timestamp (in milliseconds) when app-server emitted this notification."""
    method: Literal["item/started"] = "item/started"
    params: ItemStartedNotification


class ItemThreadTimelineEntry(TaggedWireModel):
    """``ThreadTimelineEntry`` with ``type: 'item'``."""

    __wire_tags__ = ("type",)
    item: ThreadItem
    position: int
    turn_id: str = Field(alias="turnId")
    type: Literal["item"] = "item"


class ItemToolCallRequestMessage(TaggedWireModel):
    """Execute a dynamic tool call on the client."""

    __wire_tags__ = ("method",)
    id: RequestId
    method: Literal["item/tool/call"] = "item/tool/call"
    params: DynamicToolCallParams


class ToolRequestUserInputOption(WireModel):
    """EXPERIMENTAL. Defines a single selectable option for request_user_input."""

    description: str
    label: str


class ToolRequestUserInputQuestion(WireModel):
    """EXPERIMENTAL. Represents one request_user_input question and its required options."""

    header: str
    id: str
    is_other: bool | None = Field(default=None, alias="isOther", exclude_if=is_none)
    is_secret: bool | None = Field(default=None, alias="isSecret", exclude_if=is_none)
    options: list[ToolRequestUserInputOption] | None = None
    question: str


class ToolRequestUserInputParams(WireModel):
    """EXPERIMENTAL. Params sent with a request_user_input event."""

    auto_resolution_ms: int | None = Field(default=None, alias="autoResolutionMs")
    """@deprecated Use `isBlocking` to decide whether the request should block."""
    is_blocking: bool | None = Field(default=None, alias="isBlocking", exclude_if=is_none)
    item_id: str = Field(alias="itemId")
    questions: list[ToolRequestUserInputQuestion]
    thread_id: str = Field(alias="threadId")
    turn_id: str = Field(alias="turnId")


class ItemToolRequestUserInputRequestMessage(TaggedWireModel):
    """EXPERIMENTAL - Request input from the user for a tool call."""

    __wire_tags__ = ("method",)
    id: RequestId
    method: Literal["item/tool/requestUserInput"] = "item/tool/requestUserInput"
    params: ToolRequestUserInputParams


class JSONRPCErrorError(WireModel):
    code: int
    data: Any = None
    message: str


class JSONRPCError(WireModel):
    """A response to a request that indicates an error occurred."""

    error: JSONRPCErrorError
    id: RequestId


class JSONRPCNotification(WireModel):
    """A notification which does not expect a response."""

    method: str
    params: Any = None


class W3cTraceContext(WireModel):
    traceparent: str | None = None
    tracestate: str | None = None


class JSONRPCRequest(WireModel):
    """A request that expects a response."""

    id: RequestId
    method: str
    params: Any = None
    trace: W3cTraceContext | None = None
    """Optional W3C Trace Context for distributed tracing."""


class JSONRPCResponse(WireModel):
    """A successful (non-error) response to a request."""

    id: RequestId
    result: Any


JSONRPCMessage: TypeAlias = Union[
    JSONRPCRequest,
    JSONRPCNotification,
    JSONRPCResponse,
    JSONRPCError,
]
"""Refers to any valid JSON-RPC object that can be decoded off the wire, or encoded to be sent."""


class McpServerInfo(WireModel):
    """Presentation metadata advertised by an initialized MCP server."""

    description: str | None = None
    icons: list[Any] | None = None
    name: str
    title: str | None = None
    version: str
    website_url: str | None = Field(default=None, alias="websiteUrl")


class Resource(WireModel):
    """A known resource that the server is capable of reading."""

    meta: Any = Field(default=None, alias="_meta")
    annotations: Any = None
    description: str | None = None
    icons: list[Any] | None = None
    mime_type: str | None = Field(default=None, alias="mimeType")
    name: str
    size: int | None = None
    title: str | None = None
    uri: str


class ResourceTemplate(WireModel):
    """A template description for resources available on the server."""

    annotations: Any = None
    description: str | None = None
    mime_type: str | None = Field(default=None, alias="mimeType")
    name: str
    title: str | None = None
    uri_template: str = Field(alias="uriTemplate")


class Tool(WireModel):
    """Definition for a tool the client can call."""

    meta: Any = Field(default=None, alias="_meta")
    annotations: Any = None
    description: str | None = None
    icons: list[Any] | None = None
    input_schema: Any = Field(alias="inputSchema")
    name: str
    output_schema: Any = Field(default=None, alias="outputSchema")
    title: str | None = None


class McpServerStatus(WireModel):
    auth_status: McpAuthStatus = Field(alias="authStatus")
    http_origin: str | None = Field(default=None, alias="httpOrigin")
    """HTTP origin of the effective configured endpoint, including plugin servers. Excludes credentials, path, query,
    and fragment; null for non-HTTP transports.
    """
    name: str
    plugin_id: str | None = Field(default=None, alias="pluginId")
    resource_templates: list[ResourceTemplate] = Field(alias="resourceTemplates")
    resources: list[Resource]
    runtime_status: McpServerConnectionStatus | None = Field(default=None, alias="runtimeStatus")
    """Current thread-runtime connection state; null when unavailable or the configuration changed."""
    server_capabilities: Any = Field(default=None, alias="serverCapabilities")
    """Capabilities advertised by the initialized MCP server; null when unavailable."""
    server_info: McpServerInfo | None = Field(default=None, alias="serverInfo")
    tools: dict[str, Tool]
    tools_error: str | None = Field(default=None, alias="toolsError")
    """Tool discovery failed and no catalog was returned. Null when a catalog is returned, including cached or empty
    catalogs.
    """


class ListMcpServerStatusResponse(WireModel):
    data: list[McpServerStatus]
    next_cursor: str | None = Field(default=None, alias="nextCursor")
    """Opaque cursor to pass to the next call to continue after the last item. If None, there are no more items to
    return.
    """


class LocalPluginSource(TaggedWireModel):
    """``PluginSource`` with ``type: 'local'``."""

    __wire_tags__ = ("type",)
    path: AbsolutePathBuf
    type: Literal["local"] = "local"


LocalShellAction: TypeAlias = ExecLocalShellAction


class LocalShellCallResponseItem(TaggedWireModel):
    """``ResponseItem`` with ``type: 'local_shell_call'``."""

    __wire_tags__ = ("type",)
    action: LocalShellAction
    call_id: str | None = None
    """Set when using the Responses API."""
    encrypted_content: str | None = None
    id: str | None = None
    """Legacy id field retained for compatibility with older payloads."""
    internal_chat_message_metadata_passthrough: InternalChatMessageMetadataPassthrough | None = None
    status: LocalShellStatus
    type: Literal["local_shell_call"] = "local_shell_call"


class UnrecognizedLoginAccountResponse(WireModel):
    """A ``LoginAccountResponse`` variant this schema does not know (a newer server?). Every field is kept as an
    extra.
    """

    type: str


LoginAccountResponse: TypeAlias = Annotated[
    Union[
        Annotated[ApiKeyLoginAccountResponse, Tag("apiKey")],
        Annotated[ChatgptLoginAccountResponse, Tag("chatgpt")],
        Annotated[ChatgptDeviceCodeLoginAccountResponse, Tag("chatgptDeviceCode")],
        Annotated[ChatgptAuthTokensLoginAccountResponse, Tag("chatgptAuthTokens")],
        Annotated[AmazonBedrockLoginAccountResponse, Tag("amazonBedrock")],
        Annotated[UnrecognizedLoginAccountResponse, Tag(UNRECOGNIZED_TAG)],
    ],
    Discriminator(
        tag_discriminator(
            "type",
            "type",
            ("apiKey", "chatgpt", "chatgptDeviceCode", "chatgptAuthTokens", "amazonBedrock"),
        ),
    ),
]


class LogoutAccountResponse(WireModel):
    pass


class ManagedHooksRequirements(WireModel):
    interrupt: list[ConfiguredHookMatcherGroup] | None = Field(default=None, alias="Interrupt", exclude_if=is_none)
    permission_request: list[ConfiguredHookMatcherGroup] = Field(alias="PermissionRequest")
    post_compact: list[ConfiguredHookMatcherGroup] = Field(alias="PostCompact")
    post_tool_use: list[ConfiguredHookMatcherGroup] = Field(alias="PostToolUse")
    pre_compact: list[ConfiguredHookMatcherGroup] = Field(alias="PreCompact")
    pre_tool_use: list[ConfiguredHookMatcherGroup] = Field(alias="PreToolUse")
    session_end: list[ConfiguredHookMatcherGroup] | None = Field(default=None, alias="SessionEnd", exclude_if=is_none)
    session_start: list[ConfiguredHookMatcherGroup] = Field(alias="SessionStart")
    stop: list[ConfiguredHookMatcherGroup] = Field(alias="Stop")
    subagent_start: list[ConfiguredHookMatcherGroup] = Field(alias="SubagentStart")
    subagent_stop: list[ConfiguredHookMatcherGroup] = Field(alias="SubagentStop")
    user_prompt_submit: list[ConfiguredHookMatcherGroup] = Field(alias="UserPromptSubmit")
    managed_dir: str | None = Field(default=None, alias="managedDir")
    windows_managed_dir: str | None = Field(default=None, alias="windowsManagedDir")


class MarketplaceAddResponse(WireModel):
    already_added: bool = Field(alias="alreadyAdded")
    installed_root: AbsolutePathBuf = Field(alias="installedRoot")
    marketplace_name: str = Field(alias="marketplaceName")


class MarketplaceInterface(WireModel):
    display_name: str | None = Field(default=None, alias="displayName")


class MarketplaceLoadErrorInfo(WireModel):
    marketplace_path: AbsolutePathBuf = Field(alias="marketplacePath")
    message: str


class MarketplaceRemoveResponse(WireModel):
    installed_root: AbsolutePathBuf | None = Field(default=None, alias="installedRoot")
    marketplace_name: str = Field(alias="marketplaceName")


class MarketplaceUpgradeErrorInfo(WireModel):
    marketplace_name: str = Field(alias="marketplaceName")
    message: str


class MarketplaceUpgradeResponse(WireModel):
    errors: list[MarketplaceUpgradeErrorInfo]
    selected_marketplaces: list[str] = Field(alias="selectedMarketplaces")
    upgraded_roots: list[AbsolutePathBuf] = Field(alias="upgradedRoots")


class TextResourceContent(WireModel):
    meta: Any = Field(default=None, alias="_meta")
    mime_type: str | None = Field(default=None, alias="mimeType")
    text: str
    uri: str
    """The URI of this resource."""


ResourceContent: TypeAlias = Union[
    TextResourceContent,
    BlobResourceContent,
]
"""Contents returned when reading a resource from an MCP server."""


class McpResourceReadResponse(WireModel):
    contents: list[ResourceContent]
    origin_call_id: str | None = Field(default=None, alias="originCallId")
    """Originating call when the server applied app-specific resource scoping."""


class OpenaiFormMcpServerElicitationRequestParams(TaggedWireModel):
    """``McpServerElicitationRequestParams`` with ``mode: 'openai/form'``."""

    __wire_tags__ = ("mode",)
    meta: Any = Field(default=None, alias="_meta")
    message: str
    mode: Literal["openai/form"] = "openai/form"
    requested_schema: Any = Field(alias="requestedSchema")
    server_name: str = Field(alias="serverName")
    thread_id: str = Field(alias="threadId")
    turn_id: str | None = Field(default=None, alias="turnId")
    """Active Codex turn when this elicitation was observed, if app-server could correlate one.

    This is nullable because MCP models elicitation as a standalone server-to-client request identified by the MCP
    server request id. It may be triggered during a turn, but turn context is app-server correlation rather than
    part of the protocol identity of the elicitation itself.
    """


class OpenaiFormMcpServerElicitationRequestParams3(TaggedWireModel):
    """``McpServerElicitationRequestParams`` with ``mode: 'openaiForm'``."""

    __wire_tags__ = ("mode",)
    meta: Any = Field(default=None, alias="_meta")
    message: str
    mode: Literal["openaiForm"] = "openaiForm"
    requested_schema: Any = Field(alias="requestedSchema")
    server_name: str = Field(alias="serverName")
    thread_id: str = Field(alias="threadId")
    turn_id: str | None = Field(default=None, alias="turnId")
    """Active Codex turn when this elicitation was observed, if app-server could correlate one.

    This is nullable because MCP models elicitation as a standalone server-to-client request identified by the MCP
    server request id. It may be triggered during a turn, but turn context is app-server correlation rather than
    part of the protocol identity of the elicitation itself.
    """


class UnrecognizedMcpServerElicitationRequestParams(WireModel):
    """A ``McpServerElicitationRequestParams`` variant this schema does not know (a newer server?). Every field is
    kept as an extra.
    """

    mode: str


class UrlMcpServerElicitationRequestParams(TaggedWireModel):
    """``McpServerElicitationRequestParams`` with ``mode: 'url'``."""

    __wire_tags__ = ("mode",)
    meta: Any = Field(default=None, alias="_meta")
    elicitation_id: str = Field(alias="elicitationId")
    message: str
    mode: Literal["url"] = "url"
    server_name: str = Field(alias="serverName")
    thread_id: str = Field(alias="threadId")
    turn_id: str | None = Field(default=None, alias="turnId")
    """Active Codex turn when this elicitation was observed, if app-server could correlate one.

    This is nullable because MCP models elicitation as a standalone server-to-client request identified by the MCP
    server request id. It may be triggered during a turn, but turn context is app-server correlation rather than
    part of the protocol identity of the elicitation itself.
    """
    url: str


McpServerElicitationRequestParams: TypeAlias = Annotated[
    Union[
        Annotated[FormMcpServerElicitationRequestParams, Tag("form")],
        Annotated[OpenaiFormMcpServerElicitationRequestParams, Tag("openai/form")],
        Annotated[OpenaiFormMcpServerElicitationRequestParams3, Tag("openaiForm")],
        Annotated[UrlMcpServerElicitationRequestParams, Tag("url")],
        Annotated[UnrecognizedMcpServerElicitationRequestParams, Tag(UNRECOGNIZED_TAG)],
    ],
    Discriminator(tag_discriminator("mode", "mode", ("form", "openai/form", "openaiForm", "url"))),
]


class McpServerElicitationRequestRequestMessage(TaggedWireModel):
    """Request input for an MCP server elicitation."""

    __wire_tags__ = ("method",)
    id: RequestId
    method: Literal["mcpServer/elicitation/request"] = "mcpServer/elicitation/request"
    params: McpServerElicitationRequestParams


class McpServerElicitationRequestResponse(WireModel):
    meta: Any = Field(default=None, alias="_meta")
    """Optional client metadata for form-mode action handling."""
    action: McpServerElicitationAction
    content: Any = None
    """Structured user input for accepted elicitations, mirroring RMCP `CreateElicitationResult`.

    This is nullable because decline/cancel responses have no content.
    """


class McpServerEventNotification(WireModel):
    method: str
    params: Any


class McpServerEventStreamNotification(WireModel):
    notification: McpServerEventNotification
    subscription_id: str = Field(alias="subscriptionId")


class McpServerEventStreamNotificationNotificationMessage(TaggedWireModel):
    """``ServerNotificationMessage`` with ``method: 'mcpServer/event/stream/notification'``."""

    __wire_tags__ = ("method",)
    emitted_at_ms: int | None = Field(default=None, alias="emittedAtMs", exclude_if=is_none)
    """Unix timestamp (in milliseconds) when app-server emitted this notification."""
    method: Literal["mcpServer/event/stream/notification"] = "mcpServer/event/stream/notification"
    params: McpServerEventStreamNotification


class McpServerOauthLoginCompletedNotification(WireModel):
    error: str | None = None
    login_id: str | None = Field(default=None, alias="loginId")
    """Identifies the explicit login attempt. Older servers omit this field."""
    name: str
    success: bool
    thread_id: str | None = Field(default=None, alias="threadId")


class McpServerOauthLoginCompletedNotificationMessage(TaggedWireModel):
    """``ServerNotificationMessage`` with ``method: 'mcpServer/oauthLogin/completed'``."""

    __wire_tags__ = ("method",)
    emitted_at_ms: int | None = Field(default=None, alias="emittedAtMs", exclude_if=is_none)
    """Unix timestamp (in milliseconds) when app-server emitted this notification."""
    method: Literal["mcpServer/oauthLogin/completed"] = "mcpServer/oauthLogin/completed"
    params: McpServerOauthLoginCompletedNotification


class McpServerOauthLoginResponse(WireModel):
    authorization_url: str = Field(alias="authorizationUrl")
    login_id: str | None = Field(default=None, alias="loginId")
    """Identifies this login attempt across the response and completion notification. Older servers omit this field;
    current servers always return it.
    """


class McpServerRefreshResponse(WireModel):
    pass


class McpServerStatusUpdatedNotification(WireModel):
    error: str | None = None
    failure_reason: McpServerStartupFailureReason | None = Field(default=None, alias="failureReason")
    name: str
    status: McpServerStartupState
    thread_id: str | None = Field(default=None, alias="threadId")


class McpServerStartupStatusUpdatedNotificationMessage(TaggedWireModel):
    """``ServerNotificationMessage`` with ``method: 'mcpServer/startupStatus/updated'``."""

    __wire_tags__ = ("method",)
    emitted_at_ms: int | None = Field(default=None, alias="emittedAtMs", exclude_if=is_none)
    """Unix timestamp (in milliseconds) when app-server emitted this notification."""
    method: Literal["mcpServer/startupStatus/updated"] = "mcpServer/startupStatus/updated"
    params: McpServerStatusUpdatedNotification


class McpServerToolCallResponse(WireModel):
    meta: Any = Field(default=None, alias="_meta")
    content: list[Any]
    is_error: bool | None = Field(default=None, alias="isError")
    structured_content: Any = Field(default=None, alias="structuredContent")


class MessageResponseItem(TaggedWireModel):
    """``ResponseItem`` with ``type: 'message'``."""

    __wire_tags__ = ("type",)
    content: list[ContentItem]
    encrypted_content: str | None = None
    id: str | None = None
    internal_chat_message_metadata_passthrough: InternalChatMessageMetadataPassthrough | None = None
    phase: MessagePhase | None = None
    role: str
    status: str | None = None
    type: Literal["message"] = "message"


class ModelAccessPrograms(WireModel):
    """Caller-specific explicit access programs advertised by model discovery."""

    cyber: list[CyberAccessProgram]
    """Accepted explicit selections."""


class ModelAvailabilityNux(WireModel):
    message: str


class ModelServiceTier(WireModel):
    description: str
    id: str
    name: str


class ModelUpgradeInfo(WireModel):
    migration_markdown: str | None = Field(default=None, alias="migrationMarkdown")
    model: str
    model_link: str | None = Field(default=None, alias="modelLink")
    retirement_at: int | None = Field(default=None, alias="retirementAt")
    """Informational Unix timestamp for this upgrade's scheduled retirement, if known."""
    upgrade_copy: str | None = Field(default=None, alias="upgradeCopy")


class ReasoningEffortOption(WireModel):
    description: str
    reasoning_effort: ReasoningEffort = Field(alias="reasoningEffort")


class Model(WireModel):
    additional_speed_tiers: list[str] | None = Field(default=None, alias="additionalSpeedTiers", exclude_if=is_none)
    """Deprecated: use `serviceTiers` instead."""
    availability_nux: ModelAvailabilityNux | None = Field(default=None, alias="availabilityNux")
    available_access_programs: ModelAccessPrograms | None = Field(default=None, alias="availableAccessPrograms")
    """Null when the catalog does not provide access-program metadata."""
    default_reasoning_effort: ReasoningEffort = Field(alias="defaultReasoningEffort")
    default_service_tier: str | None = Field(default=None, alias="defaultServiceTier")
    """Catalog default service tier id for this model, when one is configured."""
    description: str
    display_name: str = Field(alias="displayName")
    hidden: bool
    id: str
    input_modalities: list[InputModality] | None = Field(default=None, alias="inputModalities", exclude_if=is_none)
    is_default: bool = Field(alias="isDefault")
    model: str
    model_specialty: str | None = Field(default=None, alias="modelSpecialty")
    multi_agent_version: MultiAgentVersion | None = Field(default=None, alias="multiAgentVersion")
    """Multi-agent runtime declared by this model, when available."""
    service_tiers: list[ModelServiceTier] | None = Field(default=None, alias="serviceTiers", exclude_if=is_none)
    supported_reasoning_efforts: list[ReasoningEffortOption] = Field(alias="supportedReasoningEfforts")
    supports_personality: bool | None = Field(default=None, alias="supportsPersonality", exclude_if=is_none)
    """@deprecated Always false; models no longer support personality selection."""
    upgrade: str | None = None
    upgrade_info: ModelUpgradeInfo | None = Field(default=None, alias="upgradeInfo")


class ModelListResponse(WireModel):
    data: list[Model]
    next_cursor: str | None = Field(default=None, alias="nextCursor")
    """Opaque cursor to pass to the next call to continue after the last item. If None, there are no more items to
    return.
    """


class ModelProviderAuthRecoveryCompletedNotificationMessage(TaggedWireModel):
    """``ServerNotificationMessage`` with ``method: 'modelProvider/authRecoveryCompleted'``."""

    __wire_tags__ = ("method",)
    emitted_at_ms: int | None = Field(default=None, alias="emittedAtMs", exclude_if=is_none)
    """Unix timestamp (in milliseconds) when app-server emitted this notification."""
    method: Literal["modelProvider/authRecoveryCompleted"] = "modelProvider/authRecoveryCompleted"
    params: AuthRecoveryNotification


class ModelProviderAuthRecoveryStartedNotificationMessage(TaggedWireModel):
    """``ServerNotificationMessage`` with ``method: 'modelProvider/authRecoveryStarted'``."""

    __wire_tags__ = ("method",)
    emitted_at_ms: int | None = Field(default=None, alias="emittedAtMs", exclude_if=is_none)
    """Unix timestamp (in milliseconds) when app-server emitted this notification."""
    method: Literal["modelProvider/authRecoveryStarted"] = "modelProvider/authRecoveryStarted"
    params: AuthRecoveryNotification


class ModelProviderCapabilitiesReadResponse(WireModel):
    image_generation: bool = Field(alias="imageGeneration")
    web_search: bool = Field(alias="webSearch")


class ModelReroutedNotification(WireModel):
    from_model: str = Field(alias="fromModel")
    reason: ModelRerouteReason
    thread_id: str = Field(alias="threadId")
    to_model: str = Field(alias="toModel")
    turn_id: str = Field(alias="turnId")


class ModelReroutedNotificationMessage(TaggedWireModel):
    """``ServerNotificationMessage`` with ``method: 'model/rerouted'``."""

    __wire_tags__ = ("method",)
    emitted_at_ms: int | None = Field(default=None, alias="emittedAtMs", exclude_if=is_none)
    """Unix timestamp (in milliseconds) when app-server emitted this notification."""
    method: Literal["model/rerouted"] = "model/rerouted"
    params: ModelReroutedNotification


class ModelSafetyBufferingUpdatedNotification(WireModel):
    faster_model: str | None = Field(default=None, alias="fasterModel")
    model: str
    reasons: list[str]
    show_buffering_ui: bool = Field(alias="showBufferingUi")
    thread_id: str = Field(alias="threadId")
    turn_id: str = Field(alias="turnId")
    use_cases: list[str] = Field(alias="useCases")


class ModelSafetyBufferingUpdatedNotificationMessage(TaggedWireModel):
    """``ServerNotificationMessage`` with ``method: 'model/safetyBuffering/updated'``."""

    __wire_tags__ = ("method",)
    emitted_at_ms: int | None = Field(default=None, alias="emittedAtMs", exclude_if=is_none)
    """Unix timestamp (in milliseconds) when app-server emitted this notification."""
    method: Literal["model/safetyBuffering/updated"] = "model/safetyBuffering/updated"
    params: ModelSafetyBufferingUpdatedNotification


class ModelVerificationNotification(WireModel):
    thread_id: str = Field(alias="threadId")
    turn_id: str = Field(alias="turnId")
    verifications: list[ModelVerification]


class ModelVerificationNotificationMessage(TaggedWireModel):
    """``ServerNotificationMessage`` with ``method: 'model/verification'``."""

    __wire_tags__ = ("method",)
    emitted_at_ms: int | None = Field(default=None, alias="emittedAtMs", exclude_if=is_none)
    """Unix timestamp (in milliseconds) when app-server emitted this notification."""
    method: Literal["model/verification"] = "model/verification"
    params: ModelVerificationNotification


class UnrecognizedMultiAgentMode(WireModel):
    """A ``MultiAgentMode`` object form this schema does not know. Its content is kept as extras."""


MultiAgentMode: TypeAlias = Annotated[
    Union[
        Annotated[MultiAgentModeKind, Tag(STRING_TAG)],
        Annotated[CustomMultiAgentMode, Tag("custom")],
        Annotated[UnrecognizedMultiAgentMode, Tag(UNRECOGNIZED_TAG)],
    ],
    Discriminator(external_discriminator({"custom": "custom"})),
]
"""Controls the effective multi-agent delegation instructions for a turn. `custom` means the configured mode hint
defines the policy instead of a built-in policy.
"""


class NetworkRequirements(WireModel):
    allow_local_binding: bool | None = Field(default=None, alias="allowLocalBinding")
    allow_unix_sockets: list[str] | None = Field(default=None, alias="allowUnixSockets")
    """Legacy compatibility view derived from `unix_sockets`."""
    allow_upstream_proxy: bool | None = Field(default=None, alias="allowUpstreamProxy")
    allowed_domains: list[str] | None = Field(default=None, alias="allowedDomains")
    """Legacy compatibility view derived from `domains`."""
    dangerously_allow_all_unix_sockets: bool | None = Field(default=None, alias="dangerouslyAllowAllUnixSockets")
    dangerously_allow_non_loopback_proxy: bool | None = Field(default=None, alias="dangerouslyAllowNonLoopbackProxy")
    denied_domains: list[str] | None = Field(default=None, alias="deniedDomains")
    """Legacy compatibility view derived from `domains`."""
    domains: dict[str, NetworkDomainPermission] | None = None
    """Canonical network permission map for `experimental_network`."""
    enabled: bool | None = None
    http_port: int | None = Field(default=None, alias="httpPort")
    managed_allowed_domains_only: bool | None = Field(default=None, alias="managedAllowedDomainsOnly")
    """When true, only managed allowlist entries are respected while managed network enforcement is active."""
    socks_port: int | None = Field(default=None, alias="socksPort")
    unix_sockets: dict[str, NetworkUnixSocketPermission] | None = Field(default=None, alias="unixSockets")
    """Canonical unix socket permission map for `experimental_network`."""


class NotLoadedThreadStatus(TaggedWireModel):
    """``ThreadStatus`` with ``type: 'notLoaded'``."""

    __wire_tags__ = ("type",)
    type: Literal["notLoaded"] = "notLoaded"


class NpmPluginSource(TaggedWireModel):
    """``PluginSource`` with ``type: 'npm'``."""

    __wire_tags__ = ("type",)
    package: str
    registry: str | None = None
    """Optional HTTPS registry URL. Authentication stays in the user's npm config."""
    type: Literal["npm"] = "npm"
    version: str | None = None
    """Optional npm version or version range."""


NullableGetAccountRateLimitsParams: TypeAlias = GetAccountRateLimitsParams | None


NullableGetAccountTokenUsageParams: TypeAlias = GetAccountTokenUsageParams | None


class OpenPageResponsesApiWebSearchAction(TaggedWireModel):
    """``ResponsesApiWebSearchAction`` with ``type: 'open_page'``."""

    __wire_tags__ = ("type",)
    type: Literal["open_page"] = "open_page"
    url: str | None = None


class OtherResponseItem(TaggedWireModel):
    """``ResponseItem`` with ``type: 'other'``."""

    __wire_tags__ = ("type",)
    type: Literal["other"] = "other"


class OtherResponsesApiWebSearchAction(TaggedWireModel):
    """``ResponsesApiWebSearchAction`` with ``type: 'other'``."""

    __wire_tags__ = ("type",)
    type: Literal["other"] = "other"


class OtherSubAgentSource(WireModel):
    other: str


PathUri: TypeAlias = str


class PermissionProfileSummary(WireModel):
    allowed: bool | None = Field(default=None, exclude_if=is_none)
    """Whether the effective requirements allow selecting this profile."""
    description: str | None = None
    """Optional user-facing description for display in clients."""
    id: str
    """Available permission profile identifier."""


class PermissionProfileListResponse(WireModel):
    data: list[PermissionProfileSummary]
    next_cursor: str | None = Field(default=None, alias="nextCursor")
    """Opaque cursor to pass to the next call to continue after the last item. If None, there are no more items to
    return.
    """


class PermissionsRequestApprovalResponse(WireModel):
    permissions: GrantedPermissionProfile
    scope: PermissionGrantScope | None = Field(default=None, exclude_if=is_none)
    strict_auto_review: bool | None = Field(default=None, alias="strictAutoReview")
    """Review every subsequent command in this turn before normal sandboxed execution."""


class PluginHookSummary(WireModel):
    event_name: HookEventName = Field(alias="eventName")
    key: str


class PluginInterface(WireModel):
    brand_color: str | None = Field(default=None, alias="brandColor")
    capabilities: list[str]
    category: str | None = None
    composer_icon: AbsolutePathBuf | None = Field(default=None, alias="composerIcon")
    """Local composer icon path, resolved from the installed plugin package."""
    composer_icon_url: str | None = Field(default=None, alias="composerIconUrl")
    """Remote composer icon URL from the plugin catalog."""
    default_prompt: list[str] | None = Field(default=None, alias="defaultPrompt")
    """Starter prompts for the plugin. Capped at 3 entries with a maximum of 128 characters per entry."""
    developer_name: str | None = Field(default=None, alias="developerName")
    display_name: str | None = Field(default=None, alias="displayName")
    logo: AbsolutePathBuf | None = None
    """Local logo path, resolved from the installed plugin package."""
    logo_dark: AbsolutePathBuf | None = Field(default=None, alias="logoDark")
    """Local dark-mode logo path, resolved from the installed plugin package."""
    logo_url: str | None = Field(default=None, alias="logoUrl")
    """Remote logo URL from the plugin catalog."""
    logo_url_dark: str | None = Field(default=None, alias="logoUrlDark")
    """Remote dark-mode logo URL from the plugin catalog."""
    long_description: str | None = Field(default=None, alias="longDescription")
    privacy_policy_url: str | None = Field(default=None, alias="privacyPolicyUrl")
    screenshot_urls: list[str] = Field(alias="screenshotUrls")
    """Remote screenshot URLs from the plugin catalog."""
    screenshots: list[AbsolutePathBuf]
    """Local screenshot paths, resolved from the installed plugin package."""
    short_description: str | None = Field(default=None, alias="shortDescription")
    terms_of_service_url: str | None = Field(default=None, alias="termsOfServiceUrl")
    website_url: str | None = Field(default=None, alias="websiteUrl")


class PluginSharePrincipal(WireModel):
    name: str
    principal_id: str = Field(alias="principalId")
    principal_type: PluginSharePrincipalType = Field(alias="principalType")
    role: PluginSharePrincipalRole


class PluginShareContext(WireModel):
    can_publish_to_workspace: bool | None = Field(default=None, alias="canPublishToWorkspace")
    creator_account_user_id: str | None = Field(default=None, alias="creatorAccountUserId")
    creator_name: str | None = Field(default=None, alias="creatorName")
    discoverability: PluginShareDiscoverability | None = None
    remote_plugin_id: str = Field(alias="remotePluginId")
    remote_version: str | None = Field(default=None, alias="remoteVersion")
    """Version of the remote shared plugin release when available."""
    share_principals: list[PluginSharePrincipal] | None = Field(default=None, alias="sharePrincipals")
    share_url: str | None = Field(default=None, alias="shareUrl")


class RemotePluginSource(TaggedWireModel):
    """The plugin is available in the remote catalog. Download metadata is kept server-side and is not exposed
    through the app-server API.
    """

    __wire_tags__ = ("type",)
    type: Literal["remote"] = "remote"


class UnrecognizedPluginSource(WireModel):
    """A ``PluginSource`` variant this schema does not know (a newer server?). Every field is kept as an extra."""

    type: str


PluginSource: TypeAlias = Annotated[
    Union[
        Annotated[LocalPluginSource, Tag("local")],
        Annotated[GitPluginSource, Tag("git")],
        Annotated[NpmPluginSource, Tag("npm")],
        Annotated[RemotePluginSource, Tag("remote")],
        Annotated[UnrecognizedPluginSource, Tag(UNRECOGNIZED_TAG)],
    ],
    Discriminator(tag_discriminator("type", "type", ("local", "git", "npm", "remote"))),
]


class PluginSummary(WireModel):
    auth_policy: PluginAuthPolicy = Field(alias="authPolicy")
    availability: PluginAvailability | None = Field(default=None, exclude_if=is_none)
    """Availability state for installing and using the plugin."""
    disabled_reason: PluginDisabledReason | None = Field(default=None, alias="disabledReason")
    """Why the remote plugin is unavailable, when provided by plugin-service."""
    eligible_plan_types: list[str] | None = Field(default=None, alias="eligiblePlanTypes")
    """Raw plugin-service plan identifiers eligible to install the plugin."""
    enabled: bool
    id: str
    install_policy: PluginInstallPolicy = Field(alias="installPolicy")
    install_policy_source: PluginInstallPolicySource | None = Field(default=None, alias="installPolicySource")
    installed: bool
    installed_at: int | None = Field(default=None, alias="installedAt")
    """Unix timestamp in seconds when the remote plugin was installed, when available."""
    interface: PluginInterface | None = None
    keywords: list[str] | None = Field(default=None, exclude_if=is_none)
    local_version: str | None = Field(default=None, alias="localVersion")
    """Version of the locally materialized plugin package when available."""
    must_show_installation_interstitial: bool | None = Field(default=None, alias="mustShowInstallationInterstitial")
    name: str
    remote_plugin_id: str | None = Field(default=None, alias="remotePluginId")
    """Backend remote plugin identifier when available."""
    share_context: PluginShareContext | None = Field(default=None, alias="shareContext")
    """Remote sharing context associated with this plugin when available."""
    source: PluginSource
    version: str | None = None
    """Version advertised by the remote marketplace backend when available."""


class UnrecognizedScheduledTaskSchedule(WireModel):
    """A ``ScheduledTaskSchedule`` variant this schema does not know (a newer server?). Every field is kept as an
    extra.
    """

    type: str


class WeekdaysScheduledTaskSchedule(TaggedWireModel):
    """``ScheduledTaskSchedule`` with ``type: 'weekdays'``."""

    __wire_tags__ = ("type",)
    time: str
    type: Literal["weekdays"] = "weekdays"


class WeeklyScheduledTaskSchedule(TaggedWireModel):
    """``ScheduledTaskSchedule`` with ``type: 'weekly'``."""

    __wire_tags__ = ("type",)
    days: list[ScheduledTaskWeekday]
    time: str
    type: Literal["weekly"] = "weekly"


ScheduledTaskSchedule: TypeAlias = Annotated[
    Union[
        Annotated[HourlyScheduledTaskSchedule, Tag("hourly")],
        Annotated[DailyScheduledTaskSchedule, Tag("daily")],
        Annotated[WeekdaysScheduledTaskSchedule, Tag("weekdays")],
        Annotated[WeeklyScheduledTaskSchedule, Tag("weekly")],
        Annotated[UnrecognizedScheduledTaskSchedule, Tag(UNRECOGNIZED_TAG)],
    ],
    Discriminator(tag_discriminator("type", "type", ("hourly", "daily", "weekdays", "weekly"))),
]


class ScheduledTaskSummary(WireModel):
    key: str
    name: str
    prompt: str
    schedule: ScheduledTaskSchedule


class SkillInterface(WireModel):
    brand_color: str | None = Field(default=None, alias="brandColor")
    default_prompt: str | None = Field(default=None, alias="defaultPrompt")
    display_name: str | None = Field(default=None, alias="displayName")
    icon_large: AbsolutePathBuf | None = Field(default=None, alias="iconLarge")
    icon_large_url: str | None = Field(default=None, alias="iconLargeUrl")
    """Remote large icon URL from the plugin catalog."""
    icon_small: AbsolutePathBuf | None = Field(default=None, alias="iconSmall")
    icon_small_url: str | None = Field(default=None, alias="iconSmallUrl")
    """Remote small icon URL from the plugin catalog."""
    short_description: str | None = Field(default=None, alias="shortDescription")


class SkillSummary(WireModel):
    description: str
    enabled: bool
    interface: SkillInterface | None = None
    name: str
    path: LegacyAppPathString | None = None
    short_description: str | None = Field(default=None, alias="shortDescription")


class PluginDetail(WireModel):
    app_templates: list[AppTemplateSummary] | None = Field(default=None, alias="appTemplates", exclude_if=is_none)
    apps: list[AppSummary]
    description: str | None = None
    hooks: list[PluginHookSummary]
    marketplace_name: str = Field(alias="marketplaceName")
    marketplace_path: AbsolutePathBuf | None = Field(default=None, alias="marketplacePath")
    mcp_servers: list[str] = Field(alias="mcpServers")
    onboarding_skill: SkillSummary | None = Field(default=None, alias="onboardingSkill")
    """The declared onboarding skill, when the plugin and visible skill are enabled."""
    scheduled_tasks: list[ScheduledTaskSummary] | None = Field(default=None, alias="scheduledTasks")
    share_url: str | None = Field(default=None, alias="shareUrl")
    skills: list[SkillSummary]
    summary: PluginSummary


class PluginInstallResponse(WireModel):
    apps_needing_auth: list[AppSummary] = Field(alias="appsNeedingAuth")
    auth_policy: PluginAuthPolicy = Field(alias="authPolicy")


class PluginMarketplaceEntry(WireModel):
    interface: MarketplaceInterface | None = None
    name: str
    path: AbsolutePathBuf | None = None
    """Local marketplace file path when the marketplace is backed by a local file. Remote-only catalog marketplaces
    do not have a local path.
    """
    plugins: list[PluginSummary]


class PluginInstalledResponse(WireModel):
    marketplace_load_errors: list[MarketplaceLoadErrorInfo] | None = Field(
        default=None, alias="marketplaceLoadErrors", exclude_if=is_none,
    )
    marketplaces: list[PluginMarketplaceEntry]


class PluginListResponse(WireModel):
    featured_plugin_ids: list[str] | None = Field(default=None, alias="featuredPluginIds", exclude_if=is_none)
    marketplace_load_errors: list[MarketplaceLoadErrorInfo] | None = Field(
        default=None, alias="marketplaceLoadErrors", exclude_if=is_none,
    )
    marketplaces: list[PluginMarketplaceEntry]


class PluginReadResponse(WireModel):
    plugin: PluginDetail


class PluginReconcileChangedPlugin(WireModel):
    """Runtime categories affected by this change, not just capabilities currently present. Flags describe
    declarations before runtime policy filtering. Updates OR the old and new bundle flags; enablement changes and
    cached reinstalls use the cached bundle; removals retain the old bundle's flags.
    """

    has_apps: bool = Field(alias="hasApps")
    has_hooks: bool = Field(alias="hasHooks")
    has_mcps: bool = Field(alias="hasMcps")
    has_skills: bool = Field(alias="hasSkills")
    """Whether either bundle declares skill roots; not a validated inventory of enabled skills."""
    id: str
    """Local plugin ID (`name@marketplace`), matching `PluginSummary.id`."""


class PluginReconcileResponse(WireModel):
    """Bundle and installed-state changes observed by this pass, not a runtime-readiness acknowledgement or a
    cumulative diff since the client's last request. Other metadata-only changes are not listed.
    """

    changed_plugins: list[PluginReconcileChangedPlugin] = Field(alias="changedPlugins")
    """Plugins affected by bundle changes, enablement changes, or removals. Installed-state changes compare against
    the previous cached snapshot, including cached reinstalls. Removal hints survive cache cleanup failures;
    unchanged plugins are omitted.
    """
    failed_materialization_remote_plugin_ids: list[str] = Field(alias="failedMaterializationRemotePluginIds")
    """Subset of failures for which the requested bundle could not be materialized. A previously cached version may
    still be available.
    """
    failed_remote_plugin_ids: list[str] = Field(alias="failedRemotePluginIds")
    """Backend remote plugin IDs whose bundle or identity update failed."""


class PluginSearchResult(WireModel):
    marketplace_name: str = Field(alias="marketplaceName")
    marketplace_path: AbsolutePathBuf | None = Field(default=None, alias="marketplacePath")
    plugin: PluginSummary


class PluginShareCheckoutResponse(WireModel):
    marketplace_name: str = Field(alias="marketplaceName")
    marketplace_path: AbsolutePathBuf = Field(alias="marketplacePath")
    plugin_id: str = Field(alias="pluginId")
    plugin_name: str = Field(alias="pluginName")
    plugin_path: AbsolutePathBuf = Field(alias="pluginPath")
    remote_plugin_id: str = Field(alias="remotePluginId")
    remote_version: str | None = Field(default=None, alias="remoteVersion")


class PluginShareDeleteResponse(WireModel):
    pass


class PluginShareListItem(WireModel):
    local_plugin_path: AbsolutePathBuf | None = Field(default=None, alias="localPluginPath")
    plugin: PluginSummary


class PluginShareListResponse(WireModel):
    data: list[PluginShareListItem]


class PluginShareSaveResponse(WireModel):
    can_publish_to_workspace: bool | None = Field(default=None, alias="canPublishToWorkspace")
    remote_plugin_id: str = Field(alias="remotePluginId")
    share_url: str = Field(alias="shareUrl")


class PluginShareUpdateTargetsResponse(WireModel):
    discoverability: PluginShareDiscoverability
    principals: list[PluginSharePrincipal]


class PluginSkillReadResponse(WireModel):
    contents: str | None = None


class PluginUninstallResponse(WireModel):
    pass


class ProcessExitedNotification(WireModel):
    """Final process exit notification for `process/spawn`."""

    exit_code: int = Field(alias="exitCode")
    """Process exit code."""
    process_handle: str = Field(alias="processHandle")
    """Client-supplied, connection-scoped `processHandle` from `process/spawn`."""
    stderr: str
    """Buffered stderr capture.

    Empty when stderr was streamed via `process/outputDelta`.
    """
    stderr_cap_reached: bool = Field(alias="stderrCapReached")
    """Whether stderr reached `outputBytesCap`.

    In streaming mode, stderr is empty and cap state is also reported on the final stderr `process/outputDelta`
    notification.
    """
    stdout: str
    """Buffered stdout capture.

    Empty when stdout was streamed via `process/outputDelta`.
    """
    stdout_cap_reached: bool = Field(alias="stdoutCapReached")
    """Whether stdout reached `outputBytesCap`.

    In streaming mode, stdout is empty and cap state is also reported on the final stdout `process/outputDelta`
    notification.
    """


class ProcessExitedNotificationMessage(TaggedWireModel):
    """Final exit notification for a `process/spawn` session."""

    __wire_tags__ = ("method",)
    emitted_at_ms: int | None = Field(default=None, alias="emittedAtMs", exclude_if=is_none)
    """Unix timestamp (in milliseconds) when app-server emitted this notification."""
    method: Literal["process/exited"] = "process/exited"
    params: ProcessExitedNotification


class ProcessOutputDeltaNotification(WireModel):
    """Base64-encoded output chunk emitted for a streaming `process/spawn` request."""

    cap_reached: bool = Field(alias="capReached")
    """True on the final streamed chunk for this stream when output was truncated by `outputBytesCap`."""
    delta_base64: str = Field(alias="deltaBase64")
    """Base64-encoded output bytes."""
    process_handle: str = Field(alias="processHandle")
    """Client-supplied, connection-scoped `processHandle` from `process/spawn`."""
    stream: ProcessOutputStream
    """Output stream this chunk belongs to."""


class ProcessOutputDeltaNotificationMessage(TaggedWireModel):
    """Stream base64-encoded stdout/stderr chunks for a running `process/spawn` session."""

    __wire_tags__ = ("method",)
    emitted_at_ms: int | None = Field(default=None, alias="emittedAtMs", exclude_if=is_none)
    """Unix timestamp (in milliseconds) when app-server emitted this notification."""
    method: Literal["process/outputDelta"] = "process/outputDelta"
    params: ProcessOutputDeltaNotification


class ProcessTerminalSize(WireModel):
    """PTY size in character cells for `process/spawn` PTY sessions."""

    cols: int
    """Terminal width in character cells."""
    rows: int
    """Terminal height in character cells."""


class ProjectRoot(WireModel):
    path: AbsolutePathBuf


class Project(WireModel):
    created_at: int = Field(alias="createdAt")
    id: str
    metadata: dict[str, str]
    name: str
    position: int
    recency_at: int | None = Field(default=None, alias="recencyAt")
    """Newest non-archived member thread's recency, in Unix seconds; null when none exist."""
    roots: list[ProjectRoot]
    updated_at: int = Field(alias="updatedAt")


class ProjectChangedNotification(WireModel):
    change_type: ProjectChangeType = Field(alias="changeType")
    project_id: str = Field(alias="projectId")


class ProjectChangedNotificationMessage(TaggedWireModel):
    """``ServerNotificationMessage`` with ``method: 'project/changed'``."""

    __wire_tags__ = ("method",)
    emitted_at_ms: int | None = Field(default=None, alias="emittedAtMs", exclude_if=is_none)
    """Unix timestamp (in milliseconds) when app-server emitted this notification."""
    method: Literal["project/changed"] = "project/changed"
    params: ProjectChangedNotification


class QueuedSubmission(WireModel):
    client_user_message_id: str = Field(alias="clientUserMessageId")
    id: str
    input: list[UserInput]


class ResponseUsageMetadata(WireModel):
    """Usage metadata reported for one upstream response."""

    amount: str | None = None
    metadata: Any = None


class TokenUsageBreakdown(WireModel):
    cache_write_input_tokens: int | None = Field(default=None, alias="cacheWriteInputTokens", exclude_if=is_none)
    cached_input_tokens: int = Field(alias="cachedInputTokens")
    input_tokens: int = Field(alias="inputTokens")
    output_tokens: int = Field(alias="outputTokens")
    reasoning_output_tokens: int = Field(alias="reasoningOutputTokens")
    total_tokens: int = Field(alias="totalTokens")


class RawResponseCompletedNotification(WireModel):
    """Internal-only notification containing the exact usage from one upstream Responses API completion."""

    response_id: str = Field(alias="responseId")
    thread_id: str = Field(alias="threadId")
    turn_id: str = Field(alias="turnId")
    usage: TokenUsageBreakdown | None = None
    usage_metadata: ResponseUsageMetadata | None = Field(default=None, alias="usageMetadata")


class ReasoningTextReasoningItemContent(TaggedWireModel):
    """``ReasoningItemContent`` with ``type: 'reasoning_text'``."""

    __wire_tags__ = ("type",)
    text: str
    type: Literal["reasoning_text"] = "reasoning_text"


class TextReasoningItemContent(TaggedWireModel):
    """``ReasoningItemContent`` with ``type: 'text'``."""

    __wire_tags__ = ("type",)
    text: str
    type: Literal["text"] = "text"


class UnrecognizedReasoningItemContent(WireModel):
    """A ``ReasoningItemContent`` variant this schema does not know (a newer server?). Every field is kept as an
    extra.
    """

    type: str


ReasoningItemContent: TypeAlias = Annotated[
    Union[
        Annotated[ReasoningTextReasoningItemContent, Tag("reasoning_text")],
        Annotated[TextReasoningItemContent, Tag("text")],
        Annotated[UnrecognizedReasoningItemContent, Tag(UNRECOGNIZED_TAG)],
    ],
    Discriminator(tag_discriminator("type", "type", ("reasoning_text", "text"))),
]


class SummaryTextReasoningItemReasoningSummary(TaggedWireModel):
    __wire_tags__ = ("type",)
    text: str
    type: Literal["summary_text"] = "summary_text"


ReasoningItemReasoningSummary: TypeAlias = SummaryTextReasoningItemReasoningSummary


class ReasoningResponseItem(TaggedWireModel):
    """``ResponseItem`` with ``type: 'reasoning'``."""

    __wire_tags__ = ("type",)
    content: list[ReasoningItemContent] | None = None
    encrypted_content: str | None = None
    id: str | None = None
    internal_chat_message_metadata_passthrough: InternalChatMessageMetadataPassthrough | None = None
    summary: list[ReasoningItemReasoningSummary]
    type: Literal["reasoning"] = "reasoning"


class ToolSearchCallResponseItem(TaggedWireModel):
    """``ResponseItem`` with ``type: 'tool_search_call'``."""

    __wire_tags__ = ("type",)
    arguments: Any
    call_id: str | None = None
    encrypted_content: str | None = None
    execution: str
    id: str | None = None
    internal_chat_message_metadata_passthrough: InternalChatMessageMetadataPassthrough | None = None
    status: str | None = None
    type: Literal["tool_search_call"] = "tool_search_call"


class ToolSearchOutputResponseItem(TaggedWireModel):
    """``ResponseItem`` with ``type: 'tool_search_output'``."""

    __wire_tags__ = ("type",)
    call_id: str | None = None
    execution: str
    id: str | None = None
    internal_chat_message_metadata_passthrough: InternalChatMessageMetadataPassthrough | None = None
    status: str
    tools: list[Any]
    type: Literal["tool_search_output"] = "tool_search_output"


class UnrecognizedResponseItem(WireModel):
    """A ``ResponseItem`` variant this schema does not know (a newer server?). Every field is kept as an extra."""

    type: str


class SearchResponsesApiWebSearchAction(TaggedWireModel):
    """``ResponsesApiWebSearchAction`` with ``type: 'search'``."""

    __wire_tags__ = ("type",)
    queries: list[str] | None = None
    query: str | None = None
    type: Literal["search"] = "search"


class UnrecognizedResponsesApiWebSearchAction(WireModel):
    """A ``ResponsesApiWebSearchAction`` variant this schema does not know (a newer server?). Every field is kept as
    an extra.
    """

    type: str


ResponsesApiWebSearchAction: TypeAlias = Annotated[
    Union[
        Annotated[SearchResponsesApiWebSearchAction, Tag("search")],
        Annotated[OpenPageResponsesApiWebSearchAction, Tag("open_page")],
        Annotated[FindInPageResponsesApiWebSearchAction, Tag("find_in_page")],
        Annotated[OtherResponsesApiWebSearchAction, Tag("other")],
        Annotated[UnrecognizedResponsesApiWebSearchAction, Tag(UNRECOGNIZED_TAG)],
    ],
    Discriminator(tag_discriminator("type", "type", ("search", "open_page", "find_in_page", "other"))),
]


class WebSearchCallResponseItem(TaggedWireModel):
    """``ResponseItem`` with ``type: 'web_search_call'``."""

    __wire_tags__ = ("type",)
    action: ResponsesApiWebSearchAction | None = None
    encrypted_content: str | None = None
    id: str | None = None
    internal_chat_message_metadata_passthrough: InternalChatMessageMetadataPassthrough | None = None
    status: str | None = None
    type: Literal["web_search_call"] = "web_search_call"


ResponseItem: TypeAlias = Annotated[
    Union[
        Annotated[AdditionalToolsResponseItem, Tag("additional_tools")],
        Annotated[MessageResponseItem, Tag("message")],
        Annotated[AgentMessageResponseItem, Tag("agent_message")],
        Annotated[ReasoningResponseItem, Tag("reasoning")],
        Annotated[LocalShellCallResponseItem, Tag("local_shell_call")],
        Annotated[FunctionCallResponseItem, Tag("function_call")],
        Annotated[ToolSearchCallResponseItem, Tag("tool_search_call")],
        Annotated[FunctionCallOutputResponseItem, Tag("function_call_output")],
        Annotated[CustomToolCallResponseItem, Tag("custom_tool_call")],
        Annotated[CustomToolCallOutputResponseItem, Tag("custom_tool_call_output")],
        Annotated[ToolSearchOutputResponseItem, Tag("tool_search_output")],
        Annotated[WebSearchCallResponseItem, Tag("web_search_call")],
        Annotated[ImageGenerationCallResponseItem, Tag("image_generation_call")],
        Annotated[CompactionResponseItem, Tag("compaction")],
        Annotated[ConfigurationUpdateResponseItem, Tag("configuration_update")],
        Annotated[CompactionTriggerResponseItem, Tag("compaction_trigger")],
        Annotated[ContextCompactionResponseItem, Tag("context_compaction")],
        Annotated[OtherResponseItem, Tag("other")],
        Annotated[UnrecognizedResponseItem, Tag(UNRECOGNIZED_TAG)],
    ],
    Discriminator(
        tag_discriminator(
            "type",
            "type",
            (
                "additional_tools",
                "message",
                "agent_message",
                "reasoning",
                "local_shell_call",
                "function_call",
                "tool_search_call",
                "function_call_output",
                "custom_tool_call",
                "custom_tool_call_output",
                "tool_search_output",
                "web_search_call",
                "image_generation_call",
                "compaction",
                "configuration_update",
                "compaction_trigger",
                "context_compaction",
                "other",
            ),
        ),
    ),
]


class RawResponseItemCompletedNotification(WireModel):
    item: ResponseItem
    thread_id: str = Field(alias="threadId")
    turn_id: str = Field(alias="turnId")


class ReadThreadReadStateOperation(TaggedWireModel):
    """``ThreadReadStateOperation`` with ``type: 'read'``."""

    __wire_tags__ = ("type",)
    type: Literal["read"] = "read"


class RealtimeSessionClosedThreadRealtimeItem(TaggedWireModel):
    """``ThreadRealtimeItem`` with ``type: 'realtimeSessionClosed'``."""

    __wire_tags__ = ("type",)
    id: str
    outcome: ThreadRealtimeSessionOutcome
    realtime_session_id: str = Field(alias="realtimeSessionId")
    type: Literal["realtimeSessionClosed"] = "realtimeSessionClosed"


class RealtimeSessionStartedThreadRealtimeItem(TaggedWireModel):
    """``ThreadRealtimeItem`` with ``type: 'realtimeSessionStarted'``."""

    __wire_tags__ = ("type",)
    id: str
    realtime_session_id: str = Field(alias="realtimeSessionId")
    type: Literal["realtimeSessionStarted"] = "realtimeSessionStarted"


class TranscriptSegmentThreadRealtimeItem(TaggedWireModel):
    """``ThreadRealtimeItem`` with ``type: 'transcriptSegment'``."""

    __wire_tags__ = ("type",)
    id: str
    realtime_session_id: str = Field(alias="realtimeSessionId")
    role: ThreadRealtimeTranscriptRole
    text: str
    type: Literal["transcriptSegment"] = "transcriptSegment"


class UnrecognizedThreadRealtimeItem(WireModel):
    """A ``ThreadRealtimeItem`` variant this schema does not know (a newer server?). Every field is kept as an extra."""

    type: str


ThreadRealtimeItem: TypeAlias = Annotated[
    Union[
        Annotated[RealtimeSessionStartedThreadRealtimeItem, Tag("realtimeSessionStarted")],
        Annotated[TranscriptSegmentThreadRealtimeItem, Tag("transcriptSegment")],
        Annotated[BemItemPromotedThreadRealtimeItem, Tag("bemItemPromoted")],
        Annotated[RealtimeSessionClosedThreadRealtimeItem, Tag("realtimeSessionClosed")],
        Annotated[UnrecognizedThreadRealtimeItem, Tag(UNRECOGNIZED_TAG)],
    ],
    Discriminator(
        tag_discriminator(
            "type",
            "type",
            ("realtimeSessionStarted", "transcriptSegment", "bemItemPromoted", "realtimeSessionClosed"),
        ),
    ),
]
"""EXPERIMENTAL - a thread-scoped realtime item in the canonical timeline."""


class RealtimeThreadTimelineEntry(TaggedWireModel):
    """``ThreadTimelineEntry`` with ``type: 'realtime'``."""

    __wire_tags__ = ("type",)
    item: ThreadRealtimeItem
    position: int
    type: Literal["realtime"] = "realtime"


class RealtimeVoicesList(WireModel):
    default_v1: RealtimeVoice = Field(alias="defaultV1")
    default_v2: RealtimeVoice = Field(alias="defaultV2")
    v1: list[RealtimeVoice]
    v2: list[RealtimeVoice]
    v3: list[RealtimeVoice] | None = Field(default=None, exclude_if=is_none)


class RemoteControlDisableParams(WireModel):
    ephemeral: bool | None = Field(default=None, exclude_if=is_none)


class RemoteControlEnableParams(WireModel):
    ephemeral: bool | None = Field(default=None, exclude_if=is_none)


class RemoteControlStatusChangedNotification(WireModel):
    """Current remote-control connection status and remote identity exposed to clients."""

    environment_id: str | None = Field(default=None, alias="environmentId")
    installation_id: str = Field(alias="installationId")
    server_name: str = Field(alias="serverName")
    status: RemoteControlConnectionStatus


class RemoteControlStatusChangedNotificationMessage(TaggedWireModel):
    """``ServerNotificationMessage`` with ``method: 'remoteControl/status/changed'``."""

    __wire_tags__ = ("method",)
    emitted_at_ms: int | None = Field(default=None, alias="emittedAtMs", exclude_if=is_none)
    """Unix timestamp (in milliseconds) when app-server emitted this notification."""
    method: Literal["remoteControl/status/changed"] = "remoteControl/status/changed"
    params: RemoteControlStatusChangedNotification


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


class ReviewStartResponse(WireModel):
    review_thread_id: str = Field(alias="reviewThreadId")
    """Identifies the thread where the review runs.

    For inline reviews, this is the original thread id. For detached reviews, this is the id of the new review
    thread.
    """
    turn: Turn


class SelectedCapabilityRoot(WireModel):
    """A user-selected root that can expose one or more runtime capabilities."""

    id: str
    """Stable identifier supplied by the capability selection platform."""
    location: CapabilityRootLocation
    """Where the selected root can be resolved."""


class SendAddCreditsNudgeEmailResponse(WireModel):
    status: AddCreditsNudgeEmailStatus


class ServerDiagnosticsGauge(WireModel):
    name: str
    value: int


class ServerDiagnosticsProcess(WireModel):
    id: int
    physical_footprint_bytes: int | None = Field(default=None, alias="physicalFootprintBytes")
    resident_memory_bytes: int | None = Field(default=None, alias="residentMemoryBytes")


class ServerRequestResolvedNotification(WireModel):
    request_id: RequestId = Field(alias="requestId")
    thread_id: str = Field(alias="threadId")


class ServerRequestResolvedNotificationMessage(TaggedWireModel):
    """``ServerNotificationMessage`` with ``method: 'serverRequest/resolved'``."""

    __wire_tags__ = ("method",)
    emitted_at_ms: int | None = Field(default=None, alias="emittedAtMs", exclude_if=is_none)
    """Unix timestamp (in milliseconds) when app-server emitted this notification."""
    method: Literal["serverRequest/resolved"] = "serverRequest/resolved"
    params: ServerRequestResolvedNotification


class SkillsChangedNotification(WireModel):
    """Notification emitted when watched local skill files change.

    Treat this as an invalidation signal and re-run `skills/list` with the client's current parameters when
    refreshed skill metadata is needed.
    """


class SkillsChangedNotificationMessage(TaggedWireModel):
    """``ServerNotificationMessage`` with ``method: 'skills/changed'``."""

    __wire_tags__ = ("method",)
    emitted_at_ms: int | None = Field(default=None, alias="emittedAtMs", exclude_if=is_none)
    """Unix timestamp (in milliseconds) when app-server emitted this notification."""
    method: Literal["skills/changed"] = "skills/changed"
    params: SkillsChangedNotification


class ThreadArchivedNotification(WireModel):
    thread_id: str = Field(alias="threadId")


class ThreadArchivedNotificationMessage(TaggedWireModel):
    """``ServerNotificationMessage`` with ``method: 'thread/archived'``."""

    __wire_tags__ = ("method",)
    emitted_at_ms: int | None = Field(default=None, alias="emittedAtMs", exclude_if=is_none)
    """Unix timestamp (in milliseconds) when app-server emitted this notification."""
    method: Literal["thread/archived"] = "thread/archived"
    params: ThreadArchivedNotification


class ThreadAttachmentUpdatedNotification(WireModel):
    """Notification published after a thread attachment is created or deleted."""

    attachment_id: str = Field(alias="attachmentId")
    attachment_type: str = Field(alias="attachmentType")
    identity_key: str = Field(alias="identityKey")
    operation: ThreadAttachmentOperation
    thread_id: str = Field(alias="threadId")


class ThreadAttachmentUpdatedNotificationMessage(TaggedWireModel):
    """``ServerNotificationMessage`` with ``method: 'thread/attachment/updated'``."""

    __wire_tags__ = ("method",)
    emitted_at_ms: int | None = Field(default=None, alias="emittedAtMs", exclude_if=is_none)
    """Unix timestamp (in milliseconds) when app-server emitted this notification."""
    method: Literal["thread/attachment/updated"] = "thread/attachment/updated"
    params: ThreadAttachmentUpdatedNotification


class ThreadClosedNotification(WireModel):
    thread_id: str = Field(alias="threadId")


class ThreadClosedNotificationMessage(TaggedWireModel):
    """``ServerNotificationMessage`` with ``method: 'thread/closed'``."""

    __wire_tags__ = ("method",)
    emitted_at_ms: int | None = Field(default=None, alias="emittedAtMs", exclude_if=is_none)
    """Unix timestamp (in milliseconds) when app-server emitted this notification."""
    method: Literal["thread/closed"] = "thread/closed"
    params: ThreadClosedNotification


class ThreadCompactedNotificationMessage(TaggedWireModel):
    """Deprecated: Use `ContextCompaction` item type instead."""

    __wire_tags__ = ("method",)
    emitted_at_ms: int | None = Field(default=None, alias="emittedAtMs", exclude_if=is_none)
    """Unix timestamp (in milliseconds) when app-server emitted this notification."""
    method: Literal["thread/compacted"] = "thread/compacted"
    params: ContextCompactedNotification


class ThreadDeletedNotification(WireModel):
    thread_id: str = Field(alias="threadId")


class ThreadDeletedNotificationMessage(TaggedWireModel):
    """``ServerNotificationMessage`` with ``method: 'thread/deleted'``."""

    __wire_tags__ = ("method",)
    emitted_at_ms: int | None = Field(default=None, alias="emittedAtMs", exclude_if=is_none)
    """Unix timestamp (in milliseconds) when app-server emitted this notification."""
    method: Literal["thread/deleted"] = "thread/deleted"
    params: ThreadDeletedNotification


class ThreadEnvironmentConnectedNotificationMessage(TaggedWireModel):
    """``ServerNotificationMessage`` with ``method: 'thread/environment/connected'``."""

    __wire_tags__ = ("method",)
    emitted_at_ms: int | None = Field(default=None, alias="emittedAtMs", exclude_if=is_none)
    """Unix timestamp (in milliseconds) when app-server emitted this notification."""
    method: Literal["thread/environment/connected"] = "thread/environment/connected"
    params: EnvironmentConnectionNotification


class ThreadEnvironmentDisconnectedNotificationMessage(TaggedWireModel):
    """``ServerNotificationMessage`` with ``method: 'thread/environment/disconnected'``."""

    __wire_tags__ = ("method",)
    emitted_at_ms: int | None = Field(default=None, alias="emittedAtMs", exclude_if=is_none)
    """Unix timestamp (in milliseconds) when app-server emitted this notification."""
    method: Literal["thread/environment/disconnected"] = "thread/environment/disconnected"
    params: EnvironmentConnectionNotification


class ThreadGoalClearedNotification(WireModel):
    thread_id: str = Field(alias="threadId")


class ThreadGoalClearedNotificationMessage(TaggedWireModel):
    """``ServerNotificationMessage`` with ``method: 'thread/goal/cleared'``."""

    __wire_tags__ = ("method",)
    emitted_at_ms: int | None = Field(default=None, alias="emittedAtMs", exclude_if=is_none)
    """Unix timestamp (in milliseconds) when app-server emitted this notification."""
    method: Literal["thread/goal/cleared"] = "thread/goal/cleared"
    params: ThreadGoalClearedNotification


class ThreadGoal(WireModel):
    created_at: int = Field(alias="createdAt")
    objective: str
    status: ThreadGoalStatus
    thread_id: str = Field(alias="threadId")
    time_used_seconds: int = Field(alias="timeUsedSeconds")
    token_budget: int | None = Field(default=None, alias="tokenBudget")
    tokens_used: int = Field(alias="tokensUsed")
    updated_at: int = Field(alias="updatedAt")


class ThreadGoalUpdatedNotification(WireModel):
    goal: ThreadGoal
    thread_id: str = Field(alias="threadId")
    turn_id: str | None = Field(default=None, alias="turnId")


class ThreadGoalUpdatedNotificationMessage(TaggedWireModel):
    """``ServerNotificationMessage`` with ``method: 'thread/goal/updated'``."""

    __wire_tags__ = ("method",)
    emitted_at_ms: int | None = Field(default=None, alias="emittedAtMs", exclude_if=is_none)
    """Unix timestamp (in milliseconds) when app-server emitted this notification."""
    method: Literal["thread/goal/updated"] = "thread/goal/updated"
    params: ThreadGoalUpdatedNotification


class ThreadNameUpdatedNotification(WireModel):
    thread_id: str = Field(alias="threadId")
    thread_name: str | None = Field(default=None, alias="threadName")


class ThreadNameUpdatedNotificationMessage(TaggedWireModel):
    """``ServerNotificationMessage`` with ``method: 'thread/name/updated'``."""

    __wire_tags__ = ("method",)
    emitted_at_ms: int | None = Field(default=None, alias="emittedAtMs", exclude_if=is_none)
    """Unix timestamp (in milliseconds) when app-server emitted this notification."""
    method: Literal["thread/name/updated"] = "thread/name/updated"
    params: ThreadNameUpdatedNotification


class UnrecognizedThreadPredictionResult(WireModel):
    """A ``ThreadPredictionResult`` variant this schema does not know (a newer server?). Every field is kept as an
    extra.
    """

    type: str


ThreadPredictionResult: TypeAlias = Annotated[
    Union[
        Annotated[CompletedThreadPredictionResult, Tag("completed")],
        Annotated[FailedThreadPredictionResult, Tag("failed")],
        Annotated[UnrecognizedThreadPredictionResult, Tag(UNRECOGNIZED_TAG)],
    ],
    Discriminator(tag_discriminator("type", "type", ("completed", "failed"))),
]


class ThreadPredictionUpdatedNotification(WireModel):
    result: ThreadPredictionResult
    source_turn_id: str = Field(alias="sourceTurnId")
    thread_id: str = Field(alias="threadId")


class ThreadPredictionUpdatedNotificationMessage(TaggedWireModel):
    """``ServerNotificationMessage`` with ``method: 'thread/prediction/updated'``."""

    __wire_tags__ = ("method",)
    emitted_at_ms: int | None = Field(default=None, alias="emittedAtMs", exclude_if=is_none)
    """Unix timestamp (in milliseconds) when app-server emitted this notification."""
    method: Literal["thread/prediction/updated"] = "thread/prediction/updated"
    params: ThreadPredictionUpdatedNotification


class ThreadProjectUpdatedNotification(WireModel):
    project_id: str | None = Field(alias="projectId")
    thread_id: str = Field(alias="threadId")


class ThreadProjectUpdatedNotificationMessage(TaggedWireModel):
    """``ServerNotificationMessage`` with ``method: 'thread/project/updated'``."""

    __wire_tags__ = ("method",)
    emitted_at_ms: int | None = Field(default=None, alias="emittedAtMs", exclude_if=is_none)
    """Unix timestamp (in milliseconds) when app-server emitted this notification."""
    method: Literal["thread/project/updated"] = "thread/project/updated"
    params: ThreadProjectUpdatedNotification


class ThreadQueueChangedNotification(WireModel):
    thread_id: str = Field(alias="threadId")


class ThreadQueueChangedNotificationMessage(TaggedWireModel):
    """``ServerNotificationMessage`` with ``method: 'thread/queue/changed'``."""

    __wire_tags__ = ("method",)
    emitted_at_ms: int | None = Field(default=None, alias="emittedAtMs", exclude_if=is_none)
    """Unix timestamp (in milliseconds) when app-server emitted this notification."""
    method: Literal["thread/queue/changed"] = "thread/queue/changed"
    params: ThreadQueueChangedNotification


class ThreadStartThreadUnreadPosition(TaggedWireModel):
    """Explicitly marked unread, including when the thread has no turns."""

    __wire_tags__ = ("type",)
    type: Literal["threadStart"] = "threadStart"


class TurnThreadUnreadPosition(TaggedWireModel):
    """The earliest completed result needing attention."""

    __wire_tags__ = ("type",)
    turn_id: str = Field(alias="turnId")
    type: Literal["turn"] = "turn"


class UnrecognizedThreadUnreadPosition(WireModel):
    """A ``ThreadUnreadPosition`` variant this schema does not know (a newer server?). Every field is kept as an
    extra.
    """

    type: str


ThreadUnreadPosition: TypeAlias = Annotated[
    Union[
        Annotated[ThreadStartThreadUnreadPosition, Tag("threadStart")],
        Annotated[TurnThreadUnreadPosition, Tag("turn")],
        Annotated[UnrecognizedThreadUnreadPosition, Tag(UNRECOGNIZED_TAG)],
    ],
    Discriminator(tag_discriminator("type", "type", ("threadStart", "turn"))),
]


class ThreadReadState(WireModel):
    """The first unread position in a durable local thread. A null position means read. The opaque revision guards
    edits against activity or marks the caller has not seen.
    """

    first_unread: ThreadUnreadPosition | None = Field(default=None, alias="firstUnread")
    revision: str


class ThreadReadStateChangedNotification(WireModel):
    read_state: ThreadReadState = Field(alias="readState")
    thread_id: str = Field(alias="threadId")


class ThreadReadStateChangedNotificationMessage(TaggedWireModel):
    """``ServerNotificationMessage`` with ``method: 'thread/readState/changed'``."""

    __wire_tags__ = ("method",)
    emitted_at_ms: int | None = Field(default=None, alias="emittedAtMs", exclude_if=is_none)
    """Unix timestamp (in milliseconds) when app-server emitted this notification."""
    method: Literal["thread/readState/changed"] = "thread/readState/changed"
    params: ThreadReadStateChangedNotification


class ThreadRealtimeClosedNotification(WireModel):
    """EXPERIMENTAL - emitted when thread realtime transport closes."""

    reason: str | None = None
    thread_id: str = Field(alias="threadId")


class ThreadRealtimeClosedNotificationMessage(TaggedWireModel):
    """``ServerNotificationMessage`` with ``method: 'thread/realtime/closed'``."""

    __wire_tags__ = ("method",)
    emitted_at_ms: int | None = Field(default=None, alias="emittedAtMs", exclude_if=is_none)
    """Unix timestamp (in milliseconds) when app-server emitted this notification."""
    method: Literal["thread/realtime/closed"] = "thread/realtime/closed"
    params: ThreadRealtimeClosedNotification


class ThreadRealtimeErrorNotification(WireModel):
    """EXPERIMENTAL - emitted when thread realtime encounters an error."""

    message: str
    thread_id: str = Field(alias="threadId")


class ThreadRealtimeErrorNotificationMessage(TaggedWireModel):
    """``ServerNotificationMessage`` with ``method: 'thread/realtime/error'``."""

    __wire_tags__ = ("method",)
    emitted_at_ms: int | None = Field(default=None, alias="emittedAtMs", exclude_if=is_none)
    """Unix timestamp (in milliseconds) when app-server emitted this notification."""
    method: Literal["thread/realtime/error"] = "thread/realtime/error"
    params: ThreadRealtimeErrorNotification


class ThreadRealtimeItemAddedNotification(WireModel):
    """EXPERIMENTAL - raw non-audio thread realtime item emitted by the backend."""

    item: Any
    thread_id: str = Field(alias="threadId")


class ThreadRealtimeItemAddedNotificationMessage(TaggedWireModel):
    """``ServerNotificationMessage`` with ``method: 'thread/realtime/itemAdded'``."""

    __wire_tags__ = ("method",)
    emitted_at_ms: int | None = Field(default=None, alias="emittedAtMs", exclude_if=is_none)
    """Unix timestamp (in milliseconds) when app-server emitted this notification."""
    method: Literal["thread/realtime/itemAdded"] = "thread/realtime/itemAdded"
    params: ThreadRealtimeItemAddedNotification


class ThreadRealtimeItemCompletedNotification(WireModel):
    """EXPERIMENTAL - a realtime timeline item published after canonical commit."""

    item: ThreadRealtimeItem
    thread_id: str = Field(alias="threadId")


class ThreadRealtimeItemCompletedNotificationMessage(TaggedWireModel):
    """``ServerNotificationMessage`` with ``method: 'thread/realtime/item/completed'``."""

    __wire_tags__ = ("method",)
    emitted_at_ms: int | None = Field(default=None, alias="emittedAtMs", exclude_if=is_none)
    """Unix timestamp (in milliseconds) when app-server emitted this notification."""
    method: Literal["thread/realtime/item/completed"] = "thread/realtime/item/completed"
    params: ThreadRealtimeItemCompletedNotification


class ThreadRealtimeItemStartedNotification(WireModel):
    """EXPERIMENTAL - a realtime timeline item started before its content streams."""

    item: ThreadRealtimeItem
    thread_id: str = Field(alias="threadId")


class ThreadRealtimeItemStartedNotificationMessage(TaggedWireModel):
    """``ServerNotificationMessage`` with ``method: 'thread/realtime/item/started'``."""

    __wire_tags__ = ("method",)
    emitted_at_ms: int | None = Field(default=None, alias="emittedAtMs", exclude_if=is_none)
    """Unix timestamp (in milliseconds) when app-server emitted this notification."""
    method: Literal["thread/realtime/item/started"] = "thread/realtime/item/started"
    params: ThreadRealtimeItemStartedNotification


class ThreadRealtimeItemTranscriptDeltaNotification(WireModel):
    """EXPERIMENTAL - text appended to an active realtime transcript item."""

    delta: str
    item_id: str = Field(alias="itemId")
    thread_id: str = Field(alias="threadId")


class ThreadRealtimeItemTranscriptDeltaNotificationMessage(TaggedWireModel):
    """``ServerNotificationMessage`` with ``method: 'thread/realtime/item/transcript/delta'``."""

    __wire_tags__ = ("method",)
    emitted_at_ms: int | None = Field(default=None, alias="emittedAtMs", exclude_if=is_none)
    """Unix timestamp (in milliseconds) when app-server emitted this notification."""
    method: Literal["thread/realtime/item/transcript/delta"] = "thread/realtime/item/transcript/delta"
    params: ThreadRealtimeItemTranscriptDeltaNotification


class ThreadRealtimeAudioChunk(WireModel):
    """EXPERIMENTAL - thread realtime audio chunk."""

    data: str
    item_id: str | None = Field(default=None, alias="itemId")
    num_channels: int = Field(alias="numChannels")
    sample_rate: int = Field(alias="sampleRate")
    samples_per_channel: int | None = Field(default=None, alias="samplesPerChannel")


class ThreadRealtimeOutputAudioDeltaNotification(WireModel):
    """EXPERIMENTAL - streamed output audio emitted by thread realtime."""

    audio: ThreadRealtimeAudioChunk
    thread_id: str = Field(alias="threadId")


class ThreadRealtimeOutputAudioDeltaNotificationMessage(TaggedWireModel):
    """``ServerNotificationMessage`` with ``method: 'thread/realtime/outputAudio/delta'``."""

    __wire_tags__ = ("method",)
    emitted_at_ms: int | None = Field(default=None, alias="emittedAtMs", exclude_if=is_none)
    """Unix timestamp (in milliseconds) when app-server emitted this notification."""
    method: Literal["thread/realtime/outputAudio/delta"] = "thread/realtime/outputAudio/delta"
    params: ThreadRealtimeOutputAudioDeltaNotification


class ThreadRealtimeSdpNotification(WireModel):
    """EXPERIMENTAL - emitted with the remote SDP for a WebRTC realtime session."""

    sdp: str
    thread_id: str = Field(alias="threadId")


class ThreadRealtimeSdpNotificationMessage(TaggedWireModel):
    """``ServerNotificationMessage`` with ``method: 'thread/realtime/sdp'``."""

    __wire_tags__ = ("method",)
    emitted_at_ms: int | None = Field(default=None, alias="emittedAtMs", exclude_if=is_none)
    """Unix timestamp (in milliseconds) when app-server emitted this notification."""
    method: Literal["thread/realtime/sdp"] = "thread/realtime/sdp"
    params: ThreadRealtimeSdpNotification


class ThreadRealtimeStartedNotification(WireModel):
    """EXPERIMENTAL - emitted when thread realtime startup is accepted."""

    realtime_session_id: str | None = Field(default=None, alias="realtimeSessionId")
    thread_id: str = Field(alias="threadId")
    version: RealtimeConversationVersion


class ThreadRealtimeStartedNotificationMessage(TaggedWireModel):
    """``ServerNotificationMessage`` with ``method: 'thread/realtime/started'``."""

    __wire_tags__ = ("method",)
    emitted_at_ms: int | None = Field(default=None, alias="emittedAtMs", exclude_if=is_none)
    """Unix timestamp (in milliseconds) when app-server emitted this notification."""
    method: Literal["thread/realtime/started"] = "thread/realtime/started"
    params: ThreadRealtimeStartedNotification


class ThreadRealtimeTranscriptDeltaNotification(WireModel):
    """EXPERIMENTAL - flat transcript delta emitted whenever realtime transcript text changes."""

    delta: str
    """Live transcript delta from the realtime event."""
    role: str
    thread_id: str = Field(alias="threadId")


class ThreadRealtimeTranscriptDeltaNotificationMessage(TaggedWireModel):
    """``ServerNotificationMessage`` with ``method: 'thread/realtime/transcript/delta'``."""

    __wire_tags__ = ("method",)
    emitted_at_ms: int | None = Field(default=None, alias="emittedAtMs", exclude_if=is_none)
    """Unix timestamp (in milliseconds) when app-server emitted this notification."""
    method: Literal["thread/realtime/transcript/delta"] = "thread/realtime/transcript/delta"
    params: ThreadRealtimeTranscriptDeltaNotification


class ThreadRealtimeTranscriptDoneNotification(WireModel):
    """EXPERIMENTAL - final transcript text emitted when realtime completes a transcript part."""

    role: str
    text: str
    """Final complete text for the transcript part."""
    thread_id: str = Field(alias="threadId")


class ThreadRealtimeTranscriptDoneNotificationMessage(TaggedWireModel):
    """``ServerNotificationMessage`` with ``method: 'thread/realtime/transcript/done'``."""

    __wire_tags__ = ("method",)
    emitted_at_ms: int | None = Field(default=None, alias="emittedAtMs", exclude_if=is_none)
    """Unix timestamp (in milliseconds) when app-server emitted this notification."""
    method: Literal["thread/realtime/transcript/done"] = "thread/realtime/transcript/done"
    params: ThreadRealtimeTranscriptDoneNotification


class ThreadRevertedNotification(WireModel):
    thread_id: str = Field(alias="threadId")


class ThreadRevertedNotificationMessage(TaggedWireModel):
    """``ServerNotificationMessage`` with ``method: 'thread/reverted'``."""

    __wire_tags__ = ("method",)
    emitted_at_ms: int | None = Field(default=None, alias="emittedAtMs", exclude_if=is_none)
    """Unix timestamp (in milliseconds) when app-server emitted this notification."""
    method: Literal["thread/reverted"] = "thread/reverted"
    params: ThreadRevertedNotification


class ThreadSettings(WireModel):
    active_permission_profile: ActivePermissionProfile | None = Field(default=None, alias="activePermissionProfile")
    approval_policy: AskForApproval = Field(alias="approvalPolicy")
    approvals_reviewer: ApprovalsReviewer = Field(alias="approvalsReviewer")
    collaboration_mode: CollaborationMode = Field(alias="collaborationMode")
    cwd: AbsolutePathBuf
    disabled_plugin_ids: list[str] | None = Field(default=None, alias="disabledPluginIds", exclude_if=is_none)
    """Saved list of disabled plugin IDs. Does not yet filter plugin capabilities."""
    effort: ReasoningEffort | None = None
    model: str
    model_provider: str = Field(alias="modelProvider")
    personality: Personality | None = None
    """@deprecated Reports the saved setting; `friendly` and `pragmatic` no longer select a style."""
    sandbox_policy: SandboxPolicy = Field(alias="sandboxPolicy")
    service_tier: str | None = Field(default=None, alias="serviceTier")
    summary: ReasoningSummary | None = None


class ThreadSettingsUpdatedNotification(WireModel):
    thread_id: str = Field(alias="threadId")
    thread_settings: ThreadSettings = Field(alias="threadSettings")


class ThreadSettingsUpdatedNotificationMessage(TaggedWireModel):
    """``ServerNotificationMessage`` with ``method: 'thread/settings/updated'``."""

    __wire_tags__ = ("method",)
    emitted_at_ms: int | None = Field(default=None, alias="emittedAtMs", exclude_if=is_none)
    """Unix timestamp (in milliseconds) when app-server emitted this notification."""
    method: Literal["thread/settings/updated"] = "thread/settings/updated"
    params: ThreadSettingsUpdatedNotification


class ThreadSpawnSubAgentSourcePayload(WireModel):
    agent_nickname: str | None = None
    agent_path: AgentPath | None = None
    agent_role: str | None = None
    depth: int
    parent_thread_id: ThreadId


class ThreadSpawnSubAgentSource(WireModel):
    thread_spawn: ThreadSpawnSubAgentSourcePayload


class UnrecognizedSubAgentSource(WireModel):
    """A ``SubAgentSource`` object form this schema does not know. Its content is kept as extras."""


SubAgentSource: TypeAlias = Annotated[
    Union[
        Annotated[SubAgentSourceKind, Tag(STRING_TAG)],
        Annotated[ThreadSpawnSubAgentSource, Tag("thread_spawn")],
        Annotated[OtherSubAgentSource, Tag("other")],
        Annotated[UnrecognizedSubAgentSource, Tag(UNRECOGNIZED_TAG)],
    ],
    Discriminator(external_discriminator({"thread_spawn": "thread_spawn", "other": "other"})),
]


class SubAgentSessionSource(WireModel):
    sub_agent: SubAgentSource = Field(alias="subAgent")


class UnrecognizedSessionSource(WireModel):
    """A ``SessionSource`` object form this schema does not know. Its content is kept as extras."""


SessionSource: TypeAlias = Annotated[
    Union[
        Annotated[SessionSourceKind, Tag(STRING_TAG)],
        Annotated[CustomSessionSource, Tag("custom")],
        Annotated[SubAgentSessionSource, Tag("subAgent")],
        Annotated[UnrecognizedSessionSource, Tag(UNRECOGNIZED_TAG)],
    ],
    Discriminator(external_discriminator({"custom": "custom", "subAgent": "sub_agent"})),
]


class ThreadSection(WireModel):
    """An independently persisted, user-visible thread section."""

    appearance: ThreadSectionAppearance | None = None
    """Optional appearance synchronized across clients."""
    id: str
    """Opaque UUIDv7 identity that remains stable when the section is renamed."""
    name: str
    """The current user-visible section name."""


class SystemErrorThreadStatus(TaggedWireModel):
    """``ThreadStatus`` with ``type: 'systemError'``."""

    __wire_tags__ = ("type",)
    type: Literal["systemError"] = "systemError"


class UnrecognizedThreadStatus(WireModel):
    """A ``ThreadStatus`` variant this schema does not know (a newer server?). Every field is kept as an extra."""

    type: str


ThreadStatus: TypeAlias = Annotated[
    Union[
        Annotated[NotLoadedThreadStatus, Tag("notLoaded")],
        Annotated[IdleThreadStatus, Tag("idle")],
        Annotated[SystemErrorThreadStatus, Tag("systemError")],
        Annotated[ActiveThreadStatus, Tag("active")],
        Annotated[UnrecognizedThreadStatus, Tag(UNRECOGNIZED_TAG)],
    ],
    Discriminator(tag_discriminator("type", "type", ("notLoaded", "idle", "systemError", "active"))),
]


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


class ThreadStartedNotification(WireModel):
    thread: Thread


class ThreadStartedNotificationMessage(TaggedWireModel):
    """``ServerNotificationMessage`` with ``method: 'thread/started'``."""

    __wire_tags__ = ("method",)
    emitted_at_ms: int | None = Field(default=None, alias="emittedAtMs", exclude_if=is_none)
    """Unix timestamp (in milliseconds) when app-server emitted this notification."""
    method: Literal["thread/started"] = "thread/started"
    params: ThreadStartedNotification


class ThreadStatusChangedNotification(WireModel):
    status: ThreadStatus
    thread_id: str = Field(alias="threadId")


class ThreadStatusChangedNotificationMessage(TaggedWireModel):
    """``ServerNotificationMessage`` with ``method: 'thread/status/changed'``."""

    __wire_tags__ = ("method",)
    emitted_at_ms: int | None = Field(default=None, alias="emittedAtMs", exclude_if=is_none)
    """Unix timestamp (in milliseconds) when app-server emitted this notification."""
    method: Literal["thread/status/changed"] = "thread/status/changed"
    params: ThreadStatusChangedNotification


class ThreadTokenUsage(WireModel):
    last: TokenUsageBreakdown
    model_context_window: int | None = Field(default=None, alias="modelContextWindow")
    total: TokenUsageBreakdown


class ThreadTokenUsageUpdatedNotification(WireModel):
    thread_id: str = Field(alias="threadId")
    token_usage: ThreadTokenUsage = Field(alias="tokenUsage")
    turn_id: str = Field(alias="turnId")


class ThreadTokenUsageUpdatedNotificationMessage(TaggedWireModel):
    """``ServerNotificationMessage`` with ``method: 'thread/tokenUsage/updated'``."""

    __wire_tags__ = ("method",)
    emitted_at_ms: int | None = Field(default=None, alias="emittedAtMs", exclude_if=is_none)
    """Unix timestamp (in milliseconds) when app-server emitted this notification."""
    method: Literal["thread/tokenUsage/updated"] = "thread/tokenUsage/updated"
    params: ThreadTokenUsageUpdatedNotification


class ThreadUnarchivedNotification(WireModel):
    thread_id: str = Field(alias="threadId")


class ThreadUnarchivedNotificationMessage(TaggedWireModel):
    """``ServerNotificationMessage`` with ``method: 'thread/unarchived'``."""

    __wire_tags__ = ("method",)
    emitted_at_ms: int | None = Field(default=None, alias="emittedAtMs", exclude_if=is_none)
    """Unix timestamp (in milliseconds) when app-server emitted this notification."""
    method: Literal["thread/unarchived"] = "thread/unarchived"
    params: ThreadUnarchivedNotification


class TurnCompletedNotification(WireModel):
    thread_id: str = Field(alias="threadId")
    turn: Turn


class TurnCompletedNotificationMessage(TaggedWireModel):
    """``ServerNotificationMessage`` with ``method: 'turn/completed'``."""

    __wire_tags__ = ("method",)
    emitted_at_ms: int | None = Field(default=None, alias="emittedAtMs", exclude_if=is_none)
    """Unix timestamp (in milliseconds) when app-server emitted this notification."""
    method: Literal["turn/completed"] = "turn/completed"
    params: TurnCompletedNotification


class TurnDiffUpdatedNotification(WireModel):
    """Notification that the turn-level unified diff has changed. Contains the latest aggregated diff across all file
    changes in the turn.
    """

    diff: str
    thread_id: str = Field(alias="threadId")
    turn_id: str = Field(alias="turnId")


class TurnDiffUpdatedNotificationMessage(TaggedWireModel):
    """``ServerNotificationMessage`` with ``method: 'turn/diff/updated'``."""

    __wire_tags__ = ("method",)
    emitted_at_ms: int | None = Field(default=None, alias="emittedAtMs", exclude_if=is_none)
    """Unix timestamp (in milliseconds) when app-server emitted this notification."""
    method: Literal["turn/diff/updated"] = "turn/diff/updated"
    params: TurnDiffUpdatedNotification


class TurnModerationMetadataNotification(WireModel):
    metadata: Any
    thread_id: str = Field(alias="threadId")
    turn_id: str = Field(alias="turnId")


class TurnModerationMetadataNotificationMessage(TaggedWireModel):
    """``ServerNotificationMessage`` with ``method: 'turn/moderationMetadata'``."""

    __wire_tags__ = ("method",)
    emitted_at_ms: int | None = Field(default=None, alias="emittedAtMs", exclude_if=is_none)
    """Unix timestamp (in milliseconds) when app-server emitted this notification."""
    method: Literal["turn/moderationMetadata"] = "turn/moderationMetadata"
    params: TurnModerationMetadataNotification


class TurnPlanStep(WireModel):
    status: TurnPlanStepStatus
    step: str


class TurnPlanUpdatedNotification(WireModel):
    explanation: str | None = None
    plan: list[TurnPlanStep]
    thread_id: str = Field(alias="threadId")
    turn_id: str = Field(alias="turnId")


class TurnPlanUpdatedNotificationMessage(TaggedWireModel):
    """``ServerNotificationMessage`` with ``method: 'turn/plan/updated'``."""

    __wire_tags__ = ("method",)
    emitted_at_ms: int | None = Field(default=None, alias="emittedAtMs", exclude_if=is_none)
    """Unix timestamp (in milliseconds) when app-server emitted this notification."""
    method: Literal["turn/plan/updated"] = "turn/plan/updated"
    params: TurnPlanUpdatedNotification


class TurnStartedNotification(WireModel):
    thread_id: str = Field(alias="threadId")
    turn: Turn


class TurnStartedNotificationMessage(TaggedWireModel):
    """``ServerNotificationMessage`` with ``method: 'turn/started'``."""

    __wire_tags__ = ("method",)
    emitted_at_ms: int | None = Field(default=None, alias="emittedAtMs", exclude_if=is_none)
    """Unix timestamp (in milliseconds) when app-server emitted this notification."""
    method: Literal["turn/started"] = "turn/started"
    params: TurnStartedNotification


class UnrecognizedServerNotificationMessage(WireModel):
    """A ``ServerNotificationMessage`` variant this schema does not know (a newer server?). Every field is kept as an
    extra.
    """

    method: str


class WarningNotification(WireModel):
    message: str
    """Concise warning message for the user."""
    thread_id: str | None = Field(default=None, alias="threadId")
    """Optional thread target when the warning applies to a specific thread."""


class WarningNotificationMessage(TaggedWireModel):
    """``ServerNotificationMessage`` with ``method: 'warning'``."""

    __wire_tags__ = ("method",)
    emitted_at_ms: int | None = Field(default=None, alias="emittedAtMs", exclude_if=is_none)
    """Unix timestamp (in milliseconds) when app-server emitted this notification."""
    method: Literal["warning"] = "warning"
    params: WarningNotification


class WindowsSandboxSetupCompletedNotification(WireModel):
    error: str | None = None
    mode: WindowsSandboxSetupMode
    success: bool


class WindowsSandboxSetupCompletedNotificationMessage(TaggedWireModel):
    """``ServerNotificationMessage`` with ``method: 'windowsSandbox/setupCompleted'``."""

    __wire_tags__ = ("method",)
    emitted_at_ms: int | None = Field(default=None, alias="emittedAtMs", exclude_if=is_none)
    """Unix timestamp (in milliseconds) when app-server emitted this notification."""
    method: Literal["windowsSandbox/setupCompleted"] = "windowsSandbox/setupCompleted"
    params: WindowsSandboxSetupCompletedNotification


class WindowsWorldWritableWarningNotification(WireModel):
    extra_count: int = Field(alias="extraCount")
    failed_scan: bool = Field(alias="failedScan")
    sample_paths: list[str] = Field(alias="samplePaths")


class WindowsWorldWritableWarningNotificationMessage(TaggedWireModel):
    """Notifies the user of world-writable directories on Windows, which cannot be protected by the sandbox."""

    __wire_tags__ = ("method",)
    emitted_at_ms: int | None = Field(default=None, alias="emittedAtMs", exclude_if=is_none)
    """Unix timestamp (in milliseconds) when app-server emitted this notification."""
    method: Literal["windows/worldWritableWarning"] = "windows/worldWritableWarning"
    params: WindowsWorldWritableWarningNotification


ServerNotificationMessage: TypeAlias = Annotated[
    Union[
        Annotated[ErrorNotificationMessage, Tag("error")],
        Annotated[ThreadStartedNotificationMessage, Tag("thread/started")],
        Annotated[ThreadStatusChangedNotificationMessage, Tag("thread/status/changed")],
        Annotated[ThreadReadStateChangedNotificationMessage, Tag("thread/readState/changed")],
        Annotated[ThreadArchivedNotificationMessage, Tag("thread/archived")],
        Annotated[ThreadDeletedNotificationMessage, Tag("thread/deleted")],
        Annotated[ThreadUnarchivedNotificationMessage, Tag("thread/unarchived")],
        Annotated[ThreadClosedNotificationMessage, Tag("thread/closed")],
        Annotated[ThreadRevertedNotificationMessage, Tag("thread/reverted")],
        Annotated[SkillsChangedNotificationMessage, Tag("skills/changed")],
        Annotated[ThreadNameUpdatedNotificationMessage, Tag("thread/name/updated")],
        Annotated[ThreadAttachmentUpdatedNotificationMessage, Tag("thread/attachment/updated")],
        Annotated[ThreadGoalUpdatedNotificationMessage, Tag("thread/goal/updated")],
        Annotated[ThreadPredictionUpdatedNotificationMessage, Tag("thread/prediction/updated")],
        Annotated[ThreadGoalClearedNotificationMessage, Tag("thread/goal/cleared")],
        Annotated[ThreadQueueChangedNotificationMessage, Tag("thread/queue/changed")],
        Annotated[ProjectChangedNotificationMessage, Tag("project/changed")],
        Annotated[ThreadProjectUpdatedNotificationMessage, Tag("thread/project/updated")],
        Annotated[ThreadEnvironmentConnectedNotificationMessage, Tag("thread/environment/connected")],
        Annotated[ThreadEnvironmentDisconnectedNotificationMessage, Tag("thread/environment/disconnected")],
        Annotated[ThreadSettingsUpdatedNotificationMessage, Tag("thread/settings/updated")],
        Annotated[ThreadTokenUsageUpdatedNotificationMessage, Tag("thread/tokenUsage/updated")],
        Annotated[TurnStartedNotificationMessage, Tag("turn/started")],
        Annotated[HookStartedNotificationMessage, Tag("hook/started")],
        Annotated[TurnCompletedNotificationMessage, Tag("turn/completed")],
        Annotated[HookCompletedNotificationMessage, Tag("hook/completed")],
        Annotated[TurnDiffUpdatedNotificationMessage, Tag("turn/diff/updated")],
        Annotated[TurnPlanUpdatedNotificationMessage, Tag("turn/plan/updated")],
        Annotated[ItemStartedNotificationMessage, Tag("item/started")],
        Annotated[ItemAutoApprovalReviewStartedNotificationMessage, Tag("item/autoApprovalReview/started")],
        Annotated[ItemAutoApprovalReviewCompletedNotificationMessage, Tag("item/autoApprovalReview/completed")],
        Annotated[AutoApprovalReviewStrictReviewRequiredNotificationMessage, Tag("autoApprovalReview/strictReviewRequired")],
        Annotated[ItemCompletedNotificationMessage, Tag("item/completed")],
        Annotated[ItemAgentMessageDeltaNotificationMessage, Tag("item/agentMessage/delta")],
        Annotated[ItemPlanDeltaNotificationMessage, Tag("item/plan/delta")],
        Annotated[CommandExecOutputDeltaNotificationMessage, Tag("command/exec/outputDelta")],
        Annotated[ProcessOutputDeltaNotificationMessage, Tag("process/outputDelta")],
        Annotated[ProcessExitedNotificationMessage, Tag("process/exited")],
        Annotated[ItemCommandExecutionOutputDeltaNotificationMessage, Tag("item/commandExecution/outputDelta")],
        Annotated[ItemCommandExecutionTerminalInteractionNotificationMessage, Tag("item/commandExecution/terminalInteraction")],
        Annotated[ItemFileChangeOutputDeltaNotificationMessage, Tag("item/fileChange/outputDelta")],
        Annotated[ItemFileChangePatchUpdatedNotificationMessage, Tag("item/fileChange/patchUpdated")],
        Annotated[ServerRequestResolvedNotificationMessage, Tag("serverRequest/resolved")],
        Annotated[ItemMcpToolCallProgressNotificationMessage, Tag("item/mcpToolCall/progress")],
        Annotated[McpServerOauthLoginCompletedNotificationMessage, Tag("mcpServer/oauthLogin/completed")],
        Annotated[McpServerStartupStatusUpdatedNotificationMessage, Tag("mcpServer/startupStatus/updated")],
        Annotated[McpServerEventStreamNotificationNotificationMessage, Tag("mcpServer/event/stream/notification")],
        Annotated[AccountUpdatedNotificationMessage, Tag("account/updated")],
        Annotated[AccountGatewayOAuthChangedNotificationMessage, Tag("account/gatewayOAuth/changed")],
        Annotated[AccountRateLimitsUpdatedNotificationMessage, Tag("account/rateLimits/updated")],
        Annotated[AppListUpdatedNotificationMessage, Tag("app/list/updated")],
        Annotated[RemoteControlStatusChangedNotificationMessage, Tag("remoteControl/status/changed")],
        Annotated[ExternalAgentConfigImportProgressNotificationMessage, Tag("externalAgentConfig/import/progress")],
        Annotated[ExternalAgentConfigImportCompletedNotificationMessage, Tag("externalAgentConfig/import/completed")],
        Annotated[FsChangedNotificationMessage, Tag("fs/changed")],
        Annotated[ItemReasoningSummaryTextDeltaNotificationMessage, Tag("item/reasoning/summaryTextDelta")],
        Annotated[ItemReasoningSummaryPartAddedNotificationMessage, Tag("item/reasoning/summaryPartAdded")],
        Annotated[ItemReasoningTextDeltaNotificationMessage, Tag("item/reasoning/textDelta")],
        Annotated[ThreadCompactedNotificationMessage, Tag("thread/compacted")],
        Annotated[ModelReroutedNotificationMessage, Tag("model/rerouted")],
        Annotated[ModelVerificationNotificationMessage, Tag("model/verification")],
        Annotated[ModelProviderAuthRecoveryStartedNotificationMessage, Tag("modelProvider/authRecoveryStarted")],
        Annotated[ModelProviderAuthRecoveryCompletedNotificationMessage, Tag("modelProvider/authRecoveryCompleted")],
        Annotated[TurnModerationMetadataNotificationMessage, Tag("turn/moderationMetadata")],
        Annotated[ModelSafetyBufferingUpdatedNotificationMessage, Tag("model/safetyBuffering/updated")],
        Annotated[WarningNotificationMessage, Tag("warning")],
        Annotated[GuardianWarningNotificationMessage, Tag("guardianWarning")],
        Annotated[DeprecationNoticeNotificationMessage, Tag("deprecationNotice")],
        Annotated[ConfigWarningNotificationMessage, Tag("configWarning")],
        Annotated[FuzzyFileSearchSessionUpdatedNotificationMessage, Tag("fuzzyFileSearch/sessionUpdated")],
        Annotated[FuzzyFileSearchSessionCompletedNotificationMessage, Tag("fuzzyFileSearch/sessionCompleted")],
        Annotated[ThreadRealtimeStartedNotificationMessage, Tag("thread/realtime/started")],
        Annotated[ThreadRealtimeItemAddedNotificationMessage, Tag("thread/realtime/itemAdded")],
        Annotated[ThreadRealtimeItemStartedNotificationMessage, Tag("thread/realtime/item/started")],
        Annotated[ThreadRealtimeItemTranscriptDeltaNotificationMessage, Tag("thread/realtime/item/transcript/delta")],
        Annotated[ThreadRealtimeItemCompletedNotificationMessage, Tag("thread/realtime/item/completed")],
        Annotated[ThreadRealtimeTranscriptDeltaNotificationMessage, Tag("thread/realtime/transcript/delta")],
        Annotated[ThreadRealtimeTranscriptDoneNotificationMessage, Tag("thread/realtime/transcript/done")],
        Annotated[ThreadRealtimeOutputAudioDeltaNotificationMessage, Tag("thread/realtime/outputAudio/delta")],
        Annotated[ThreadRealtimeSdpNotificationMessage, Tag("thread/realtime/sdp")],
        Annotated[ThreadRealtimeErrorNotificationMessage, Tag("thread/realtime/error")],
        Annotated[ThreadRealtimeClosedNotificationMessage, Tag("thread/realtime/closed")],
        Annotated[WindowsWorldWritableWarningNotificationMessage, Tag("windows/worldWritableWarning")],
        Annotated[WindowsSandboxSetupCompletedNotificationMessage, Tag("windowsSandbox/setupCompleted")],
        Annotated[AccountLoginCompletedNotificationMessage, Tag("account/login/completed")],
        Annotated[UnrecognizedServerNotificationMessage, Tag(UNRECOGNIZED_TAG)],
    ],
    Discriminator(
        tag_discriminator(
            "method",
            "method",
            (
                "error",
                "thread/started",
                "thread/status/changed",
                "thread/readState/changed",
                "thread/archived",
                "thread/deleted",
                "thread/unarchived",
                "thread/closed",
                "thread/reverted",
                "skills/changed",
                "thread/name/updated",
                "thread/attachment/updated",
                "thread/goal/updated",
                "thread/prediction/updated",
                "thread/goal/cleared",
                "thread/queue/changed",
                "project/changed",
                "thread/project/updated",
                "thread/environment/connected",
                "thread/environment/disconnected",
                "thread/settings/updated",
                "thread/tokenUsage/updated",
                "turn/started",
                "hook/started",
                "turn/completed",
                "hook/completed",
                "turn/diff/updated",
                "turn/plan/updated",
                "item/started",
                "item/autoApprovalReview/started",
                "item/autoApprovalReview/completed",
                "autoApprovalReview/strictReviewRequired",
                "item/completed",
                "item/agentMessage/delta",
                "item/plan/delta",
                "command/exec/outputDelta",
                "process/outputDelta",
                "process/exited",
                "item/commandExecution/outputDelta",
                "item/commandExecution/terminalInteraction",
                "item/fileChange/outputDelta",
                "item/fileChange/patchUpdated",
                "serverRequest/resolved",
                "item/mcpToolCall/progress",
                "mcpServer/oauthLogin/completed",
                "mcpServer/startupStatus/updated",
                "mcpServer/event/stream/notification",
                "account/updated",
                "account/gatewayOAuth/changed",
                "account/rateLimits/updated",
                "app/list/updated",
                "remoteControl/status/changed",
                "externalAgentConfig/import/progress",
                "externalAgentConfig/import/completed",
                "fs/changed",
                "item/reasoning/summaryTextDelta",
                "item/reasoning/summaryPartAdded",
                "item/reasoning/textDelta",
                "thread/compacted",
                "model/rerouted",
                "model/verification",
                "modelProvider/authRecoveryStarted",
                "modelProvider/authRecoveryCompleted",
                "turn/moderationMetadata",
                "model/safetyBuffering/updated",
                "warning",
                "guardianWarning",
                "deprecationNotice",
                "configWarning",
                "fuzzyFileSearch/sessionUpdated",
                "fuzzyFileSearch/sessionCompleted",
                "thread/realtime/started",
                "thread/realtime/itemAdded",
                "thread/realtime/item/started",
                "thread/realtime/item/transcript/delta",
                "thread/realtime/item/completed",
                "thread/realtime/transcript/delta",
                "thread/realtime/transcript/done",
                "thread/realtime/outputAudio/delta",
                "thread/realtime/sdp",
                "thread/realtime/error",
                "thread/realtime/closed",
                "windows/worldWritableWarning",
                "windowsSandbox/setupCompleted",
                "account/login/completed",
            ),
        ),
    ),
]
"""Notification sent from the server to the client."""


class UnrecognizedServerRequestMessage(WireModel):
    """A ``ServerRequestMessage`` variant this schema does not know (a newer server?). Every field is kept as an
    extra.
    """

    method: str


ServerRequestMessage: TypeAlias = Annotated[
    Union[
        Annotated[ItemCommandExecutionRequestApprovalRequestMessage, Tag("item/commandExecution/requestApproval")],
        Annotated[ItemFileChangeRequestApprovalRequestMessage, Tag("item/fileChange/requestApproval")],
        Annotated[ItemToolRequestUserInputRequestMessage, Tag("item/tool/requestUserInput")],
        Annotated[McpServerElicitationRequestRequestMessage, Tag("mcpServer/elicitation/request")],
        Annotated[ItemPermissionsRequestApprovalRequestMessage, Tag("item/permissions/requestApproval")],
        Annotated[ItemToolCallRequestMessage, Tag("item/tool/call")],
        Annotated[AccountChatgptAuthTokensRefreshRequestMessage, Tag("account/chatgptAuthTokens/refresh")],
        Annotated[AttestationGenerateRequestMessage, Tag("attestation/generate")],
        Annotated[ApplyPatchApprovalRequestMessage, Tag("applyPatchApproval")],
        Annotated[ExecCommandApprovalRequestMessage, Tag("execCommandApproval")],
        Annotated[UnrecognizedServerRequestMessage, Tag(UNRECOGNIZED_TAG)],
    ],
    Discriminator(
        tag_discriminator(
            "method",
            "method",
            (
                "item/commandExecution/requestApproval",
                "item/fileChange/requestApproval",
                "item/tool/requestUserInput",
                "mcpServer/elicitation/request",
                "item/permissions/requestApproval",
                "item/tool/call",
                "account/chatgptAuthTokens/refresh",
                "attestation/generate",
                "applyPatchApproval",
                "execCommandApproval",
            ),
        ),
    ),
]
"""Request initiated from the server and sent to the client."""


class SkillToolDependency(WireModel):
    command: str | None = None
    description: str | None = None
    transport: str | None = None
    type: str
    url: str | None = None
    value: str


class SkillDependencies(WireModel):
    tools: list[SkillToolDependency]


class SkillErrorInfo(WireModel):
    message: str
    path: str


class SkillMetadata(WireModel):
    dependencies: SkillDependencies | None = None
    description: str
    enabled: bool
    interface: SkillInterface | None = None
    name: str
    path: LegacyAppPathString
    plugin_id: str | None = Field(default=None, alias="pluginId")
    """Owning plugin ID, matching `PluginSummary.id`, when known."""
    scope: SkillScope
    short_description: str | None = Field(default=None, alias="shortDescription")
    """Legacy short_description from SKILL.md. Prefer SKILL.json interface.short_description."""


class SkillsConfigWriteResponse(WireModel):
    effective_enabled: bool = Field(alias="effectiveEnabled")


class SkillsExtraRootsSetResponse(WireModel):
    pass


class SkillsListEntry(WireModel):
    cwd: str
    errors: list[SkillErrorInfo]
    skills: list[SkillMetadata]


class SkillsListResponse(WireModel):
    data: list[SkillsListEntry]


class ThreadApproveGuardianDeniedActionResponse(WireModel):
    pass


class ThreadArchiveResponse(WireModel):
    pass


class ThreadAttachment(WireModel):
    """An independently persisted attachment associated with a thread."""

    attachment_type: str = Field(alias="attachmentType")
    created_at: int = Field(alias="createdAt")
    id: str
    identity_key: str = Field(alias="identityKey")
    payload: Any


class ThreadAttachmentAddResponse(WireModel):
    """The created or existing attachment."""

    attachment: ThreadAttachment
    outcome: ThreadAttachmentAddOutcome


class ThreadAttachmentListResponse(WireModel):
    """One page of attachments associated with the requested thread."""

    data: list[ThreadAttachment]
    next_cursor: str | None = Field(default=None, alias="nextCursor")


class ThreadAttachmentOwner(WireModel):
    """A thread that currently owns an attachment with the requested identity."""

    archived: bool
    """Whether the owning thread is archived, not whether it is currently executing a turn."""
    thread_id: str = Field(alias="threadId")


class ThreadAttachmentOwnerListResponse(WireModel):
    """One page of matching owners, including threads without their own user messages."""

    data: list[ThreadAttachmentOwner]
    next_cursor: str | None = Field(default=None, alias="nextCursor")


class ThreadAttachmentRemoveResponse(WireModel):
    """Successful deletion does not return additional attachment data."""


class ThreadCompactStartResponse(WireModel):
    pass


class ThreadDeleteResponse(WireModel):
    pass


class ThreadEnvironment(WireModel):
    """An environment selected by a loaded thread, independent of connection status."""

    cwd: LegacyAppPathString
    environment_id: str = Field(alias="environmentId")
    runtime_workspace_roots: list[LegacyAppPathString] = Field(alias="runtimeWorkspaceRoots")


class ThreadExtra(WireModel):
    """Extra app-server data for a thread."""


class ThreadForkResponse(WireModel):
    approval_policy: AskForApproval = Field(alias="approvalPolicy")
    approvals_reviewer: ApprovalsReviewer = Field(alias="approvalsReviewer")
    """Reviewer currently used for approval requests on this thread."""
    cwd: AbsolutePathBuf
    disabled_plugin_ids: list[str] | None = Field(default=None, alias="disabledPluginIds", exclude_if=is_none)
    """Saved list of disabled plugin IDs. Does not yet filter plugin capabilities."""
    instruction_sources: list[LegacyAppPathString] | None = Field(
        default=None, alias="instructionSources", exclude_if=is_none,
    )
    """Environment-native paths to instruction source files currently loaded for this thread."""
    model: str
    model_provider: str = Field(alias="modelProvider")
    reasoning_effort: ReasoningEffort | None = Field(default=None, alias="reasoningEffort")
    sandbox: SandboxPolicy
    """Legacy sandbox policy retained for compatibility. Experimental clients should prefer `activePermissionProfile`
    for profile provenance.
    """
    service_tier: str | None = Field(default=None, alias="serviceTier")
    thread: Thread


class ThreadGoalClearResponse(WireModel):
    cleared: bool


class ThreadGoalGetResponse(WireModel):
    goal: ThreadGoal | None = None


class ThreadGoalSetResponse(WireModel):
    goal: ThreadGoal


class ThreadInjectItemsResponse(WireModel):
    pass


class ThreadItemEntry(WireModel):
    completed_at_ms: int | None = Field(default=None, alias="completedAtMs")
    """Unix timestamp (milliseconds) when the item completed, if recorded by the producer."""
    item: ThreadItem
    started_at_ms: int | None = Field(default=None, alias="startedAtMs")
    """Unix timestamp (milliseconds) when the item started, if recorded by the producer."""
    turn_id: str = Field(alias="turnId")
    """Turn containing this item."""


class ThreadItemsListResponse(WireModel):
    backwards_cursor: str | None = Field(default=None, alias="backwardsCursor")
    """Opaque cursor to pass as `cursor` when reversing `sortDirection`. This is only populated when the page
    contains at least one item.
    """
    data: list[ThreadItemEntry]
    next_cursor: str | None = Field(default=None, alias="nextCursor")
    """Opaque cursor to pass to the next call to continue after the last item. if None, there are no more items to
    return.
    """


class ThreadListResponse(WireModel):
    backwards_cursor: str | None = Field(default=None, alias="backwardsCursor")
    """Opaque cursor to pass as `cursor` when reversing `sortDirection`. This is only populated when the page
    contains at least one thread. Use it with the opposite `sortDirection`; for timestamp sorts it anchors at the
    start of the page timestamp so same-second updates are not skipped.
    """
    data: list[Thread]
    next_cursor: str | None = Field(default=None, alias="nextCursor")
    """Opaque cursor to pass to the next call to continue after the last item. if None, there are no more items to
    return.
    """


class ThreadLoadedListResponse(WireModel):
    data: list[str]
    """Thread ids for sessions currently loaded in memory."""
    next_cursor: str | None = Field(default=None, alias="nextCursor")
    """Opaque cursor to pass to the next call to continue after the last item. if None, there are no more items to
    return.
    """


class ThreadMetadataUpdateResponse(WireModel):
    thread: Thread


class ThreadReadResponse(WireModel):
    thread: Thread


class UnreadThreadReadStateOperation(TaggedWireModel):
    """``ThreadReadStateOperation`` with ``type: 'unread'``."""

    __wire_tags__ = ("type",)
    type: Literal["unread"] = "unread"


class UnrecognizedThreadReadStateOperation(WireModel):
    """A ``ThreadReadStateOperation`` variant this schema does not know (a newer server?). Every field is kept as an
    extra.
    """

    type: str


ThreadReadStateOperation: TypeAlias = Annotated[
    Union[
        Annotated[ReadThreadReadStateOperation, Tag("read")],
        Annotated[UnreadThreadReadStateOperation, Tag("unread")],
        Annotated[UnrecognizedThreadReadStateOperation, Tag(UNRECOGNIZED_TAG)],
    ],
    Discriminator(tag_discriminator("type", "type", ("read", "unread"))),
]


class ThreadRealtimeInitialItem(WireModel):
    """EXPERIMENTAL - role-bearing text item included when a realtime V3 session starts."""

    role: ConversationTextRole
    text: str


class UnrecognizedThreadRealtimeStartTransport(WireModel):
    """A ``ThreadRealtimeStartTransport`` variant this schema does not know (a newer server?). Every field is kept as
    an extra.
    """

    type: str


class WebrtcThreadRealtimeStartTransport(TaggedWireModel):
    """``ThreadRealtimeStartTransport`` with ``type: 'webrtc'``."""

    __wire_tags__ = ("type",)
    sdp: str
    """SDP offer generated by a WebRTC RTCPeerConnection after configuring audio and the realtime events data
    channel.
    """
    type: Literal["webrtc"] = "webrtc"


class WebsocketThreadRealtimeStartTransport(TaggedWireModel):
    """``ThreadRealtimeStartTransport`` with ``type: 'websocket'``."""

    __wire_tags__ = ("type",)
    type: Literal["websocket"] = "websocket"


ThreadRealtimeStartTransport: TypeAlias = Annotated[
    Union[
        Annotated[WebsocketThreadRealtimeStartTransport, Tag("websocket")],
        Annotated[WebrtcThreadRealtimeStartTransport, Tag("webrtc")],
        Annotated[ExistingCallThreadRealtimeStartTransport, Tag("existingCall")],
        Annotated[UnrecognizedThreadRealtimeStartTransport, Tag(UNRECOGNIZED_TAG)],
    ],
    Discriminator(tag_discriminator("type", "type", ("websocket", "webrtc", "existingCall"))),
]
"""EXPERIMENTAL - transport used by thread realtime."""


class ThreadResumeInitialTurnsPageParams(WireModel):
    items_view: TurnItemsView | None = Field(default=None, alias="itemsView")
    """How much item detail to include for each returned turn; defaults to summary."""
    limit: int | None = None
    """Optional turn page size."""
    sort_direction: SortDirection | None = Field(default=None, alias="sortDirection")
    """Optional turn pagination direction; defaults to descending."""


class ThreadResumeResponse(WireModel):
    approval_policy: AskForApproval = Field(alias="approvalPolicy")
    approvals_reviewer: ApprovalsReviewer = Field(alias="approvalsReviewer")
    """Reviewer currently used for approval requests on this thread."""
    collaboration_mode: CollaborationMode | None = Field(default=None, alias="collaborationMode")
    """Effective collaboration mode. Absent when resuming from an older server."""
    cwd: AbsolutePathBuf
    disabled_plugin_ids: list[str] | None = Field(default=None, alias="disabledPluginIds", exclude_if=is_none)
    """Saved list of disabled plugin IDs. Does not yet filter plugin capabilities."""
    instruction_sources: list[LegacyAppPathString] | None = Field(
        default=None, alias="instructionSources", exclude_if=is_none,
    )
    """Environment-native paths to instruction source files currently loaded for this thread."""
    items_backwards_cursor: str | None = Field(default=None, alias="itemsBackwardsCursor")
    """Opaque cursor for hydrating paginated items backwards.

    Pass this as `cursor` to `thread/items/list` with `sortDirection: "desc"`. The first page includes the item
    identified by the cursor.
    """
    model: str
    model_provider: str = Field(alias="modelProvider")
    reasoning_effort: ReasoningEffort | None = Field(default=None, alias="reasoningEffort")
    sandbox: SandboxPolicy
    """Legacy sandbox policy retained for compatibility. Experimental clients should prefer `activePermissionProfile`
    for profile provenance.
    """
    service_tier: str | None = Field(default=None, alias="serviceTier")
    thread: Thread
    turns_backwards_cursor: str | None = Field(default=None, alias="turnsBackwardsCursor")
    """Opaque cursor for hydrating paginated turns backwards.

    Pass this as `cursor` to `thread/turns/list` with `sortDirection: "desc"`. The first page includes the turn
    identified by the cursor.
    """


class ThreadRevertResponse(WireModel):
    items_backwards_cursor: str | None = Field(default=None, alias="itemsBackwardsCursor")
    """Opaque cursor for hydrating paginated items backwards.

    Pass this as `cursor` to `thread/items/list` with `sortDirection: "desc"`. The first page includes the item
    identified by the cursor.
    """
    thread: Thread
    """Updated loaded thread metadata. `turns` is always empty; hydrate retained history through `thread/turns/list`."""
    turns_backwards_cursor: str | None = Field(default=None, alias="turnsBackwardsCursor")
    """Opaque cursor for hydrating paginated turns backwards.

    Pass this as `cursor` to `thread/turns/list` with `sortDirection: "desc"`. The first page includes the turn
    identified by the cursor.
    """


class ThreadSearchResult(WireModel):
    snippet: str
    thread: Thread


class ThreadSectionCreateResponse(WireModel):
    """The independently persisted section created by the server."""

    section: ThreadSection


class ThreadSectionDeleteResponse(WireModel):
    """Successful deletion does not return additional section data."""


class ThreadSectionListResponse(WireModel):
    """One page of independently persisted thread sections."""

    data: list[ThreadSection]
    next_cursor: str | None = Field(default=None, alias="nextCursor")
    """Opaque cursor for the next page, or `null` when no sections remain."""


class ThreadSectionMoveResponse(WireModel):
    pass


class ThreadSectionUpdateResponse(WireModel):
    """The independently persisted section after its name is updated."""

    section: ThreadSection


class ThreadSetNameResponse(WireModel):
    pass


class ThreadShellCommandResponse(WireModel):
    pass


class ThreadStartResponse(WireModel):
    approval_policy: AskForApproval = Field(alias="approvalPolicy")
    approvals_reviewer: ApprovalsReviewer = Field(alias="approvalsReviewer")
    """Reviewer currently used for approval requests on this thread."""
    cwd: AbsolutePathBuf
    disabled_plugin_ids: list[str] | None = Field(default=None, alias="disabledPluginIds", exclude_if=is_none)
    """Saved list of disabled plugin IDs. Does not yet filter plugin capabilities."""
    instruction_sources: list[LegacyAppPathString] | None = Field(
        default=None, alias="instructionSources", exclude_if=is_none,
    )
    """Environment-native paths to instruction source files currently loaded for this thread."""
    model: str
    model_provider: str = Field(alias="modelProvider")
    reasoning_effort: ReasoningEffort | None = Field(default=None, alias="reasoningEffort")
    sandbox: SandboxPolicy
    """Legacy sandbox policy retained for compatibility. Experimental clients should prefer `activePermissionProfile`
    for profile provenance.
    """
    service_tier: str | None = Field(default=None, alias="serviceTier")
    thread: Thread


class TurnCompletedThreadTimelineEntry(TaggedWireModel):
    """``ThreadTimelineEntry`` with ``type: 'turnCompleted'``."""

    __wire_tags__ = ("type",)
    completed_at: int | None = None
    duration_ms: int | None = None
    error: TurnError | None = None
    position: int
    started_at: int | None = None
    status: TurnStatus
    turn_id: str
    type: Literal["turnCompleted"] = "turnCompleted"


class TurnStartedThreadTimelineEntry(TaggedWireModel):
    """``ThreadTimelineEntry`` with ``type: 'turnStarted'``."""

    __wire_tags__ = ("type",)
    position: int
    started_at: int | None = None
    turn_id: str
    type: Literal["turnStarted"] = "turnStarted"


class UnrecognizedThreadTimelineEntry(WireModel):
    """A ``ThreadTimelineEntry`` variant this schema does not know (a newer server?). Every field is kept as an
    extra.
    """

    type: str


ThreadTimelineEntry: TypeAlias = Annotated[
    Union[
        Annotated[ItemThreadTimelineEntry, Tag("item")],
        Annotated[RealtimeThreadTimelineEntry, Tag("realtime")],
        Annotated[TurnStartedThreadTimelineEntry, Tag("turnStarted")],
        Annotated[TurnCompletedThreadTimelineEntry, Tag("turnCompleted")],
        Annotated[UnrecognizedThreadTimelineEntry, Tag(UNRECOGNIZED_TAG)],
    ],
    Discriminator(tag_discriminator("type", "type", ("item", "realtime", "turnStarted", "turnCompleted"))),
]
"""EXPERIMENTAL - one item or turn boundary in canonical rollout order."""


class ThreadTurnsListResponse(WireModel):
    backwards_cursor: str | None = Field(default=None, alias="backwardsCursor")
    """Opaque cursor to pass as `cursor` when reversing `sortDirection`. This is only populated when the page
    contains at least one turn. Use it with the opposite `sortDirection` to include the anchor turn again and
    catch updates to that turn.
    """
    data: list[Turn]
    next_cursor: str | None = Field(default=None, alias="nextCursor")
    """Opaque cursor to pass to the next call to continue after the last turn. if None, there are no more turns to
    return.
    """


class ThreadUnarchiveResponse(WireModel):
    thread: Thread


class ThreadUnsubscribeResponse(WireModel):
    status: ThreadUnsubscribeStatus


class ToolRequestUserInputAnswer(WireModel):
    """EXPERIMENTAL. Captures a user's answer to a request_user_input question."""

    answers: list[str]


class ToolRequestUserInputResponse(WireModel):
    """EXPERIMENTAL. Response payload mapping question ids to answers."""

    answers: dict[str, ToolRequestUserInputAnswer]


class TurnEnvironmentParams(WireModel):
    cwd: LegacyAppPathString
    environment_id: str = Field(alias="environmentId")
    runtime_workspace_roots: list[LegacyAppPathString] | None = Field(default=None, alias="runtimeWorkspaceRoots")
    """Environment-native runtime workspace roots. Omitted defaults to `cwd`."""


class TurnInterruptResponse(WireModel):
    pass


class TurnStartResponse(WireModel):
    turn: Turn


class TurnSteerResponse(WireModel):
    turn_id: str = Field(alias="turnId")


class TurnsPage(WireModel):
    backwards_cursor: str | None = Field(default=None, alias="backwardsCursor")
    data: list[Turn]
    next_cursor: str | None = Field(default=None, alias="nextCursor")


class WindowsSandboxReadinessResponse(WireModel):
    status: WindowsSandboxReadiness


class WindowsSandboxSetupStartResponse(WireModel):
    started: bool


class WorkspaceRouting(WireModel):
    account_routing_override: AccountRoutingOverride = Field(alias="accountRoutingOverride")
    backend_origin: str = Field(alias="backendOrigin")
    chatgpt_account_id: str = Field(alias="chatgptAccountId")


__all__ = [
    "AbsolutePathBuf",
    "AcceptWithExecpolicyAmendmentCommandExecutionApprovalDecision",
    "AcceptWithExecpolicyAmendmentCommandExecutionApprovalDecisionPayload",
    "Account",
    "AccountChatgptAuthTokensRefreshRequestMessage",
    "AccountGatewayOAuthCancelRequestMessage",
    "AccountGatewayOAuthChangedNotificationMessage",
    "AccountGatewayOAuthLoginRequestMessage",
    "AccountGatewayOAuthReadRequestMessage",
    "AccountLoginCancelRequestMessage",
    "AccountLoginCompletedNotification",
    "AccountLoginCompletedNotificationMessage",
    "AccountLoginStartRequestMessage",
    "AccountLogoutRequestMessage",
    "AccountRateLimitResetCreditConsumeRequestMessage",
    "AccountRateLimitsReadRequestMessage",
    "AccountRateLimitsUpdatedNotification",
    "AccountRateLimitsUpdatedNotificationMessage",
    "AccountReadRequestMessage",
    "AccountRoutingOverride",
    "AccountSendAddCreditsNudgeEmailRequestMessage",
    "AccountTokenUsageDailyBucket",
    "AccountTokenUsageSummary",
    "AccountUpdatedNotification",
    "AccountUpdatedNotificationMessage",
    "AccountUsageReadRequestMessage",
    "AccountWorkspaceMessagesReadRequestMessage",
    "ActivePermissionProfile",
    "ActiveThreadStatus",
    "ActiveTurnNotSteerableCodexErrorInfo",
    "ActiveTurnNotSteerableCodexErrorInfoPayload",
    "AddCreditsNudgeCreditType",
    "AddCreditsNudgeEmailStatus",
    "AddFileChange",
    "AddPatchChangeKind",
    "AdditionalContextEntry",
    "AdditionalContextKind",
    "AdditionalFileSystemPermissions",
    "AdditionalNetworkPermissions",
    "AdditionalPermissionProfile",
    "AdditionalToolsResponseItem",
    "AgentConfiguredHookHandler",
    "AgentHookMetadata",
    "AgentMessageDelivery",
    "AgentMessageDeltaNotification",
    "AgentMessageInputContent",
    "AgentMessageResponseItem",
    "AgentMessageThreadItem",
    "AgentPath",
    "AllowDenyRequirement",
    "AmazonBedrockAccessKeysLoginAccountParams",
    "AmazonBedrockAccount",
    "AmazonBedrockLoginAccountParams",
    "AmazonBedrockLoginAccountResponse",
    "AnalyticsConfig",
    "ApiKeyAccount",
    "ApiKeyLoginAccountParams",
    "ApiKeyLoginAccountResponse",
    "AppBranding",
    "AppConfig",
    "AppInfo",
    "AppInstalledRequestMessage",
    "AppLinkConfig",
    "AppLinksConfig",
    "AppListRequestMessage",
    "AppListUpdatedNotification",
    "AppListUpdatedNotificationMessage",
    "AppMetadata",
    "AppReadRequestMessage",
    "AppReview",
    "AppScreenshot",
    "AppSummary",
    "AppTemplateSummary",
    "AppTemplateUnavailableReason",
    "AppToolApproval",
    "AppToolConfig",
    "AppToolSummary",
    "AppToolsConfig",
    "ApplicationNetworkRequirements",
    "ApplicationRequirements",
    "ApplyNetworkPolicyAmendmentCommandExecutionApprovalDecision",
    "ApplyNetworkPolicyAmendmentCommandExecutionApprovalDecisionPayload",
    "ApplyPatchApprovalParams",
    "ApplyPatchApprovalRequestMessage",
    "ApplyPatchApprovalResponse",
    "ApplyPatchGuardianApprovalReviewAction",
    "ApprovalsReviewer",
    "ApprovedExecpolicyAmendmentReviewDecision",
    "ApprovedExecpolicyAmendmentReviewDecisionPayload",
    "AppsConfig",
    "AppsDefaultConfig",
    "AppsInstalledParams",
    "AppsInstalledResponse",
    "AppsListParams",
    "AppsListResponse",
    "AppsReadParams",
    "AppsReadResponse",
    "AskForApproval",
    "AskForApprovalKind",
    "AsyncUserInputQuestion",
    "AttestationGenerateParams",
    "AttestationGenerateRequestMessage",
    "AttestationGenerateResponse",
    "AudioUserInput",
    "AuthMode",
    "AuthRecoveryNotification",
    "AutoApprovalReviewStrictReviewRequiredNotificationMessage",
    "AutoCompactTokenLimitScope",
    "AutoReviewDecisionSource",
    "AutoReviewRequirements",
    "BaseBranchReviewTarget",
    "BemItemPromotedThreadRealtimeItem",
    "BlobResourceContent",
    "BrowserUseAccessApprovalLifetime",
    "BrowserUseConfig",
    "BrowserUseExtensionRequirements",
    "BrowserUseOriginPolicy",
    "BrowserUseOriginPolicyConfig",
    "BrowserUseRequirements",
    "ByteRange",
    "CancelLoginAccountParams",
    "CancelLoginAccountResponse",
    "CancelLoginAccountStatus",
    "CapabilityRootLocation",
    "ChatgptAccount",
    "ChatgptAuthTokensLoginAccountParams",
    "ChatgptAuthTokensLoginAccountResponse",
    "ChatgptAuthTokensRefreshParams",
    "ChatgptAuthTokensRefreshReason",
    "ChatgptAuthTokensRefreshResponse",
    "ChatgptDeviceCodeLoginAccountParams",
    "ChatgptDeviceCodeLoginAccountResponse",
    "ChatgptLoginAccountParams",
    "ChatgptLoginAccountResponse",
    "CliAuthCredentialsStoreMode",
    "ClientInfo",
    "ClientNotificationMessage",
    "ClientRequestMessage",
    "CodexErrorInfo",
    "CodexErrorInfoKind",
    "CodexResponseHandoffMode",
    "CollabAgentState",
    "CollabAgentStatus",
    "CollabAgentTool",
    "CollabAgentToolCallStatus",
    "CollabAgentToolCallThreadItem",
    "CollaborationMode",
    "CollaborationModeMask",
    "CommandAction",
    "CommandConfiguredHookHandler",
    "CommandExecOutputDeltaNotification",
    "CommandExecOutputDeltaNotificationMessage",
    "CommandExecOutputStream",
    "CommandExecParams",
    "CommandExecRequestMessage",
    "CommandExecResizeParams",
    "CommandExecResizeRequestMessage",
    "CommandExecResizeResponse",
    "CommandExecResponse",
    "CommandExecTerminalSize",
    "CommandExecTerminateParams",
    "CommandExecTerminateRequestMessage",
    "CommandExecTerminateResponse",
    "CommandExecWriteParams",
    "CommandExecWriteRequestMessage",
    "CommandExecWriteResponse",
    "CommandExecutionApprovalDecision",
    "CommandExecutionApprovalDecisionKind",
    "CommandExecutionApprovalKind",
    "CommandExecutionOutputDeltaNotification",
    "CommandExecutionRequestApprovalParams",
    "CommandExecutionRequestApprovalResponse",
    "CommandExecutionSource",
    "CommandExecutionStatus",
    "CommandExecutionThreadItem",
    "CommandGuardianApprovalReviewAction",
    "CommandHookMetadata",
    "CommandMigration",
    "CommitReviewTarget",
    "CompactionResponseItem",
    "CompactionTriggerResponseItem",
    "CompletedThreadPredictionResult",
    "ComputerUseConfig",
    "ComputerUseMacosConfig",
    "ComputerUseMacosRequirements",
    "ComputerUseRequirements",
    "ComputerUseWindowsConfig",
    "ComputerUseWindowsExeConfig",
    "ComputerUseWindowsExeRequirement",
    "ComputerUseWindowsRequirements",
    "Config",
    "ConfigBatchWriteParams",
    "ConfigBatchWriteRequestMessage",
    "ConfigEdit",
    "ConfigLayer",
    "ConfigLayerMetadata",
    "ConfigLayerSource",
    "ConfigMcpServerReloadRequestMessage",
    "ConfigReadParams",
    "ConfigReadRequestMessage",
    "ConfigReadResponse",
    "ConfigRequirements",
    "ConfigRequirementsReadRequestMessage",
    "ConfigRequirementsReadResponse",
    "ConfigValueWriteParams",
    "ConfigValueWriteRequestMessage",
    "ConfigWarningNotification",
    "ConfigWarningNotificationMessage",
    "ConfigWriteResponse",
    "ConfigurationReasoning",
    "ConfigurationUpdateResponseItem",
    "ConfiguredHookHandler",
    "ConfiguredHookMatcherGroup",
    "ConnectorMetadata",
    "ConsumeAccountRateLimitResetCreditOutcome",
    "ConsumeAccountRateLimitResetCreditParams",
    "ConsumeAccountRateLimitResetCreditResponse",
    "ContentItem",
    "ContextCompactedNotification",
    "ContextCompactionResponseItem",
    "ContextCompactionThreadItem",
    "ConversationTextRole",
    "CreditsSnapshot",
    "CustomMultiAgentMode",
    "CustomReviewTarget",
    "CustomSessionSource",
    "CustomToolCallOutputResponseItem",
    "CustomToolCallResponseItem",
    "CyberAccessProgram",
    "DailyScheduledTaskSchedule",
    "DangerFullAccessSandboxPolicy",
    "DeleteFileChange",
    "DeletePatchChangeKind",
    "DeniedReviewDecision",
    "DeniedReviewDecisionPayload",
    "DeprecationNoticeNotification",
    "DeprecationNoticeNotificationMessage",
    "DesktopOnboardingEntrypoint",
    "DynamicToolCallOutputContentItem",
    "DynamicToolCallParams",
    "DynamicToolCallResponse",
    "DynamicToolCallStatus",
    "DynamicToolCallThreadItem",
    "DynamicToolNamespaceTool",
    "DynamicToolSpec",
    "EncryptedContentAgentMessageInputContent",
    "EncryptedContentFunctionCallOutputContentItem",
    "EnteredReviewModeThreadItem",
    "EnterpriseManagedConfigLayerSource",
    "EnvironmentCapabilityRootLocation",
    "EnvironmentConnectionNotification",
    "EnvironmentSkillsParams",
    "ErrorNotification",
    "ErrorNotificationMessage",
    "ExecCommandApprovalParams",
    "ExecCommandApprovalRequestMessage",
    "ExecCommandApprovalResponse",
    "ExecLocalShellAction",
    "ExecveGuardianApprovalReviewAction",
    "ExistingCallThreadRealtimeStartTransport",
    "ExitedReviewModeThreadItem",
    "ExperimentalFeature",
    "ExperimentalFeatureEnablementSetParams",
    "ExperimentalFeatureEnablementSetRequestMessage",
    "ExperimentalFeatureEnablementSetResponse",
    "ExperimentalFeatureListParams",
    "ExperimentalFeatureListRequestMessage",
    "ExperimentalFeatureListResponse",
    "ExperimentalFeatureStage",
    "ExternalAgentConfigDetectParams",
    "ExternalAgentConfigDetectRequestMessage",
    "ExternalAgentConfigDetectResponse",
    "ExternalAgentConfigImportCompletedNotification",
    "ExternalAgentConfigImportCompletedNotificationMessage",
    "ExternalAgentConfigImportHistoriesReadResponse",
    "ExternalAgentConfigImportHistory",
    "ExternalAgentConfigImportHistoryRecordParams",
    "ExternalAgentConfigImportHistoryRecordResponse",
    "ExternalAgentConfigImportHistoryRecordSuccessParams",
    "ExternalAgentConfigImportHistoryRecordTypeResultParams",
    "ExternalAgentConfigImportItemTypeFailure",
    "ExternalAgentConfigImportItemTypeSuccess",
    "ExternalAgentConfigImportParams",
    "ExternalAgentConfigImportProgressNotification",
    "ExternalAgentConfigImportProgressNotificationMessage",
    "ExternalAgentConfigImportReadHistoriesRequestMessage",
    "ExternalAgentConfigImportRecordHistoryRequestMessage",
    "ExternalAgentConfigImportRequestMessage",
    "ExternalAgentConfigImportResponse",
    "ExternalAgentConfigImportTypeResult",
    "ExternalAgentConfigMigrationItem",
    "ExternalAgentConfigMigrationItemType",
    "ExternalAgentDetectedConnectorCandidate",
    "ExternalAgentDetectedConnectorSource",
    "ExternalAgentImportedConnectorCandidate",
    "ExternalAgentImportedConnectorSource",
    "ExternalSandboxSandboxPolicy",
    "FailedThreadPredictionResult",
    "FeedbackRequirements",
    "FeedbackUploadParams",
    "FeedbackUploadRequestMessage",
    "FeedbackUploadResponse",
    "FileChange",
    "FileChangeApprovalDecision",
    "FileChangeOutputDeltaNotification",
    "FileChangePatchUpdatedNotification",
    "FileChangeRequestApprovalParams",
    "FileChangeRequestApprovalResponse",
    "FileChangeThreadItem",
    "FileSystemAccessMode",
    "FileSystemPath",
    "FileSystemSandboxEntry",
    "FileSystemSpecialPath",
    "FileUpdateChange",
    "FindInPageResponsesApiWebSearchAction",
    "FindInPageWebSearchAction",
    "ForcedChatgptWorkspaceIds",
    "ForcedLoginMethod",
    "FormMcpServerElicitationRequestParams",
    "FsChangedNotification",
    "FsChangedNotificationMessage",
    "FsCopyParams",
    "FsCopyRequestMessage",
    "FsCopyResponse",
    "FsCreateDirectoryParams",
    "FsCreateDirectoryRequestMessage",
    "FsCreateDirectoryResponse",
    "FsGetMetadataParams",
    "FsGetMetadataRequestMessage",
    "FsGetMetadataResponse",
    "FsReadDirectoryEntry",
    "FsReadDirectoryParams",
    "FsReadDirectoryRequestMessage",
    "FsReadDirectoryResponse",
    "FsReadFileParams",
    "FsReadFileRequestMessage",
    "FsReadFileResponse",
    "FsRemoveParams",
    "FsRemoveRequestMessage",
    "FsRemoveResponse",
    "FsUnwatchParams",
    "FsUnwatchRequestMessage",
    "FsUnwatchResponse",
    "FsWatchParams",
    "FsWatchRequestMessage",
    "FsWatchResponse",
    "FsWriteFileParams",
    "FsWriteFileRequestMessage",
    "FsWriteFileResponse",
    "FunctionCallOutputBody",
    "FunctionCallOutputContentItem",
    "FunctionCallOutputResponseItem",
    "FunctionCallOutputThreadItem",
    "FunctionCallResponseItem",
    "FunctionDynamicToolNamespaceTool",
    "FunctionDynamicToolSpec",
    "FuzzyFileSearchMatchType",
    "FuzzyFileSearchParams",
    "FuzzyFileSearchRequestMessage",
    "FuzzyFileSearchResponse",
    "FuzzyFileSearchResult",
    "FuzzyFileSearchSessionCompletedNotification",
    "FuzzyFileSearchSessionCompletedNotificationMessage",
    "FuzzyFileSearchSessionUpdatedNotification",
    "FuzzyFileSearchSessionUpdatedNotificationMessage",
    "GatewayOAuthCancelResponse",
    "GatewayOAuthChangedNotification",
    "GatewayOAuthLoginResponse",
    "GatewayOAuthReadResponse",
    "GatewayOAuthStatus",
    "GetAccountParams",
    "GetAccountRateLimitsParams",
    "GetAccountRateLimitsResponse",
    "GetAccountResponse",
    "GetAccountTokenUsageParams",
    "GetAccountTokenUsageResponse",
    "GetWorkspaceMessagesResponse",
    "GitInfo",
    "GitPluginSource",
    "GlobPatternFileSystemPath",
    "GrantedPermissionProfile",
    "GranularAskForApproval",
    "GranularAskForApprovalPayload",
    "GuardianApprovalReview",
    "GuardianApprovalReviewAction",
    "GuardianApprovalReviewStatus",
    "GuardianCommandSource",
    "GuardianRiskLevel",
    "GuardianUserAuthorization",
    "GuardianWarningNotification",
    "GuardianWarningNotificationMessage",
    "HookCompletedNotification",
    "HookCompletedNotificationMessage",
    "HookErrorInfo",
    "HookEventName",
    "HookExecutionMode",
    "HookHandlerType",
    "HookMetadata",
    "HookMigration",
    "HookOutputEntry",
    "HookOutputEntryKind",
    "HookPromptFragment",
    "HookPromptThreadItem",
    "HookRunStatus",
    "HookRunSummary",
    "HookScope",
    "HookSource",
    "HookStartedNotification",
    "HookStartedNotificationMessage",
    "HookTrustStatus",
    "HooksListEntry",
    "HooksListParams",
    "HooksListRequestMessage",
    "HooksListResponse",
    "HourlyScheduledTaskSchedule",
    "HttpConnectionFailedCodexErrorInfo",
    "HttpConnectionFailedCodexErrorInfoPayload",
    "IdleThreadStatus",
    "ImageDetail",
    "ImageGenerationCallResponseItem",
    "ImageGenerationFailure",
    "ImageGenerationThreadItem",
    "ImageUserInput",
    "ImageViewThreadItem",
    "InAppBrowserRequirements",
    "InitializeCapabilities",
    "InitializeParams",
    "InitializeRequestMessage",
    "InitializeResponse",
    "InitializedNotification",
    "InlineMarkdownThreadRealtimeBemItemPresentation",
    "InlineVisualizationThreadRealtimeBemItemPresentation",
    "InputAudioContentItem",
    "InputAudioDynamicToolCallOutputContentItem",
    "InputAudioFunctionCallOutputContentItem",
    "InputImageContentItem",
    "InputImageDynamicToolCallOutputContentItem",
    "InputImageFunctionCallOutputContentItem",
    "InputModality",
    "InputTextAgentMessageInputContent",
    "InputTextContentItem",
    "InputTextDynamicToolCallOutputContentItem",
    "InputTextFunctionCallOutputContentItem",
    "InstalledApp",
    "InternalChatMessageMetadataPassthrough",
    "ItemAgentMessageDeltaNotificationMessage",
    "ItemAutoApprovalReviewCompletedNotificationMessage",
    "ItemAutoApprovalReviewStartedNotificationMessage",
    "ItemCommandExecutionOutputDeltaNotificationMessage",
    "ItemCommandExecutionRequestApprovalRequestMessage",
    "ItemCommandExecutionTerminalInteractionNotificationMessage",
    "ItemCompletedNotification",
    "ItemCompletedNotificationMessage",
    "ItemFileChangeOutputDeltaNotificationMessage",
    "ItemFileChangePatchUpdatedNotificationMessage",
    "ItemFileChangeRequestApprovalRequestMessage",
    "ItemGuardianApprovalReviewCompletedNotification",
    "ItemGuardianApprovalReviewStartedNotification",
    "ItemMcpToolCallProgressNotificationMessage",
    "ItemPermissionsRequestApprovalRequestMessage",
    "ItemPlanDeltaNotificationMessage",
    "ItemReasoningSummaryPartAddedNotificationMessage",
    "ItemReasoningSummaryTextDeltaNotificationMessage",
    "ItemReasoningTextDeltaNotificationMessage",
    "ItemStartedNotification",
    "ItemStartedNotificationMessage",
    "ItemThreadItemsListAnchor",
    "ItemThreadTimelineEntry",
    "ItemToolCallRequestMessage",
    "ItemToolRequestUserInputRequestMessage",
    "JSONRPCError",
    "JSONRPCErrorError",
    "JSONRPCMessage",
    "JSONRPCNotification",
    "JSONRPCRequest",
    "JSONRPCResponse",
    "KindFileSystemSpecialPath",
    "LegacyAppPathString",
    "LegacyManagedConfigTomlFromFileConfigLayerSource",
    "LegacyManagedConfigTomlFromMdmConfigLayerSource",
    "ListFilesCommandAction",
    "ListFilesParsedCommand",
    "ListMcpServerStatusParams",
    "ListMcpServerStatusResponse",
    "LocalAudioUserInput",
    "LocalImageUserInput",
    "LocalPluginSource",
    "LocalShellAction",
    "LocalShellCallResponseItem",
    "LocalShellStatus",
    "LoginAccountParams",
    "LoginAccountResponse",
    "LoginAppBrand",
    "LogoutAccountResponse",
    "ManagedHooksRequirements",
    "MarketplaceAddParams",
    "MarketplaceAddRequestMessage",
    "MarketplaceAddResponse",
    "MarketplaceInterface",
    "MarketplaceLoadErrorInfo",
    "MarketplaceRemoveParams",
    "MarketplaceRemoveRequestMessage",
    "MarketplaceRemoveResponse",
    "MarketplaceUpgradeErrorInfo",
    "MarketplaceUpgradeParams",
    "MarketplaceUpgradeRequestMessage",
    "MarketplaceUpgradeResponse",
    "McpAppDisplayMode",
    "McpAppUi",
    "McpAuthStatus",
    "McpElicitationArrayType",
    "McpElicitationBooleanSchema",
    "McpElicitationBooleanType",
    "McpElicitationConstOption",
    "McpElicitationEnumSchema",
    "McpElicitationLegacyTitledEnumSchema",
    "McpElicitationMultiSelectEnumSchema",
    "McpElicitationNumberSchema",
    "McpElicitationNumberType",
    "McpElicitationObjectType",
    "McpElicitationPrimitiveSchema",
    "McpElicitationSchema",
    "McpElicitationSingleSelectEnumSchema",
    "McpElicitationStringFormat",
    "McpElicitationStringSchema",
    "McpElicitationStringType",
    "McpElicitationTitledEnumItems",
    "McpElicitationTitledMultiSelectEnumSchema",
    "McpElicitationTitledSingleSelectEnumSchema",
    "McpElicitationUntitledEnumItems",
    "McpElicitationUntitledMultiSelectEnumSchema",
    "McpElicitationUntitledSingleSelectEnumSchema",
    "McpResourceReadParams",
    "McpResourceReadResponse",
    "McpResourceReadTarget",
    "McpServerConnectionStatus",
    "McpServerElicitationAction",
    "McpServerElicitationRequestParams",
    "McpServerElicitationRequestRequestMessage",
    "McpServerElicitationRequestResponse",
    "McpServerEventNotification",
    "McpServerEventStreamNotification",
    "McpServerEventStreamNotificationNotificationMessage",
    "McpServerInfo",
    "McpServerMigration",
    "McpServerOauthClientRegistration",
    "McpServerOauthLoginCompletedNotification",
    "McpServerOauthLoginCompletedNotificationMessage",
    "McpServerOauthLoginParams",
    "McpServerOauthLoginRequestMessage",
    "McpServerOauthLoginResponse",
    "McpServerRefreshResponse",
    "McpServerResourceReadRequestMessage",
    "McpServerStartupFailureReason",
    "McpServerStartupState",
    "McpServerStartupStatusUpdatedNotificationMessage",
    "McpServerStatus",
    "McpServerStatusDetail",
    "McpServerStatusListRequestMessage",
    "McpServerStatusUpdatedNotification",
    "McpServerToolCallParams",
    "McpServerToolCallRequestMessage",
    "McpServerToolCallResponse",
    "McpToolCallAppContext",
    "McpToolCallError",
    "McpToolCallGuardianApprovalReviewAction",
    "McpToolCallProgressNotification",
    "McpToolCallResult",
    "McpToolCallStatus",
    "McpToolCallThreadItem",
    "McpToolConfiguredHookHandler",
    "McpToolHookMetadata",
    "MdmConfigLayerSource",
    "MemoryCitation",
    "MemoryCitationEntry",
    "MentionUserInput",
    "MergeStrategy",
    "MessagePhase",
    "MessageResponseItem",
    "MigrationDetails",
    "MinimalFileSystemSpecialPath",
    "MisalignmentErrorDetails",
    "MisalignmentSteer",
    "ModeKind",
    "Model",
    "ModelAccessPrograms",
    "ModelAvailabilityNux",
    "ModelListParams",
    "ModelListRequestMessage",
    "ModelListResponse",
    "ModelProviderAuthRecoveryCompletedNotificationMessage",
    "ModelProviderAuthRecoveryStartedNotificationMessage",
    "ModelProviderCapabilitiesReadParams",
    "ModelProviderCapabilitiesReadRequestMessage",
    "ModelProviderCapabilitiesReadResponse",
    "ModelRerouteReason",
    "ModelReroutedNotification",
    "ModelReroutedNotificationMessage",
    "ModelSafetyBufferingUpdatedNotification",
    "ModelSafetyBufferingUpdatedNotificationMessage",
    "ModelServiceTier",
    "ModelUpgradeInfo",
    "ModelVerification",
    "ModelVerificationNotification",
    "ModelVerificationNotificationMessage",
    "ModelsRequirements",
    "MultiAgentMode",
    "MultiAgentModeKind",
    "MultiAgentVersion",
    "NamespaceDynamicToolSpec",
    "NetworkAccess",
    "NetworkAccessGuardianApprovalReviewAction",
    "NetworkApprovalContext",
    "NetworkApprovalProtocol",
    "NetworkDomainPermission",
    "NetworkPolicyAmendment",
    "NetworkPolicyAmendmentReviewDecision",
    "NetworkPolicyAmendmentReviewDecisionPayload",
    "NetworkPolicyRuleAction",
    "NetworkRequirements",
    "NetworkUnixSocketPermission",
    "NewThreadModelDefaults",
    "NonSteerableTurnKind",
    "NotLoadedThreadStatus",
    "NpmPluginSource",
    "NullableGetAccountRateLimitsParams",
    "NullableGetAccountTokenUsageParams",
    "OpenPageResponsesApiWebSearchAction",
    "OpenPageWebSearchAction",
    "OpenaiFormMcpServerElicitationRequestParams",
    "OpenaiFormMcpServerElicitationRequestParams3",
    "OtherResponseItem",
    "OtherResponsesApiWebSearchAction",
    "OtherSubAgentSource",
    "OtherWebSearchAction",
    "OutputTextContentItem",
    "OverriddenMetadata",
    "PackagedDefaultsConfigLayerSource",
    "ParsedCommand",
    "PatchApplyStatus",
    "PatchChangeKind",
    "PathFileSystemPath",
    "PathUri",
    "PermissionGrantScope",
    "PermissionProfileListParams",
    "PermissionProfileListRequestMessage",
    "PermissionProfileListResponse",
    "PermissionProfileSummary",
    "PermissionsRequestApprovalParams",
    "PermissionsRequestApprovalResponse",
    "Personality",
    "PlanDeltaNotification",
    "PlanThreadItem",
    "PlanType",
    "PluginAuthPolicy",
    "PluginAvailability",
    "PluginDetail",
    "PluginDisabledReason",
    "PluginHookSummary",
    "PluginInstallParams",
    "PluginInstallPolicy",
    "PluginInstallPolicySource",
    "PluginInstallRequestMessage",
    "PluginInstallResponse",
    "PluginInstalledParams",
    "PluginInstalledRequestMessage",
    "PluginInstalledResponse",
    "PluginInterface",
    "PluginListMarketplaceKind",
    "PluginListParams",
    "PluginListRequestMessage",
    "PluginListResponse",
    "PluginMarketplaceEntry",
    "PluginReadParams",
    "PluginReadRequestMessage",
    "PluginReadResponse",
    "PluginReconcileChangedPlugin",
    "PluginReconcileParams",
    "PluginReconcileRequestMessage",
    "PluginReconcileResponse",
    "PluginSearchResult",
    "PluginSearchScope",
    "PluginShareCheckoutParams",
    "PluginShareCheckoutRequestMessage",
    "PluginShareCheckoutResponse",
    "PluginShareContext",
    "PluginShareDeleteParams",
    "PluginShareDeleteRequestMessage",
    "PluginShareDeleteResponse",
    "PluginShareDiscoverability",
    "PluginShareListItem",
    "PluginShareListParams",
    "PluginShareListRequestMessage",
    "PluginShareListResponse",
    "PluginSharePrincipal",
    "PluginSharePrincipalRole",
    "PluginSharePrincipalType",
    "PluginShareSaveParams",
    "PluginShareSaveRequestMessage",
    "PluginShareSaveResponse",
    "PluginShareTarget",
    "PluginShareTargetRole",
    "PluginShareUpdateDiscoverability",
    "PluginShareUpdateTargetsParams",
    "PluginShareUpdateTargetsRequestMessage",
    "PluginShareUpdateTargetsResponse",
    "PluginSkillReadParams",
    "PluginSkillReadRequestMessage",
    "PluginSkillReadResponse",
    "PluginSource",
    "PluginSummary",
    "PluginUninstallParams",
    "PluginUninstallRequestMessage",
    "PluginUninstallResponse",
    "PluginsMigration",
    "ProcessExitedNotification",
    "ProcessExitedNotificationMessage",
    "ProcessOutputDeltaNotification",
    "ProcessOutputDeltaNotificationMessage",
    "ProcessOutputStream",
    "ProcessTerminalSize",
    "Project",
    "ProjectChangeType",
    "ProjectChangedNotification",
    "ProjectChangedNotificationMessage",
    "ProjectConfigLayerSource",
    "ProjectRoot",
    "ProjectSortKey",
    "PromptConfiguredHookHandler",
    "PromptHookMetadata",
    "QueuedSubmission",
    "RateLimitReachedType",
    "RateLimitResetCredit",
    "RateLimitResetCreditStatus",
    "RateLimitResetCreditsSummary",
    "RateLimitResetType",
    "RateLimitSnapshot",
    "RateLimitWindow",
    "RawResponseCompletedNotification",
    "RawResponseItemCompletedNotification",
    "ReadCommandAction",
    "ReadOnlySandboxPolicy",
    "ReadParsedCommand",
    "ReadThreadReadStateOperation",
    "RealtimeConversationVersion",
    "RealtimeOutputModality",
    "RealtimeSessionClosedThreadRealtimeItem",
    "RealtimeSessionStartedThreadRealtimeItem",
    "RealtimeThreadTimelineEntry",
    "RealtimeVoice",
    "RealtimeVoicesList",
    "ReasoningEffort",
    "ReasoningEffortOption",
    "ReasoningItemContent",
    "ReasoningItemReasoningSummary",
    "ReasoningResponseItem",
    "ReasoningSummary",
    "ReasoningSummaryPartAddedNotification",
    "ReasoningSummaryTextDeltaNotification",
    "ReasoningTextDeltaNotification",
    "ReasoningTextReasoningItemContent",
    "ReasoningThreadItem",
    "RemoteControlConnectionStatus",
    "RemoteControlDisableParams",
    "RemoteControlEnableParams",
    "RemoteControlStatusChangedNotification",
    "RemoteControlStatusChangedNotificationMessage",
    "RemotePluginSource",
    "RequestHeader",
    "RequestId",
    "RequestPermissionProfile",
    "RequestPermissionsGuardianApprovalReviewAction",
    "ResidencyRequirement",
    "Resource",
    "ResourceContent",
    "ResourceTemplate",
    "ResponseItem",
    "ResponseStreamConnectionFailedCodexErrorInfo",
    "ResponseStreamConnectionFailedCodexErrorInfoPayload",
    "ResponseStreamDisconnectedCodexErrorInfo",
    "ResponseStreamDisconnectedCodexErrorInfoPayload",
    "ResponseTooManyFailedAttemptsCodexErrorInfo",
    "ResponseTooManyFailedAttemptsCodexErrorInfoPayload",
    "ResponseUsageMetadata",
    "ResponsesApiWebSearchAction",
    "ReviewDecision",
    "ReviewDecisionKind",
    "ReviewDelivery",
    "ReviewStartParams",
    "ReviewStartRequestMessage",
    "ReviewStartResponse",
    "ReviewTarget",
    "RootFileSystemSpecialPath",
    "SandboxMode",
    "SandboxPolicy",
    "SandboxWorkspaceWrite",
    "ScheduledTaskSchedule",
    "ScheduledTaskSummary",
    "ScheduledTaskWeekday",
    "SearchCommandAction",
    "SearchParsedCommand",
    "SearchResponsesApiWebSearchAction",
    "SearchWebSearchAction",
    "SelectedCapabilityRoot",
    "SendAddCreditsNudgeEmailParams",
    "SendAddCreditsNudgeEmailResponse",
    "ServerDiagnosticsGauge",
    "ServerDiagnosticsProcess",
    "ServerNotificationMessage",
    "ServerRequestMessage",
    "ServerRequestResolvedNotification",
    "ServerRequestResolvedNotificationMessage",
    "SessionFlagsConfigLayerSource",
    "SessionMigration",
    "SessionSource",
    "SessionSourceKind",
    "Settings",
    "SkillDependencies",
    "SkillErrorInfo",
    "SkillInterface",
    "SkillMetadata",
    "SkillMigration",
    "SkillScope",
    "SkillSummary",
    "SkillToolDependency",
    "SkillUserInput",
    "SkillsChangedNotification",
    "SkillsChangedNotificationMessage",
    "SkillsConfigWriteParams",
    "SkillsConfigWriteRequestMessage",
    "SkillsConfigWriteResponse",
    "SkillsExtraRootsSetParams",
    "SkillsExtraRootsSetRequestMessage",
    "SkillsExtraRootsSetResponse",
    "SkillsListEntry",
    "SkillsListParams",
    "SkillsListRequestMessage",
    "SkillsListResponse",
    "SlashTmpFileSystemSpecialPath",
    "SleepThreadItem",
    "SortDirection",
    "SpecialFileSystemPath",
    "SpendControlLimitSnapshot",
    "StrictReviewRequiredNotification",
    "SubAgentActivityKind",
    "SubAgentActivityThreadItem",
    "SubAgentSessionSource",
    "SubAgentSource",
    "SubAgentSourceKind",
    "SubagentMigration",
    "SummaryTextReasoningItemReasoningSummary",
    "SystemConfigLayerSource",
    "SystemErrorThreadStatus",
    "TerminalInteractionNotification",
    "TextElement",
    "TextPosition",
    "TextRange",
    "TextReasoningItemContent",
    "TextResourceContent",
    "TextUserInput",
    "Thread",
    "ThreadActiveFlag",
    "ThreadApproveGuardianDeniedActionParams",
    "ThreadApproveGuardianDeniedActionRequestMessage",
    "ThreadApproveGuardianDeniedActionResponse",
    "ThreadArchiveParams",
    "ThreadArchiveRequestMessage",
    "ThreadArchiveResponse",
    "ThreadArchivedNotification",
    "ThreadArchivedNotificationMessage",
    "ThreadAttachment",
    "ThreadAttachmentAddOutcome",
    "ThreadAttachmentAddParams",
    "ThreadAttachmentAddRequestMessage",
    "ThreadAttachmentAddResponse",
    "ThreadAttachmentListParams",
    "ThreadAttachmentListRequestMessage",
    "ThreadAttachmentListResponse",
    "ThreadAttachmentOperation",
    "ThreadAttachmentOwner",
    "ThreadAttachmentOwnerListParams",
    "ThreadAttachmentOwnerListRequestMessage",
    "ThreadAttachmentOwnerListResponse",
    "ThreadAttachmentRemoveParams",
    "ThreadAttachmentRemoveRequestMessage",
    "ThreadAttachmentRemoveResponse",
    "ThreadAttachmentUpdatedNotification",
    "ThreadAttachmentUpdatedNotificationMessage",
    "ThreadClosedNotification",
    "ThreadClosedNotificationMessage",
    "ThreadCompactStartParams",
    "ThreadCompactStartRequestMessage",
    "ThreadCompactStartResponse",
    "ThreadCompactedNotificationMessage",
    "ThreadDeleteParams",
    "ThreadDeleteRequestMessage",
    "ThreadDeleteResponse",
    "ThreadDeletedNotification",
    "ThreadDeletedNotificationMessage",
    "ThreadEnvironment",
    "ThreadEnvironmentConnectedNotificationMessage",
    "ThreadEnvironmentDisconnectedNotificationMessage",
    "ThreadExtra",
    "ThreadForkParams",
    "ThreadForkRequestMessage",
    "ThreadForkResponse",
    "ThreadGoal",
    "ThreadGoalClearParams",
    "ThreadGoalClearRequestMessage",
    "ThreadGoalClearResponse",
    "ThreadGoalClearedNotification",
    "ThreadGoalClearedNotificationMessage",
    "ThreadGoalGetParams",
    "ThreadGoalGetRequestMessage",
    "ThreadGoalGetResponse",
    "ThreadGoalMutationOrigin",
    "ThreadGoalSetParams",
    "ThreadGoalSetRequestMessage",
    "ThreadGoalSetResponse",
    "ThreadGoalStatus",
    "ThreadGoalUpdatedNotification",
    "ThreadGoalUpdatedNotificationMessage",
    "ThreadHistoryMode",
    "ThreadId",
    "ThreadInjectItemsParams",
    "ThreadInjectItemsRequestMessage",
    "ThreadInjectItemsResponse",
    "ThreadItem",
    "ThreadItemEntry",
    "ThreadItemsListAnchor",
    "ThreadItemsListCursor",
    "ThreadItemsListParams",
    "ThreadItemsListRequestMessage",
    "ThreadItemsListResponse",
    "ThreadListCwdFilter",
    "ThreadListParams",
    "ThreadListRequestMessage",
    "ThreadListResponse",
    "ThreadLoadedListParams",
    "ThreadLoadedListRequestMessage",
    "ThreadLoadedListResponse",
    "ThreadMemoryMode",
    "ThreadMetadataGitInfoUpdateParams",
    "ThreadMetadataUpdateParams",
    "ThreadMetadataUpdateRequestMessage",
    "ThreadMetadataUpdateResponse",
    "ThreadNameSetRequestMessage",
    "ThreadNameUpdatedNotification",
    "ThreadNameUpdatedNotificationMessage",
    "ThreadPredictionResult",
    "ThreadPredictionUpdatedNotification",
    "ThreadPredictionUpdatedNotificationMessage",
    "ThreadProjectUpdatedNotification",
    "ThreadProjectUpdatedNotificationMessage",
    "ThreadQueueChangedNotification",
    "ThreadQueueChangedNotificationMessage",
    "ThreadReadParams",
    "ThreadReadRequestMessage",
    "ThreadReadResponse",
    "ThreadReadState",
    "ThreadReadStateChangedNotification",
    "ThreadReadStateChangedNotificationMessage",
    "ThreadReadStateOperation",
    "ThreadRealtimeAudioChunk",
    "ThreadRealtimeBemItemPresentation",
    "ThreadRealtimeClosedNotification",
    "ThreadRealtimeClosedNotificationMessage",
    "ThreadRealtimeErrorNotification",
    "ThreadRealtimeErrorNotificationMessage",
    "ThreadRealtimeInitialItem",
    "ThreadRealtimeItem",
    "ThreadRealtimeItemAddedNotification",
    "ThreadRealtimeItemAddedNotificationMessage",
    "ThreadRealtimeItemCompletedNotification",
    "ThreadRealtimeItemCompletedNotificationMessage",
    "ThreadRealtimeItemStartedNotification",
    "ThreadRealtimeItemStartedNotificationMessage",
    "ThreadRealtimeItemTranscriptDeltaNotification",
    "ThreadRealtimeItemTranscriptDeltaNotificationMessage",
    "ThreadRealtimeOutputAudioDeltaNotification",
    "ThreadRealtimeOutputAudioDeltaNotificationMessage",
    "ThreadRealtimeSdpNotification",
    "ThreadRealtimeSdpNotificationMessage",
    "ThreadRealtimeSessionOutcome",
    "ThreadRealtimeStartTransport",
    "ThreadRealtimeStartedNotification",
    "ThreadRealtimeStartedNotificationMessage",
    "ThreadRealtimeTranscriptDeltaNotification",
    "ThreadRealtimeTranscriptDeltaNotificationMessage",
    "ThreadRealtimeTranscriptDoneNotification",
    "ThreadRealtimeTranscriptDoneNotificationMessage",
    "ThreadRealtimeTranscriptRole",
    "ThreadResumeInitialTurnsPageParams",
    "ThreadResumeParams",
    "ThreadResumeRequestMessage",
    "ThreadResumeResponse",
    "ThreadRevertParams",
    "ThreadRevertRequestMessage",
    "ThreadRevertResponse",
    "ThreadRevertedNotification",
    "ThreadRevertedNotificationMessage",
    "ThreadSearchResult",
    "ThreadSearchSortKey",
    "ThreadSection",
    "ThreadSectionAppearance",
    "ThreadSectionCreateParams",
    "ThreadSectionCreateRequestMessage",
    "ThreadSectionCreateResponse",
    "ThreadSectionDeleteParams",
    "ThreadSectionDeleteRequestMessage",
    "ThreadSectionDeleteResponse",
    "ThreadSectionListParams",
    "ThreadSectionListRequestMessage",
    "ThreadSectionListResponse",
    "ThreadSectionMoveParams",
    "ThreadSectionMoveRequestMessage",
    "ThreadSectionMoveResponse",
    "ThreadSectionUpdateParams",
    "ThreadSectionUpdateRequestMessage",
    "ThreadSectionUpdateResponse",
    "ThreadSetNameParams",
    "ThreadSetNameResponse",
    "ThreadSettings",
    "ThreadSettingsUpdatedNotification",
    "ThreadSettingsUpdatedNotificationMessage",
    "ThreadShellCommandParams",
    "ThreadShellCommandRequestMessage",
    "ThreadShellCommandResponse",
    "ThreadSortKey",
    "ThreadSource",
    "ThreadSourceKind",
    "ThreadSpawnSubAgentSource",
    "ThreadSpawnSubAgentSourcePayload",
    "ThreadStartParams",
    "ThreadStartRequestMessage",
    "ThreadStartResponse",
    "ThreadStartSource",
    "ThreadStartThreadUnreadPosition",
    "ThreadStartedNotification",
    "ThreadStartedNotificationMessage",
    "ThreadStatus",
    "ThreadStatusChangedNotification",
    "ThreadStatusChangedNotificationMessage",
    "ThreadTimelineEntry",
    "ThreadTokenUsage",
    "ThreadTokenUsageUpdatedNotification",
    "ThreadTokenUsageUpdatedNotificationMessage",
    "ThreadTurnsListParams",
    "ThreadTurnsListRequestMessage",
    "ThreadTurnsListResponse",
    "ThreadUnarchiveParams",
    "ThreadUnarchiveRequestMessage",
    "ThreadUnarchiveResponse",
    "ThreadUnarchivedNotification",
    "ThreadUnarchivedNotificationMessage",
    "ThreadUnreadPosition",
    "ThreadUnsubscribeParams",
    "ThreadUnsubscribeRequestMessage",
    "ThreadUnsubscribeResponse",
    "ThreadUnsubscribeStatus",
    "ThreadUsage",
    "ThreadUsageBreakdownGroup",
    "TmpdirFileSystemSpecialPath",
    "TokenUsageBreakdown",
    "Tool",
    "ToolExposureSurface",
    "ToolRequestUserInputAnswer",
    "ToolRequestUserInputOption",
    "ToolRequestUserInputParams",
    "ToolRequestUserInputQuestion",
    "ToolRequestUserInputResponse",
    "ToolSearchCallResponseItem",
    "ToolSearchOutputResponseItem",
    "ToolsV2",
    "TranscriptSegmentThreadRealtimeItem",
    "Turn",
    "TurnCompletedNotification",
    "TurnCompletedNotificationMessage",
    "TurnCompletedThreadTimelineEntry",
    "TurnDiffUpdatedNotification",
    "TurnDiffUpdatedNotificationMessage",
    "TurnEnvironmentParams",
    "TurnError",
    "TurnInterruptParams",
    "TurnInterruptRequestMessage",
    "TurnInterruptResponse",
    "TurnItemsView",
    "TurnModerationMetadataNotification",
    "TurnModerationMetadataNotificationMessage",
    "TurnPlanStep",
    "TurnPlanStepStatus",
    "TurnPlanUpdatedNotification",
    "TurnPlanUpdatedNotificationMessage",
    "TurnStartParams",
    "TurnStartRequestMessage",
    "TurnStartResponse",
    "TurnStartedNotification",
    "TurnStartedNotificationMessage",
    "TurnStartedThreadTimelineEntry",
    "TurnStatus",
    "TurnSteerParams",
    "TurnSteerRequestMessage",
    "TurnSteerResponse",
    "TurnThreadUnreadPosition",
    "TurnToolOutput",
    "TurnsPage",
    "UncommittedChangesReviewTarget",
    "UnknownCommandAction",
    "UnknownFileSystemSpecialPath",
    "UnknownParsedCommand",
    "UnreadThreadReadStateOperation",
    "UnrecognizedAccount",
    "UnrecognizedAgentMessageInputContent",
    "UnrecognizedAskForApproval",
    "UnrecognizedClientRequestMessage",
    "UnrecognizedCodexErrorInfo",
    "UnrecognizedCommandAction",
    "UnrecognizedCommandExecutionApprovalDecision",
    "UnrecognizedConfigLayerSource",
    "UnrecognizedConfiguredHookHandler",
    "UnrecognizedContentItem",
    "UnrecognizedDynamicToolCallOutputContentItem",
    "UnrecognizedDynamicToolSpec",
    "UnrecognizedFileChange",
    "UnrecognizedFileSystemPath",
    "UnrecognizedFileSystemSpecialPath",
    "UnrecognizedFunctionCallOutputContentItem",
    "UnrecognizedGuardianApprovalReviewAction",
    "UnrecognizedHookMetadata",
    "UnrecognizedLoginAccountParams",
    "UnrecognizedLoginAccountResponse",
    "UnrecognizedMcpServerElicitationRequestParams",
    "UnrecognizedMultiAgentMode",
    "UnrecognizedParsedCommand",
    "UnrecognizedPatchChangeKind",
    "UnrecognizedPluginSource",
    "UnrecognizedReasoningItemContent",
    "UnrecognizedResponseItem",
    "UnrecognizedResponsesApiWebSearchAction",
    "UnrecognizedReviewDecision",
    "UnrecognizedReviewTarget",
    "UnrecognizedSandboxPolicy",
    "UnrecognizedScheduledTaskSchedule",
    "UnrecognizedServerNotificationMessage",
    "UnrecognizedServerRequestMessage",
    "UnrecognizedSessionSource",
    "UnrecognizedSubAgentSource",
    "UnrecognizedThreadItem",
    "UnrecognizedThreadPredictionResult",
    "UnrecognizedThreadReadStateOperation",
    "UnrecognizedThreadRealtimeBemItemPresentation",
    "UnrecognizedThreadRealtimeItem",
    "UnrecognizedThreadRealtimeStartTransport",
    "UnrecognizedThreadStatus",
    "UnrecognizedThreadTimelineEntry",
    "UnrecognizedThreadUnreadPosition",
    "UnrecognizedUserInput",
    "UnrecognizedWebSearchAction",
    "UpdateFileChange",
    "UpdatePatchChangeKind",
    "UrlMcpServerElicitationRequestParams",
    "UsageLimitExceededImageGenerationFailure",
    "UserConfigLayerSource",
    "UserInput",
    "UserMessageThreadItem",
    "Verbosity",
    "W3cTraceContext",
    "WarningNotification",
    "WarningNotificationMessage",
    "WebSearchAction",
    "WebSearchCallResponseItem",
    "WebSearchContextSize",
    "WebSearchLocation",
    "WebSearchMode",
    "WebSearchThreadItem",
    "WebSearchToolConfig",
    "WebrtcThreadRealtimeStartTransport",
    "WebsocketThreadRealtimeStartTransport",
    "WeekdaysScheduledTaskSchedule",
    "WeeklyScheduledTaskSchedule",
    "WholeItemThreadRealtimeBemItemPresentation",
    "WindowsSandboxImplementation",
    "WindowsSandboxReadiness",
    "WindowsSandboxReadinessRequestMessage",
    "WindowsSandboxReadinessResponse",
    "WindowsSandboxSetupCompletedNotification",
    "WindowsSandboxSetupCompletedNotificationMessage",
    "WindowsSandboxSetupMode",
    "WindowsSandboxSetupStartParams",
    "WindowsSandboxSetupStartRequestMessage",
    "WindowsSandboxSetupStartResponse",
    "WindowsWorldWritableWarningNotification",
    "WindowsWorldWritableWarningNotificationMessage",
    "WorkspaceMessage",
    "WorkspaceMessageType",
    "WorkspaceRouting",
    "WorkspaceWriteSandboxPolicy",
    "WriteStatus",
    "WriteStdinGuardianApprovalReviewAction",
]
