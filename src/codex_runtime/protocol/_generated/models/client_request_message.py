# GENERATED FILE - DO NOT EDIT. Wire type ``ClientRequestMessage`` of the codex app-server protocol.
# Regenerate with: python scripts/gen_protocol.py   (CI runs: python scripts/gen_protocol.py --check)
# Generator: scripts/gen_protocol.py (hand-written), generator version 2
# Schema: printed by `codex app-server generate-json-schema` (codex-cli 0.163.0), vendored in schema/:
#   codex_app_server_protocol.schemas.json  sha256=408e09849d5d4931992a4227a7f3eb80b15d24901f84aca0562e816634651a82
#   ClientRequest.json  sha256=6b10888f163f569922d42c41e94a98b4261258abc7581c14eca867c3b125dc6f
#   ServerRequest.json  sha256=f339be472737a0003efa25fba2e6e6c9237e621cd065b6d6995c51256e9dc1fb
#   ServerNotification.json  sha256=8e719512bc26bb3871fcf7b378b79abf912d82787609c0ad418b71f179d0883f
#   ClientNotification.json  sha256=706cf248d75027c84a3c63348d0ed507182e8eba40069dd17541793de029145a
"""One wire type; import it from ``codex_runtime.protocol``."""

from typing import Annotated, TypeAlias, Union

from pydantic import Discriminator, Tag

from codex_runtime.protocol._base import UNRECOGNIZED_TAG, tag_discriminator

from .account_gateway_o_auth_cancel_request_message import AccountGatewayOAuthCancelRequestMessage
from .account_gateway_o_auth_login_request_message import AccountGatewayOAuthLoginRequestMessage
from .account_gateway_o_auth_read_request_message import AccountGatewayOAuthReadRequestMessage
from .account_login_cancel_request_message import AccountLoginCancelRequestMessage
from .account_login_start_request_message import AccountLoginStartRequestMessage
from .account_logout_request_message import AccountLogoutRequestMessage
from .account_rate_limit_reset_credit_consume_request_message import AccountRateLimitResetCreditConsumeRequestMessage
from .account_rate_limits_read_request_message import AccountRateLimitsReadRequestMessage
from .account_read_request_message import AccountReadRequestMessage
from .account_send_add_credits_nudge_email_request_message import AccountSendAddCreditsNudgeEmailRequestMessage
from .account_usage_read_request_message import AccountUsageReadRequestMessage
from .account_workspace_messages_read_request_message import AccountWorkspaceMessagesReadRequestMessage
from .app_installed_request_message import AppInstalledRequestMessage
from .app_list_request_message import AppListRequestMessage
from .app_read_request_message import AppReadRequestMessage
from .command_exec_request_message import CommandExecRequestMessage
from .command_exec_resize_request_message import CommandExecResizeRequestMessage
from .command_exec_terminate_request_message import CommandExecTerminateRequestMessage
from .command_exec_write_request_message import CommandExecWriteRequestMessage
from .config_batch_write_request_message import ConfigBatchWriteRequestMessage
from .config_mcp_server_reload_request_message import ConfigMcpServerReloadRequestMessage
from .config_read_request_message import ConfigReadRequestMessage
from .config_requirements_read_request_message import ConfigRequirementsReadRequestMessage
from .config_value_write_request_message import ConfigValueWriteRequestMessage
from .experimental_feature_enablement_set_request_message import ExperimentalFeatureEnablementSetRequestMessage
from .experimental_feature_list_request_message import ExperimentalFeatureListRequestMessage
from .external_agent_config_detect_request_message import ExternalAgentConfigDetectRequestMessage
from .external_agent_config_import_read_histories_request_message import ExternalAgentConfigImportReadHistoriesRequestMessage
from .external_agent_config_import_record_history_request_message import ExternalAgentConfigImportRecordHistoryRequestMessage
from .external_agent_config_import_request_message import ExternalAgentConfigImportRequestMessage
from .feedback_upload_request_message import FeedbackUploadRequestMessage
from .fs_copy_request_message import FsCopyRequestMessage
from .fs_create_directory_request_message import FsCreateDirectoryRequestMessage
from .fs_get_metadata_request_message import FsGetMetadataRequestMessage
from .fs_read_directory_request_message import FsReadDirectoryRequestMessage
from .fs_read_file_request_message import FsReadFileRequestMessage
from .fs_remove_request_message import FsRemoveRequestMessage
from .fs_unwatch_request_message import FsUnwatchRequestMessage
from .fs_watch_request_message import FsWatchRequestMessage
from .fs_write_file_request_message import FsWriteFileRequestMessage
from .fuzzy_file_search_request_message import FuzzyFileSearchRequestMessage
from .hooks_list_request_message import HooksListRequestMessage
from .initialize_request_message import InitializeRequestMessage
from .marketplace_add_request_message import MarketplaceAddRequestMessage
from .marketplace_remove_request_message import MarketplaceRemoveRequestMessage
from .marketplace_upgrade_request_message import MarketplaceUpgradeRequestMessage
from .mcp_server_oauth_login_request_message import McpServerOauthLoginRequestMessage
from .mcp_server_resource_read_request_message import McpServerResourceReadRequestMessage
from .mcp_server_status_list_request_message import McpServerStatusListRequestMessage
from .mcp_server_tool_call_request_message import McpServerToolCallRequestMessage
from .model_list_request_message import ModelListRequestMessage
from .model_provider_capabilities_read_request_message import ModelProviderCapabilitiesReadRequestMessage
from .permission_profile_list_request_message import PermissionProfileListRequestMessage
from .plugin_install_request_message import PluginInstallRequestMessage
from .plugin_installed_request_message import PluginInstalledRequestMessage
from .plugin_list_request_message import PluginListRequestMessage
from .plugin_read_request_message import PluginReadRequestMessage
from .plugin_reconcile_request_message import PluginReconcileRequestMessage
from .plugin_share_checkout_request_message import PluginShareCheckoutRequestMessage
from .plugin_share_delete_request_message import PluginShareDeleteRequestMessage
from .plugin_share_list_request_message import PluginShareListRequestMessage
from .plugin_share_save_request_message import PluginShareSaveRequestMessage
from .plugin_share_update_targets_request_message import PluginShareUpdateTargetsRequestMessage
from .plugin_skill_read_request_message import PluginSkillReadRequestMessage
from .plugin_uninstall_request_message import PluginUninstallRequestMessage
from .review_start_request_message import ReviewStartRequestMessage
from .skills_config_write_request_message import SkillsConfigWriteRequestMessage
from .skills_extra_roots_set_request_message import SkillsExtraRootsSetRequestMessage
from .skills_list_request_message import SkillsListRequestMessage
from .thread_approve_guardian_denied_action_request_message import ThreadApproveGuardianDeniedActionRequestMessage
from .thread_archive_request_message import ThreadArchiveRequestMessage
from .thread_attachment_add_request_message import ThreadAttachmentAddRequestMessage
from .thread_attachment_list_request_message import ThreadAttachmentListRequestMessage
from .thread_attachment_owner_list_request_message import ThreadAttachmentOwnerListRequestMessage
from .thread_attachment_remove_request_message import ThreadAttachmentRemoveRequestMessage
from .thread_compact_start_request_message import ThreadCompactStartRequestMessage
from .thread_delete_request_message import ThreadDeleteRequestMessage
from .thread_fork_request_message import ThreadForkRequestMessage
from .thread_goal_clear_request_message import ThreadGoalClearRequestMessage
from .thread_goal_get_request_message import ThreadGoalGetRequestMessage
from .thread_goal_set_request_message import ThreadGoalSetRequestMessage
from .thread_inject_items_request_message import ThreadInjectItemsRequestMessage
from .thread_items_list_request_message import ThreadItemsListRequestMessage
from .thread_list_request_message import ThreadListRequestMessage
from .thread_loaded_list_request_message import ThreadLoadedListRequestMessage
from .thread_metadata_update_request_message import ThreadMetadataUpdateRequestMessage
from .thread_name_set_request_message import ThreadNameSetRequestMessage
from .thread_read_request_message import ThreadReadRequestMessage
from .thread_resume_request_message import ThreadResumeRequestMessage
from .thread_revert_request_message import ThreadRevertRequestMessage
from .thread_section_create_request_message import ThreadSectionCreateRequestMessage
from .thread_section_delete_request_message import ThreadSectionDeleteRequestMessage
from .thread_section_list_request_message import ThreadSectionListRequestMessage
from .thread_section_move_request_message import ThreadSectionMoveRequestMessage
from .thread_section_update_request_message import ThreadSectionUpdateRequestMessage
from .thread_shell_command_request_message import ThreadShellCommandRequestMessage
from .thread_start_request_message import ThreadStartRequestMessage
from .thread_turns_list_request_message import ThreadTurnsListRequestMessage
from .thread_unarchive_request_message import ThreadUnarchiveRequestMessage
from .thread_unsubscribe_request_message import ThreadUnsubscribeRequestMessage
from .turn_interrupt_request_message import TurnInterruptRequestMessage
from .turn_start_request_message import TurnStartRequestMessage
from .turn_steer_request_message import TurnSteerRequestMessage
from .unrecognized_client_request_message import UnrecognizedClientRequestMessage
from .windows_sandbox_readiness_request_message import WindowsSandboxReadinessRequestMessage
from .windows_sandbox_setup_start_request_message import WindowsSandboxSetupStartRequestMessage


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
