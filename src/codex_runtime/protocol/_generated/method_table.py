# GENERATED FILE - DO NOT EDIT. Method tables of the codex app-server protocol.
# Regenerate with: python scripts/gen_protocol.py   (CI runs: python scripts/gen_protocol.py --check)
# Generator: scripts/gen_protocol.py (hand-written), generator version 2
# Schema: printed by `codex app-server generate-json-schema` (codex-cli 0.163.0), vendored in schema/:
#   codex_app_server_protocol.schemas.json  sha256=408e09849d5d4931992a4227a7f3eb80b15d24901f84aca0562e816634651a82
#   ClientRequest.json  sha256=6b10888f163f569922d42c41e94a98b4261258abc7581c14eca867c3b125dc6f
#   ServerRequest.json  sha256=f339be472737a0003efa25fba2e6e6c9237e621cd065b6d6995c51256e9dc1fb
#   ServerNotification.json  sha256=8e719512bc26bb3871fcf7b378b79abf912d82787609c0ad418b71f179d0883f
#   ClientNotification.json  sha256=706cf248d75027c84a3c63348d0ed507182e8eba40069dd17541793de029145a
"""Method names, and the params/result type of every method, per direction."""

from __future__ import annotations

from collections.abc import Mapping
from enum import StrEnum
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, Final

from codex_runtime.protocol.spec import MethodKind, MethodSpec

if TYPE_CHECKING:  # the specs name their types; the models load on first use (see MethodSpec)
    from codex_runtime.protocol._generated.models import (
        AccountLoginCompletedNotification,
        AccountRateLimitsUpdatedNotification,
        AccountUpdatedNotification,
        AgentMessageDeltaNotification,
        AppListUpdatedNotification,
        ApplyPatchApprovalParams,
        ApplyPatchApprovalResponse,
        AppsInstalledParams,
        AppsInstalledResponse,
        AppsListParams,
        AppsListResponse,
        AppsReadParams,
        AppsReadResponse,
        AttestationGenerateParams,
        AttestationGenerateResponse,
        AuthRecoveryNotification,
        CancelLoginAccountParams,
        CancelLoginAccountResponse,
        ChatgptAuthTokensRefreshParams,
        ChatgptAuthTokensRefreshResponse,
        CommandExecOutputDeltaNotification,
        CommandExecParams,
        CommandExecResizeParams,
        CommandExecResizeResponse,
        CommandExecResponse,
        CommandExecTerminateParams,
        CommandExecTerminateResponse,
        CommandExecWriteParams,
        CommandExecWriteResponse,
        CommandExecutionOutputDeltaNotification,
        CommandExecutionRequestApprovalParams,
        CommandExecutionRequestApprovalResponse,
        ConfigBatchWriteParams,
        ConfigReadParams,
        ConfigReadResponse,
        ConfigRequirementsReadResponse,
        ConfigValueWriteParams,
        ConfigWarningNotification,
        ConfigWriteResponse,
        ConsumeAccountRateLimitResetCreditParams,
        ConsumeAccountRateLimitResetCreditResponse,
        ContextCompactedNotification,
        DeprecationNoticeNotification,
        DynamicToolCallParams,
        DynamicToolCallResponse,
        EnvironmentConnectionNotification,
        ErrorNotification,
        ExecCommandApprovalParams,
        ExecCommandApprovalResponse,
        ExperimentalFeatureEnablementSetParams,
        ExperimentalFeatureEnablementSetResponse,
        ExperimentalFeatureListParams,
        ExperimentalFeatureListResponse,
        ExternalAgentConfigDetectParams,
        ExternalAgentConfigDetectResponse,
        ExternalAgentConfigImportCompletedNotification,
        ExternalAgentConfigImportHistoriesReadResponse,
        ExternalAgentConfigImportHistoryRecordParams,
        ExternalAgentConfigImportHistoryRecordResponse,
        ExternalAgentConfigImportParams,
        ExternalAgentConfigImportProgressNotification,
        ExternalAgentConfigImportResponse,
        FeedbackUploadParams,
        FeedbackUploadResponse,
        FileChangeOutputDeltaNotification,
        FileChangePatchUpdatedNotification,
        FileChangeRequestApprovalParams,
        FileChangeRequestApprovalResponse,
        FsChangedNotification,
        FsCopyParams,
        FsCopyResponse,
        FsCreateDirectoryParams,
        FsCreateDirectoryResponse,
        FsGetMetadataParams,
        FsGetMetadataResponse,
        FsReadDirectoryParams,
        FsReadDirectoryResponse,
        FsReadFileParams,
        FsReadFileResponse,
        FsRemoveParams,
        FsRemoveResponse,
        FsUnwatchParams,
        FsUnwatchResponse,
        FsWatchParams,
        FsWatchResponse,
        FsWriteFileParams,
        FsWriteFileResponse,
        FuzzyFileSearchParams,
        FuzzyFileSearchResponse,
        FuzzyFileSearchSessionCompletedNotification,
        FuzzyFileSearchSessionUpdatedNotification,
        GatewayOAuthCancelResponse,
        GatewayOAuthChangedNotification,
        GatewayOAuthLoginResponse,
        GatewayOAuthReadResponse,
        GetAccountParams,
        GetAccountRateLimitsParams,
        GetAccountRateLimitsResponse,
        GetAccountResponse,
        GetAccountTokenUsageParams,
        GetAccountTokenUsageResponse,
        GetWorkspaceMessagesResponse,
        GuardianWarningNotification,
        HookCompletedNotification,
        HookStartedNotification,
        HooksListParams,
        HooksListResponse,
        InitializeParams,
        InitializeResponse,
        ItemCompletedNotification,
        ItemGuardianApprovalReviewCompletedNotification,
        ItemGuardianApprovalReviewStartedNotification,
        ItemStartedNotification,
        ListMcpServerStatusParams,
        ListMcpServerStatusResponse,
        LoginAccountParams,
        LoginAccountResponse,
        LogoutAccountResponse,
        MarketplaceAddParams,
        MarketplaceAddResponse,
        MarketplaceRemoveParams,
        MarketplaceRemoveResponse,
        MarketplaceUpgradeParams,
        MarketplaceUpgradeResponse,
        McpResourceReadParams,
        McpResourceReadResponse,
        McpServerElicitationRequestParams,
        McpServerElicitationRequestResponse,
        McpServerEventStreamNotification,
        McpServerOauthLoginCompletedNotification,
        McpServerOauthLoginParams,
        McpServerOauthLoginResponse,
        McpServerRefreshResponse,
        McpServerStatusUpdatedNotification,
        McpServerToolCallParams,
        McpServerToolCallResponse,
        McpToolCallProgressNotification,
        ModelListParams,
        ModelListResponse,
        ModelProviderCapabilitiesReadParams,
        ModelProviderCapabilitiesReadResponse,
        ModelReroutedNotification,
        ModelSafetyBufferingUpdatedNotification,
        ModelVerificationNotification,
        PermissionProfileListParams,
        PermissionProfileListResponse,
        PermissionsRequestApprovalParams,
        PermissionsRequestApprovalResponse,
        PlanDeltaNotification,
        PluginInstallParams,
        PluginInstallResponse,
        PluginInstalledParams,
        PluginInstalledResponse,
        PluginListParams,
        PluginListResponse,
        PluginReadParams,
        PluginReadResponse,
        PluginReconcileParams,
        PluginReconcileResponse,
        PluginShareCheckoutParams,
        PluginShareCheckoutResponse,
        PluginShareDeleteParams,
        PluginShareDeleteResponse,
        PluginShareListParams,
        PluginShareListResponse,
        PluginShareSaveParams,
        PluginShareSaveResponse,
        PluginShareUpdateTargetsParams,
        PluginShareUpdateTargetsResponse,
        PluginSkillReadParams,
        PluginSkillReadResponse,
        PluginUninstallParams,
        PluginUninstallResponse,
        ProcessExitedNotification,
        ProcessOutputDeltaNotification,
        ProjectChangedNotification,
        ReasoningSummaryPartAddedNotification,
        ReasoningSummaryTextDeltaNotification,
        ReasoningTextDeltaNotification,
        RemoteControlStatusChangedNotification,
        ReviewStartParams,
        ReviewStartResponse,
        SendAddCreditsNudgeEmailParams,
        SendAddCreditsNudgeEmailResponse,
        ServerRequestResolvedNotification,
        SkillsChangedNotification,
        SkillsConfigWriteParams,
        SkillsConfigWriteResponse,
        SkillsExtraRootsSetParams,
        SkillsExtraRootsSetResponse,
        SkillsListParams,
        SkillsListResponse,
        StrictReviewRequiredNotification,
        TerminalInteractionNotification,
        ThreadApproveGuardianDeniedActionParams,
        ThreadApproveGuardianDeniedActionResponse,
        ThreadArchiveParams,
        ThreadArchiveResponse,
        ThreadArchivedNotification,
        ThreadAttachmentAddParams,
        ThreadAttachmentAddResponse,
        ThreadAttachmentListParams,
        ThreadAttachmentListResponse,
        ThreadAttachmentOwnerListParams,
        ThreadAttachmentOwnerListResponse,
        ThreadAttachmentRemoveParams,
        ThreadAttachmentRemoveResponse,
        ThreadAttachmentUpdatedNotification,
        ThreadClosedNotification,
        ThreadCompactStartParams,
        ThreadCompactStartResponse,
        ThreadDeleteParams,
        ThreadDeleteResponse,
        ThreadDeletedNotification,
        ThreadForkParams,
        ThreadForkResponse,
        ThreadGoalClearParams,
        ThreadGoalClearResponse,
        ThreadGoalClearedNotification,
        ThreadGoalGetParams,
        ThreadGoalGetResponse,
        ThreadGoalSetParams,
        ThreadGoalSetResponse,
        ThreadGoalUpdatedNotification,
        ThreadInjectItemsParams,
        ThreadInjectItemsResponse,
        ThreadItemsListParams,
        ThreadItemsListResponse,
        ThreadListParams,
        ThreadListResponse,
        ThreadLoadedListParams,
        ThreadLoadedListResponse,
        ThreadMetadataUpdateParams,
        ThreadMetadataUpdateResponse,
        ThreadNameUpdatedNotification,
        ThreadPredictionUpdatedNotification,
        ThreadProjectUpdatedNotification,
        ThreadQueueChangedNotification,
        ThreadReadParams,
        ThreadReadResponse,
        ThreadReadStateChangedNotification,
        ThreadRealtimeClosedNotification,
        ThreadRealtimeErrorNotification,
        ThreadRealtimeItemAddedNotification,
        ThreadRealtimeItemCompletedNotification,
        ThreadRealtimeItemStartedNotification,
        ThreadRealtimeItemTranscriptDeltaNotification,
        ThreadRealtimeOutputAudioDeltaNotification,
        ThreadRealtimeSdpNotification,
        ThreadRealtimeStartedNotification,
        ThreadRealtimeTranscriptDeltaNotification,
        ThreadRealtimeTranscriptDoneNotification,
        ThreadResumeParams,
        ThreadResumeResponse,
        ThreadRevertParams,
        ThreadRevertResponse,
        ThreadRevertedNotification,
        ThreadSectionCreateParams,
        ThreadSectionCreateResponse,
        ThreadSectionDeleteParams,
        ThreadSectionDeleteResponse,
        ThreadSectionListParams,
        ThreadSectionListResponse,
        ThreadSectionMoveParams,
        ThreadSectionMoveResponse,
        ThreadSectionUpdateParams,
        ThreadSectionUpdateResponse,
        ThreadSetNameParams,
        ThreadSetNameResponse,
        ThreadSettingsUpdatedNotification,
        ThreadShellCommandParams,
        ThreadShellCommandResponse,
        ThreadStartParams,
        ThreadStartResponse,
        ThreadStartedNotification,
        ThreadStatusChangedNotification,
        ThreadTokenUsageUpdatedNotification,
        ThreadTurnsListParams,
        ThreadTurnsListResponse,
        ThreadUnarchiveParams,
        ThreadUnarchiveResponse,
        ThreadUnarchivedNotification,
        ThreadUnsubscribeParams,
        ThreadUnsubscribeResponse,
        ToolRequestUserInputParams,
        ToolRequestUserInputResponse,
        TurnCompletedNotification,
        TurnDiffUpdatedNotification,
        TurnInterruptParams,
        TurnInterruptResponse,
        TurnModerationMetadataNotification,
        TurnPlanUpdatedNotification,
        TurnStartParams,
        TurnStartResponse,
        TurnStartedNotification,
        TurnSteerParams,
        TurnSteerResponse,
        WarningNotification,
        WindowsSandboxReadinessResponse,
        WindowsSandboxSetupCompletedNotification,
        WindowsSandboxSetupStartParams,
        WindowsSandboxSetupStartResponse,
        WindowsWorldWritableWarningNotification,
    )



class ClientRequestMethod(StrEnum):
    """Every ClientRequest method name."""

    INITIALIZE = "initialize"
    THREAD_START = "thread/start"
    THREAD_RESUME = "thread/resume"
    THREAD_FORK = "thread/fork"
    THREAD_ARCHIVE = "thread/archive"
    THREAD_DELETE = "thread/delete"
    THREAD_UNSUBSCRIBE = "thread/unsubscribe"
    THREAD_NAME_SET = "thread/name/set"
    THREAD_GOAL_SET = "thread/goal/set"
    THREAD_GOAL_GET = "thread/goal/get"
    THREAD_GOAL_CLEAR = "thread/goal/clear"
    THREAD_METADATA_UPDATE = "thread/metadata/update"
    THREAD_ATTACHMENT_ADD = "thread/attachment/add"
    THREAD_ATTACHMENT_LIST = "thread/attachment/list"
    THREAD_ATTACHMENT_OWNER_LIST = "thread/attachmentOwner/list"
    THREAD_ATTACHMENT_REMOVE = "thread/attachment/remove"
    THREAD_SECTION_MOVE = "thread/section/move"
    THREAD_UNARCHIVE = "thread/unarchive"
    THREAD_COMPACT_START = "thread/compact/start"
    THREAD_SHELL_COMMAND = "thread/shellCommand"
    THREAD_APPROVE_GUARDIAN_DENIED_ACTION = "thread/approveGuardianDeniedAction"
    THREAD_REVERT = "thread/revert"
    THREAD_LIST = "thread/list"
    THREAD_SECTION_LIST = "threadSection/list"
    THREAD_SECTION_CREATE = "threadSection/create"
    THREAD_SECTION_UPDATE = "threadSection/update"
    THREAD_SECTION_DELETE = "threadSection/delete"
    THREAD_LOADED_LIST = "thread/loaded/list"
    THREAD_READ = "thread/read"
    THREAD_TURNS_LIST = "thread/turns/list"
    THREAD_ITEMS_LIST = "thread/items/list"
    THREAD_INJECT_ITEMS = "thread/inject_items"
    SKILLS_LIST = "skills/list"
    SKILLS_EXTRA_ROOTS_SET = "skills/extraRoots/set"
    HOOKS_LIST = "hooks/list"
    MARKETPLACE_ADD = "marketplace/add"
    MARKETPLACE_REMOVE = "marketplace/remove"
    MARKETPLACE_UPGRADE = "marketplace/upgrade"
    PLUGIN_LIST = "plugin/list"
    PLUGIN_INSTALLED = "plugin/installed"
    PLUGIN_RECONCILE = "plugin/reconcile"
    PLUGIN_READ = "plugin/read"
    PLUGIN_SKILL_READ = "plugin/skill/read"
    PLUGIN_SHARE_SAVE = "plugin/share/save"
    PLUGIN_SHARE_UPDATE_TARGETS = "plugin/share/updateTargets"
    PLUGIN_SHARE_LIST = "plugin/share/list"
    PLUGIN_SHARE_CHECKOUT = "plugin/share/checkout"
    PLUGIN_SHARE_DELETE = "plugin/share/delete"
    APP_READ = "app/read"
    APP_LIST = "app/list"
    APP_INSTALLED = "app/installed"
    FS_READ_FILE = "fs/readFile"
    FS_WRITE_FILE = "fs/writeFile"
    FS_CREATE_DIRECTORY = "fs/createDirectory"
    FS_GET_METADATA = "fs/getMetadata"
    FS_READ_DIRECTORY = "fs/readDirectory"
    FS_REMOVE = "fs/remove"
    FS_COPY = "fs/copy"
    FS_WATCH = "fs/watch"
    FS_UNWATCH = "fs/unwatch"
    SKILLS_CONFIG_WRITE = "skills/config/write"
    PLUGIN_INSTALL = "plugin/install"
    PLUGIN_UNINSTALL = "plugin/uninstall"
    TURN_START = "turn/start"
    TURN_STEER = "turn/steer"
    TURN_INTERRUPT = "turn/interrupt"
    REVIEW_START = "review/start"
    MODEL_LIST = "model/list"
    ACCOUNT_GATEWAY_O_AUTH_READ = "account/gatewayOAuth/read"
    ACCOUNT_GATEWAY_O_AUTH_LOGIN = "account/gatewayOAuth/login"
    ACCOUNT_GATEWAY_O_AUTH_CANCEL = "account/gatewayOAuth/cancel"
    MODEL_PROVIDER_CAPABILITIES_READ = "modelProvider/capabilities/read"
    EXPERIMENTAL_FEATURE_LIST = "experimentalFeature/list"
    PERMISSION_PROFILE_LIST = "permissionProfile/list"
    EXPERIMENTAL_FEATURE_ENABLEMENT_SET = "experimentalFeature/enablement/set"
    MCP_SERVER_OAUTH_LOGIN = "mcpServer/oauth/login"
    CONFIG_MCP_SERVER_RELOAD = "config/mcpServer/reload"
    MCP_SERVER_STATUS_LIST = "mcpServerStatus/list"
    MCP_SERVER_RESOURCE_READ = "mcpServer/resource/read"
    MCP_SERVER_TOOL_CALL = "mcpServer/tool/call"
    WINDOWS_SANDBOX_SETUP_START = "windowsSandbox/setupStart"
    WINDOWS_SANDBOX_READINESS = "windowsSandbox/readiness"
    ACCOUNT_LOGIN_START = "account/login/start"
    ACCOUNT_LOGIN_CANCEL = "account/login/cancel"
    ACCOUNT_LOGOUT = "account/logout"
    ACCOUNT_RATE_LIMITS_READ = "account/rateLimits/read"
    ACCOUNT_RATE_LIMIT_RESET_CREDIT_CONSUME = "account/rateLimitResetCredit/consume"
    ACCOUNT_USAGE_READ = "account/usage/read"
    ACCOUNT_WORKSPACE_MESSAGES_READ = "account/workspaceMessages/read"
    ACCOUNT_SEND_ADD_CREDITS_NUDGE_EMAIL = "account/sendAddCreditsNudgeEmail"
    FEEDBACK_UPLOAD = "feedback/upload"
    COMMAND_EXEC = "command/exec"
    COMMAND_EXEC_WRITE = "command/exec/write"
    COMMAND_EXEC_TERMINATE = "command/exec/terminate"
    COMMAND_EXEC_RESIZE = "command/exec/resize"
    CONFIG_READ = "config/read"
    EXTERNAL_AGENT_CONFIG_DETECT = "externalAgentConfig/detect"
    EXTERNAL_AGENT_CONFIG_IMPORT = "externalAgentConfig/import"
    EXTERNAL_AGENT_CONFIG_IMPORT_RECORD_HISTORY = "externalAgentConfig/import/recordHistory"
    EXTERNAL_AGENT_CONFIG_IMPORT_READ_HISTORIES = "externalAgentConfig/import/readHistories"
    CONFIG_VALUE_WRITE = "config/value/write"
    CONFIG_BATCH_WRITE = "config/batchWrite"
    CONFIG_REQUIREMENTS_READ = "configRequirements/read"
    ACCOUNT_READ = "account/read"
    FUZZY_FILE_SEARCH = "fuzzyFileSearch"


class ClientRequests:
    """Requests the client sends (method -> params, result)."""

    INITIALIZE: Final[MethodSpec[InitializeParams, InitializeResponse]] = MethodSpec(
        "initialize",
        MethodKind.CLIENT_REQUEST,
        "InitializeParams",
        "InitializeResponse",
    )
    THREAD_START: Final[MethodSpec[ThreadStartParams, ThreadStartResponse]] = MethodSpec(
        "thread/start",
        MethodKind.CLIENT_REQUEST,
        "ThreadStartParams",
        "ThreadStartResponse",
    )
    THREAD_RESUME: Final[MethodSpec[ThreadResumeParams, ThreadResumeResponse]] = MethodSpec(
        "thread/resume",
        MethodKind.CLIENT_REQUEST,
        "ThreadResumeParams",
        "ThreadResumeResponse",
        thread_id_path=("threadId",),
    )
    THREAD_FORK: Final[MethodSpec[ThreadForkParams, ThreadForkResponse]] = MethodSpec(
        "thread/fork",
        MethodKind.CLIENT_REQUEST,
        "ThreadForkParams",
        "ThreadForkResponse",
        thread_id_path=("threadId",),
    )
    THREAD_ARCHIVE: Final[MethodSpec[ThreadArchiveParams, ThreadArchiveResponse]] = MethodSpec(
        "thread/archive",
        MethodKind.CLIENT_REQUEST,
        "ThreadArchiveParams",
        "ThreadArchiveResponse",
        thread_id_path=("threadId",),
    )
    THREAD_DELETE: Final[MethodSpec[ThreadDeleteParams, ThreadDeleteResponse]] = MethodSpec(
        "thread/delete",
        MethodKind.CLIENT_REQUEST,
        "ThreadDeleteParams",
        "ThreadDeleteResponse",
        thread_id_path=("threadId",),
    )
    THREAD_UNSUBSCRIBE: Final[MethodSpec[ThreadUnsubscribeParams, ThreadUnsubscribeResponse]] = MethodSpec(
        "thread/unsubscribe",
        MethodKind.CLIENT_REQUEST,
        "ThreadUnsubscribeParams",
        "ThreadUnsubscribeResponse",
        thread_id_path=("threadId",),
    )
    THREAD_NAME_SET: Final[MethodSpec[ThreadSetNameParams, ThreadSetNameResponse]] = MethodSpec(
        "thread/name/set",
        MethodKind.CLIENT_REQUEST,
        "ThreadSetNameParams",
        "ThreadSetNameResponse",
        thread_id_path=("threadId",),
    )
    THREAD_GOAL_SET: Final[MethodSpec[ThreadGoalSetParams, ThreadGoalSetResponse]] = MethodSpec(
        "thread/goal/set",
        MethodKind.CLIENT_REQUEST,
        "ThreadGoalSetParams",
        "ThreadGoalSetResponse",
        thread_id_path=("threadId",),
    )
    THREAD_GOAL_GET: Final[MethodSpec[ThreadGoalGetParams, ThreadGoalGetResponse]] = MethodSpec(
        "thread/goal/get",
        MethodKind.CLIENT_REQUEST,
        "ThreadGoalGetParams",
        "ThreadGoalGetResponse",
        thread_id_path=("threadId",),
    )
    THREAD_GOAL_CLEAR: Final[MethodSpec[ThreadGoalClearParams, ThreadGoalClearResponse]] = MethodSpec(
        "thread/goal/clear",
        MethodKind.CLIENT_REQUEST,
        "ThreadGoalClearParams",
        "ThreadGoalClearResponse",
        thread_id_path=("threadId",),
    )
    THREAD_METADATA_UPDATE: Final[MethodSpec[ThreadMetadataUpdateParams, ThreadMetadataUpdateResponse]] = MethodSpec(
        "thread/metadata/update",
        MethodKind.CLIENT_REQUEST,
        "ThreadMetadataUpdateParams",
        "ThreadMetadataUpdateResponse",
        thread_id_path=("threadId",),
    )
    THREAD_ATTACHMENT_ADD: Final[MethodSpec[ThreadAttachmentAddParams, ThreadAttachmentAddResponse]] = MethodSpec(
        "thread/attachment/add",
        MethodKind.CLIENT_REQUEST,
        "ThreadAttachmentAddParams",
        "ThreadAttachmentAddResponse",
        thread_id_path=("threadId",),
    )
    THREAD_ATTACHMENT_LIST: Final[MethodSpec[ThreadAttachmentListParams, ThreadAttachmentListResponse]] = MethodSpec(
        "thread/attachment/list",
        MethodKind.CLIENT_REQUEST,
        "ThreadAttachmentListParams",
        "ThreadAttachmentListResponse",
        thread_id_path=("threadId",),
    )
    THREAD_ATTACHMENT_OWNER_LIST: Final[MethodSpec[ThreadAttachmentOwnerListParams, ThreadAttachmentOwnerListResponse]] = MethodSpec(
        "thread/attachmentOwner/list",
        MethodKind.CLIENT_REQUEST,
        "ThreadAttachmentOwnerListParams",
        "ThreadAttachmentOwnerListResponse",
    )
    THREAD_ATTACHMENT_REMOVE: Final[MethodSpec[ThreadAttachmentRemoveParams, ThreadAttachmentRemoveResponse]] = MethodSpec(
        "thread/attachment/remove",
        MethodKind.CLIENT_REQUEST,
        "ThreadAttachmentRemoveParams",
        "ThreadAttachmentRemoveResponse",
        thread_id_path=("threadId",),
    )
    THREAD_SECTION_MOVE: Final[MethodSpec[ThreadSectionMoveParams, ThreadSectionMoveResponse]] = MethodSpec(
        "thread/section/move",
        MethodKind.CLIENT_REQUEST,
        "ThreadSectionMoveParams",
        "ThreadSectionMoveResponse",
        thread_id_path=("threadId",),
    )
    THREAD_UNARCHIVE: Final[MethodSpec[ThreadUnarchiveParams, ThreadUnarchiveResponse]] = MethodSpec(
        "thread/unarchive",
        MethodKind.CLIENT_REQUEST,
        "ThreadUnarchiveParams",
        "ThreadUnarchiveResponse",
        thread_id_path=("threadId",),
    )
    THREAD_COMPACT_START: Final[MethodSpec[ThreadCompactStartParams, ThreadCompactStartResponse]] = MethodSpec(
        "thread/compact/start",
        MethodKind.CLIENT_REQUEST,
        "ThreadCompactStartParams",
        "ThreadCompactStartResponse",
        thread_id_path=("threadId",),
    )
    THREAD_SHELL_COMMAND: Final[MethodSpec[ThreadShellCommandParams, ThreadShellCommandResponse]] = MethodSpec(
        "thread/shellCommand",
        MethodKind.CLIENT_REQUEST,
        "ThreadShellCommandParams",
        "ThreadShellCommandResponse",
        thread_id_path=("threadId",),
    )
    THREAD_APPROVE_GUARDIAN_DENIED_ACTION: Final[MethodSpec[ThreadApproveGuardianDeniedActionParams, ThreadApproveGuardianDeniedActionResponse]] = MethodSpec(
        "thread/approveGuardianDeniedAction",
        MethodKind.CLIENT_REQUEST,
        "ThreadApproveGuardianDeniedActionParams",
        "ThreadApproveGuardianDeniedActionResponse",
        thread_id_path=("threadId",),
    )
    THREAD_REVERT: Final[MethodSpec[ThreadRevertParams, ThreadRevertResponse]] = MethodSpec(
        "thread/revert",
        MethodKind.CLIENT_REQUEST,
        "ThreadRevertParams",
        "ThreadRevertResponse",
        thread_id_path=("threadId",),
    )
    THREAD_LIST: Final[MethodSpec[ThreadListParams, ThreadListResponse]] = MethodSpec(
        "thread/list",
        MethodKind.CLIENT_REQUEST,
        "ThreadListParams",
        "ThreadListResponse",
    )
    THREAD_SECTION_LIST: Final[MethodSpec[ThreadSectionListParams, ThreadSectionListResponse]] = MethodSpec(
        "threadSection/list",
        MethodKind.CLIENT_REQUEST,
        "ThreadSectionListParams",
        "ThreadSectionListResponse",
    )
    THREAD_SECTION_CREATE: Final[MethodSpec[ThreadSectionCreateParams, ThreadSectionCreateResponse]] = MethodSpec(
        "threadSection/create",
        MethodKind.CLIENT_REQUEST,
        "ThreadSectionCreateParams",
        "ThreadSectionCreateResponse",
    )
    THREAD_SECTION_UPDATE: Final[MethodSpec[ThreadSectionUpdateParams, ThreadSectionUpdateResponse]] = MethodSpec(
        "threadSection/update",
        MethodKind.CLIENT_REQUEST,
        "ThreadSectionUpdateParams",
        "ThreadSectionUpdateResponse",
    )
    THREAD_SECTION_DELETE: Final[MethodSpec[ThreadSectionDeleteParams, ThreadSectionDeleteResponse]] = MethodSpec(
        "threadSection/delete",
        MethodKind.CLIENT_REQUEST,
        "ThreadSectionDeleteParams",
        "ThreadSectionDeleteResponse",
    )
    THREAD_LOADED_LIST: Final[MethodSpec[ThreadLoadedListParams, ThreadLoadedListResponse]] = MethodSpec(
        "thread/loaded/list",
        MethodKind.CLIENT_REQUEST,
        "ThreadLoadedListParams",
        "ThreadLoadedListResponse",
    )
    THREAD_READ: Final[MethodSpec[ThreadReadParams, ThreadReadResponse]] = MethodSpec(
        "thread/read",
        MethodKind.CLIENT_REQUEST,
        "ThreadReadParams",
        "ThreadReadResponse",
        thread_id_path=("threadId",),
    )
    THREAD_TURNS_LIST: Final[MethodSpec[ThreadTurnsListParams, ThreadTurnsListResponse]] = MethodSpec(
        "thread/turns/list",
        MethodKind.CLIENT_REQUEST,
        "ThreadTurnsListParams",
        "ThreadTurnsListResponse",
        thread_id_path=("threadId",),
    )
    THREAD_ITEMS_LIST: Final[MethodSpec[ThreadItemsListParams, ThreadItemsListResponse]] = MethodSpec(
        "thread/items/list",
        MethodKind.CLIENT_REQUEST,
        "ThreadItemsListParams",
        "ThreadItemsListResponse",
        thread_id_path=("threadId",),
        turn_id_path=("turnId",),
    )
    THREAD_INJECT_ITEMS: Final[MethodSpec[ThreadInjectItemsParams, ThreadInjectItemsResponse]] = MethodSpec(
        "thread/inject_items",
        MethodKind.CLIENT_REQUEST,
        "ThreadInjectItemsParams",
        "ThreadInjectItemsResponse",
        thread_id_path=("threadId",),
    )
    SKILLS_LIST: Final[MethodSpec[SkillsListParams, SkillsListResponse]] = MethodSpec(
        "skills/list",
        MethodKind.CLIENT_REQUEST,
        "SkillsListParams",
        "SkillsListResponse",
    )
    SKILLS_EXTRA_ROOTS_SET: Final[MethodSpec[SkillsExtraRootsSetParams, SkillsExtraRootsSetResponse]] = MethodSpec(
        "skills/extraRoots/set",
        MethodKind.CLIENT_REQUEST,
        "SkillsExtraRootsSetParams",
        "SkillsExtraRootsSetResponse",
    )
    HOOKS_LIST: Final[MethodSpec[HooksListParams, HooksListResponse]] = MethodSpec(
        "hooks/list",
        MethodKind.CLIENT_REQUEST,
        "HooksListParams",
        "HooksListResponse",
    )
    MARKETPLACE_ADD: Final[MethodSpec[MarketplaceAddParams, MarketplaceAddResponse]] = MethodSpec(
        "marketplace/add",
        MethodKind.CLIENT_REQUEST,
        "MarketplaceAddParams",
        "MarketplaceAddResponse",
    )
    MARKETPLACE_REMOVE: Final[MethodSpec[MarketplaceRemoveParams, MarketplaceRemoveResponse]] = MethodSpec(
        "marketplace/remove",
        MethodKind.CLIENT_REQUEST,
        "MarketplaceRemoveParams",
        "MarketplaceRemoveResponse",
    )
    MARKETPLACE_UPGRADE: Final[MethodSpec[MarketplaceUpgradeParams, MarketplaceUpgradeResponse]] = MethodSpec(
        "marketplace/upgrade",
        MethodKind.CLIENT_REQUEST,
        "MarketplaceUpgradeParams",
        "MarketplaceUpgradeResponse",
    )
    PLUGIN_LIST: Final[MethodSpec[PluginListParams, PluginListResponse]] = MethodSpec(
        "plugin/list",
        MethodKind.CLIENT_REQUEST,
        "PluginListParams",
        "PluginListResponse",
    )
    PLUGIN_INSTALLED: Final[MethodSpec[PluginInstalledParams, PluginInstalledResponse]] = MethodSpec(
        "plugin/installed",
        MethodKind.CLIENT_REQUEST,
        "PluginInstalledParams",
        "PluginInstalledResponse",
    )
    PLUGIN_RECONCILE: Final[MethodSpec[PluginReconcileParams, PluginReconcileResponse]] = MethodSpec(
        "plugin/reconcile",
        MethodKind.CLIENT_REQUEST,
        "PluginReconcileParams",
        "PluginReconcileResponse",
    )
    PLUGIN_READ: Final[MethodSpec[PluginReadParams, PluginReadResponse]] = MethodSpec(
        "plugin/read",
        MethodKind.CLIENT_REQUEST,
        "PluginReadParams",
        "PluginReadResponse",
    )
    PLUGIN_SKILL_READ: Final[MethodSpec[PluginSkillReadParams, PluginSkillReadResponse]] = MethodSpec(
        "plugin/skill/read",
        MethodKind.CLIENT_REQUEST,
        "PluginSkillReadParams",
        "PluginSkillReadResponse",
    )
    PLUGIN_SHARE_SAVE: Final[MethodSpec[PluginShareSaveParams, PluginShareSaveResponse]] = MethodSpec(
        "plugin/share/save",
        MethodKind.CLIENT_REQUEST,
        "PluginShareSaveParams",
        "PluginShareSaveResponse",
    )
    PLUGIN_SHARE_UPDATE_TARGETS: Final[MethodSpec[PluginShareUpdateTargetsParams, PluginShareUpdateTargetsResponse]] = MethodSpec(
        "plugin/share/updateTargets",
        MethodKind.CLIENT_REQUEST,
        "PluginShareUpdateTargetsParams",
        "PluginShareUpdateTargetsResponse",
    )
    PLUGIN_SHARE_LIST: Final[MethodSpec[PluginShareListParams, PluginShareListResponse]] = MethodSpec(
        "plugin/share/list",
        MethodKind.CLIENT_REQUEST,
        "PluginShareListParams",
        "PluginShareListResponse",
    )
    PLUGIN_SHARE_CHECKOUT: Final[MethodSpec[PluginShareCheckoutParams, PluginShareCheckoutResponse]] = MethodSpec(
        "plugin/share/checkout",
        MethodKind.CLIENT_REQUEST,
        "PluginShareCheckoutParams",
        "PluginShareCheckoutResponse",
    )
    PLUGIN_SHARE_DELETE: Final[MethodSpec[PluginShareDeleteParams, PluginShareDeleteResponse]] = MethodSpec(
        "plugin/share/delete",
        MethodKind.CLIENT_REQUEST,
        "PluginShareDeleteParams",
        "PluginShareDeleteResponse",
    )
    APP_READ: Final[MethodSpec[AppsReadParams, AppsReadResponse]] = MethodSpec(
        "app/read",
        MethodKind.CLIENT_REQUEST,
        "AppsReadParams",
        "AppsReadResponse",
        thread_id_path=("threadId",),
    )
    APP_LIST: Final[MethodSpec[AppsListParams, AppsListResponse]] = MethodSpec(
        "app/list",
        MethodKind.CLIENT_REQUEST,
        "AppsListParams",
        "AppsListResponse",
        thread_id_path=("threadId",),
    )
    APP_INSTALLED: Final[MethodSpec[AppsInstalledParams, AppsInstalledResponse]] = MethodSpec(
        "app/installed",
        MethodKind.CLIENT_REQUEST,
        "AppsInstalledParams",
        "AppsInstalledResponse",
        thread_id_path=("threadId",),
    )
    FS_READ_FILE: Final[MethodSpec[FsReadFileParams, FsReadFileResponse]] = MethodSpec(
        "fs/readFile",
        MethodKind.CLIENT_REQUEST,
        "FsReadFileParams",
        "FsReadFileResponse",
    )
    FS_WRITE_FILE: Final[MethodSpec[FsWriteFileParams, FsWriteFileResponse]] = MethodSpec(
        "fs/writeFile",
        MethodKind.CLIENT_REQUEST,
        "FsWriteFileParams",
        "FsWriteFileResponse",
    )
    FS_CREATE_DIRECTORY: Final[MethodSpec[FsCreateDirectoryParams, FsCreateDirectoryResponse]] = MethodSpec(
        "fs/createDirectory",
        MethodKind.CLIENT_REQUEST,
        "FsCreateDirectoryParams",
        "FsCreateDirectoryResponse",
    )
    FS_GET_METADATA: Final[MethodSpec[FsGetMetadataParams, FsGetMetadataResponse]] = MethodSpec(
        "fs/getMetadata",
        MethodKind.CLIENT_REQUEST,
        "FsGetMetadataParams",
        "FsGetMetadataResponse",
    )
    FS_READ_DIRECTORY: Final[MethodSpec[FsReadDirectoryParams, FsReadDirectoryResponse]] = MethodSpec(
        "fs/readDirectory",
        MethodKind.CLIENT_REQUEST,
        "FsReadDirectoryParams",
        "FsReadDirectoryResponse",
    )
    FS_REMOVE: Final[MethodSpec[FsRemoveParams, FsRemoveResponse]] = MethodSpec(
        "fs/remove",
        MethodKind.CLIENT_REQUEST,
        "FsRemoveParams",
        "FsRemoveResponse",
    )
    FS_COPY: Final[MethodSpec[FsCopyParams, FsCopyResponse]] = MethodSpec(
        "fs/copy",
        MethodKind.CLIENT_REQUEST,
        "FsCopyParams",
        "FsCopyResponse",
    )
    FS_WATCH: Final[MethodSpec[FsWatchParams, FsWatchResponse]] = MethodSpec(
        "fs/watch",
        MethodKind.CLIENT_REQUEST,
        "FsWatchParams",
        "FsWatchResponse",
    )
    FS_UNWATCH: Final[MethodSpec[FsUnwatchParams, FsUnwatchResponse]] = MethodSpec(
        "fs/unwatch",
        MethodKind.CLIENT_REQUEST,
        "FsUnwatchParams",
        "FsUnwatchResponse",
    )
    SKILLS_CONFIG_WRITE: Final[MethodSpec[SkillsConfigWriteParams, SkillsConfigWriteResponse]] = MethodSpec(
        "skills/config/write",
        MethodKind.CLIENT_REQUEST,
        "SkillsConfigWriteParams",
        "SkillsConfigWriteResponse",
    )
    PLUGIN_INSTALL: Final[MethodSpec[PluginInstallParams, PluginInstallResponse]] = MethodSpec(
        "plugin/install",
        MethodKind.CLIENT_REQUEST,
        "PluginInstallParams",
        "PluginInstallResponse",
    )
    PLUGIN_UNINSTALL: Final[MethodSpec[PluginUninstallParams, PluginUninstallResponse]] = MethodSpec(
        "plugin/uninstall",
        MethodKind.CLIENT_REQUEST,
        "PluginUninstallParams",
        "PluginUninstallResponse",
    )
    TURN_START: Final[MethodSpec[TurnStartParams, TurnStartResponse]] = MethodSpec(
        "turn/start",
        MethodKind.CLIENT_REQUEST,
        "TurnStartParams",
        "TurnStartResponse",
        thread_id_path=("threadId",),
    )
    TURN_STEER: Final[MethodSpec[TurnSteerParams, TurnSteerResponse]] = MethodSpec(
        "turn/steer",
        MethodKind.CLIENT_REQUEST,
        "TurnSteerParams",
        "TurnSteerResponse",
        thread_id_path=("threadId",),
    )
    TURN_INTERRUPT: Final[MethodSpec[TurnInterruptParams, TurnInterruptResponse]] = MethodSpec(
        "turn/interrupt",
        MethodKind.CLIENT_REQUEST,
        "TurnInterruptParams",
        "TurnInterruptResponse",
        thread_id_path=("threadId",),
        turn_id_path=("turnId",),
    )
    REVIEW_START: Final[MethodSpec[ReviewStartParams, ReviewStartResponse]] = MethodSpec(
        "review/start",
        MethodKind.CLIENT_REQUEST,
        "ReviewStartParams",
        "ReviewStartResponse",
        thread_id_path=("threadId",),
    )
    MODEL_LIST: Final[MethodSpec[ModelListParams, ModelListResponse]] = MethodSpec(
        "model/list",
        MethodKind.CLIENT_REQUEST,
        "ModelListParams",
        "ModelListResponse",
    )
    ACCOUNT_GATEWAY_O_AUTH_READ: Final[MethodSpec[None, GatewayOAuthReadResponse]] = MethodSpec(
        "account/gatewayOAuth/read",
        MethodKind.CLIENT_REQUEST,
        None,
        "GatewayOAuthReadResponse",
    )
    ACCOUNT_GATEWAY_O_AUTH_LOGIN: Final[MethodSpec[None, GatewayOAuthLoginResponse]] = MethodSpec(
        "account/gatewayOAuth/login",
        MethodKind.CLIENT_REQUEST,
        None,
        "GatewayOAuthLoginResponse",
    )
    ACCOUNT_GATEWAY_O_AUTH_CANCEL: Final[MethodSpec[None, GatewayOAuthCancelResponse]] = MethodSpec(
        "account/gatewayOAuth/cancel",
        MethodKind.CLIENT_REQUEST,
        None,
        "GatewayOAuthCancelResponse",
    )
    MODEL_PROVIDER_CAPABILITIES_READ: Final[MethodSpec[ModelProviderCapabilitiesReadParams, ModelProviderCapabilitiesReadResponse]] = MethodSpec(
        "modelProvider/capabilities/read",
        MethodKind.CLIENT_REQUEST,
        "ModelProviderCapabilitiesReadParams",
        "ModelProviderCapabilitiesReadResponse",
    )
    EXPERIMENTAL_FEATURE_LIST: Final[MethodSpec[ExperimentalFeatureListParams, ExperimentalFeatureListResponse]] = MethodSpec(
        "experimentalFeature/list",
        MethodKind.CLIENT_REQUEST,
        "ExperimentalFeatureListParams",
        "ExperimentalFeatureListResponse",
        thread_id_path=("threadId",),
    )
    PERMISSION_PROFILE_LIST: Final[MethodSpec[PermissionProfileListParams, PermissionProfileListResponse]] = MethodSpec(
        "permissionProfile/list",
        MethodKind.CLIENT_REQUEST,
        "PermissionProfileListParams",
        "PermissionProfileListResponse",
    )
    EXPERIMENTAL_FEATURE_ENABLEMENT_SET: Final[MethodSpec[ExperimentalFeatureEnablementSetParams, ExperimentalFeatureEnablementSetResponse]] = MethodSpec(
        "experimentalFeature/enablement/set",
        MethodKind.CLIENT_REQUEST,
        "ExperimentalFeatureEnablementSetParams",
        "ExperimentalFeatureEnablementSetResponse",
    )
    MCP_SERVER_OAUTH_LOGIN: Final[MethodSpec[McpServerOauthLoginParams, McpServerOauthLoginResponse]] = MethodSpec(
        "mcpServer/oauth/login",
        MethodKind.CLIENT_REQUEST,
        "McpServerOauthLoginParams",
        "McpServerOauthLoginResponse",
        thread_id_path=("threadId",),
    )
    CONFIG_MCP_SERVER_RELOAD: Final[MethodSpec[None, McpServerRefreshResponse]] = MethodSpec(
        "config/mcpServer/reload",
        MethodKind.CLIENT_REQUEST,
        None,
        "McpServerRefreshResponse",
    )
    MCP_SERVER_STATUS_LIST: Final[MethodSpec[ListMcpServerStatusParams, ListMcpServerStatusResponse]] = MethodSpec(
        "mcpServerStatus/list",
        MethodKind.CLIENT_REQUEST,
        "ListMcpServerStatusParams",
        "ListMcpServerStatusResponse",
        thread_id_path=("threadId",),
    )
    MCP_SERVER_RESOURCE_READ: Final[MethodSpec[McpResourceReadParams, McpResourceReadResponse]] = MethodSpec(
        "mcpServer/resource/read",
        MethodKind.CLIENT_REQUEST,
        "McpResourceReadParams",
        "McpResourceReadResponse",
        thread_id_path=("threadId",),
    )
    MCP_SERVER_TOOL_CALL: Final[MethodSpec[McpServerToolCallParams, McpServerToolCallResponse]] = MethodSpec(
        "mcpServer/tool/call",
        MethodKind.CLIENT_REQUEST,
        "McpServerToolCallParams",
        "McpServerToolCallResponse",
        thread_id_path=("threadId",),
    )
    WINDOWS_SANDBOX_SETUP_START: Final[MethodSpec[WindowsSandboxSetupStartParams, WindowsSandboxSetupStartResponse]] = MethodSpec(
        "windowsSandbox/setupStart",
        MethodKind.CLIENT_REQUEST,
        "WindowsSandboxSetupStartParams",
        "WindowsSandboxSetupStartResponse",
    )
    WINDOWS_SANDBOX_READINESS: Final[MethodSpec[None, WindowsSandboxReadinessResponse]] = MethodSpec(
        "windowsSandbox/readiness",
        MethodKind.CLIENT_REQUEST,
        None,
        "WindowsSandboxReadinessResponse",
    )
    ACCOUNT_LOGIN_START: Final[MethodSpec[LoginAccountParams, LoginAccountResponse]] = MethodSpec(
        "account/login/start",
        MethodKind.CLIENT_REQUEST,
        "LoginAccountParams",
        "LoginAccountResponse",
    )
    ACCOUNT_LOGIN_CANCEL: Final[MethodSpec[CancelLoginAccountParams, CancelLoginAccountResponse]] = MethodSpec(
        "account/login/cancel",
        MethodKind.CLIENT_REQUEST,
        "CancelLoginAccountParams",
        "CancelLoginAccountResponse",
    )
    ACCOUNT_LOGOUT: Final[MethodSpec[None, LogoutAccountResponse]] = MethodSpec(
        "account/logout",
        MethodKind.CLIENT_REQUEST,
        None,
        "LogoutAccountResponse",
    )
    ACCOUNT_RATE_LIMITS_READ: Final[MethodSpec[GetAccountRateLimitsParams | None, GetAccountRateLimitsResponse]] = MethodSpec(
        "account/rateLimits/read",
        MethodKind.CLIENT_REQUEST,
        "GetAccountRateLimitsParams",
        "GetAccountRateLimitsResponse",
        params_optional=True,
    )
    ACCOUNT_RATE_LIMIT_RESET_CREDIT_CONSUME: Final[MethodSpec[ConsumeAccountRateLimitResetCreditParams, ConsumeAccountRateLimitResetCreditResponse]] = MethodSpec(
        "account/rateLimitResetCredit/consume",
        MethodKind.CLIENT_REQUEST,
        "ConsumeAccountRateLimitResetCreditParams",
        "ConsumeAccountRateLimitResetCreditResponse",
    )
    ACCOUNT_USAGE_READ: Final[MethodSpec[GetAccountTokenUsageParams | None, GetAccountTokenUsageResponse]] = MethodSpec(
        "account/usage/read",
        MethodKind.CLIENT_REQUEST,
        "GetAccountTokenUsageParams",
        "GetAccountTokenUsageResponse",
        params_optional=True,
        thread_id_path=("threadId",),
    )
    ACCOUNT_WORKSPACE_MESSAGES_READ: Final[MethodSpec[None, GetWorkspaceMessagesResponse]] = MethodSpec(
        "account/workspaceMessages/read",
        MethodKind.CLIENT_REQUEST,
        None,
        "GetWorkspaceMessagesResponse",
    )
    ACCOUNT_SEND_ADD_CREDITS_NUDGE_EMAIL: Final[MethodSpec[SendAddCreditsNudgeEmailParams, SendAddCreditsNudgeEmailResponse]] = MethodSpec(
        "account/sendAddCreditsNudgeEmail",
        MethodKind.CLIENT_REQUEST,
        "SendAddCreditsNudgeEmailParams",
        "SendAddCreditsNudgeEmailResponse",
    )
    FEEDBACK_UPLOAD: Final[MethodSpec[FeedbackUploadParams, FeedbackUploadResponse]] = MethodSpec(
        "feedback/upload",
        MethodKind.CLIENT_REQUEST,
        "FeedbackUploadParams",
        "FeedbackUploadResponse",
        thread_id_path=("threadId",),
    )
    COMMAND_EXEC: Final[MethodSpec[CommandExecParams, CommandExecResponse]] = MethodSpec(
        "command/exec",
        MethodKind.CLIENT_REQUEST,
        "CommandExecParams",
        "CommandExecResponse",
    )
    COMMAND_EXEC_WRITE: Final[MethodSpec[CommandExecWriteParams, CommandExecWriteResponse]] = MethodSpec(
        "command/exec/write",
        MethodKind.CLIENT_REQUEST,
        "CommandExecWriteParams",
        "CommandExecWriteResponse",
    )
    COMMAND_EXEC_TERMINATE: Final[MethodSpec[CommandExecTerminateParams, CommandExecTerminateResponse]] = MethodSpec(
        "command/exec/terminate",
        MethodKind.CLIENT_REQUEST,
        "CommandExecTerminateParams",
        "CommandExecTerminateResponse",
    )
    COMMAND_EXEC_RESIZE: Final[MethodSpec[CommandExecResizeParams, CommandExecResizeResponse]] = MethodSpec(
        "command/exec/resize",
        MethodKind.CLIENT_REQUEST,
        "CommandExecResizeParams",
        "CommandExecResizeResponse",
    )
    CONFIG_READ: Final[MethodSpec[ConfigReadParams, ConfigReadResponse]] = MethodSpec(
        "config/read",
        MethodKind.CLIENT_REQUEST,
        "ConfigReadParams",
        "ConfigReadResponse",
    )
    EXTERNAL_AGENT_CONFIG_DETECT: Final[MethodSpec[ExternalAgentConfigDetectParams, ExternalAgentConfigDetectResponse]] = MethodSpec(
        "externalAgentConfig/detect",
        MethodKind.CLIENT_REQUEST,
        "ExternalAgentConfigDetectParams",
        "ExternalAgentConfigDetectResponse",
    )
    EXTERNAL_AGENT_CONFIG_IMPORT: Final[MethodSpec[ExternalAgentConfigImportParams, ExternalAgentConfigImportResponse]] = MethodSpec(
        "externalAgentConfig/import",
        MethodKind.CLIENT_REQUEST,
        "ExternalAgentConfigImportParams",
        "ExternalAgentConfigImportResponse",
    )
    EXTERNAL_AGENT_CONFIG_IMPORT_RECORD_HISTORY: Final[MethodSpec[ExternalAgentConfigImportHistoryRecordParams, ExternalAgentConfigImportHistoryRecordResponse]] = MethodSpec(
        "externalAgentConfig/import/recordHistory",
        MethodKind.CLIENT_REQUEST,
        "ExternalAgentConfigImportHistoryRecordParams",
        "ExternalAgentConfigImportHistoryRecordResponse",
    )
    EXTERNAL_AGENT_CONFIG_IMPORT_READ_HISTORIES: Final[MethodSpec[None, ExternalAgentConfigImportHistoriesReadResponse]] = MethodSpec(
        "externalAgentConfig/import/readHistories",
        MethodKind.CLIENT_REQUEST,
        None,
        "ExternalAgentConfigImportHistoriesReadResponse",
    )
    CONFIG_VALUE_WRITE: Final[MethodSpec[ConfigValueWriteParams, ConfigWriteResponse]] = MethodSpec(
        "config/value/write",
        MethodKind.CLIENT_REQUEST,
        "ConfigValueWriteParams",
        "ConfigWriteResponse",
    )
    CONFIG_BATCH_WRITE: Final[MethodSpec[ConfigBatchWriteParams, ConfigWriteResponse]] = MethodSpec(
        "config/batchWrite",
        MethodKind.CLIENT_REQUEST,
        "ConfigBatchWriteParams",
        "ConfigWriteResponse",
    )
    CONFIG_REQUIREMENTS_READ: Final[MethodSpec[None, ConfigRequirementsReadResponse]] = MethodSpec(
        "configRequirements/read",
        MethodKind.CLIENT_REQUEST,
        None,
        "ConfigRequirementsReadResponse",
    )
    ACCOUNT_READ: Final[MethodSpec[GetAccountParams, GetAccountResponse]] = MethodSpec(
        "account/read",
        MethodKind.CLIENT_REQUEST,
        "GetAccountParams",
        "GetAccountResponse",
    )
    FUZZY_FILE_SEARCH: Final[MethodSpec[FuzzyFileSearchParams, FuzzyFileSearchResponse]] = MethodSpec(
        "fuzzyFileSearch",
        MethodKind.CLIENT_REQUEST,
        "FuzzyFileSearchParams",
        "FuzzyFileSearchResponse",
    )


CLIENT_REQUESTS: Final[Mapping[str, MethodSpec[Any, Any]]] = MappingProxyType({
    "initialize": ClientRequests.INITIALIZE,
    "thread/start": ClientRequests.THREAD_START,
    "thread/resume": ClientRequests.THREAD_RESUME,
    "thread/fork": ClientRequests.THREAD_FORK,
    "thread/archive": ClientRequests.THREAD_ARCHIVE,
    "thread/delete": ClientRequests.THREAD_DELETE,
    "thread/unsubscribe": ClientRequests.THREAD_UNSUBSCRIBE,
    "thread/name/set": ClientRequests.THREAD_NAME_SET,
    "thread/goal/set": ClientRequests.THREAD_GOAL_SET,
    "thread/goal/get": ClientRequests.THREAD_GOAL_GET,
    "thread/goal/clear": ClientRequests.THREAD_GOAL_CLEAR,
    "thread/metadata/update": ClientRequests.THREAD_METADATA_UPDATE,
    "thread/attachment/add": ClientRequests.THREAD_ATTACHMENT_ADD,
    "thread/attachment/list": ClientRequests.THREAD_ATTACHMENT_LIST,
    "thread/attachmentOwner/list": ClientRequests.THREAD_ATTACHMENT_OWNER_LIST,
    "thread/attachment/remove": ClientRequests.THREAD_ATTACHMENT_REMOVE,
    "thread/section/move": ClientRequests.THREAD_SECTION_MOVE,
    "thread/unarchive": ClientRequests.THREAD_UNARCHIVE,
    "thread/compact/start": ClientRequests.THREAD_COMPACT_START,
    "thread/shellCommand": ClientRequests.THREAD_SHELL_COMMAND,
    "thread/approveGuardianDeniedAction": ClientRequests.THREAD_APPROVE_GUARDIAN_DENIED_ACTION,
    "thread/revert": ClientRequests.THREAD_REVERT,
    "thread/list": ClientRequests.THREAD_LIST,
    "threadSection/list": ClientRequests.THREAD_SECTION_LIST,
    "threadSection/create": ClientRequests.THREAD_SECTION_CREATE,
    "threadSection/update": ClientRequests.THREAD_SECTION_UPDATE,
    "threadSection/delete": ClientRequests.THREAD_SECTION_DELETE,
    "thread/loaded/list": ClientRequests.THREAD_LOADED_LIST,
    "thread/read": ClientRequests.THREAD_READ,
    "thread/turns/list": ClientRequests.THREAD_TURNS_LIST,
    "thread/items/list": ClientRequests.THREAD_ITEMS_LIST,
    "thread/inject_items": ClientRequests.THREAD_INJECT_ITEMS,
    "skills/list": ClientRequests.SKILLS_LIST,
    "skills/extraRoots/set": ClientRequests.SKILLS_EXTRA_ROOTS_SET,
    "hooks/list": ClientRequests.HOOKS_LIST,
    "marketplace/add": ClientRequests.MARKETPLACE_ADD,
    "marketplace/remove": ClientRequests.MARKETPLACE_REMOVE,
    "marketplace/upgrade": ClientRequests.MARKETPLACE_UPGRADE,
    "plugin/list": ClientRequests.PLUGIN_LIST,
    "plugin/installed": ClientRequests.PLUGIN_INSTALLED,
    "plugin/reconcile": ClientRequests.PLUGIN_RECONCILE,
    "plugin/read": ClientRequests.PLUGIN_READ,
    "plugin/skill/read": ClientRequests.PLUGIN_SKILL_READ,
    "plugin/share/save": ClientRequests.PLUGIN_SHARE_SAVE,
    "plugin/share/updateTargets": ClientRequests.PLUGIN_SHARE_UPDATE_TARGETS,
    "plugin/share/list": ClientRequests.PLUGIN_SHARE_LIST,
    "plugin/share/checkout": ClientRequests.PLUGIN_SHARE_CHECKOUT,
    "plugin/share/delete": ClientRequests.PLUGIN_SHARE_DELETE,
    "app/read": ClientRequests.APP_READ,
    "app/list": ClientRequests.APP_LIST,
    "app/installed": ClientRequests.APP_INSTALLED,
    "fs/readFile": ClientRequests.FS_READ_FILE,
    "fs/writeFile": ClientRequests.FS_WRITE_FILE,
    "fs/createDirectory": ClientRequests.FS_CREATE_DIRECTORY,
    "fs/getMetadata": ClientRequests.FS_GET_METADATA,
    "fs/readDirectory": ClientRequests.FS_READ_DIRECTORY,
    "fs/remove": ClientRequests.FS_REMOVE,
    "fs/copy": ClientRequests.FS_COPY,
    "fs/watch": ClientRequests.FS_WATCH,
    "fs/unwatch": ClientRequests.FS_UNWATCH,
    "skills/config/write": ClientRequests.SKILLS_CONFIG_WRITE,
    "plugin/install": ClientRequests.PLUGIN_INSTALL,
    "plugin/uninstall": ClientRequests.PLUGIN_UNINSTALL,
    "turn/start": ClientRequests.TURN_START,
    "turn/steer": ClientRequests.TURN_STEER,
    "turn/interrupt": ClientRequests.TURN_INTERRUPT,
    "review/start": ClientRequests.REVIEW_START,
    "model/list": ClientRequests.MODEL_LIST,
    "account/gatewayOAuth/read": ClientRequests.ACCOUNT_GATEWAY_O_AUTH_READ,
    "account/gatewayOAuth/login": ClientRequests.ACCOUNT_GATEWAY_O_AUTH_LOGIN,
    "account/gatewayOAuth/cancel": ClientRequests.ACCOUNT_GATEWAY_O_AUTH_CANCEL,
    "modelProvider/capabilities/read": ClientRequests.MODEL_PROVIDER_CAPABILITIES_READ,
    "experimentalFeature/list": ClientRequests.EXPERIMENTAL_FEATURE_LIST,
    "permissionProfile/list": ClientRequests.PERMISSION_PROFILE_LIST,
    "experimentalFeature/enablement/set": ClientRequests.EXPERIMENTAL_FEATURE_ENABLEMENT_SET,
    "mcpServer/oauth/login": ClientRequests.MCP_SERVER_OAUTH_LOGIN,
    "config/mcpServer/reload": ClientRequests.CONFIG_MCP_SERVER_RELOAD,
    "mcpServerStatus/list": ClientRequests.MCP_SERVER_STATUS_LIST,
    "mcpServer/resource/read": ClientRequests.MCP_SERVER_RESOURCE_READ,
    "mcpServer/tool/call": ClientRequests.MCP_SERVER_TOOL_CALL,
    "windowsSandbox/setupStart": ClientRequests.WINDOWS_SANDBOX_SETUP_START,
    "windowsSandbox/readiness": ClientRequests.WINDOWS_SANDBOX_READINESS,
    "account/login/start": ClientRequests.ACCOUNT_LOGIN_START,
    "account/login/cancel": ClientRequests.ACCOUNT_LOGIN_CANCEL,
    "account/logout": ClientRequests.ACCOUNT_LOGOUT,
    "account/rateLimits/read": ClientRequests.ACCOUNT_RATE_LIMITS_READ,
    "account/rateLimitResetCredit/consume": ClientRequests.ACCOUNT_RATE_LIMIT_RESET_CREDIT_CONSUME,
    "account/usage/read": ClientRequests.ACCOUNT_USAGE_READ,
    "account/workspaceMessages/read": ClientRequests.ACCOUNT_WORKSPACE_MESSAGES_READ,
    "account/sendAddCreditsNudgeEmail": ClientRequests.ACCOUNT_SEND_ADD_CREDITS_NUDGE_EMAIL,
    "feedback/upload": ClientRequests.FEEDBACK_UPLOAD,
    "command/exec": ClientRequests.COMMAND_EXEC,
    "command/exec/write": ClientRequests.COMMAND_EXEC_WRITE,
    "command/exec/terminate": ClientRequests.COMMAND_EXEC_TERMINATE,
    "command/exec/resize": ClientRequests.COMMAND_EXEC_RESIZE,
    "config/read": ClientRequests.CONFIG_READ,
    "externalAgentConfig/detect": ClientRequests.EXTERNAL_AGENT_CONFIG_DETECT,
    "externalAgentConfig/import": ClientRequests.EXTERNAL_AGENT_CONFIG_IMPORT,
    "externalAgentConfig/import/recordHistory": ClientRequests.EXTERNAL_AGENT_CONFIG_IMPORT_RECORD_HISTORY,
    "externalAgentConfig/import/readHistories": ClientRequests.EXTERNAL_AGENT_CONFIG_IMPORT_READ_HISTORIES,
    "config/value/write": ClientRequests.CONFIG_VALUE_WRITE,
    "config/batchWrite": ClientRequests.CONFIG_BATCH_WRITE,
    "configRequirements/read": ClientRequests.CONFIG_REQUIREMENTS_READ,
    "account/read": ClientRequests.ACCOUNT_READ,
    "fuzzyFileSearch": ClientRequests.FUZZY_FILE_SEARCH,
})
"""Requests the client sends (method -> params, result)."""


class ServerRequestMethod(StrEnum):
    """Every ServerRequest method name."""

    ITEM_COMMAND_EXECUTION_REQUEST_APPROVAL = "item/commandExecution/requestApproval"
    ITEM_FILE_CHANGE_REQUEST_APPROVAL = "item/fileChange/requestApproval"
    ITEM_TOOL_REQUEST_USER_INPUT = "item/tool/requestUserInput"
    MCP_SERVER_ELICITATION_REQUEST = "mcpServer/elicitation/request"
    ITEM_PERMISSIONS_REQUEST_APPROVAL = "item/permissions/requestApproval"
    ITEM_TOOL_CALL = "item/tool/call"
    ACCOUNT_CHATGPT_AUTH_TOKENS_REFRESH = "account/chatgptAuthTokens/refresh"
    ATTESTATION_GENERATE = "attestation/generate"
    APPLY_PATCH_APPROVAL = "applyPatchApproval"
    EXEC_COMMAND_APPROVAL = "execCommandApproval"


class ServerRequests:
    """Requests the server sends to the client (method -> params, result the client returns)."""

    ITEM_COMMAND_EXECUTION_REQUEST_APPROVAL: Final[MethodSpec[CommandExecutionRequestApprovalParams, CommandExecutionRequestApprovalResponse]] = MethodSpec(
        "item/commandExecution/requestApproval",
        MethodKind.SERVER_REQUEST,
        "CommandExecutionRequestApprovalParams",
        "CommandExecutionRequestApprovalResponse",
        thread_id_path=("threadId",),
        turn_id_path=("turnId",),
    )
    ITEM_FILE_CHANGE_REQUEST_APPROVAL: Final[MethodSpec[FileChangeRequestApprovalParams, FileChangeRequestApprovalResponse]] = MethodSpec(
        "item/fileChange/requestApproval",
        MethodKind.SERVER_REQUEST,
        "FileChangeRequestApprovalParams",
        "FileChangeRequestApprovalResponse",
        thread_id_path=("threadId",),
        turn_id_path=("turnId",),
    )
    ITEM_TOOL_REQUEST_USER_INPUT: Final[MethodSpec[ToolRequestUserInputParams, ToolRequestUserInputResponse]] = MethodSpec(
        "item/tool/requestUserInput",
        MethodKind.SERVER_REQUEST,
        "ToolRequestUserInputParams",
        "ToolRequestUserInputResponse",
        thread_id_path=("threadId",),
        turn_id_path=("turnId",),
    )
    MCP_SERVER_ELICITATION_REQUEST: Final[MethodSpec[McpServerElicitationRequestParams, McpServerElicitationRequestResponse]] = MethodSpec(
        "mcpServer/elicitation/request",
        MethodKind.SERVER_REQUEST,
        "McpServerElicitationRequestParams",
        "McpServerElicitationRequestResponse",
        thread_id_path=("threadId",),
        turn_id_path=("turnId",),
    )
    ITEM_PERMISSIONS_REQUEST_APPROVAL: Final[MethodSpec[PermissionsRequestApprovalParams, PermissionsRequestApprovalResponse]] = MethodSpec(
        "item/permissions/requestApproval",
        MethodKind.SERVER_REQUEST,
        "PermissionsRequestApprovalParams",
        "PermissionsRequestApprovalResponse",
        thread_id_path=("threadId",),
        turn_id_path=("turnId",),
    )
    ITEM_TOOL_CALL: Final[MethodSpec[DynamicToolCallParams, DynamicToolCallResponse]] = MethodSpec(
        "item/tool/call",
        MethodKind.SERVER_REQUEST,
        "DynamicToolCallParams",
        "DynamicToolCallResponse",
        thread_id_path=("threadId",),
        turn_id_path=("turnId",),
    )
    ACCOUNT_CHATGPT_AUTH_TOKENS_REFRESH: Final[MethodSpec[ChatgptAuthTokensRefreshParams, ChatgptAuthTokensRefreshResponse]] = MethodSpec(
        "account/chatgptAuthTokens/refresh",
        MethodKind.SERVER_REQUEST,
        "ChatgptAuthTokensRefreshParams",
        "ChatgptAuthTokensRefreshResponse",
    )
    ATTESTATION_GENERATE: Final[MethodSpec[AttestationGenerateParams, AttestationGenerateResponse]] = MethodSpec(
        "attestation/generate",
        MethodKind.SERVER_REQUEST,
        "AttestationGenerateParams",
        "AttestationGenerateResponse",
    )
    APPLY_PATCH_APPROVAL: Final[MethodSpec[ApplyPatchApprovalParams, ApplyPatchApprovalResponse]] = MethodSpec(
        "applyPatchApproval",
        MethodKind.SERVER_REQUEST,
        "ApplyPatchApprovalParams",
        "ApplyPatchApprovalResponse",
        thread_id_path=("conversationId",),
    )
    EXEC_COMMAND_APPROVAL: Final[MethodSpec[ExecCommandApprovalParams, ExecCommandApprovalResponse]] = MethodSpec(
        "execCommandApproval",
        MethodKind.SERVER_REQUEST,
        "ExecCommandApprovalParams",
        "ExecCommandApprovalResponse",
        thread_id_path=("conversationId",),
    )


SERVER_REQUESTS: Final[Mapping[str, MethodSpec[Any, Any]]] = MappingProxyType({
    "item/commandExecution/requestApproval": ServerRequests.ITEM_COMMAND_EXECUTION_REQUEST_APPROVAL,
    "item/fileChange/requestApproval": ServerRequests.ITEM_FILE_CHANGE_REQUEST_APPROVAL,
    "item/tool/requestUserInput": ServerRequests.ITEM_TOOL_REQUEST_USER_INPUT,
    "mcpServer/elicitation/request": ServerRequests.MCP_SERVER_ELICITATION_REQUEST,
    "item/permissions/requestApproval": ServerRequests.ITEM_PERMISSIONS_REQUEST_APPROVAL,
    "item/tool/call": ServerRequests.ITEM_TOOL_CALL,
    "account/chatgptAuthTokens/refresh": ServerRequests.ACCOUNT_CHATGPT_AUTH_TOKENS_REFRESH,
    "attestation/generate": ServerRequests.ATTESTATION_GENERATE,
    "applyPatchApproval": ServerRequests.APPLY_PATCH_APPROVAL,
    "execCommandApproval": ServerRequests.EXEC_COMMAND_APPROVAL,
})
"""Requests the server sends to the client (method -> params, result the client returns)."""


class ServerNotificationMethod(StrEnum):
    """Every ServerNotification method name."""

    ERROR = "error"
    THREAD_STARTED = "thread/started"
    THREAD_STATUS_CHANGED = "thread/status/changed"
    THREAD_READ_STATE_CHANGED = "thread/readState/changed"
    THREAD_ARCHIVED = "thread/archived"
    THREAD_DELETED = "thread/deleted"
    THREAD_UNARCHIVED = "thread/unarchived"
    THREAD_CLOSED = "thread/closed"
    THREAD_REVERTED = "thread/reverted"
    SKILLS_CHANGED = "skills/changed"
    THREAD_NAME_UPDATED = "thread/name/updated"
    THREAD_ATTACHMENT_UPDATED = "thread/attachment/updated"
    THREAD_GOAL_UPDATED = "thread/goal/updated"
    THREAD_PREDICTION_UPDATED = "thread/prediction/updated"
    THREAD_GOAL_CLEARED = "thread/goal/cleared"
    THREAD_QUEUE_CHANGED = "thread/queue/changed"
    PROJECT_CHANGED = "project/changed"
    THREAD_PROJECT_UPDATED = "thread/project/updated"
    THREAD_ENVIRONMENT_CONNECTED = "thread/environment/connected"
    THREAD_ENVIRONMENT_DISCONNECTED = "thread/environment/disconnected"
    THREAD_SETTINGS_UPDATED = "thread/settings/updated"
    THREAD_TOKEN_USAGE_UPDATED = "thread/tokenUsage/updated"
    TURN_STARTED = "turn/started"
    HOOK_STARTED = "hook/started"
    TURN_COMPLETED = "turn/completed"
    HOOK_COMPLETED = "hook/completed"
    TURN_DIFF_UPDATED = "turn/diff/updated"
    TURN_PLAN_UPDATED = "turn/plan/updated"
    ITEM_STARTED = "item/started"
    ITEM_AUTO_APPROVAL_REVIEW_STARTED = "item/autoApprovalReview/started"
    ITEM_AUTO_APPROVAL_REVIEW_COMPLETED = "item/autoApprovalReview/completed"
    AUTO_APPROVAL_REVIEW_STRICT_REVIEW_REQUIRED = "autoApprovalReview/strictReviewRequired"
    ITEM_COMPLETED = "item/completed"
    ITEM_AGENT_MESSAGE_DELTA = "item/agentMessage/delta"
    ITEM_PLAN_DELTA = "item/plan/delta"
    COMMAND_EXEC_OUTPUT_DELTA = "command/exec/outputDelta"
    PROCESS_OUTPUT_DELTA = "process/outputDelta"
    PROCESS_EXITED = "process/exited"
    ITEM_COMMAND_EXECUTION_OUTPUT_DELTA = "item/commandExecution/outputDelta"
    ITEM_COMMAND_EXECUTION_TERMINAL_INTERACTION = "item/commandExecution/terminalInteraction"
    ITEM_FILE_CHANGE_OUTPUT_DELTA = "item/fileChange/outputDelta"
    ITEM_FILE_CHANGE_PATCH_UPDATED = "item/fileChange/patchUpdated"
    SERVER_REQUEST_RESOLVED = "serverRequest/resolved"
    ITEM_MCP_TOOL_CALL_PROGRESS = "item/mcpToolCall/progress"
    MCP_SERVER_OAUTH_LOGIN_COMPLETED = "mcpServer/oauthLogin/completed"
    MCP_SERVER_STARTUP_STATUS_UPDATED = "mcpServer/startupStatus/updated"
    MCP_SERVER_EVENT_STREAM_NOTIFICATION = "mcpServer/event/stream/notification"
    ACCOUNT_UPDATED = "account/updated"
    ACCOUNT_GATEWAY_O_AUTH_CHANGED = "account/gatewayOAuth/changed"
    ACCOUNT_RATE_LIMITS_UPDATED = "account/rateLimits/updated"
    APP_LIST_UPDATED = "app/list/updated"
    REMOTE_CONTROL_STATUS_CHANGED = "remoteControl/status/changed"
    EXTERNAL_AGENT_CONFIG_IMPORT_PROGRESS = "externalAgentConfig/import/progress"
    EXTERNAL_AGENT_CONFIG_IMPORT_COMPLETED = "externalAgentConfig/import/completed"
    FS_CHANGED = "fs/changed"
    ITEM_REASONING_SUMMARY_TEXT_DELTA = "item/reasoning/summaryTextDelta"
    ITEM_REASONING_SUMMARY_PART_ADDED = "item/reasoning/summaryPartAdded"
    ITEM_REASONING_TEXT_DELTA = "item/reasoning/textDelta"
    THREAD_COMPACTED = "thread/compacted"
    MODEL_REROUTED = "model/rerouted"
    MODEL_VERIFICATION = "model/verification"
    MODEL_PROVIDER_AUTH_RECOVERY_STARTED = "modelProvider/authRecoveryStarted"
    MODEL_PROVIDER_AUTH_RECOVERY_COMPLETED = "modelProvider/authRecoveryCompleted"
    TURN_MODERATION_METADATA = "turn/moderationMetadata"
    MODEL_SAFETY_BUFFERING_UPDATED = "model/safetyBuffering/updated"
    WARNING = "warning"
    GUARDIAN_WARNING = "guardianWarning"
    DEPRECATION_NOTICE = "deprecationNotice"
    CONFIG_WARNING = "configWarning"
    FUZZY_FILE_SEARCH_SESSION_UPDATED = "fuzzyFileSearch/sessionUpdated"
    FUZZY_FILE_SEARCH_SESSION_COMPLETED = "fuzzyFileSearch/sessionCompleted"
    THREAD_REALTIME_STARTED = "thread/realtime/started"
    THREAD_REALTIME_ITEM_ADDED = "thread/realtime/itemAdded"
    THREAD_REALTIME_ITEM_STARTED = "thread/realtime/item/started"
    THREAD_REALTIME_ITEM_TRANSCRIPT_DELTA = "thread/realtime/item/transcript/delta"
    THREAD_REALTIME_ITEM_COMPLETED = "thread/realtime/item/completed"
    THREAD_REALTIME_TRANSCRIPT_DELTA = "thread/realtime/transcript/delta"
    THREAD_REALTIME_TRANSCRIPT_DONE = "thread/realtime/transcript/done"
    THREAD_REALTIME_OUTPUT_AUDIO_DELTA = "thread/realtime/outputAudio/delta"
    THREAD_REALTIME_SDP = "thread/realtime/sdp"
    THREAD_REALTIME_ERROR = "thread/realtime/error"
    THREAD_REALTIME_CLOSED = "thread/realtime/closed"
    WINDOWS_WORLD_WRITABLE_WARNING = "windows/worldWritableWarning"
    WINDOWS_SANDBOX_SETUP_COMPLETED = "windowsSandbox/setupCompleted"
    ACCOUNT_LOGIN_COMPLETED = "account/login/completed"


class ServerNotifications:
    """Notifications the server sends (method -> params)."""

    ERROR: Final[MethodSpec[ErrorNotification, None]] = MethodSpec(
        "error",
        MethodKind.SERVER_NOTIFICATION,
        "ErrorNotification",
        thread_id_path=("threadId",),
        turn_id_path=("turnId",),
    )
    THREAD_STARTED: Final[MethodSpec[ThreadStartedNotification, None]] = MethodSpec(
        "thread/started",
        MethodKind.SERVER_NOTIFICATION,
        "ThreadStartedNotification",
        thread_id_path=("thread", "id"),
    )
    THREAD_STATUS_CHANGED: Final[MethodSpec[ThreadStatusChangedNotification, None]] = MethodSpec(
        "thread/status/changed",
        MethodKind.SERVER_NOTIFICATION,
        "ThreadStatusChangedNotification",
        thread_id_path=("threadId",),
    )
    THREAD_READ_STATE_CHANGED: Final[MethodSpec[ThreadReadStateChangedNotification, None]] = MethodSpec(
        "thread/readState/changed",
        MethodKind.SERVER_NOTIFICATION,
        "ThreadReadStateChangedNotification",
        thread_id_path=("threadId",),
    )
    THREAD_ARCHIVED: Final[MethodSpec[ThreadArchivedNotification, None]] = MethodSpec(
        "thread/archived",
        MethodKind.SERVER_NOTIFICATION,
        "ThreadArchivedNotification",
        thread_id_path=("threadId",),
    )
    THREAD_DELETED: Final[MethodSpec[ThreadDeletedNotification, None]] = MethodSpec(
        "thread/deleted",
        MethodKind.SERVER_NOTIFICATION,
        "ThreadDeletedNotification",
        thread_id_path=("threadId",),
    )
    THREAD_UNARCHIVED: Final[MethodSpec[ThreadUnarchivedNotification, None]] = MethodSpec(
        "thread/unarchived",
        MethodKind.SERVER_NOTIFICATION,
        "ThreadUnarchivedNotification",
        thread_id_path=("threadId",),
    )
    THREAD_CLOSED: Final[MethodSpec[ThreadClosedNotification, None]] = MethodSpec(
        "thread/closed",
        MethodKind.SERVER_NOTIFICATION,
        "ThreadClosedNotification",
        thread_id_path=("threadId",),
    )
    THREAD_REVERTED: Final[MethodSpec[ThreadRevertedNotification, None]] = MethodSpec(
        "thread/reverted",
        MethodKind.SERVER_NOTIFICATION,
        "ThreadRevertedNotification",
        thread_id_path=("threadId",),
    )
    SKILLS_CHANGED: Final[MethodSpec[SkillsChangedNotification, None]] = MethodSpec(
        "skills/changed",
        MethodKind.SERVER_NOTIFICATION,
        "SkillsChangedNotification",
    )
    THREAD_NAME_UPDATED: Final[MethodSpec[ThreadNameUpdatedNotification, None]] = MethodSpec(
        "thread/name/updated",
        MethodKind.SERVER_NOTIFICATION,
        "ThreadNameUpdatedNotification",
        thread_id_path=("threadId",),
    )
    THREAD_ATTACHMENT_UPDATED: Final[MethodSpec[ThreadAttachmentUpdatedNotification, None]] = MethodSpec(
        "thread/attachment/updated",
        MethodKind.SERVER_NOTIFICATION,
        "ThreadAttachmentUpdatedNotification",
        thread_id_path=("threadId",),
    )
    THREAD_GOAL_UPDATED: Final[MethodSpec[ThreadGoalUpdatedNotification, None]] = MethodSpec(
        "thread/goal/updated",
        MethodKind.SERVER_NOTIFICATION,
        "ThreadGoalUpdatedNotification",
        thread_id_path=("threadId",),
        turn_id_path=("turnId",),
    )
    THREAD_PREDICTION_UPDATED: Final[MethodSpec[ThreadPredictionUpdatedNotification, None]] = MethodSpec(
        "thread/prediction/updated",
        MethodKind.SERVER_NOTIFICATION,
        "ThreadPredictionUpdatedNotification",
        thread_id_path=("threadId",),
    )
    THREAD_GOAL_CLEARED: Final[MethodSpec[ThreadGoalClearedNotification, None]] = MethodSpec(
        "thread/goal/cleared",
        MethodKind.SERVER_NOTIFICATION,
        "ThreadGoalClearedNotification",
        thread_id_path=("threadId",),
    )
    THREAD_QUEUE_CHANGED: Final[MethodSpec[ThreadQueueChangedNotification, None]] = MethodSpec(
        "thread/queue/changed",
        MethodKind.SERVER_NOTIFICATION,
        "ThreadQueueChangedNotification",
        thread_id_path=("threadId",),
    )
    PROJECT_CHANGED: Final[MethodSpec[ProjectChangedNotification, None]] = MethodSpec(
        "project/changed",
        MethodKind.SERVER_NOTIFICATION,
        "ProjectChangedNotification",
    )
    THREAD_PROJECT_UPDATED: Final[MethodSpec[ThreadProjectUpdatedNotification, None]] = MethodSpec(
        "thread/project/updated",
        MethodKind.SERVER_NOTIFICATION,
        "ThreadProjectUpdatedNotification",
        thread_id_path=("threadId",),
    )
    THREAD_ENVIRONMENT_CONNECTED: Final[MethodSpec[EnvironmentConnectionNotification, None]] = MethodSpec(
        "thread/environment/connected",
        MethodKind.SERVER_NOTIFICATION,
        "EnvironmentConnectionNotification",
        thread_id_path=("threadId",),
    )
    THREAD_ENVIRONMENT_DISCONNECTED: Final[MethodSpec[EnvironmentConnectionNotification, None]] = MethodSpec(
        "thread/environment/disconnected",
        MethodKind.SERVER_NOTIFICATION,
        "EnvironmentConnectionNotification",
        thread_id_path=("threadId",),
    )
    THREAD_SETTINGS_UPDATED: Final[MethodSpec[ThreadSettingsUpdatedNotification, None]] = MethodSpec(
        "thread/settings/updated",
        MethodKind.SERVER_NOTIFICATION,
        "ThreadSettingsUpdatedNotification",
        thread_id_path=("threadId",),
    )
    THREAD_TOKEN_USAGE_UPDATED: Final[MethodSpec[ThreadTokenUsageUpdatedNotification, None]] = MethodSpec(
        "thread/tokenUsage/updated",
        MethodKind.SERVER_NOTIFICATION,
        "ThreadTokenUsageUpdatedNotification",
        thread_id_path=("threadId",),
        turn_id_path=("turnId",),
    )
    TURN_STARTED: Final[MethodSpec[TurnStartedNotification, None]] = MethodSpec(
        "turn/started",
        MethodKind.SERVER_NOTIFICATION,
        "TurnStartedNotification",
        thread_id_path=("threadId",),
        turn_id_path=("turn", "id"),
    )
    HOOK_STARTED: Final[MethodSpec[HookStartedNotification, None]] = MethodSpec(
        "hook/started",
        MethodKind.SERVER_NOTIFICATION,
        "HookStartedNotification",
        thread_id_path=("threadId",),
        turn_id_path=("turnId",),
    )
    TURN_COMPLETED: Final[MethodSpec[TurnCompletedNotification, None]] = MethodSpec(
        "turn/completed",
        MethodKind.SERVER_NOTIFICATION,
        "TurnCompletedNotification",
        thread_id_path=("threadId",),
        turn_id_path=("turn", "id"),
    )
    HOOK_COMPLETED: Final[MethodSpec[HookCompletedNotification, None]] = MethodSpec(
        "hook/completed",
        MethodKind.SERVER_NOTIFICATION,
        "HookCompletedNotification",
        thread_id_path=("threadId",),
        turn_id_path=("turnId",),
    )
    TURN_DIFF_UPDATED: Final[MethodSpec[TurnDiffUpdatedNotification, None]] = MethodSpec(
        "turn/diff/updated",
        MethodKind.SERVER_NOTIFICATION,
        "TurnDiffUpdatedNotification",
        thread_id_path=("threadId",),
        turn_id_path=("turnId",),
    )
    TURN_PLAN_UPDATED: Final[MethodSpec[TurnPlanUpdatedNotification, None]] = MethodSpec(
        "turn/plan/updated",
        MethodKind.SERVER_NOTIFICATION,
        "TurnPlanUpdatedNotification",
        thread_id_path=("threadId",),
        turn_id_path=("turnId",),
    )
    ITEM_STARTED: Final[MethodSpec[ItemStartedNotification, None]] = MethodSpec(
        "item/started",
        MethodKind.SERVER_NOTIFICATION,
        "ItemStartedNotification",
        thread_id_path=("threadId",),
        turn_id_path=("turnId",),
    )
    ITEM_AUTO_APPROVAL_REVIEW_STARTED: Final[MethodSpec[ItemGuardianApprovalReviewStartedNotification, None]] = MethodSpec(
        "item/autoApprovalReview/started",
        MethodKind.SERVER_NOTIFICATION,
        "ItemGuardianApprovalReviewStartedNotification",
        thread_id_path=("threadId",),
        turn_id_path=("turnId",),
    )
    ITEM_AUTO_APPROVAL_REVIEW_COMPLETED: Final[MethodSpec[ItemGuardianApprovalReviewCompletedNotification, None]] = MethodSpec(
        "item/autoApprovalReview/completed",
        MethodKind.SERVER_NOTIFICATION,
        "ItemGuardianApprovalReviewCompletedNotification",
        thread_id_path=("threadId",),
        turn_id_path=("turnId",),
    )
    AUTO_APPROVAL_REVIEW_STRICT_REVIEW_REQUIRED: Final[MethodSpec[StrictReviewRequiredNotification, None]] = MethodSpec(
        "autoApprovalReview/strictReviewRequired",
        MethodKind.SERVER_NOTIFICATION,
        "StrictReviewRequiredNotification",
        thread_id_path=("threadId",),
        turn_id_path=("turnId",),
    )
    ITEM_COMPLETED: Final[MethodSpec[ItemCompletedNotification, None]] = MethodSpec(
        "item/completed",
        MethodKind.SERVER_NOTIFICATION,
        "ItemCompletedNotification",
        thread_id_path=("threadId",),
        turn_id_path=("turnId",),
    )
    ITEM_AGENT_MESSAGE_DELTA: Final[MethodSpec[AgentMessageDeltaNotification, None]] = MethodSpec(
        "item/agentMessage/delta",
        MethodKind.SERVER_NOTIFICATION,
        "AgentMessageDeltaNotification",
        thread_id_path=("threadId",),
        turn_id_path=("turnId",),
    )
    ITEM_PLAN_DELTA: Final[MethodSpec[PlanDeltaNotification, None]] = MethodSpec(
        "item/plan/delta",
        MethodKind.SERVER_NOTIFICATION,
        "PlanDeltaNotification",
        thread_id_path=("threadId",),
        turn_id_path=("turnId",),
    )
    COMMAND_EXEC_OUTPUT_DELTA: Final[MethodSpec[CommandExecOutputDeltaNotification, None]] = MethodSpec(
        "command/exec/outputDelta",
        MethodKind.SERVER_NOTIFICATION,
        "CommandExecOutputDeltaNotification",
    )
    PROCESS_OUTPUT_DELTA: Final[MethodSpec[ProcessOutputDeltaNotification, None]] = MethodSpec(
        "process/outputDelta",
        MethodKind.SERVER_NOTIFICATION,
        "ProcessOutputDeltaNotification",
    )
    PROCESS_EXITED: Final[MethodSpec[ProcessExitedNotification, None]] = MethodSpec(
        "process/exited",
        MethodKind.SERVER_NOTIFICATION,
        "ProcessExitedNotification",
    )
    ITEM_COMMAND_EXECUTION_OUTPUT_DELTA: Final[MethodSpec[CommandExecutionOutputDeltaNotification, None]] = MethodSpec(
        "item/commandExecution/outputDelta",
        MethodKind.SERVER_NOTIFICATION,
        "CommandExecutionOutputDeltaNotification",
        thread_id_path=("threadId",),
        turn_id_path=("turnId",),
    )
    ITEM_COMMAND_EXECUTION_TERMINAL_INTERACTION: Final[MethodSpec[TerminalInteractionNotification, None]] = MethodSpec(
        "item/commandExecution/terminalInteraction",
        MethodKind.SERVER_NOTIFICATION,
        "TerminalInteractionNotification",
        thread_id_path=("threadId",),
        turn_id_path=("turnId",),
    )
    ITEM_FILE_CHANGE_OUTPUT_DELTA: Final[MethodSpec[FileChangeOutputDeltaNotification, None]] = MethodSpec(
        "item/fileChange/outputDelta",
        MethodKind.SERVER_NOTIFICATION,
        "FileChangeOutputDeltaNotification",
        thread_id_path=("threadId",),
        turn_id_path=("turnId",),
    )
    ITEM_FILE_CHANGE_PATCH_UPDATED: Final[MethodSpec[FileChangePatchUpdatedNotification, None]] = MethodSpec(
        "item/fileChange/patchUpdated",
        MethodKind.SERVER_NOTIFICATION,
        "FileChangePatchUpdatedNotification",
        thread_id_path=("threadId",),
        turn_id_path=("turnId",),
    )
    SERVER_REQUEST_RESOLVED: Final[MethodSpec[ServerRequestResolvedNotification, None]] = MethodSpec(
        "serverRequest/resolved",
        MethodKind.SERVER_NOTIFICATION,
        "ServerRequestResolvedNotification",
        thread_id_path=("threadId",),
    )
    ITEM_MCP_TOOL_CALL_PROGRESS: Final[MethodSpec[McpToolCallProgressNotification, None]] = MethodSpec(
        "item/mcpToolCall/progress",
        MethodKind.SERVER_NOTIFICATION,
        "McpToolCallProgressNotification",
        thread_id_path=("threadId",),
        turn_id_path=("turnId",),
    )
    MCP_SERVER_OAUTH_LOGIN_COMPLETED: Final[MethodSpec[McpServerOauthLoginCompletedNotification, None]] = MethodSpec(
        "mcpServer/oauthLogin/completed",
        MethodKind.SERVER_NOTIFICATION,
        "McpServerOauthLoginCompletedNotification",
        thread_id_path=("threadId",),
    )
    MCP_SERVER_STARTUP_STATUS_UPDATED: Final[MethodSpec[McpServerStatusUpdatedNotification, None]] = MethodSpec(
        "mcpServer/startupStatus/updated",
        MethodKind.SERVER_NOTIFICATION,
        "McpServerStatusUpdatedNotification",
        thread_id_path=("threadId",),
    )
    MCP_SERVER_EVENT_STREAM_NOTIFICATION: Final[MethodSpec[McpServerEventStreamNotification, None]] = MethodSpec(
        "mcpServer/event/stream/notification",
        MethodKind.SERVER_NOTIFICATION,
        "McpServerEventStreamNotification",
    )
    ACCOUNT_UPDATED: Final[MethodSpec[AccountUpdatedNotification, None]] = MethodSpec(
        "account/updated",
        MethodKind.SERVER_NOTIFICATION,
        "AccountUpdatedNotification",
    )
    ACCOUNT_GATEWAY_O_AUTH_CHANGED: Final[MethodSpec[GatewayOAuthChangedNotification, None]] = MethodSpec(
        "account/gatewayOAuth/changed",
        MethodKind.SERVER_NOTIFICATION,
        "GatewayOAuthChangedNotification",
    )
    ACCOUNT_RATE_LIMITS_UPDATED: Final[MethodSpec[AccountRateLimitsUpdatedNotification, None]] = MethodSpec(
        "account/rateLimits/updated",
        MethodKind.SERVER_NOTIFICATION,
        "AccountRateLimitsUpdatedNotification",
    )
    APP_LIST_UPDATED: Final[MethodSpec[AppListUpdatedNotification, None]] = MethodSpec(
        "app/list/updated",
        MethodKind.SERVER_NOTIFICATION,
        "AppListUpdatedNotification",
    )
    REMOTE_CONTROL_STATUS_CHANGED: Final[MethodSpec[RemoteControlStatusChangedNotification, None]] = MethodSpec(
        "remoteControl/status/changed",
        MethodKind.SERVER_NOTIFICATION,
        "RemoteControlStatusChangedNotification",
    )
    EXTERNAL_AGENT_CONFIG_IMPORT_PROGRESS: Final[MethodSpec[ExternalAgentConfigImportProgressNotification, None]] = MethodSpec(
        "externalAgentConfig/import/progress",
        MethodKind.SERVER_NOTIFICATION,
        "ExternalAgentConfigImportProgressNotification",
    )
    EXTERNAL_AGENT_CONFIG_IMPORT_COMPLETED: Final[MethodSpec[ExternalAgentConfigImportCompletedNotification, None]] = MethodSpec(
        "externalAgentConfig/import/completed",
        MethodKind.SERVER_NOTIFICATION,
        "ExternalAgentConfigImportCompletedNotification",
    )
    FS_CHANGED: Final[MethodSpec[FsChangedNotification, None]] = MethodSpec(
        "fs/changed",
        MethodKind.SERVER_NOTIFICATION,
        "FsChangedNotification",
    )
    ITEM_REASONING_SUMMARY_TEXT_DELTA: Final[MethodSpec[ReasoningSummaryTextDeltaNotification, None]] = MethodSpec(
        "item/reasoning/summaryTextDelta",
        MethodKind.SERVER_NOTIFICATION,
        "ReasoningSummaryTextDeltaNotification",
        thread_id_path=("threadId",),
        turn_id_path=("turnId",),
    )
    ITEM_REASONING_SUMMARY_PART_ADDED: Final[MethodSpec[ReasoningSummaryPartAddedNotification, None]] = MethodSpec(
        "item/reasoning/summaryPartAdded",
        MethodKind.SERVER_NOTIFICATION,
        "ReasoningSummaryPartAddedNotification",
        thread_id_path=("threadId",),
        turn_id_path=("turnId",),
    )
    ITEM_REASONING_TEXT_DELTA: Final[MethodSpec[ReasoningTextDeltaNotification, None]] = MethodSpec(
        "item/reasoning/textDelta",
        MethodKind.SERVER_NOTIFICATION,
        "ReasoningTextDeltaNotification",
        thread_id_path=("threadId",),
        turn_id_path=("turnId",),
    )
    THREAD_COMPACTED: Final[MethodSpec[ContextCompactedNotification, None]] = MethodSpec(
        "thread/compacted",
        MethodKind.SERVER_NOTIFICATION,
        "ContextCompactedNotification",
        thread_id_path=("threadId",),
        turn_id_path=("turnId",),
    )
    MODEL_REROUTED: Final[MethodSpec[ModelReroutedNotification, None]] = MethodSpec(
        "model/rerouted",
        MethodKind.SERVER_NOTIFICATION,
        "ModelReroutedNotification",
        thread_id_path=("threadId",),
        turn_id_path=("turnId",),
    )
    MODEL_VERIFICATION: Final[MethodSpec[ModelVerificationNotification, None]] = MethodSpec(
        "model/verification",
        MethodKind.SERVER_NOTIFICATION,
        "ModelVerificationNotification",
        thread_id_path=("threadId",),
        turn_id_path=("turnId",),
    )
    MODEL_PROVIDER_AUTH_RECOVERY_STARTED: Final[MethodSpec[AuthRecoveryNotification, None]] = MethodSpec(
        "modelProvider/authRecoveryStarted",
        MethodKind.SERVER_NOTIFICATION,
        "AuthRecoveryNotification",
        thread_id_path=("threadId",),
        turn_id_path=("turnId",),
    )
    MODEL_PROVIDER_AUTH_RECOVERY_COMPLETED: Final[MethodSpec[AuthRecoveryNotification, None]] = MethodSpec(
        "modelProvider/authRecoveryCompleted",
        MethodKind.SERVER_NOTIFICATION,
        "AuthRecoveryNotification",
        thread_id_path=("threadId",),
        turn_id_path=("turnId",),
    )
    TURN_MODERATION_METADATA: Final[MethodSpec[TurnModerationMetadataNotification, None]] = MethodSpec(
        "turn/moderationMetadata",
        MethodKind.SERVER_NOTIFICATION,
        "TurnModerationMetadataNotification",
        thread_id_path=("threadId",),
        turn_id_path=("turnId",),
    )
    MODEL_SAFETY_BUFFERING_UPDATED: Final[MethodSpec[ModelSafetyBufferingUpdatedNotification, None]] = MethodSpec(
        "model/safetyBuffering/updated",
        MethodKind.SERVER_NOTIFICATION,
        "ModelSafetyBufferingUpdatedNotification",
        thread_id_path=("threadId",),
        turn_id_path=("turnId",),
    )
    WARNING: Final[MethodSpec[WarningNotification, None]] = MethodSpec(
        "warning",
        MethodKind.SERVER_NOTIFICATION,
        "WarningNotification",
        thread_id_path=("threadId",),
    )
    GUARDIAN_WARNING: Final[MethodSpec[GuardianWarningNotification, None]] = MethodSpec(
        "guardianWarning",
        MethodKind.SERVER_NOTIFICATION,
        "GuardianWarningNotification",
        thread_id_path=("threadId",),
    )
    DEPRECATION_NOTICE: Final[MethodSpec[DeprecationNoticeNotification, None]] = MethodSpec(
        "deprecationNotice",
        MethodKind.SERVER_NOTIFICATION,
        "DeprecationNoticeNotification",
    )
    CONFIG_WARNING: Final[MethodSpec[ConfigWarningNotification, None]] = MethodSpec(
        "configWarning",
        MethodKind.SERVER_NOTIFICATION,
        "ConfigWarningNotification",
    )
    FUZZY_FILE_SEARCH_SESSION_UPDATED: Final[MethodSpec[FuzzyFileSearchSessionUpdatedNotification, None]] = MethodSpec(
        "fuzzyFileSearch/sessionUpdated",
        MethodKind.SERVER_NOTIFICATION,
        "FuzzyFileSearchSessionUpdatedNotification",
    )
    FUZZY_FILE_SEARCH_SESSION_COMPLETED: Final[MethodSpec[FuzzyFileSearchSessionCompletedNotification, None]] = MethodSpec(
        "fuzzyFileSearch/sessionCompleted",
        MethodKind.SERVER_NOTIFICATION,
        "FuzzyFileSearchSessionCompletedNotification",
    )
    THREAD_REALTIME_STARTED: Final[MethodSpec[ThreadRealtimeStartedNotification, None]] = MethodSpec(
        "thread/realtime/started",
        MethodKind.SERVER_NOTIFICATION,
        "ThreadRealtimeStartedNotification",
        thread_id_path=("threadId",),
    )
    THREAD_REALTIME_ITEM_ADDED: Final[MethodSpec[ThreadRealtimeItemAddedNotification, None]] = MethodSpec(
        "thread/realtime/itemAdded",
        MethodKind.SERVER_NOTIFICATION,
        "ThreadRealtimeItemAddedNotification",
        thread_id_path=("threadId",),
    )
    THREAD_REALTIME_ITEM_STARTED: Final[MethodSpec[ThreadRealtimeItemStartedNotification, None]] = MethodSpec(
        "thread/realtime/item/started",
        MethodKind.SERVER_NOTIFICATION,
        "ThreadRealtimeItemStartedNotification",
        thread_id_path=("threadId",),
    )
    THREAD_REALTIME_ITEM_TRANSCRIPT_DELTA: Final[MethodSpec[ThreadRealtimeItemTranscriptDeltaNotification, None]] = MethodSpec(
        "thread/realtime/item/transcript/delta",
        MethodKind.SERVER_NOTIFICATION,
        "ThreadRealtimeItemTranscriptDeltaNotification",
        thread_id_path=("threadId",),
    )
    THREAD_REALTIME_ITEM_COMPLETED: Final[MethodSpec[ThreadRealtimeItemCompletedNotification, None]] = MethodSpec(
        "thread/realtime/item/completed",
        MethodKind.SERVER_NOTIFICATION,
        "ThreadRealtimeItemCompletedNotification",
        thread_id_path=("threadId",),
    )
    THREAD_REALTIME_TRANSCRIPT_DELTA: Final[MethodSpec[ThreadRealtimeTranscriptDeltaNotification, None]] = MethodSpec(
        "thread/realtime/transcript/delta",
        MethodKind.SERVER_NOTIFICATION,
        "ThreadRealtimeTranscriptDeltaNotification",
        thread_id_path=("threadId",),
    )
    THREAD_REALTIME_TRANSCRIPT_DONE: Final[MethodSpec[ThreadRealtimeTranscriptDoneNotification, None]] = MethodSpec(
        "thread/realtime/transcript/done",
        MethodKind.SERVER_NOTIFICATION,
        "ThreadRealtimeTranscriptDoneNotification",
        thread_id_path=("threadId",),
    )
    THREAD_REALTIME_OUTPUT_AUDIO_DELTA: Final[MethodSpec[ThreadRealtimeOutputAudioDeltaNotification, None]] = MethodSpec(
        "thread/realtime/outputAudio/delta",
        MethodKind.SERVER_NOTIFICATION,
        "ThreadRealtimeOutputAudioDeltaNotification",
        thread_id_path=("threadId",),
    )
    THREAD_REALTIME_SDP: Final[MethodSpec[ThreadRealtimeSdpNotification, None]] = MethodSpec(
        "thread/realtime/sdp",
        MethodKind.SERVER_NOTIFICATION,
        "ThreadRealtimeSdpNotification",
        thread_id_path=("threadId",),
    )
    THREAD_REALTIME_ERROR: Final[MethodSpec[ThreadRealtimeErrorNotification, None]] = MethodSpec(
        "thread/realtime/error",
        MethodKind.SERVER_NOTIFICATION,
        "ThreadRealtimeErrorNotification",
        thread_id_path=("threadId",),
    )
    THREAD_REALTIME_CLOSED: Final[MethodSpec[ThreadRealtimeClosedNotification, None]] = MethodSpec(
        "thread/realtime/closed",
        MethodKind.SERVER_NOTIFICATION,
        "ThreadRealtimeClosedNotification",
        thread_id_path=("threadId",),
    )
    WINDOWS_WORLD_WRITABLE_WARNING: Final[MethodSpec[WindowsWorldWritableWarningNotification, None]] = MethodSpec(
        "windows/worldWritableWarning",
        MethodKind.SERVER_NOTIFICATION,
        "WindowsWorldWritableWarningNotification",
    )
    WINDOWS_SANDBOX_SETUP_COMPLETED: Final[MethodSpec[WindowsSandboxSetupCompletedNotification, None]] = MethodSpec(
        "windowsSandbox/setupCompleted",
        MethodKind.SERVER_NOTIFICATION,
        "WindowsSandboxSetupCompletedNotification",
    )
    ACCOUNT_LOGIN_COMPLETED: Final[MethodSpec[AccountLoginCompletedNotification, None]] = MethodSpec(
        "account/login/completed",
        MethodKind.SERVER_NOTIFICATION,
        "AccountLoginCompletedNotification",
    )


SERVER_NOTIFICATIONS: Final[Mapping[str, MethodSpec[Any, Any]]] = MappingProxyType({
    "error": ServerNotifications.ERROR,
    "thread/started": ServerNotifications.THREAD_STARTED,
    "thread/status/changed": ServerNotifications.THREAD_STATUS_CHANGED,
    "thread/readState/changed": ServerNotifications.THREAD_READ_STATE_CHANGED,
    "thread/archived": ServerNotifications.THREAD_ARCHIVED,
    "thread/deleted": ServerNotifications.THREAD_DELETED,
    "thread/unarchived": ServerNotifications.THREAD_UNARCHIVED,
    "thread/closed": ServerNotifications.THREAD_CLOSED,
    "thread/reverted": ServerNotifications.THREAD_REVERTED,
    "skills/changed": ServerNotifications.SKILLS_CHANGED,
    "thread/name/updated": ServerNotifications.THREAD_NAME_UPDATED,
    "thread/attachment/updated": ServerNotifications.THREAD_ATTACHMENT_UPDATED,
    "thread/goal/updated": ServerNotifications.THREAD_GOAL_UPDATED,
    "thread/prediction/updated": ServerNotifications.THREAD_PREDICTION_UPDATED,
    "thread/goal/cleared": ServerNotifications.THREAD_GOAL_CLEARED,
    "thread/queue/changed": ServerNotifications.THREAD_QUEUE_CHANGED,
    "project/changed": ServerNotifications.PROJECT_CHANGED,
    "thread/project/updated": ServerNotifications.THREAD_PROJECT_UPDATED,
    "thread/environment/connected": ServerNotifications.THREAD_ENVIRONMENT_CONNECTED,
    "thread/environment/disconnected": ServerNotifications.THREAD_ENVIRONMENT_DISCONNECTED,
    "thread/settings/updated": ServerNotifications.THREAD_SETTINGS_UPDATED,
    "thread/tokenUsage/updated": ServerNotifications.THREAD_TOKEN_USAGE_UPDATED,
    "turn/started": ServerNotifications.TURN_STARTED,
    "hook/started": ServerNotifications.HOOK_STARTED,
    "turn/completed": ServerNotifications.TURN_COMPLETED,
    "hook/completed": ServerNotifications.HOOK_COMPLETED,
    "turn/diff/updated": ServerNotifications.TURN_DIFF_UPDATED,
    "turn/plan/updated": ServerNotifications.TURN_PLAN_UPDATED,
    "item/started": ServerNotifications.ITEM_STARTED,
    "item/autoApprovalReview/started": ServerNotifications.ITEM_AUTO_APPROVAL_REVIEW_STARTED,
    "item/autoApprovalReview/completed": ServerNotifications.ITEM_AUTO_APPROVAL_REVIEW_COMPLETED,
    "autoApprovalReview/strictReviewRequired": ServerNotifications.AUTO_APPROVAL_REVIEW_STRICT_REVIEW_REQUIRED,
    "item/completed": ServerNotifications.ITEM_COMPLETED,
    "item/agentMessage/delta": ServerNotifications.ITEM_AGENT_MESSAGE_DELTA,
    "item/plan/delta": ServerNotifications.ITEM_PLAN_DELTA,
    "command/exec/outputDelta": ServerNotifications.COMMAND_EXEC_OUTPUT_DELTA,
    "process/outputDelta": ServerNotifications.PROCESS_OUTPUT_DELTA,
    "process/exited": ServerNotifications.PROCESS_EXITED,
    "item/commandExecution/outputDelta": ServerNotifications.ITEM_COMMAND_EXECUTION_OUTPUT_DELTA,
    "item/commandExecution/terminalInteraction": ServerNotifications.ITEM_COMMAND_EXECUTION_TERMINAL_INTERACTION,
    "item/fileChange/outputDelta": ServerNotifications.ITEM_FILE_CHANGE_OUTPUT_DELTA,
    "item/fileChange/patchUpdated": ServerNotifications.ITEM_FILE_CHANGE_PATCH_UPDATED,
    "serverRequest/resolved": ServerNotifications.SERVER_REQUEST_RESOLVED,
    "item/mcpToolCall/progress": ServerNotifications.ITEM_MCP_TOOL_CALL_PROGRESS,
    "mcpServer/oauthLogin/completed": ServerNotifications.MCP_SERVER_OAUTH_LOGIN_COMPLETED,
    "mcpServer/startupStatus/updated": ServerNotifications.MCP_SERVER_STARTUP_STATUS_UPDATED,
    "mcpServer/event/stream/notification": ServerNotifications.MCP_SERVER_EVENT_STREAM_NOTIFICATION,
    "account/updated": ServerNotifications.ACCOUNT_UPDATED,
    "account/gatewayOAuth/changed": ServerNotifications.ACCOUNT_GATEWAY_O_AUTH_CHANGED,
    "account/rateLimits/updated": ServerNotifications.ACCOUNT_RATE_LIMITS_UPDATED,
    "app/list/updated": ServerNotifications.APP_LIST_UPDATED,
    "remoteControl/status/changed": ServerNotifications.REMOTE_CONTROL_STATUS_CHANGED,
    "externalAgentConfig/import/progress": ServerNotifications.EXTERNAL_AGENT_CONFIG_IMPORT_PROGRESS,
    "externalAgentConfig/import/completed": ServerNotifications.EXTERNAL_AGENT_CONFIG_IMPORT_COMPLETED,
    "fs/changed": ServerNotifications.FS_CHANGED,
    "item/reasoning/summaryTextDelta": ServerNotifications.ITEM_REASONING_SUMMARY_TEXT_DELTA,
    "item/reasoning/summaryPartAdded": ServerNotifications.ITEM_REASONING_SUMMARY_PART_ADDED,
    "item/reasoning/textDelta": ServerNotifications.ITEM_REASONING_TEXT_DELTA,
    "thread/compacted": ServerNotifications.THREAD_COMPACTED,
    "model/rerouted": ServerNotifications.MODEL_REROUTED,
    "model/verification": ServerNotifications.MODEL_VERIFICATION,
    "modelProvider/authRecoveryStarted": ServerNotifications.MODEL_PROVIDER_AUTH_RECOVERY_STARTED,
    "modelProvider/authRecoveryCompleted": ServerNotifications.MODEL_PROVIDER_AUTH_RECOVERY_COMPLETED,
    "turn/moderationMetadata": ServerNotifications.TURN_MODERATION_METADATA,
    "model/safetyBuffering/updated": ServerNotifications.MODEL_SAFETY_BUFFERING_UPDATED,
    "warning": ServerNotifications.WARNING,
    "guardianWarning": ServerNotifications.GUARDIAN_WARNING,
    "deprecationNotice": ServerNotifications.DEPRECATION_NOTICE,
    "configWarning": ServerNotifications.CONFIG_WARNING,
    "fuzzyFileSearch/sessionUpdated": ServerNotifications.FUZZY_FILE_SEARCH_SESSION_UPDATED,
    "fuzzyFileSearch/sessionCompleted": ServerNotifications.FUZZY_FILE_SEARCH_SESSION_COMPLETED,
    "thread/realtime/started": ServerNotifications.THREAD_REALTIME_STARTED,
    "thread/realtime/itemAdded": ServerNotifications.THREAD_REALTIME_ITEM_ADDED,
    "thread/realtime/item/started": ServerNotifications.THREAD_REALTIME_ITEM_STARTED,
    "thread/realtime/item/transcript/delta": ServerNotifications.THREAD_REALTIME_ITEM_TRANSCRIPT_DELTA,
    "thread/realtime/item/completed": ServerNotifications.THREAD_REALTIME_ITEM_COMPLETED,
    "thread/realtime/transcript/delta": ServerNotifications.THREAD_REALTIME_TRANSCRIPT_DELTA,
    "thread/realtime/transcript/done": ServerNotifications.THREAD_REALTIME_TRANSCRIPT_DONE,
    "thread/realtime/outputAudio/delta": ServerNotifications.THREAD_REALTIME_OUTPUT_AUDIO_DELTA,
    "thread/realtime/sdp": ServerNotifications.THREAD_REALTIME_SDP,
    "thread/realtime/error": ServerNotifications.THREAD_REALTIME_ERROR,
    "thread/realtime/closed": ServerNotifications.THREAD_REALTIME_CLOSED,
    "windows/worldWritableWarning": ServerNotifications.WINDOWS_WORLD_WRITABLE_WARNING,
    "windowsSandbox/setupCompleted": ServerNotifications.WINDOWS_SANDBOX_SETUP_COMPLETED,
    "account/login/completed": ServerNotifications.ACCOUNT_LOGIN_COMPLETED,
})
"""Notifications the server sends (method -> params)."""


class ClientNotificationMethod(StrEnum):
    """Every ClientNotification method name."""

    INITIALIZED = "initialized"


class ClientNotifications:
    """Notifications the client sends (method -> params)."""

    INITIALIZED: Final[MethodSpec[None, None]] = MethodSpec(
        "initialized",
        MethodKind.CLIENT_NOTIFICATION,
        None,
    )


CLIENT_NOTIFICATIONS: Final[Mapping[str, MethodSpec[Any, Any]]] = MappingProxyType({
    "initialized": ClientNotifications.INITIALIZED,
})
"""Notifications the client sends (method -> params)."""


__all__ = [
    "CLIENT_NOTIFICATIONS",
    "CLIENT_REQUESTS",
    "ClientNotificationMethod",
    "ClientNotifications",
    "ClientRequestMethod",
    "ClientRequests",
    "SERVER_NOTIFICATIONS",
    "SERVER_REQUESTS",
    "ServerNotificationMethod",
    "ServerNotifications",
    "ServerRequestMethod",
    "ServerRequests",
]
