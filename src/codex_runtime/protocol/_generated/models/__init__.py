# GENERATED FILE - DO NOT EDIT. Index of the wire types of the codex app-server protocol.
# Regenerate with: python scripts/gen_protocol.py   (CI runs: python scripts/gen_protocol.py --check)
# Generator: scripts/gen_protocol.py (hand-written), generator version 2
# Schema: printed by `codex app-server generate-json-schema` (codex-cli 0.163.0), vendored in schema/:
#   codex_app_server_protocol.schemas.json  sha256=408e09849d5d4931992a4227a7f3eb80b15d24901f84aca0562e816634651a82
#   ClientRequest.json  sha256=6b10888f163f569922d42c41e94a98b4261258abc7581c14eca867c3b125dc6f
#   ServerRequest.json  sha256=f339be472737a0003efa25fba2e6e6c9237e621cd065b6d6995c51256e9dc1fb
#   ServerNotification.json  sha256=8e719512bc26bb3871fcf7b378b79abf912d82787609c0ad418b71f179d0883f
#   ClientNotification.json  sha256=706cf248d75027c84a3c63348d0ed507182e8eba40069dd17541793de029145a
"""Every type of the app-server JSON Schema as pydantic models, open StrEnums and type aliases.

One module per type; ``models.Name`` imports the type's module (and the modules of the types it uses) on
first access, so a process builds only the classes it decodes or touches.
"""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .absolute_path_buf import AbsolutePathBuf as AbsolutePathBuf
    from .accept_with_execpolicy_amendment_command_execution_approval_decision import AcceptWithExecpolicyAmendmentCommandExecutionApprovalDecision as AcceptWithExecpolicyAmendmentCommandExecutionApprovalDecision
    from .accept_with_execpolicy_amendment_command_execution_approval_decision_payload import AcceptWithExecpolicyAmendmentCommandExecutionApprovalDecisionPayload as AcceptWithExecpolicyAmendmentCommandExecutionApprovalDecisionPayload
    from .account import Account as Account
    from .account_chatgpt_auth_tokens_refresh_request_message import AccountChatgptAuthTokensRefreshRequestMessage as AccountChatgptAuthTokensRefreshRequestMessage
    from .account_gateway_o_auth_cancel_request_message import AccountGatewayOAuthCancelRequestMessage as AccountGatewayOAuthCancelRequestMessage
    from .account_gateway_o_auth_changed_notification_message import AccountGatewayOAuthChangedNotificationMessage as AccountGatewayOAuthChangedNotificationMessage
    from .account_gateway_o_auth_login_request_message import AccountGatewayOAuthLoginRequestMessage as AccountGatewayOAuthLoginRequestMessage
    from .account_gateway_o_auth_read_request_message import AccountGatewayOAuthReadRequestMessage as AccountGatewayOAuthReadRequestMessage
    from .account_login_cancel_request_message import AccountLoginCancelRequestMessage as AccountLoginCancelRequestMessage
    from .account_login_completed_notification import AccountLoginCompletedNotification as AccountLoginCompletedNotification
    from .account_login_completed_notification_message import AccountLoginCompletedNotificationMessage as AccountLoginCompletedNotificationMessage
    from .account_login_start_request_message import AccountLoginStartRequestMessage as AccountLoginStartRequestMessage
    from .account_logout_request_message import AccountLogoutRequestMessage as AccountLogoutRequestMessage
    from .account_rate_limit_reset_credit_consume_request_message import AccountRateLimitResetCreditConsumeRequestMessage as AccountRateLimitResetCreditConsumeRequestMessage
    from .account_rate_limits_read_request_message import AccountRateLimitsReadRequestMessage as AccountRateLimitsReadRequestMessage
    from .account_rate_limits_updated_notification import AccountRateLimitsUpdatedNotification as AccountRateLimitsUpdatedNotification
    from .account_rate_limits_updated_notification_message import AccountRateLimitsUpdatedNotificationMessage as AccountRateLimitsUpdatedNotificationMessage
    from .account_read_request_message import AccountReadRequestMessage as AccountReadRequestMessage
    from .account_routing_override import AccountRoutingOverride as AccountRoutingOverride
    from .account_send_add_credits_nudge_email_request_message import AccountSendAddCreditsNudgeEmailRequestMessage as AccountSendAddCreditsNudgeEmailRequestMessage
    from .account_token_usage_daily_bucket import AccountTokenUsageDailyBucket as AccountTokenUsageDailyBucket
    from .account_token_usage_summary import AccountTokenUsageSummary as AccountTokenUsageSummary
    from .account_updated_notification import AccountUpdatedNotification as AccountUpdatedNotification
    from .account_updated_notification_message import AccountUpdatedNotificationMessage as AccountUpdatedNotificationMessage
    from .account_usage_read_request_message import AccountUsageReadRequestMessage as AccountUsageReadRequestMessage
    from .account_workspace_messages_read_request_message import AccountWorkspaceMessagesReadRequestMessage as AccountWorkspaceMessagesReadRequestMessage
    from .active_permission_profile import ActivePermissionProfile as ActivePermissionProfile
    from .active_thread_status import ActiveThreadStatus as ActiveThreadStatus
    from .active_turn_not_steerable_codex_error_info import ActiveTurnNotSteerableCodexErrorInfo as ActiveTurnNotSteerableCodexErrorInfo
    from .active_turn_not_steerable_codex_error_info_payload import ActiveTurnNotSteerableCodexErrorInfoPayload as ActiveTurnNotSteerableCodexErrorInfoPayload
    from .add_credits_nudge_credit_type import AddCreditsNudgeCreditType as AddCreditsNudgeCreditType
    from .add_credits_nudge_email_status import AddCreditsNudgeEmailStatus as AddCreditsNudgeEmailStatus
    from .add_file_change import AddFileChange as AddFileChange
    from .add_patch_change_kind import AddPatchChangeKind as AddPatchChangeKind
    from .additional_context_entry import AdditionalContextEntry as AdditionalContextEntry
    from .additional_context_kind import AdditionalContextKind as AdditionalContextKind
    from .additional_file_system_permissions import AdditionalFileSystemPermissions as AdditionalFileSystemPermissions
    from .additional_network_permissions import AdditionalNetworkPermissions as AdditionalNetworkPermissions
    from .additional_permission_profile import AdditionalPermissionProfile as AdditionalPermissionProfile
    from .additional_tools_response_item import AdditionalToolsResponseItem as AdditionalToolsResponseItem
    from .agent_configured_hook_handler import AgentConfiguredHookHandler as AgentConfiguredHookHandler
    from .agent_hook_metadata import AgentHookMetadata as AgentHookMetadata
    from .agent_message_delivery import AgentMessageDelivery as AgentMessageDelivery
    from .agent_message_delta_notification import AgentMessageDeltaNotification as AgentMessageDeltaNotification
    from .agent_message_input_content import AgentMessageInputContent as AgentMessageInputContent
    from .agent_message_response_item import AgentMessageResponseItem as AgentMessageResponseItem
    from .agent_message_thread_item import AgentMessageThreadItem as AgentMessageThreadItem
    from .agent_path import AgentPath as AgentPath
    from .allow_deny_requirement import AllowDenyRequirement as AllowDenyRequirement
    from .amazon_bedrock_access_keys_login_account_params import AmazonBedrockAccessKeysLoginAccountParams as AmazonBedrockAccessKeysLoginAccountParams
    from .amazon_bedrock_account import AmazonBedrockAccount as AmazonBedrockAccount
    from .amazon_bedrock_login_account_params import AmazonBedrockLoginAccountParams as AmazonBedrockLoginAccountParams
    from .amazon_bedrock_login_account_response import AmazonBedrockLoginAccountResponse as AmazonBedrockLoginAccountResponse
    from .analytics_config import AnalyticsConfig as AnalyticsConfig
    from .api_key_account import ApiKeyAccount as ApiKeyAccount
    from .api_key_login_account_params import ApiKeyLoginAccountParams as ApiKeyLoginAccountParams
    from .api_key_login_account_response import ApiKeyLoginAccountResponse as ApiKeyLoginAccountResponse
    from .app_branding import AppBranding as AppBranding
    from .app_config import AppConfig as AppConfig
    from .app_info import AppInfo as AppInfo
    from .app_installed_request_message import AppInstalledRequestMessage as AppInstalledRequestMessage
    from .app_link_config import AppLinkConfig as AppLinkConfig
    from .app_links_config import AppLinksConfig as AppLinksConfig
    from .app_list_request_message import AppListRequestMessage as AppListRequestMessage
    from .app_list_updated_notification import AppListUpdatedNotification as AppListUpdatedNotification
    from .app_list_updated_notification_message import AppListUpdatedNotificationMessage as AppListUpdatedNotificationMessage
    from .app_metadata import AppMetadata as AppMetadata
    from .app_read_request_message import AppReadRequestMessage as AppReadRequestMessage
    from .app_review import AppReview as AppReview
    from .app_screenshot import AppScreenshot as AppScreenshot
    from .app_summary import AppSummary as AppSummary
    from .app_template_summary import AppTemplateSummary as AppTemplateSummary
    from .app_template_unavailable_reason import AppTemplateUnavailableReason as AppTemplateUnavailableReason
    from .app_tool_approval import AppToolApproval as AppToolApproval
    from .app_tool_config import AppToolConfig as AppToolConfig
    from .app_tool_summary import AppToolSummary as AppToolSummary
    from .app_tools_config import AppToolsConfig as AppToolsConfig
    from .application_network_requirements import ApplicationNetworkRequirements as ApplicationNetworkRequirements
    from .application_requirements import ApplicationRequirements as ApplicationRequirements
    from .apply_network_policy_amendment_command_execution_approval_decision import ApplyNetworkPolicyAmendmentCommandExecutionApprovalDecision as ApplyNetworkPolicyAmendmentCommandExecutionApprovalDecision
    from .apply_network_policy_amendment_command_execution_approval_decision_payload import ApplyNetworkPolicyAmendmentCommandExecutionApprovalDecisionPayload as ApplyNetworkPolicyAmendmentCommandExecutionApprovalDecisionPayload
    from .apply_patch_approval_params import ApplyPatchApprovalParams as ApplyPatchApprovalParams
    from .apply_patch_approval_request_message import ApplyPatchApprovalRequestMessage as ApplyPatchApprovalRequestMessage
    from .apply_patch_approval_response import ApplyPatchApprovalResponse as ApplyPatchApprovalResponse
    from .apply_patch_guardian_approval_review_action import ApplyPatchGuardianApprovalReviewAction as ApplyPatchGuardianApprovalReviewAction
    from .approvals_reviewer import ApprovalsReviewer as ApprovalsReviewer
    from .approved_execpolicy_amendment_review_decision import ApprovedExecpolicyAmendmentReviewDecision as ApprovedExecpolicyAmendmentReviewDecision
    from .approved_execpolicy_amendment_review_decision_payload import ApprovedExecpolicyAmendmentReviewDecisionPayload as ApprovedExecpolicyAmendmentReviewDecisionPayload
    from .apps_config import AppsConfig as AppsConfig
    from .apps_default_config import AppsDefaultConfig as AppsDefaultConfig
    from .apps_installed_params import AppsInstalledParams as AppsInstalledParams
    from .apps_installed_response import AppsInstalledResponse as AppsInstalledResponse
    from .apps_list_params import AppsListParams as AppsListParams
    from .apps_list_response import AppsListResponse as AppsListResponse
    from .apps_read_params import AppsReadParams as AppsReadParams
    from .apps_read_response import AppsReadResponse as AppsReadResponse
    from .ask_for_approval import AskForApproval as AskForApproval
    from .ask_for_approval_kind import AskForApprovalKind as AskForApprovalKind
    from .async_user_input_question import AsyncUserInputQuestion as AsyncUserInputQuestion
    from .attestation_generate_params import AttestationGenerateParams as AttestationGenerateParams
    from .attestation_generate_request_message import AttestationGenerateRequestMessage as AttestationGenerateRequestMessage
    from .attestation_generate_response import AttestationGenerateResponse as AttestationGenerateResponse
    from .audio_user_input import AudioUserInput as AudioUserInput
    from .auth_mode import AuthMode as AuthMode
    from .auth_recovery_notification import AuthRecoveryNotification as AuthRecoveryNotification
    from .auto_approval_review_strict_review_required_notification_message import AutoApprovalReviewStrictReviewRequiredNotificationMessage as AutoApprovalReviewStrictReviewRequiredNotificationMessage
    from .auto_compact_token_limit_scope import AutoCompactTokenLimitScope as AutoCompactTokenLimitScope
    from .auto_review_decision_source import AutoReviewDecisionSource as AutoReviewDecisionSource
    from .auto_review_requirements import AutoReviewRequirements as AutoReviewRequirements
    from .base_branch_review_target import BaseBranchReviewTarget as BaseBranchReviewTarget
    from .bem_item_promoted_thread_realtime_item import BemItemPromotedThreadRealtimeItem as BemItemPromotedThreadRealtimeItem
    from .blob_resource_content import BlobResourceContent as BlobResourceContent
    from .browser_use_access_approval_lifetime import BrowserUseAccessApprovalLifetime as BrowserUseAccessApprovalLifetime
    from .browser_use_config import BrowserUseConfig as BrowserUseConfig
    from .browser_use_extension_requirements import BrowserUseExtensionRequirements as BrowserUseExtensionRequirements
    from .browser_use_origin_policy import BrowserUseOriginPolicy as BrowserUseOriginPolicy
    from .browser_use_origin_policy_config import BrowserUseOriginPolicyConfig as BrowserUseOriginPolicyConfig
    from .browser_use_requirements import BrowserUseRequirements as BrowserUseRequirements
    from .byte_range import ByteRange as ByteRange
    from .cancel_login_account_params import CancelLoginAccountParams as CancelLoginAccountParams
    from .cancel_login_account_response import CancelLoginAccountResponse as CancelLoginAccountResponse
    from .cancel_login_account_status import CancelLoginAccountStatus as CancelLoginAccountStatus
    from .capability_root_location import CapabilityRootLocation as CapabilityRootLocation
    from .chatgpt_account import ChatgptAccount as ChatgptAccount
    from .chatgpt_auth_tokens_login_account_params import ChatgptAuthTokensLoginAccountParams as ChatgptAuthTokensLoginAccountParams
    from .chatgpt_auth_tokens_login_account_response import ChatgptAuthTokensLoginAccountResponse as ChatgptAuthTokensLoginAccountResponse
    from .chatgpt_auth_tokens_refresh_params import ChatgptAuthTokensRefreshParams as ChatgptAuthTokensRefreshParams
    from .chatgpt_auth_tokens_refresh_reason import ChatgptAuthTokensRefreshReason as ChatgptAuthTokensRefreshReason
    from .chatgpt_auth_tokens_refresh_response import ChatgptAuthTokensRefreshResponse as ChatgptAuthTokensRefreshResponse
    from .chatgpt_device_code_login_account_params import ChatgptDeviceCodeLoginAccountParams as ChatgptDeviceCodeLoginAccountParams
    from .chatgpt_device_code_login_account_response import ChatgptDeviceCodeLoginAccountResponse as ChatgptDeviceCodeLoginAccountResponse
    from .chatgpt_login_account_params import ChatgptLoginAccountParams as ChatgptLoginAccountParams
    from .chatgpt_login_account_response import ChatgptLoginAccountResponse as ChatgptLoginAccountResponse
    from .cli_auth_credentials_store_mode import CliAuthCredentialsStoreMode as CliAuthCredentialsStoreMode
    from .client_info import ClientInfo as ClientInfo
    from .client_notification_message import ClientNotificationMessage as ClientNotificationMessage
    from .client_request_message import ClientRequestMessage as ClientRequestMessage
    from .codex_error_info import CodexErrorInfo as CodexErrorInfo
    from .codex_error_info_kind import CodexErrorInfoKind as CodexErrorInfoKind
    from .codex_response_handoff_mode import CodexResponseHandoffMode as CodexResponseHandoffMode
    from .collab_agent_state import CollabAgentState as CollabAgentState
    from .collab_agent_status import CollabAgentStatus as CollabAgentStatus
    from .collab_agent_tool import CollabAgentTool as CollabAgentTool
    from .collab_agent_tool_call_status import CollabAgentToolCallStatus as CollabAgentToolCallStatus
    from .collab_agent_tool_call_thread_item import CollabAgentToolCallThreadItem as CollabAgentToolCallThreadItem
    from .collaboration_mode import CollaborationMode as CollaborationMode
    from .collaboration_mode_mask import CollaborationModeMask as CollaborationModeMask
    from .command_action import CommandAction as CommandAction
    from .command_configured_hook_handler import CommandConfiguredHookHandler as CommandConfiguredHookHandler
    from .command_exec_output_delta_notification import CommandExecOutputDeltaNotification as CommandExecOutputDeltaNotification
    from .command_exec_output_delta_notification_message import CommandExecOutputDeltaNotificationMessage as CommandExecOutputDeltaNotificationMessage
    from .command_exec_output_stream import CommandExecOutputStream as CommandExecOutputStream
    from .command_exec_params import CommandExecParams as CommandExecParams
    from .command_exec_request_message import CommandExecRequestMessage as CommandExecRequestMessage
    from .command_exec_resize_params import CommandExecResizeParams as CommandExecResizeParams
    from .command_exec_resize_request_message import CommandExecResizeRequestMessage as CommandExecResizeRequestMessage
    from .command_exec_resize_response import CommandExecResizeResponse as CommandExecResizeResponse
    from .command_exec_response import CommandExecResponse as CommandExecResponse
    from .command_exec_terminal_size import CommandExecTerminalSize as CommandExecTerminalSize
    from .command_exec_terminate_params import CommandExecTerminateParams as CommandExecTerminateParams
    from .command_exec_terminate_request_message import CommandExecTerminateRequestMessage as CommandExecTerminateRequestMessage
    from .command_exec_terminate_response import CommandExecTerminateResponse as CommandExecTerminateResponse
    from .command_exec_write_params import CommandExecWriteParams as CommandExecWriteParams
    from .command_exec_write_request_message import CommandExecWriteRequestMessage as CommandExecWriteRequestMessage
    from .command_exec_write_response import CommandExecWriteResponse as CommandExecWriteResponse
    from .command_execution_approval_decision import CommandExecutionApprovalDecision as CommandExecutionApprovalDecision
    from .command_execution_approval_decision_kind import CommandExecutionApprovalDecisionKind as CommandExecutionApprovalDecisionKind
    from .command_execution_approval_kind import CommandExecutionApprovalKind as CommandExecutionApprovalKind
    from .command_execution_output_delta_notification import CommandExecutionOutputDeltaNotification as CommandExecutionOutputDeltaNotification
    from .command_execution_request_approval_params import CommandExecutionRequestApprovalParams as CommandExecutionRequestApprovalParams
    from .command_execution_request_approval_response import CommandExecutionRequestApprovalResponse as CommandExecutionRequestApprovalResponse
    from .command_execution_source import CommandExecutionSource as CommandExecutionSource
    from .command_execution_status import CommandExecutionStatus as CommandExecutionStatus
    from .command_execution_thread_item import CommandExecutionThreadItem as CommandExecutionThreadItem
    from .command_guardian_approval_review_action import CommandGuardianApprovalReviewAction as CommandGuardianApprovalReviewAction
    from .command_hook_metadata import CommandHookMetadata as CommandHookMetadata
    from .command_migration import CommandMigration as CommandMigration
    from .commit_review_target import CommitReviewTarget as CommitReviewTarget
    from .compaction_response_item import CompactionResponseItem as CompactionResponseItem
    from .compaction_trigger_response_item import CompactionTriggerResponseItem as CompactionTriggerResponseItem
    from .completed_thread_prediction_result import CompletedThreadPredictionResult as CompletedThreadPredictionResult
    from .computer_use_config import ComputerUseConfig as ComputerUseConfig
    from .computer_use_macos_config import ComputerUseMacosConfig as ComputerUseMacosConfig
    from .computer_use_macos_requirements import ComputerUseMacosRequirements as ComputerUseMacosRequirements
    from .computer_use_requirements import ComputerUseRequirements as ComputerUseRequirements
    from .computer_use_windows_config import ComputerUseWindowsConfig as ComputerUseWindowsConfig
    from .computer_use_windows_exe_config import ComputerUseWindowsExeConfig as ComputerUseWindowsExeConfig
    from .computer_use_windows_exe_requirement import ComputerUseWindowsExeRequirement as ComputerUseWindowsExeRequirement
    from .computer_use_windows_requirements import ComputerUseWindowsRequirements as ComputerUseWindowsRequirements
    from .config import Config as Config
    from .config_batch_write_params import ConfigBatchWriteParams as ConfigBatchWriteParams
    from .config_batch_write_request_message import ConfigBatchWriteRequestMessage as ConfigBatchWriteRequestMessage
    from .config_edit import ConfigEdit as ConfigEdit
    from .config_layer import ConfigLayer as ConfigLayer
    from .config_layer_metadata import ConfigLayerMetadata as ConfigLayerMetadata
    from .config_layer_source import ConfigLayerSource as ConfigLayerSource
    from .config_mcp_server_reload_request_message import ConfigMcpServerReloadRequestMessage as ConfigMcpServerReloadRequestMessage
    from .config_read_params import ConfigReadParams as ConfigReadParams
    from .config_read_request_message import ConfigReadRequestMessage as ConfigReadRequestMessage
    from .config_read_response import ConfigReadResponse as ConfigReadResponse
    from .config_requirements import ConfigRequirements as ConfigRequirements
    from .config_requirements_read_request_message import ConfigRequirementsReadRequestMessage as ConfigRequirementsReadRequestMessage
    from .config_requirements_read_response import ConfigRequirementsReadResponse as ConfigRequirementsReadResponse
    from .config_value_write_params import ConfigValueWriteParams as ConfigValueWriteParams
    from .config_value_write_request_message import ConfigValueWriteRequestMessage as ConfigValueWriteRequestMessage
    from .config_warning_notification import ConfigWarningNotification as ConfigWarningNotification
    from .config_warning_notification_message import ConfigWarningNotificationMessage as ConfigWarningNotificationMessage
    from .config_write_response import ConfigWriteResponse as ConfigWriteResponse
    from .configuration_reasoning import ConfigurationReasoning as ConfigurationReasoning
    from .configuration_update_response_item import ConfigurationUpdateResponseItem as ConfigurationUpdateResponseItem
    from .configured_hook_handler import ConfiguredHookHandler as ConfiguredHookHandler
    from .configured_hook_matcher_group import ConfiguredHookMatcherGroup as ConfiguredHookMatcherGroup
    from .connector_metadata import ConnectorMetadata as ConnectorMetadata
    from .consume_account_rate_limit_reset_credit_outcome import ConsumeAccountRateLimitResetCreditOutcome as ConsumeAccountRateLimitResetCreditOutcome
    from .consume_account_rate_limit_reset_credit_params import ConsumeAccountRateLimitResetCreditParams as ConsumeAccountRateLimitResetCreditParams
    from .consume_account_rate_limit_reset_credit_response import ConsumeAccountRateLimitResetCreditResponse as ConsumeAccountRateLimitResetCreditResponse
    from .content_item import ContentItem as ContentItem
    from .context_compacted_notification import ContextCompactedNotification as ContextCompactedNotification
    from .context_compaction_response_item import ContextCompactionResponseItem as ContextCompactionResponseItem
    from .context_compaction_thread_item import ContextCompactionThreadItem as ContextCompactionThreadItem
    from .conversation_text_role import ConversationTextRole as ConversationTextRole
    from .credits_snapshot import CreditsSnapshot as CreditsSnapshot
    from .custom_multi_agent_mode import CustomMultiAgentMode as CustomMultiAgentMode
    from .custom_review_target import CustomReviewTarget as CustomReviewTarget
    from .custom_session_source import CustomSessionSource as CustomSessionSource
    from .custom_tool_call_output_response_item import CustomToolCallOutputResponseItem as CustomToolCallOutputResponseItem
    from .custom_tool_call_response_item import CustomToolCallResponseItem as CustomToolCallResponseItem
    from .cyber_access_program import CyberAccessProgram as CyberAccessProgram
    from .daily_scheduled_task_schedule import DailyScheduledTaskSchedule as DailyScheduledTaskSchedule
    from .danger_full_access_sandbox_policy import DangerFullAccessSandboxPolicy as DangerFullAccessSandboxPolicy
    from .delete_file_change import DeleteFileChange as DeleteFileChange
    from .delete_patch_change_kind import DeletePatchChangeKind as DeletePatchChangeKind
    from .denied_review_decision import DeniedReviewDecision as DeniedReviewDecision
    from .denied_review_decision_payload import DeniedReviewDecisionPayload as DeniedReviewDecisionPayload
    from .deprecation_notice_notification import DeprecationNoticeNotification as DeprecationNoticeNotification
    from .deprecation_notice_notification_message import DeprecationNoticeNotificationMessage as DeprecationNoticeNotificationMessage
    from .desktop_onboarding_entrypoint import DesktopOnboardingEntrypoint as DesktopOnboardingEntrypoint
    from .dynamic_tool_call_output_content_item import DynamicToolCallOutputContentItem as DynamicToolCallOutputContentItem
    from .dynamic_tool_call_params import DynamicToolCallParams as DynamicToolCallParams
    from .dynamic_tool_call_response import DynamicToolCallResponse as DynamicToolCallResponse
    from .dynamic_tool_call_status import DynamicToolCallStatus as DynamicToolCallStatus
    from .dynamic_tool_call_thread_item import DynamicToolCallThreadItem as DynamicToolCallThreadItem
    from .dynamic_tool_namespace_tool import DynamicToolNamespaceTool as DynamicToolNamespaceTool
    from .dynamic_tool_spec import DynamicToolSpec as DynamicToolSpec
    from .encrypted_content_agent_message_input_content import EncryptedContentAgentMessageInputContent as EncryptedContentAgentMessageInputContent
    from .encrypted_content_function_call_output_content_item import EncryptedContentFunctionCallOutputContentItem as EncryptedContentFunctionCallOutputContentItem
    from .entered_review_mode_thread_item import EnteredReviewModeThreadItem as EnteredReviewModeThreadItem
    from .enterprise_managed_config_layer_source import EnterpriseManagedConfigLayerSource as EnterpriseManagedConfigLayerSource
    from .environment_capability_root_location import EnvironmentCapabilityRootLocation as EnvironmentCapabilityRootLocation
    from .environment_connection_notification import EnvironmentConnectionNotification as EnvironmentConnectionNotification
    from .environment_skills_params import EnvironmentSkillsParams as EnvironmentSkillsParams
    from .error_notification import ErrorNotification as ErrorNotification
    from .error_notification_message import ErrorNotificationMessage as ErrorNotificationMessage
    from .exec_command_approval_params import ExecCommandApprovalParams as ExecCommandApprovalParams
    from .exec_command_approval_request_message import ExecCommandApprovalRequestMessage as ExecCommandApprovalRequestMessage
    from .exec_command_approval_response import ExecCommandApprovalResponse as ExecCommandApprovalResponse
    from .exec_local_shell_action import ExecLocalShellAction as ExecLocalShellAction
    from .execve_guardian_approval_review_action import ExecveGuardianApprovalReviewAction as ExecveGuardianApprovalReviewAction
    from .existing_call_thread_realtime_start_transport import ExistingCallThreadRealtimeStartTransport as ExistingCallThreadRealtimeStartTransport
    from .exited_review_mode_thread_item import ExitedReviewModeThreadItem as ExitedReviewModeThreadItem
    from .experimental_feature import ExperimentalFeature as ExperimentalFeature
    from .experimental_feature_enablement_set_params import ExperimentalFeatureEnablementSetParams as ExperimentalFeatureEnablementSetParams
    from .experimental_feature_enablement_set_request_message import ExperimentalFeatureEnablementSetRequestMessage as ExperimentalFeatureEnablementSetRequestMessage
    from .experimental_feature_enablement_set_response import ExperimentalFeatureEnablementSetResponse as ExperimentalFeatureEnablementSetResponse
    from .experimental_feature_list_params import ExperimentalFeatureListParams as ExperimentalFeatureListParams
    from .experimental_feature_list_request_message import ExperimentalFeatureListRequestMessage as ExperimentalFeatureListRequestMessage
    from .experimental_feature_list_response import ExperimentalFeatureListResponse as ExperimentalFeatureListResponse
    from .experimental_feature_stage import ExperimentalFeatureStage as ExperimentalFeatureStage
    from .external_agent_config_detect_params import ExternalAgentConfigDetectParams as ExternalAgentConfigDetectParams
    from .external_agent_config_detect_request_message import ExternalAgentConfigDetectRequestMessage as ExternalAgentConfigDetectRequestMessage
    from .external_agent_config_detect_response import ExternalAgentConfigDetectResponse as ExternalAgentConfigDetectResponse
    from .external_agent_config_import_completed_notification import ExternalAgentConfigImportCompletedNotification as ExternalAgentConfigImportCompletedNotification
    from .external_agent_config_import_completed_notification_message import ExternalAgentConfigImportCompletedNotificationMessage as ExternalAgentConfigImportCompletedNotificationMessage
    from .external_agent_config_import_histories_read_response import ExternalAgentConfigImportHistoriesReadResponse as ExternalAgentConfigImportHistoriesReadResponse
    from .external_agent_config_import_history import ExternalAgentConfigImportHistory as ExternalAgentConfigImportHistory
    from .external_agent_config_import_history_record_params import ExternalAgentConfigImportHistoryRecordParams as ExternalAgentConfigImportHistoryRecordParams
    from .external_agent_config_import_history_record_response import ExternalAgentConfigImportHistoryRecordResponse as ExternalAgentConfigImportHistoryRecordResponse
    from .external_agent_config_import_history_record_success_params import ExternalAgentConfigImportHistoryRecordSuccessParams as ExternalAgentConfigImportHistoryRecordSuccessParams
    from .external_agent_config_import_history_record_type_result_params import ExternalAgentConfigImportHistoryRecordTypeResultParams as ExternalAgentConfigImportHistoryRecordTypeResultParams
    from .external_agent_config_import_item_type_failure import ExternalAgentConfigImportItemTypeFailure as ExternalAgentConfigImportItemTypeFailure
    from .external_agent_config_import_item_type_success import ExternalAgentConfigImportItemTypeSuccess as ExternalAgentConfigImportItemTypeSuccess
    from .external_agent_config_import_params import ExternalAgentConfigImportParams as ExternalAgentConfigImportParams
    from .external_agent_config_import_progress_notification import ExternalAgentConfigImportProgressNotification as ExternalAgentConfigImportProgressNotification
    from .external_agent_config_import_progress_notification_message import ExternalAgentConfigImportProgressNotificationMessage as ExternalAgentConfigImportProgressNotificationMessage
    from .external_agent_config_import_read_histories_request_message import ExternalAgentConfigImportReadHistoriesRequestMessage as ExternalAgentConfigImportReadHistoriesRequestMessage
    from .external_agent_config_import_record_history_request_message import ExternalAgentConfigImportRecordHistoryRequestMessage as ExternalAgentConfigImportRecordHistoryRequestMessage
    from .external_agent_config_import_request_message import ExternalAgentConfigImportRequestMessage as ExternalAgentConfigImportRequestMessage
    from .external_agent_config_import_response import ExternalAgentConfigImportResponse as ExternalAgentConfigImportResponse
    from .external_agent_config_import_type_result import ExternalAgentConfigImportTypeResult as ExternalAgentConfigImportTypeResult
    from .external_agent_config_migration_item import ExternalAgentConfigMigrationItem as ExternalAgentConfigMigrationItem
    from .external_agent_config_migration_item_type import ExternalAgentConfigMigrationItemType as ExternalAgentConfigMigrationItemType
    from .external_agent_detected_connector_candidate import ExternalAgentDetectedConnectorCandidate as ExternalAgentDetectedConnectorCandidate
    from .external_agent_detected_connector_source import ExternalAgentDetectedConnectorSource as ExternalAgentDetectedConnectorSource
    from .external_agent_imported_connector_candidate import ExternalAgentImportedConnectorCandidate as ExternalAgentImportedConnectorCandidate
    from .external_agent_imported_connector_source import ExternalAgentImportedConnectorSource as ExternalAgentImportedConnectorSource
    from .external_sandbox_sandbox_policy import ExternalSandboxSandboxPolicy as ExternalSandboxSandboxPolicy
    from .failed_thread_prediction_result import FailedThreadPredictionResult as FailedThreadPredictionResult
    from .feedback_requirements import FeedbackRequirements as FeedbackRequirements
    from .feedback_upload_params import FeedbackUploadParams as FeedbackUploadParams
    from .feedback_upload_request_message import FeedbackUploadRequestMessage as FeedbackUploadRequestMessage
    from .feedback_upload_response import FeedbackUploadResponse as FeedbackUploadResponse
    from .file_change import FileChange as FileChange
    from .file_change_approval_decision import FileChangeApprovalDecision as FileChangeApprovalDecision
    from .file_change_output_delta_notification import FileChangeOutputDeltaNotification as FileChangeOutputDeltaNotification
    from .file_change_patch_updated_notification import FileChangePatchUpdatedNotification as FileChangePatchUpdatedNotification
    from .file_change_request_approval_params import FileChangeRequestApprovalParams as FileChangeRequestApprovalParams
    from .file_change_request_approval_response import FileChangeRequestApprovalResponse as FileChangeRequestApprovalResponse
    from .file_change_thread_item import FileChangeThreadItem as FileChangeThreadItem
    from .file_system_access_mode import FileSystemAccessMode as FileSystemAccessMode
    from .file_system_path import FileSystemPath as FileSystemPath
    from .file_system_sandbox_entry import FileSystemSandboxEntry as FileSystemSandboxEntry
    from .file_system_special_path import FileSystemSpecialPath as FileSystemSpecialPath
    from .file_update_change import FileUpdateChange as FileUpdateChange
    from .find_in_page_responses_api_web_search_action import FindInPageResponsesApiWebSearchAction as FindInPageResponsesApiWebSearchAction
    from .find_in_page_web_search_action import FindInPageWebSearchAction as FindInPageWebSearchAction
    from .forced_chatgpt_workspace_ids import ForcedChatgptWorkspaceIds as ForcedChatgptWorkspaceIds
    from .forced_login_method import ForcedLoginMethod as ForcedLoginMethod
    from .form_mcp_server_elicitation_request_params import FormMcpServerElicitationRequestParams as FormMcpServerElicitationRequestParams
    from .fs_changed_notification import FsChangedNotification as FsChangedNotification
    from .fs_changed_notification_message import FsChangedNotificationMessage as FsChangedNotificationMessage
    from .fs_copy_params import FsCopyParams as FsCopyParams
    from .fs_copy_request_message import FsCopyRequestMessage as FsCopyRequestMessage
    from .fs_copy_response import FsCopyResponse as FsCopyResponse
    from .fs_create_directory_params import FsCreateDirectoryParams as FsCreateDirectoryParams
    from .fs_create_directory_request_message import FsCreateDirectoryRequestMessage as FsCreateDirectoryRequestMessage
    from .fs_create_directory_response import FsCreateDirectoryResponse as FsCreateDirectoryResponse
    from .fs_get_metadata_params import FsGetMetadataParams as FsGetMetadataParams
    from .fs_get_metadata_request_message import FsGetMetadataRequestMessage as FsGetMetadataRequestMessage
    from .fs_get_metadata_response import FsGetMetadataResponse as FsGetMetadataResponse
    from .fs_read_directory_entry import FsReadDirectoryEntry as FsReadDirectoryEntry
    from .fs_read_directory_params import FsReadDirectoryParams as FsReadDirectoryParams
    from .fs_read_directory_request_message import FsReadDirectoryRequestMessage as FsReadDirectoryRequestMessage
    from .fs_read_directory_response import FsReadDirectoryResponse as FsReadDirectoryResponse
    from .fs_read_file_params import FsReadFileParams as FsReadFileParams
    from .fs_read_file_request_message import FsReadFileRequestMessage as FsReadFileRequestMessage
    from .fs_read_file_response import FsReadFileResponse as FsReadFileResponse
    from .fs_remove_params import FsRemoveParams as FsRemoveParams
    from .fs_remove_request_message import FsRemoveRequestMessage as FsRemoveRequestMessage
    from .fs_remove_response import FsRemoveResponse as FsRemoveResponse
    from .fs_unwatch_params import FsUnwatchParams as FsUnwatchParams
    from .fs_unwatch_request_message import FsUnwatchRequestMessage as FsUnwatchRequestMessage
    from .fs_unwatch_response import FsUnwatchResponse as FsUnwatchResponse
    from .fs_watch_params import FsWatchParams as FsWatchParams
    from .fs_watch_request_message import FsWatchRequestMessage as FsWatchRequestMessage
    from .fs_watch_response import FsWatchResponse as FsWatchResponse
    from .fs_write_file_params import FsWriteFileParams as FsWriteFileParams
    from .fs_write_file_request_message import FsWriteFileRequestMessage as FsWriteFileRequestMessage
    from .fs_write_file_response import FsWriteFileResponse as FsWriteFileResponse
    from .function_call_output_body import FunctionCallOutputBody as FunctionCallOutputBody
    from .function_call_output_content_item import FunctionCallOutputContentItem as FunctionCallOutputContentItem
    from .function_call_output_response_item import FunctionCallOutputResponseItem as FunctionCallOutputResponseItem
    from .function_call_output_thread_item import FunctionCallOutputThreadItem as FunctionCallOutputThreadItem
    from .function_call_response_item import FunctionCallResponseItem as FunctionCallResponseItem
    from .function_dynamic_tool_namespace_tool import FunctionDynamicToolNamespaceTool as FunctionDynamicToolNamespaceTool
    from .function_dynamic_tool_spec import FunctionDynamicToolSpec as FunctionDynamicToolSpec
    from .fuzzy_file_search_match_type import FuzzyFileSearchMatchType as FuzzyFileSearchMatchType
    from .fuzzy_file_search_params import FuzzyFileSearchParams as FuzzyFileSearchParams
    from .fuzzy_file_search_request_message import FuzzyFileSearchRequestMessage as FuzzyFileSearchRequestMessage
    from .fuzzy_file_search_response import FuzzyFileSearchResponse as FuzzyFileSearchResponse
    from .fuzzy_file_search_result import FuzzyFileSearchResult as FuzzyFileSearchResult
    from .fuzzy_file_search_session_completed_notification import FuzzyFileSearchSessionCompletedNotification as FuzzyFileSearchSessionCompletedNotification
    from .fuzzy_file_search_session_completed_notification_message import FuzzyFileSearchSessionCompletedNotificationMessage as FuzzyFileSearchSessionCompletedNotificationMessage
    from .fuzzy_file_search_session_updated_notification import FuzzyFileSearchSessionUpdatedNotification as FuzzyFileSearchSessionUpdatedNotification
    from .fuzzy_file_search_session_updated_notification_message import FuzzyFileSearchSessionUpdatedNotificationMessage as FuzzyFileSearchSessionUpdatedNotificationMessage
    from .gateway_o_auth_cancel_response import GatewayOAuthCancelResponse as GatewayOAuthCancelResponse
    from .gateway_o_auth_changed_notification import GatewayOAuthChangedNotification as GatewayOAuthChangedNotification
    from .gateway_o_auth_login_response import GatewayOAuthLoginResponse as GatewayOAuthLoginResponse
    from .gateway_o_auth_read_response import GatewayOAuthReadResponse as GatewayOAuthReadResponse
    from .gateway_o_auth_status import GatewayOAuthStatus as GatewayOAuthStatus
    from .get_account_params import GetAccountParams as GetAccountParams
    from .get_account_rate_limits_params import GetAccountRateLimitsParams as GetAccountRateLimitsParams
    from .get_account_rate_limits_response import GetAccountRateLimitsResponse as GetAccountRateLimitsResponse
    from .get_account_response import GetAccountResponse as GetAccountResponse
    from .get_account_token_usage_params import GetAccountTokenUsageParams as GetAccountTokenUsageParams
    from .get_account_token_usage_response import GetAccountTokenUsageResponse as GetAccountTokenUsageResponse
    from .get_workspace_messages_response import GetWorkspaceMessagesResponse as GetWorkspaceMessagesResponse
    from .git_info import GitInfo as GitInfo
    from .git_plugin_source import GitPluginSource as GitPluginSource
    from .glob_pattern_file_system_path import GlobPatternFileSystemPath as GlobPatternFileSystemPath
    from .granted_permission_profile import GrantedPermissionProfile as GrantedPermissionProfile
    from .granular_ask_for_approval import GranularAskForApproval as GranularAskForApproval
    from .granular_ask_for_approval_payload import GranularAskForApprovalPayload as GranularAskForApprovalPayload
    from .guardian_approval_review import GuardianApprovalReview as GuardianApprovalReview
    from .guardian_approval_review_action import GuardianApprovalReviewAction as GuardianApprovalReviewAction
    from .guardian_approval_review_status import GuardianApprovalReviewStatus as GuardianApprovalReviewStatus
    from .guardian_command_source import GuardianCommandSource as GuardianCommandSource
    from .guardian_risk_level import GuardianRiskLevel as GuardianRiskLevel
    from .guardian_user_authorization import GuardianUserAuthorization as GuardianUserAuthorization
    from .guardian_warning_notification import GuardianWarningNotification as GuardianWarningNotification
    from .guardian_warning_notification_message import GuardianWarningNotificationMessage as GuardianWarningNotificationMessage
    from .hook_completed_notification import HookCompletedNotification as HookCompletedNotification
    from .hook_completed_notification_message import HookCompletedNotificationMessage as HookCompletedNotificationMessage
    from .hook_error_info import HookErrorInfo as HookErrorInfo
    from .hook_event_name import HookEventName as HookEventName
    from .hook_execution_mode import HookExecutionMode as HookExecutionMode
    from .hook_handler_type import HookHandlerType as HookHandlerType
    from .hook_metadata import HookMetadata as HookMetadata
    from .hook_migration import HookMigration as HookMigration
    from .hook_output_entry import HookOutputEntry as HookOutputEntry
    from .hook_output_entry_kind import HookOutputEntryKind as HookOutputEntryKind
    from .hook_prompt_fragment import HookPromptFragment as HookPromptFragment
    from .hook_prompt_thread_item import HookPromptThreadItem as HookPromptThreadItem
    from .hook_run_status import HookRunStatus as HookRunStatus
    from .hook_run_summary import HookRunSummary as HookRunSummary
    from .hook_scope import HookScope as HookScope
    from .hook_source import HookSource as HookSource
    from .hook_started_notification import HookStartedNotification as HookStartedNotification
    from .hook_started_notification_message import HookStartedNotificationMessage as HookStartedNotificationMessage
    from .hook_trust_status import HookTrustStatus as HookTrustStatus
    from .hooks_list_entry import HooksListEntry as HooksListEntry
    from .hooks_list_params import HooksListParams as HooksListParams
    from .hooks_list_request_message import HooksListRequestMessage as HooksListRequestMessage
    from .hooks_list_response import HooksListResponse as HooksListResponse
    from .hourly_scheduled_task_schedule import HourlyScheduledTaskSchedule as HourlyScheduledTaskSchedule
    from .http_connection_failed_codex_error_info import HttpConnectionFailedCodexErrorInfo as HttpConnectionFailedCodexErrorInfo
    from .http_connection_failed_codex_error_info_payload import HttpConnectionFailedCodexErrorInfoPayload as HttpConnectionFailedCodexErrorInfoPayload
    from .idle_thread_status import IdleThreadStatus as IdleThreadStatus
    from .image_detail import ImageDetail as ImageDetail
    from .image_generation_call_response_item import ImageGenerationCallResponseItem as ImageGenerationCallResponseItem
    from .image_generation_failure import ImageGenerationFailure as ImageGenerationFailure
    from .image_generation_thread_item import ImageGenerationThreadItem as ImageGenerationThreadItem
    from .image_user_input import ImageUserInput as ImageUserInput
    from .image_view_thread_item import ImageViewThreadItem as ImageViewThreadItem
    from .in_app_browser_requirements import InAppBrowserRequirements as InAppBrowserRequirements
    from .initialize_capabilities import InitializeCapabilities as InitializeCapabilities
    from .initialize_params import InitializeParams as InitializeParams
    from .initialize_request_message import InitializeRequestMessage as InitializeRequestMessage
    from .initialize_response import InitializeResponse as InitializeResponse
    from .initialized_notification import InitializedNotification as InitializedNotification
    from .inline_markdown_thread_realtime_bem_item_presentation import InlineMarkdownThreadRealtimeBemItemPresentation as InlineMarkdownThreadRealtimeBemItemPresentation
    from .inline_visualization_thread_realtime_bem_item_presentation import InlineVisualizationThreadRealtimeBemItemPresentation as InlineVisualizationThreadRealtimeBemItemPresentation
    from .input_audio_content_item import InputAudioContentItem as InputAudioContentItem
    from .input_audio_dynamic_tool_call_output_content_item import InputAudioDynamicToolCallOutputContentItem as InputAudioDynamicToolCallOutputContentItem
    from .input_audio_function_call_output_content_item import InputAudioFunctionCallOutputContentItem as InputAudioFunctionCallOutputContentItem
    from .input_image_content_item import InputImageContentItem as InputImageContentItem
    from .input_image_dynamic_tool_call_output_content_item import InputImageDynamicToolCallOutputContentItem as InputImageDynamicToolCallOutputContentItem
    from .input_image_function_call_output_content_item import InputImageFunctionCallOutputContentItem as InputImageFunctionCallOutputContentItem
    from .input_modality import InputModality as InputModality
    from .input_text_agent_message_input_content import InputTextAgentMessageInputContent as InputTextAgentMessageInputContent
    from .input_text_content_item import InputTextContentItem as InputTextContentItem
    from .input_text_dynamic_tool_call_output_content_item import InputTextDynamicToolCallOutputContentItem as InputTextDynamicToolCallOutputContentItem
    from .input_text_function_call_output_content_item import InputTextFunctionCallOutputContentItem as InputTextFunctionCallOutputContentItem
    from .installed_app import InstalledApp as InstalledApp
    from .internal_chat_message_metadata_passthrough import InternalChatMessageMetadataPassthrough as InternalChatMessageMetadataPassthrough
    from .item_agent_message_delta_notification_message import ItemAgentMessageDeltaNotificationMessage as ItemAgentMessageDeltaNotificationMessage
    from .item_auto_approval_review_completed_notification_message import ItemAutoApprovalReviewCompletedNotificationMessage as ItemAutoApprovalReviewCompletedNotificationMessage
    from .item_auto_approval_review_started_notification_message import ItemAutoApprovalReviewStartedNotificationMessage as ItemAutoApprovalReviewStartedNotificationMessage
    from .item_command_execution_output_delta_notification_message import ItemCommandExecutionOutputDeltaNotificationMessage as ItemCommandExecutionOutputDeltaNotificationMessage
    from .item_command_execution_request_approval_request_message import ItemCommandExecutionRequestApprovalRequestMessage as ItemCommandExecutionRequestApprovalRequestMessage
    from .item_command_execution_terminal_interaction_notification_message import ItemCommandExecutionTerminalInteractionNotificationMessage as ItemCommandExecutionTerminalInteractionNotificationMessage
    from .item_completed_notification import ItemCompletedNotification as ItemCompletedNotification
    from .item_completed_notification_message import ItemCompletedNotificationMessage as ItemCompletedNotificationMessage
    from .item_file_change_output_delta_notification_message import ItemFileChangeOutputDeltaNotificationMessage as ItemFileChangeOutputDeltaNotificationMessage
    from .item_file_change_patch_updated_notification_message import ItemFileChangePatchUpdatedNotificationMessage as ItemFileChangePatchUpdatedNotificationMessage
    from .item_file_change_request_approval_request_message import ItemFileChangeRequestApprovalRequestMessage as ItemFileChangeRequestApprovalRequestMessage
    from .item_guardian_approval_review_completed_notification import ItemGuardianApprovalReviewCompletedNotification as ItemGuardianApprovalReviewCompletedNotification
    from .item_guardian_approval_review_started_notification import ItemGuardianApprovalReviewStartedNotification as ItemGuardianApprovalReviewStartedNotification
    from .item_mcp_tool_call_progress_notification_message import ItemMcpToolCallProgressNotificationMessage as ItemMcpToolCallProgressNotificationMessage
    from .item_permissions_request_approval_request_message import ItemPermissionsRequestApprovalRequestMessage as ItemPermissionsRequestApprovalRequestMessage
    from .item_plan_delta_notification_message import ItemPlanDeltaNotificationMessage as ItemPlanDeltaNotificationMessage
    from .item_reasoning_summary_part_added_notification_message import ItemReasoningSummaryPartAddedNotificationMessage as ItemReasoningSummaryPartAddedNotificationMessage
    from .item_reasoning_summary_text_delta_notification_message import ItemReasoningSummaryTextDeltaNotificationMessage as ItemReasoningSummaryTextDeltaNotificationMessage
    from .item_reasoning_text_delta_notification_message import ItemReasoningTextDeltaNotificationMessage as ItemReasoningTextDeltaNotificationMessage
    from .item_started_notification import ItemStartedNotification as ItemStartedNotification
    from .item_started_notification_message import ItemStartedNotificationMessage as ItemStartedNotificationMessage
    from .item_thread_items_list_anchor import ItemThreadItemsListAnchor as ItemThreadItemsListAnchor
    from .item_thread_timeline_entry import ItemThreadTimelineEntry as ItemThreadTimelineEntry
    from .item_tool_call_request_message import ItemToolCallRequestMessage as ItemToolCallRequestMessage
    from .item_tool_request_user_input_request_message import ItemToolRequestUserInputRequestMessage as ItemToolRequestUserInputRequestMessage
    from .jsonrpc_error import JSONRPCError as JSONRPCError
    from .jsonrpc_error_error import JSONRPCErrorError as JSONRPCErrorError
    from .jsonrpc_message import JSONRPCMessage as JSONRPCMessage
    from .jsonrpc_notification import JSONRPCNotification as JSONRPCNotification
    from .jsonrpc_request import JSONRPCRequest as JSONRPCRequest
    from .jsonrpc_response import JSONRPCResponse as JSONRPCResponse
    from .kind_file_system_special_path import KindFileSystemSpecialPath as KindFileSystemSpecialPath
    from .legacy_app_path_string import LegacyAppPathString as LegacyAppPathString
    from .legacy_managed_config_toml_from_file_config_layer_source import LegacyManagedConfigTomlFromFileConfigLayerSource as LegacyManagedConfigTomlFromFileConfigLayerSource
    from .legacy_managed_config_toml_from_mdm_config_layer_source import LegacyManagedConfigTomlFromMdmConfigLayerSource as LegacyManagedConfigTomlFromMdmConfigLayerSource
    from .list_files_command_action import ListFilesCommandAction as ListFilesCommandAction
    from .list_files_parsed_command import ListFilesParsedCommand as ListFilesParsedCommand
    from .list_mcp_server_status_params import ListMcpServerStatusParams as ListMcpServerStatusParams
    from .list_mcp_server_status_response import ListMcpServerStatusResponse as ListMcpServerStatusResponse
    from .local_audio_user_input import LocalAudioUserInput as LocalAudioUserInput
    from .local_image_user_input import LocalImageUserInput as LocalImageUserInput
    from .local_plugin_source import LocalPluginSource as LocalPluginSource
    from .local_shell_action import LocalShellAction as LocalShellAction
    from .local_shell_call_response_item import LocalShellCallResponseItem as LocalShellCallResponseItem
    from .local_shell_status import LocalShellStatus as LocalShellStatus
    from .login_account_params import LoginAccountParams as LoginAccountParams
    from .login_account_response import LoginAccountResponse as LoginAccountResponse
    from .login_app_brand import LoginAppBrand as LoginAppBrand
    from .logout_account_response import LogoutAccountResponse as LogoutAccountResponse
    from .managed_hooks_requirements import ManagedHooksRequirements as ManagedHooksRequirements
    from .marketplace_add_params import MarketplaceAddParams as MarketplaceAddParams
    from .marketplace_add_request_message import MarketplaceAddRequestMessage as MarketplaceAddRequestMessage
    from .marketplace_add_response import MarketplaceAddResponse as MarketplaceAddResponse
    from .marketplace_interface import MarketplaceInterface as MarketplaceInterface
    from .marketplace_load_error_info import MarketplaceLoadErrorInfo as MarketplaceLoadErrorInfo
    from .marketplace_remove_params import MarketplaceRemoveParams as MarketplaceRemoveParams
    from .marketplace_remove_request_message import MarketplaceRemoveRequestMessage as MarketplaceRemoveRequestMessage
    from .marketplace_remove_response import MarketplaceRemoveResponse as MarketplaceRemoveResponse
    from .marketplace_upgrade_error_info import MarketplaceUpgradeErrorInfo as MarketplaceUpgradeErrorInfo
    from .marketplace_upgrade_params import MarketplaceUpgradeParams as MarketplaceUpgradeParams
    from .marketplace_upgrade_request_message import MarketplaceUpgradeRequestMessage as MarketplaceUpgradeRequestMessage
    from .marketplace_upgrade_response import MarketplaceUpgradeResponse as MarketplaceUpgradeResponse
    from .mcp_app_display_mode import McpAppDisplayMode as McpAppDisplayMode
    from .mcp_app_ui import McpAppUi as McpAppUi
    from .mcp_auth_status import McpAuthStatus as McpAuthStatus
    from .mcp_elicitation_array_type import McpElicitationArrayType as McpElicitationArrayType
    from .mcp_elicitation_boolean_schema import McpElicitationBooleanSchema as McpElicitationBooleanSchema
    from .mcp_elicitation_boolean_type import McpElicitationBooleanType as McpElicitationBooleanType
    from .mcp_elicitation_const_option import McpElicitationConstOption as McpElicitationConstOption
    from .mcp_elicitation_enum_schema import McpElicitationEnumSchema as McpElicitationEnumSchema
    from .mcp_elicitation_legacy_titled_enum_schema import McpElicitationLegacyTitledEnumSchema as McpElicitationLegacyTitledEnumSchema
    from .mcp_elicitation_multi_select_enum_schema import McpElicitationMultiSelectEnumSchema as McpElicitationMultiSelectEnumSchema
    from .mcp_elicitation_number_schema import McpElicitationNumberSchema as McpElicitationNumberSchema
    from .mcp_elicitation_number_type import McpElicitationNumberType as McpElicitationNumberType
    from .mcp_elicitation_object_type import McpElicitationObjectType as McpElicitationObjectType
    from .mcp_elicitation_primitive_schema import McpElicitationPrimitiveSchema as McpElicitationPrimitiveSchema
    from .mcp_elicitation_schema import McpElicitationSchema as McpElicitationSchema
    from .mcp_elicitation_single_select_enum_schema import McpElicitationSingleSelectEnumSchema as McpElicitationSingleSelectEnumSchema
    from .mcp_elicitation_string_format import McpElicitationStringFormat as McpElicitationStringFormat
    from .mcp_elicitation_string_schema import McpElicitationStringSchema as McpElicitationStringSchema
    from .mcp_elicitation_string_type import McpElicitationStringType as McpElicitationStringType
    from .mcp_elicitation_titled_enum_items import McpElicitationTitledEnumItems as McpElicitationTitledEnumItems
    from .mcp_elicitation_titled_multi_select_enum_schema import McpElicitationTitledMultiSelectEnumSchema as McpElicitationTitledMultiSelectEnumSchema
    from .mcp_elicitation_titled_single_select_enum_schema import McpElicitationTitledSingleSelectEnumSchema as McpElicitationTitledSingleSelectEnumSchema
    from .mcp_elicitation_untitled_enum_items import McpElicitationUntitledEnumItems as McpElicitationUntitledEnumItems
    from .mcp_elicitation_untitled_multi_select_enum_schema import McpElicitationUntitledMultiSelectEnumSchema as McpElicitationUntitledMultiSelectEnumSchema
    from .mcp_elicitation_untitled_single_select_enum_schema import McpElicitationUntitledSingleSelectEnumSchema as McpElicitationUntitledSingleSelectEnumSchema
    from .mcp_resource_read_params import McpResourceReadParams as McpResourceReadParams
    from .mcp_resource_read_response import McpResourceReadResponse as McpResourceReadResponse
    from .mcp_resource_read_target import McpResourceReadTarget as McpResourceReadTarget
    from .mcp_server_connection_status import McpServerConnectionStatus as McpServerConnectionStatus
    from .mcp_server_elicitation_action import McpServerElicitationAction as McpServerElicitationAction
    from .mcp_server_elicitation_request_params import McpServerElicitationRequestParams as McpServerElicitationRequestParams
    from .mcp_server_elicitation_request_request_message import McpServerElicitationRequestRequestMessage as McpServerElicitationRequestRequestMessage
    from .mcp_server_elicitation_request_response import McpServerElicitationRequestResponse as McpServerElicitationRequestResponse
    from .mcp_server_event_notification import McpServerEventNotification as McpServerEventNotification
    from .mcp_server_event_stream_notification import McpServerEventStreamNotification as McpServerEventStreamNotification
    from .mcp_server_event_stream_notification_notification_message import McpServerEventStreamNotificationNotificationMessage as McpServerEventStreamNotificationNotificationMessage
    from .mcp_server_info import McpServerInfo as McpServerInfo
    from .mcp_server_migration import McpServerMigration as McpServerMigration
    from .mcp_server_oauth_client_registration import McpServerOauthClientRegistration as McpServerOauthClientRegistration
    from .mcp_server_oauth_login_completed_notification import McpServerOauthLoginCompletedNotification as McpServerOauthLoginCompletedNotification
    from .mcp_server_oauth_login_completed_notification_message import McpServerOauthLoginCompletedNotificationMessage as McpServerOauthLoginCompletedNotificationMessage
    from .mcp_server_oauth_login_params import McpServerOauthLoginParams as McpServerOauthLoginParams
    from .mcp_server_oauth_login_request_message import McpServerOauthLoginRequestMessage as McpServerOauthLoginRequestMessage
    from .mcp_server_oauth_login_response import McpServerOauthLoginResponse as McpServerOauthLoginResponse
    from .mcp_server_refresh_response import McpServerRefreshResponse as McpServerRefreshResponse
    from .mcp_server_resource_read_request_message import McpServerResourceReadRequestMessage as McpServerResourceReadRequestMessage
    from .mcp_server_startup_failure_reason import McpServerStartupFailureReason as McpServerStartupFailureReason
    from .mcp_server_startup_state import McpServerStartupState as McpServerStartupState
    from .mcp_server_startup_status_updated_notification_message import McpServerStartupStatusUpdatedNotificationMessage as McpServerStartupStatusUpdatedNotificationMessage
    from .mcp_server_status import McpServerStatus as McpServerStatus
    from .mcp_server_status_detail import McpServerStatusDetail as McpServerStatusDetail
    from .mcp_server_status_list_request_message import McpServerStatusListRequestMessage as McpServerStatusListRequestMessage
    from .mcp_server_status_updated_notification import McpServerStatusUpdatedNotification as McpServerStatusUpdatedNotification
    from .mcp_server_tool_call_params import McpServerToolCallParams as McpServerToolCallParams
    from .mcp_server_tool_call_request_message import McpServerToolCallRequestMessage as McpServerToolCallRequestMessage
    from .mcp_server_tool_call_response import McpServerToolCallResponse as McpServerToolCallResponse
    from .mcp_tool_call_app_context import McpToolCallAppContext as McpToolCallAppContext
    from .mcp_tool_call_error import McpToolCallError as McpToolCallError
    from .mcp_tool_call_guardian_approval_review_action import McpToolCallGuardianApprovalReviewAction as McpToolCallGuardianApprovalReviewAction
    from .mcp_tool_call_progress_notification import McpToolCallProgressNotification as McpToolCallProgressNotification
    from .mcp_tool_call_result import McpToolCallResult as McpToolCallResult
    from .mcp_tool_call_status import McpToolCallStatus as McpToolCallStatus
    from .mcp_tool_call_thread_item import McpToolCallThreadItem as McpToolCallThreadItem
    from .mcp_tool_configured_hook_handler import McpToolConfiguredHookHandler as McpToolConfiguredHookHandler
    from .mcp_tool_hook_metadata import McpToolHookMetadata as McpToolHookMetadata
    from .mdm_config_layer_source import MdmConfigLayerSource as MdmConfigLayerSource
    from .memory_citation import MemoryCitation as MemoryCitation
    from .memory_citation_entry import MemoryCitationEntry as MemoryCitationEntry
    from .mention_user_input import MentionUserInput as MentionUserInput
    from .merge_strategy import MergeStrategy as MergeStrategy
    from .message_phase import MessagePhase as MessagePhase
    from .message_response_item import MessageResponseItem as MessageResponseItem
    from .migration_details import MigrationDetails as MigrationDetails
    from .minimal_file_system_special_path import MinimalFileSystemSpecialPath as MinimalFileSystemSpecialPath
    from .misalignment_error_details import MisalignmentErrorDetails as MisalignmentErrorDetails
    from .misalignment_steer import MisalignmentSteer as MisalignmentSteer
    from .mode_kind import ModeKind as ModeKind
    from .model import Model as Model
    from .model_access_programs import ModelAccessPrograms as ModelAccessPrograms
    from .model_availability_nux import ModelAvailabilityNux as ModelAvailabilityNux
    from .model_list_params import ModelListParams as ModelListParams
    from .model_list_request_message import ModelListRequestMessage as ModelListRequestMessage
    from .model_list_response import ModelListResponse as ModelListResponse
    from .model_provider_auth_recovery_completed_notification_message import ModelProviderAuthRecoveryCompletedNotificationMessage as ModelProviderAuthRecoveryCompletedNotificationMessage
    from .model_provider_auth_recovery_started_notification_message import ModelProviderAuthRecoveryStartedNotificationMessage as ModelProviderAuthRecoveryStartedNotificationMessage
    from .model_provider_capabilities_read_params import ModelProviderCapabilitiesReadParams as ModelProviderCapabilitiesReadParams
    from .model_provider_capabilities_read_request_message import ModelProviderCapabilitiesReadRequestMessage as ModelProviderCapabilitiesReadRequestMessage
    from .model_provider_capabilities_read_response import ModelProviderCapabilitiesReadResponse as ModelProviderCapabilitiesReadResponse
    from .model_reroute_reason import ModelRerouteReason as ModelRerouteReason
    from .model_rerouted_notification import ModelReroutedNotification as ModelReroutedNotification
    from .model_rerouted_notification_message import ModelReroutedNotificationMessage as ModelReroutedNotificationMessage
    from .model_safety_buffering_updated_notification import ModelSafetyBufferingUpdatedNotification as ModelSafetyBufferingUpdatedNotification
    from .model_safety_buffering_updated_notification_message import ModelSafetyBufferingUpdatedNotificationMessage as ModelSafetyBufferingUpdatedNotificationMessage
    from .model_service_tier import ModelServiceTier as ModelServiceTier
    from .model_upgrade_info import ModelUpgradeInfo as ModelUpgradeInfo
    from .model_verification import ModelVerification as ModelVerification
    from .model_verification_notification import ModelVerificationNotification as ModelVerificationNotification
    from .model_verification_notification_message import ModelVerificationNotificationMessage as ModelVerificationNotificationMessage
    from .models_requirements import ModelsRequirements as ModelsRequirements
    from .multi_agent_mode import MultiAgentMode as MultiAgentMode
    from .multi_agent_mode_kind import MultiAgentModeKind as MultiAgentModeKind
    from .multi_agent_version import MultiAgentVersion as MultiAgentVersion
    from .namespace_dynamic_tool_spec import NamespaceDynamicToolSpec as NamespaceDynamicToolSpec
    from .network_access import NetworkAccess as NetworkAccess
    from .network_access_guardian_approval_review_action import NetworkAccessGuardianApprovalReviewAction as NetworkAccessGuardianApprovalReviewAction
    from .network_approval_context import NetworkApprovalContext as NetworkApprovalContext
    from .network_approval_protocol import NetworkApprovalProtocol as NetworkApprovalProtocol
    from .network_domain_permission import NetworkDomainPermission as NetworkDomainPermission
    from .network_policy_amendment import NetworkPolicyAmendment as NetworkPolicyAmendment
    from .network_policy_amendment_review_decision import NetworkPolicyAmendmentReviewDecision as NetworkPolicyAmendmentReviewDecision
    from .network_policy_amendment_review_decision_payload import NetworkPolicyAmendmentReviewDecisionPayload as NetworkPolicyAmendmentReviewDecisionPayload
    from .network_policy_rule_action import NetworkPolicyRuleAction as NetworkPolicyRuleAction
    from .network_requirements import NetworkRequirements as NetworkRequirements
    from .network_unix_socket_permission import NetworkUnixSocketPermission as NetworkUnixSocketPermission
    from .new_thread_model_defaults import NewThreadModelDefaults as NewThreadModelDefaults
    from .non_steerable_turn_kind import NonSteerableTurnKind as NonSteerableTurnKind
    from .not_loaded_thread_status import NotLoadedThreadStatus as NotLoadedThreadStatus
    from .npm_plugin_source import NpmPluginSource as NpmPluginSource
    from .nullable_get_account_rate_limits_params import NullableGetAccountRateLimitsParams as NullableGetAccountRateLimitsParams
    from .nullable_get_account_token_usage_params import NullableGetAccountTokenUsageParams as NullableGetAccountTokenUsageParams
    from .open_page_responses_api_web_search_action import OpenPageResponsesApiWebSearchAction as OpenPageResponsesApiWebSearchAction
    from .open_page_web_search_action import OpenPageWebSearchAction as OpenPageWebSearchAction
    from .openai_form_mcp_server_elicitation_request_params import OpenaiFormMcpServerElicitationRequestParams as OpenaiFormMcpServerElicitationRequestParams
    from .openai_form_mcp_server_elicitation_request_params3 import OpenaiFormMcpServerElicitationRequestParams3 as OpenaiFormMcpServerElicitationRequestParams3
    from .other_response_item import OtherResponseItem as OtherResponseItem
    from .other_responses_api_web_search_action import OtherResponsesApiWebSearchAction as OtherResponsesApiWebSearchAction
    from .other_sub_agent_source import OtherSubAgentSource as OtherSubAgentSource
    from .other_web_search_action import OtherWebSearchAction as OtherWebSearchAction
    from .output_text_content_item import OutputTextContentItem as OutputTextContentItem
    from .overridden_metadata import OverriddenMetadata as OverriddenMetadata
    from .packaged_defaults_config_layer_source import PackagedDefaultsConfigLayerSource as PackagedDefaultsConfigLayerSource
    from .parsed_command import ParsedCommand as ParsedCommand
    from .patch_apply_status import PatchApplyStatus as PatchApplyStatus
    from .patch_change_kind import PatchChangeKind as PatchChangeKind
    from .path_file_system_path import PathFileSystemPath as PathFileSystemPath
    from .path_uri import PathUri as PathUri
    from .permission_grant_scope import PermissionGrantScope as PermissionGrantScope
    from .permission_profile_list_params import PermissionProfileListParams as PermissionProfileListParams
    from .permission_profile_list_request_message import PermissionProfileListRequestMessage as PermissionProfileListRequestMessage
    from .permission_profile_list_response import PermissionProfileListResponse as PermissionProfileListResponse
    from .permission_profile_summary import PermissionProfileSummary as PermissionProfileSummary
    from .permissions_request_approval_params import PermissionsRequestApprovalParams as PermissionsRequestApprovalParams
    from .permissions_request_approval_response import PermissionsRequestApprovalResponse as PermissionsRequestApprovalResponse
    from .personality import Personality as Personality
    from .plan_delta_notification import PlanDeltaNotification as PlanDeltaNotification
    from .plan_thread_item import PlanThreadItem as PlanThreadItem
    from .plan_type import PlanType as PlanType
    from .plugin_auth_policy import PluginAuthPolicy as PluginAuthPolicy
    from .plugin_availability import PluginAvailability as PluginAvailability
    from .plugin_detail import PluginDetail as PluginDetail
    from .plugin_disabled_reason import PluginDisabledReason as PluginDisabledReason
    from .plugin_hook_summary import PluginHookSummary as PluginHookSummary
    from .plugin_install_params import PluginInstallParams as PluginInstallParams
    from .plugin_install_policy import PluginInstallPolicy as PluginInstallPolicy
    from .plugin_install_policy_source import PluginInstallPolicySource as PluginInstallPolicySource
    from .plugin_install_request_message import PluginInstallRequestMessage as PluginInstallRequestMessage
    from .plugin_install_response import PluginInstallResponse as PluginInstallResponse
    from .plugin_installed_params import PluginInstalledParams as PluginInstalledParams
    from .plugin_installed_request_message import PluginInstalledRequestMessage as PluginInstalledRequestMessage
    from .plugin_installed_response import PluginInstalledResponse as PluginInstalledResponse
    from .plugin_interface import PluginInterface as PluginInterface
    from .plugin_list_marketplace_kind import PluginListMarketplaceKind as PluginListMarketplaceKind
    from .plugin_list_params import PluginListParams as PluginListParams
    from .plugin_list_request_message import PluginListRequestMessage as PluginListRequestMessage
    from .plugin_list_response import PluginListResponse as PluginListResponse
    from .plugin_marketplace_entry import PluginMarketplaceEntry as PluginMarketplaceEntry
    from .plugin_read_params import PluginReadParams as PluginReadParams
    from .plugin_read_request_message import PluginReadRequestMessage as PluginReadRequestMessage
    from .plugin_read_response import PluginReadResponse as PluginReadResponse
    from .plugin_reconcile_changed_plugin import PluginReconcileChangedPlugin as PluginReconcileChangedPlugin
    from .plugin_reconcile_params import PluginReconcileParams as PluginReconcileParams
    from .plugin_reconcile_request_message import PluginReconcileRequestMessage as PluginReconcileRequestMessage
    from .plugin_reconcile_response import PluginReconcileResponse as PluginReconcileResponse
    from .plugin_search_result import PluginSearchResult as PluginSearchResult
    from .plugin_search_scope import PluginSearchScope as PluginSearchScope
    from .plugin_share_checkout_params import PluginShareCheckoutParams as PluginShareCheckoutParams
    from .plugin_share_checkout_request_message import PluginShareCheckoutRequestMessage as PluginShareCheckoutRequestMessage
    from .plugin_share_checkout_response import PluginShareCheckoutResponse as PluginShareCheckoutResponse
    from .plugin_share_context import PluginShareContext as PluginShareContext
    from .plugin_share_delete_params import PluginShareDeleteParams as PluginShareDeleteParams
    from .plugin_share_delete_request_message import PluginShareDeleteRequestMessage as PluginShareDeleteRequestMessage
    from .plugin_share_delete_response import PluginShareDeleteResponse as PluginShareDeleteResponse
    from .plugin_share_discoverability import PluginShareDiscoverability as PluginShareDiscoverability
    from .plugin_share_list_item import PluginShareListItem as PluginShareListItem
    from .plugin_share_list_params import PluginShareListParams as PluginShareListParams
    from .plugin_share_list_request_message import PluginShareListRequestMessage as PluginShareListRequestMessage
    from .plugin_share_list_response import PluginShareListResponse as PluginShareListResponse
    from .plugin_share_principal import PluginSharePrincipal as PluginSharePrincipal
    from .plugin_share_principal_role import PluginSharePrincipalRole as PluginSharePrincipalRole
    from .plugin_share_principal_type import PluginSharePrincipalType as PluginSharePrincipalType
    from .plugin_share_save_params import PluginShareSaveParams as PluginShareSaveParams
    from .plugin_share_save_request_message import PluginShareSaveRequestMessage as PluginShareSaveRequestMessage
    from .plugin_share_save_response import PluginShareSaveResponse as PluginShareSaveResponse
    from .plugin_share_target import PluginShareTarget as PluginShareTarget
    from .plugin_share_target_role import PluginShareTargetRole as PluginShareTargetRole
    from .plugin_share_update_discoverability import PluginShareUpdateDiscoverability as PluginShareUpdateDiscoverability
    from .plugin_share_update_targets_params import PluginShareUpdateTargetsParams as PluginShareUpdateTargetsParams
    from .plugin_share_update_targets_request_message import PluginShareUpdateTargetsRequestMessage as PluginShareUpdateTargetsRequestMessage
    from .plugin_share_update_targets_response import PluginShareUpdateTargetsResponse as PluginShareUpdateTargetsResponse
    from .plugin_skill_read_params import PluginSkillReadParams as PluginSkillReadParams
    from .plugin_skill_read_request_message import PluginSkillReadRequestMessage as PluginSkillReadRequestMessage
    from .plugin_skill_read_response import PluginSkillReadResponse as PluginSkillReadResponse
    from .plugin_source import PluginSource as PluginSource
    from .plugin_summary import PluginSummary as PluginSummary
    from .plugin_uninstall_params import PluginUninstallParams as PluginUninstallParams
    from .plugin_uninstall_request_message import PluginUninstallRequestMessage as PluginUninstallRequestMessage
    from .plugin_uninstall_response import PluginUninstallResponse as PluginUninstallResponse
    from .plugins_migration import PluginsMigration as PluginsMigration
    from .process_exited_notification import ProcessExitedNotification as ProcessExitedNotification
    from .process_exited_notification_message import ProcessExitedNotificationMessage as ProcessExitedNotificationMessage
    from .process_output_delta_notification import ProcessOutputDeltaNotification as ProcessOutputDeltaNotification
    from .process_output_delta_notification_message import ProcessOutputDeltaNotificationMessage as ProcessOutputDeltaNotificationMessage
    from .process_output_stream import ProcessOutputStream as ProcessOutputStream
    from .process_terminal_size import ProcessTerminalSize as ProcessTerminalSize
    from .project import Project as Project
    from .project_change_type import ProjectChangeType as ProjectChangeType
    from .project_changed_notification import ProjectChangedNotification as ProjectChangedNotification
    from .project_changed_notification_message import ProjectChangedNotificationMessage as ProjectChangedNotificationMessage
    from .project_config_layer_source import ProjectConfigLayerSource as ProjectConfigLayerSource
    from .project_root import ProjectRoot as ProjectRoot
    from .project_sort_key import ProjectSortKey as ProjectSortKey
    from .prompt_configured_hook_handler import PromptConfiguredHookHandler as PromptConfiguredHookHandler
    from .prompt_hook_metadata import PromptHookMetadata as PromptHookMetadata
    from .queued_submission import QueuedSubmission as QueuedSubmission
    from .rate_limit_reached_type import RateLimitReachedType as RateLimitReachedType
    from .rate_limit_reset_credit import RateLimitResetCredit as RateLimitResetCredit
    from .rate_limit_reset_credit_status import RateLimitResetCreditStatus as RateLimitResetCreditStatus
    from .rate_limit_reset_credits_summary import RateLimitResetCreditsSummary as RateLimitResetCreditsSummary
    from .rate_limit_reset_type import RateLimitResetType as RateLimitResetType
    from .rate_limit_snapshot import RateLimitSnapshot as RateLimitSnapshot
    from .rate_limit_window import RateLimitWindow as RateLimitWindow
    from .raw_response_completed_notification import RawResponseCompletedNotification as RawResponseCompletedNotification
    from .raw_response_item_completed_notification import RawResponseItemCompletedNotification as RawResponseItemCompletedNotification
    from .read_command_action import ReadCommandAction as ReadCommandAction
    from .read_only_sandbox_policy import ReadOnlySandboxPolicy as ReadOnlySandboxPolicy
    from .read_parsed_command import ReadParsedCommand as ReadParsedCommand
    from .read_thread_read_state_operation import ReadThreadReadStateOperation as ReadThreadReadStateOperation
    from .realtime_conversation_version import RealtimeConversationVersion as RealtimeConversationVersion
    from .realtime_output_modality import RealtimeOutputModality as RealtimeOutputModality
    from .realtime_session_closed_thread_realtime_item import RealtimeSessionClosedThreadRealtimeItem as RealtimeSessionClosedThreadRealtimeItem
    from .realtime_session_started_thread_realtime_item import RealtimeSessionStartedThreadRealtimeItem as RealtimeSessionStartedThreadRealtimeItem
    from .realtime_thread_timeline_entry import RealtimeThreadTimelineEntry as RealtimeThreadTimelineEntry
    from .realtime_voice import RealtimeVoice as RealtimeVoice
    from .realtime_voices_list import RealtimeVoicesList as RealtimeVoicesList
    from .reasoning_effort import ReasoningEffort as ReasoningEffort
    from .reasoning_effort_option import ReasoningEffortOption as ReasoningEffortOption
    from .reasoning_item_content import ReasoningItemContent as ReasoningItemContent
    from .reasoning_item_reasoning_summary import ReasoningItemReasoningSummary as ReasoningItemReasoningSummary
    from .reasoning_response_item import ReasoningResponseItem as ReasoningResponseItem
    from .reasoning_summary import ReasoningSummary as ReasoningSummary
    from .reasoning_summary_part_added_notification import ReasoningSummaryPartAddedNotification as ReasoningSummaryPartAddedNotification
    from .reasoning_summary_text_delta_notification import ReasoningSummaryTextDeltaNotification as ReasoningSummaryTextDeltaNotification
    from .reasoning_text_delta_notification import ReasoningTextDeltaNotification as ReasoningTextDeltaNotification
    from .reasoning_text_reasoning_item_content import ReasoningTextReasoningItemContent as ReasoningTextReasoningItemContent
    from .reasoning_thread_item import ReasoningThreadItem as ReasoningThreadItem
    from .remote_control_connection_status import RemoteControlConnectionStatus as RemoteControlConnectionStatus
    from .remote_control_disable_params import RemoteControlDisableParams as RemoteControlDisableParams
    from .remote_control_enable_params import RemoteControlEnableParams as RemoteControlEnableParams
    from .remote_control_status_changed_notification import RemoteControlStatusChangedNotification as RemoteControlStatusChangedNotification
    from .remote_control_status_changed_notification_message import RemoteControlStatusChangedNotificationMessage as RemoteControlStatusChangedNotificationMessage
    from .remote_plugin_source import RemotePluginSource as RemotePluginSource
    from .request_header import RequestHeader as RequestHeader
    from .request_id import RequestId as RequestId
    from .request_permission_profile import RequestPermissionProfile as RequestPermissionProfile
    from .request_permissions_guardian_approval_review_action import RequestPermissionsGuardianApprovalReviewAction as RequestPermissionsGuardianApprovalReviewAction
    from .residency_requirement import ResidencyRequirement as ResidencyRequirement
    from .resource import Resource as Resource
    from .resource_content import ResourceContent as ResourceContent
    from .resource_template import ResourceTemplate as ResourceTemplate
    from .response_item import ResponseItem as ResponseItem
    from .response_stream_connection_failed_codex_error_info import ResponseStreamConnectionFailedCodexErrorInfo as ResponseStreamConnectionFailedCodexErrorInfo
    from .response_stream_connection_failed_codex_error_info_payload import ResponseStreamConnectionFailedCodexErrorInfoPayload as ResponseStreamConnectionFailedCodexErrorInfoPayload
    from .response_stream_disconnected_codex_error_info import ResponseStreamDisconnectedCodexErrorInfo as ResponseStreamDisconnectedCodexErrorInfo
    from .response_stream_disconnected_codex_error_info_payload import ResponseStreamDisconnectedCodexErrorInfoPayload as ResponseStreamDisconnectedCodexErrorInfoPayload
    from .response_too_many_failed_attempts_codex_error_info import ResponseTooManyFailedAttemptsCodexErrorInfo as ResponseTooManyFailedAttemptsCodexErrorInfo
    from .response_too_many_failed_attempts_codex_error_info_payload import ResponseTooManyFailedAttemptsCodexErrorInfoPayload as ResponseTooManyFailedAttemptsCodexErrorInfoPayload
    from .response_usage_metadata import ResponseUsageMetadata as ResponseUsageMetadata
    from .responses_api_web_search_action import ResponsesApiWebSearchAction as ResponsesApiWebSearchAction
    from .review_decision import ReviewDecision as ReviewDecision
    from .review_decision_kind import ReviewDecisionKind as ReviewDecisionKind
    from .review_delivery import ReviewDelivery as ReviewDelivery
    from .review_start_params import ReviewStartParams as ReviewStartParams
    from .review_start_request_message import ReviewStartRequestMessage as ReviewStartRequestMessage
    from .review_start_response import ReviewStartResponse as ReviewStartResponse
    from .review_target import ReviewTarget as ReviewTarget
    from .root_file_system_special_path import RootFileSystemSpecialPath as RootFileSystemSpecialPath
    from .sandbox_mode import SandboxMode as SandboxMode
    from .sandbox_policy import SandboxPolicy as SandboxPolicy
    from .sandbox_workspace_write import SandboxWorkspaceWrite as SandboxWorkspaceWrite
    from .scheduled_task_schedule import ScheduledTaskSchedule as ScheduledTaskSchedule
    from .scheduled_task_summary import ScheduledTaskSummary as ScheduledTaskSummary
    from .scheduled_task_weekday import ScheduledTaskWeekday as ScheduledTaskWeekday
    from .search_command_action import SearchCommandAction as SearchCommandAction
    from .search_parsed_command import SearchParsedCommand as SearchParsedCommand
    from .search_responses_api_web_search_action import SearchResponsesApiWebSearchAction as SearchResponsesApiWebSearchAction
    from .search_web_search_action import SearchWebSearchAction as SearchWebSearchAction
    from .selected_capability_root import SelectedCapabilityRoot as SelectedCapabilityRoot
    from .send_add_credits_nudge_email_params import SendAddCreditsNudgeEmailParams as SendAddCreditsNudgeEmailParams
    from .send_add_credits_nudge_email_response import SendAddCreditsNudgeEmailResponse as SendAddCreditsNudgeEmailResponse
    from .server_diagnostics_gauge import ServerDiagnosticsGauge as ServerDiagnosticsGauge
    from .server_diagnostics_process import ServerDiagnosticsProcess as ServerDiagnosticsProcess
    from .server_notification_message import ServerNotificationMessage as ServerNotificationMessage
    from .server_request_message import ServerRequestMessage as ServerRequestMessage
    from .server_request_resolved_notification import ServerRequestResolvedNotification as ServerRequestResolvedNotification
    from .server_request_resolved_notification_message import ServerRequestResolvedNotificationMessage as ServerRequestResolvedNotificationMessage
    from .session_flags_config_layer_source import SessionFlagsConfigLayerSource as SessionFlagsConfigLayerSource
    from .session_migration import SessionMigration as SessionMigration
    from .session_source import SessionSource as SessionSource
    from .session_source_kind import SessionSourceKind as SessionSourceKind
    from .settings import Settings as Settings
    from .skill_dependencies import SkillDependencies as SkillDependencies
    from .skill_error_info import SkillErrorInfo as SkillErrorInfo
    from .skill_interface import SkillInterface as SkillInterface
    from .skill_metadata import SkillMetadata as SkillMetadata
    from .skill_migration import SkillMigration as SkillMigration
    from .skill_scope import SkillScope as SkillScope
    from .skill_summary import SkillSummary as SkillSummary
    from .skill_tool_dependency import SkillToolDependency as SkillToolDependency
    from .skill_user_input import SkillUserInput as SkillUserInput
    from .skills_changed_notification import SkillsChangedNotification as SkillsChangedNotification
    from .skills_changed_notification_message import SkillsChangedNotificationMessage as SkillsChangedNotificationMessage
    from .skills_config_write_params import SkillsConfigWriteParams as SkillsConfigWriteParams
    from .skills_config_write_request_message import SkillsConfigWriteRequestMessage as SkillsConfigWriteRequestMessage
    from .skills_config_write_response import SkillsConfigWriteResponse as SkillsConfigWriteResponse
    from .skills_extra_roots_set_params import SkillsExtraRootsSetParams as SkillsExtraRootsSetParams
    from .skills_extra_roots_set_request_message import SkillsExtraRootsSetRequestMessage as SkillsExtraRootsSetRequestMessage
    from .skills_extra_roots_set_response import SkillsExtraRootsSetResponse as SkillsExtraRootsSetResponse
    from .skills_list_entry import SkillsListEntry as SkillsListEntry
    from .skills_list_params import SkillsListParams as SkillsListParams
    from .skills_list_request_message import SkillsListRequestMessage as SkillsListRequestMessage
    from .skills_list_response import SkillsListResponse as SkillsListResponse
    from .slash_tmp_file_system_special_path import SlashTmpFileSystemSpecialPath as SlashTmpFileSystemSpecialPath
    from .sleep_thread_item import SleepThreadItem as SleepThreadItem
    from .sort_direction import SortDirection as SortDirection
    from .special_file_system_path import SpecialFileSystemPath as SpecialFileSystemPath
    from .spend_control_limit_snapshot import SpendControlLimitSnapshot as SpendControlLimitSnapshot
    from .strict_review_required_notification import StrictReviewRequiredNotification as StrictReviewRequiredNotification
    from .sub_agent_activity_kind import SubAgentActivityKind as SubAgentActivityKind
    from .sub_agent_activity_thread_item import SubAgentActivityThreadItem as SubAgentActivityThreadItem
    from .sub_agent_session_source import SubAgentSessionSource as SubAgentSessionSource
    from .sub_agent_source import SubAgentSource as SubAgentSource
    from .sub_agent_source_kind import SubAgentSourceKind as SubAgentSourceKind
    from .subagent_migration import SubagentMigration as SubagentMigration
    from .summary_text_reasoning_item_reasoning_summary import SummaryTextReasoningItemReasoningSummary as SummaryTextReasoningItemReasoningSummary
    from .system_config_layer_source import SystemConfigLayerSource as SystemConfigLayerSource
    from .system_error_thread_status import SystemErrorThreadStatus as SystemErrorThreadStatus
    from .terminal_interaction_notification import TerminalInteractionNotification as TerminalInteractionNotification
    from .text_element import TextElement as TextElement
    from .text_position import TextPosition as TextPosition
    from .text_range import TextRange as TextRange
    from .text_reasoning_item_content import TextReasoningItemContent as TextReasoningItemContent
    from .text_resource_content import TextResourceContent as TextResourceContent
    from .text_user_input import TextUserInput as TextUserInput
    from .thread import Thread as Thread
    from .thread_active_flag import ThreadActiveFlag as ThreadActiveFlag
    from .thread_approve_guardian_denied_action_params import ThreadApproveGuardianDeniedActionParams as ThreadApproveGuardianDeniedActionParams
    from .thread_approve_guardian_denied_action_request_message import ThreadApproveGuardianDeniedActionRequestMessage as ThreadApproveGuardianDeniedActionRequestMessage
    from .thread_approve_guardian_denied_action_response import ThreadApproveGuardianDeniedActionResponse as ThreadApproveGuardianDeniedActionResponse
    from .thread_archive_params import ThreadArchiveParams as ThreadArchiveParams
    from .thread_archive_request_message import ThreadArchiveRequestMessage as ThreadArchiveRequestMessage
    from .thread_archive_response import ThreadArchiveResponse as ThreadArchiveResponse
    from .thread_archived_notification import ThreadArchivedNotification as ThreadArchivedNotification
    from .thread_archived_notification_message import ThreadArchivedNotificationMessage as ThreadArchivedNotificationMessage
    from .thread_attachment import ThreadAttachment as ThreadAttachment
    from .thread_attachment_add_outcome import ThreadAttachmentAddOutcome as ThreadAttachmentAddOutcome
    from .thread_attachment_add_params import ThreadAttachmentAddParams as ThreadAttachmentAddParams
    from .thread_attachment_add_request_message import ThreadAttachmentAddRequestMessage as ThreadAttachmentAddRequestMessage
    from .thread_attachment_add_response import ThreadAttachmentAddResponse as ThreadAttachmentAddResponse
    from .thread_attachment_list_params import ThreadAttachmentListParams as ThreadAttachmentListParams
    from .thread_attachment_list_request_message import ThreadAttachmentListRequestMessage as ThreadAttachmentListRequestMessage
    from .thread_attachment_list_response import ThreadAttachmentListResponse as ThreadAttachmentListResponse
    from .thread_attachment_operation import ThreadAttachmentOperation as ThreadAttachmentOperation
    from .thread_attachment_owner import ThreadAttachmentOwner as ThreadAttachmentOwner
    from .thread_attachment_owner_list_params import ThreadAttachmentOwnerListParams as ThreadAttachmentOwnerListParams
    from .thread_attachment_owner_list_request_message import ThreadAttachmentOwnerListRequestMessage as ThreadAttachmentOwnerListRequestMessage
    from .thread_attachment_owner_list_response import ThreadAttachmentOwnerListResponse as ThreadAttachmentOwnerListResponse
    from .thread_attachment_remove_params import ThreadAttachmentRemoveParams as ThreadAttachmentRemoveParams
    from .thread_attachment_remove_request_message import ThreadAttachmentRemoveRequestMessage as ThreadAttachmentRemoveRequestMessage
    from .thread_attachment_remove_response import ThreadAttachmentRemoveResponse as ThreadAttachmentRemoveResponse
    from .thread_attachment_updated_notification import ThreadAttachmentUpdatedNotification as ThreadAttachmentUpdatedNotification
    from .thread_attachment_updated_notification_message import ThreadAttachmentUpdatedNotificationMessage as ThreadAttachmentUpdatedNotificationMessage
    from .thread_closed_notification import ThreadClosedNotification as ThreadClosedNotification
    from .thread_closed_notification_message import ThreadClosedNotificationMessage as ThreadClosedNotificationMessage
    from .thread_compact_start_params import ThreadCompactStartParams as ThreadCompactStartParams
    from .thread_compact_start_request_message import ThreadCompactStartRequestMessage as ThreadCompactStartRequestMessage
    from .thread_compact_start_response import ThreadCompactStartResponse as ThreadCompactStartResponse
    from .thread_compacted_notification_message import ThreadCompactedNotificationMessage as ThreadCompactedNotificationMessage
    from .thread_delete_params import ThreadDeleteParams as ThreadDeleteParams
    from .thread_delete_request_message import ThreadDeleteRequestMessage as ThreadDeleteRequestMessage
    from .thread_delete_response import ThreadDeleteResponse as ThreadDeleteResponse
    from .thread_deleted_notification import ThreadDeletedNotification as ThreadDeletedNotification
    from .thread_deleted_notification_message import ThreadDeletedNotificationMessage as ThreadDeletedNotificationMessage
    from .thread_environment import ThreadEnvironment as ThreadEnvironment
    from .thread_environment_connected_notification_message import ThreadEnvironmentConnectedNotificationMessage as ThreadEnvironmentConnectedNotificationMessage
    from .thread_environment_disconnected_notification_message import ThreadEnvironmentDisconnectedNotificationMessage as ThreadEnvironmentDisconnectedNotificationMessage
    from .thread_extra import ThreadExtra as ThreadExtra
    from .thread_fork_params import ThreadForkParams as ThreadForkParams
    from .thread_fork_request_message import ThreadForkRequestMessage as ThreadForkRequestMessage
    from .thread_fork_response import ThreadForkResponse as ThreadForkResponse
    from .thread_goal import ThreadGoal as ThreadGoal
    from .thread_goal_clear_params import ThreadGoalClearParams as ThreadGoalClearParams
    from .thread_goal_clear_request_message import ThreadGoalClearRequestMessage as ThreadGoalClearRequestMessage
    from .thread_goal_clear_response import ThreadGoalClearResponse as ThreadGoalClearResponse
    from .thread_goal_cleared_notification import ThreadGoalClearedNotification as ThreadGoalClearedNotification
    from .thread_goal_cleared_notification_message import ThreadGoalClearedNotificationMessage as ThreadGoalClearedNotificationMessage
    from .thread_goal_get_params import ThreadGoalGetParams as ThreadGoalGetParams
    from .thread_goal_get_request_message import ThreadGoalGetRequestMessage as ThreadGoalGetRequestMessage
    from .thread_goal_get_response import ThreadGoalGetResponse as ThreadGoalGetResponse
    from .thread_goal_mutation_origin import ThreadGoalMutationOrigin as ThreadGoalMutationOrigin
    from .thread_goal_set_params import ThreadGoalSetParams as ThreadGoalSetParams
    from .thread_goal_set_request_message import ThreadGoalSetRequestMessage as ThreadGoalSetRequestMessage
    from .thread_goal_set_response import ThreadGoalSetResponse as ThreadGoalSetResponse
    from .thread_goal_status import ThreadGoalStatus as ThreadGoalStatus
    from .thread_goal_updated_notification import ThreadGoalUpdatedNotification as ThreadGoalUpdatedNotification
    from .thread_goal_updated_notification_message import ThreadGoalUpdatedNotificationMessage as ThreadGoalUpdatedNotificationMessage
    from .thread_history_mode import ThreadHistoryMode as ThreadHistoryMode
    from .thread_id import ThreadId as ThreadId
    from .thread_inject_items_params import ThreadInjectItemsParams as ThreadInjectItemsParams
    from .thread_inject_items_request_message import ThreadInjectItemsRequestMessage as ThreadInjectItemsRequestMessage
    from .thread_inject_items_response import ThreadInjectItemsResponse as ThreadInjectItemsResponse
    from .thread_item import ThreadItem as ThreadItem
    from .thread_item_entry import ThreadItemEntry as ThreadItemEntry
    from .thread_items_list_anchor import ThreadItemsListAnchor as ThreadItemsListAnchor
    from .thread_items_list_cursor import ThreadItemsListCursor as ThreadItemsListCursor
    from .thread_items_list_params import ThreadItemsListParams as ThreadItemsListParams
    from .thread_items_list_request_message import ThreadItemsListRequestMessage as ThreadItemsListRequestMessage
    from .thread_items_list_response import ThreadItemsListResponse as ThreadItemsListResponse
    from .thread_list_cwd_filter import ThreadListCwdFilter as ThreadListCwdFilter
    from .thread_list_params import ThreadListParams as ThreadListParams
    from .thread_list_request_message import ThreadListRequestMessage as ThreadListRequestMessage
    from .thread_list_response import ThreadListResponse as ThreadListResponse
    from .thread_loaded_list_params import ThreadLoadedListParams as ThreadLoadedListParams
    from .thread_loaded_list_request_message import ThreadLoadedListRequestMessage as ThreadLoadedListRequestMessage
    from .thread_loaded_list_response import ThreadLoadedListResponse as ThreadLoadedListResponse
    from .thread_memory_mode import ThreadMemoryMode as ThreadMemoryMode
    from .thread_metadata_git_info_update_params import ThreadMetadataGitInfoUpdateParams as ThreadMetadataGitInfoUpdateParams
    from .thread_metadata_update_params import ThreadMetadataUpdateParams as ThreadMetadataUpdateParams
    from .thread_metadata_update_request_message import ThreadMetadataUpdateRequestMessage as ThreadMetadataUpdateRequestMessage
    from .thread_metadata_update_response import ThreadMetadataUpdateResponse as ThreadMetadataUpdateResponse
    from .thread_name_set_request_message import ThreadNameSetRequestMessage as ThreadNameSetRequestMessage
    from .thread_name_updated_notification import ThreadNameUpdatedNotification as ThreadNameUpdatedNotification
    from .thread_name_updated_notification_message import ThreadNameUpdatedNotificationMessage as ThreadNameUpdatedNotificationMessage
    from .thread_prediction_result import ThreadPredictionResult as ThreadPredictionResult
    from .thread_prediction_updated_notification import ThreadPredictionUpdatedNotification as ThreadPredictionUpdatedNotification
    from .thread_prediction_updated_notification_message import ThreadPredictionUpdatedNotificationMessage as ThreadPredictionUpdatedNotificationMessage
    from .thread_project_updated_notification import ThreadProjectUpdatedNotification as ThreadProjectUpdatedNotification
    from .thread_project_updated_notification_message import ThreadProjectUpdatedNotificationMessage as ThreadProjectUpdatedNotificationMessage
    from .thread_queue_changed_notification import ThreadQueueChangedNotification as ThreadQueueChangedNotification
    from .thread_queue_changed_notification_message import ThreadQueueChangedNotificationMessage as ThreadQueueChangedNotificationMessage
    from .thread_read_params import ThreadReadParams as ThreadReadParams
    from .thread_read_request_message import ThreadReadRequestMessage as ThreadReadRequestMessage
    from .thread_read_response import ThreadReadResponse as ThreadReadResponse
    from .thread_read_state import ThreadReadState as ThreadReadState
    from .thread_read_state_changed_notification import ThreadReadStateChangedNotification as ThreadReadStateChangedNotification
    from .thread_read_state_changed_notification_message import ThreadReadStateChangedNotificationMessage as ThreadReadStateChangedNotificationMessage
    from .thread_read_state_operation import ThreadReadStateOperation as ThreadReadStateOperation
    from .thread_realtime_audio_chunk import ThreadRealtimeAudioChunk as ThreadRealtimeAudioChunk
    from .thread_realtime_bem_item_presentation import ThreadRealtimeBemItemPresentation as ThreadRealtimeBemItemPresentation
    from .thread_realtime_closed_notification import ThreadRealtimeClosedNotification as ThreadRealtimeClosedNotification
    from .thread_realtime_closed_notification_message import ThreadRealtimeClosedNotificationMessage as ThreadRealtimeClosedNotificationMessage
    from .thread_realtime_error_notification import ThreadRealtimeErrorNotification as ThreadRealtimeErrorNotification
    from .thread_realtime_error_notification_message import ThreadRealtimeErrorNotificationMessage as ThreadRealtimeErrorNotificationMessage
    from .thread_realtime_initial_item import ThreadRealtimeInitialItem as ThreadRealtimeInitialItem
    from .thread_realtime_item import ThreadRealtimeItem as ThreadRealtimeItem
    from .thread_realtime_item_added_notification import ThreadRealtimeItemAddedNotification as ThreadRealtimeItemAddedNotification
    from .thread_realtime_item_added_notification_message import ThreadRealtimeItemAddedNotificationMessage as ThreadRealtimeItemAddedNotificationMessage
    from .thread_realtime_item_completed_notification import ThreadRealtimeItemCompletedNotification as ThreadRealtimeItemCompletedNotification
    from .thread_realtime_item_completed_notification_message import ThreadRealtimeItemCompletedNotificationMessage as ThreadRealtimeItemCompletedNotificationMessage
    from .thread_realtime_item_started_notification import ThreadRealtimeItemStartedNotification as ThreadRealtimeItemStartedNotification
    from .thread_realtime_item_started_notification_message import ThreadRealtimeItemStartedNotificationMessage as ThreadRealtimeItemStartedNotificationMessage
    from .thread_realtime_item_transcript_delta_notification import ThreadRealtimeItemTranscriptDeltaNotification as ThreadRealtimeItemTranscriptDeltaNotification
    from .thread_realtime_item_transcript_delta_notification_message import ThreadRealtimeItemTranscriptDeltaNotificationMessage as ThreadRealtimeItemTranscriptDeltaNotificationMessage
    from .thread_realtime_output_audio_delta_notification import ThreadRealtimeOutputAudioDeltaNotification as ThreadRealtimeOutputAudioDeltaNotification
    from .thread_realtime_output_audio_delta_notification_message import ThreadRealtimeOutputAudioDeltaNotificationMessage as ThreadRealtimeOutputAudioDeltaNotificationMessage
    from .thread_realtime_sdp_notification import ThreadRealtimeSdpNotification as ThreadRealtimeSdpNotification
    from .thread_realtime_sdp_notification_message import ThreadRealtimeSdpNotificationMessage as ThreadRealtimeSdpNotificationMessage
    from .thread_realtime_session_outcome import ThreadRealtimeSessionOutcome as ThreadRealtimeSessionOutcome
    from .thread_realtime_start_transport import ThreadRealtimeStartTransport as ThreadRealtimeStartTransport
    from .thread_realtime_started_notification import ThreadRealtimeStartedNotification as ThreadRealtimeStartedNotification
    from .thread_realtime_started_notification_message import ThreadRealtimeStartedNotificationMessage as ThreadRealtimeStartedNotificationMessage
    from .thread_realtime_transcript_delta_notification import ThreadRealtimeTranscriptDeltaNotification as ThreadRealtimeTranscriptDeltaNotification
    from .thread_realtime_transcript_delta_notification_message import ThreadRealtimeTranscriptDeltaNotificationMessage as ThreadRealtimeTranscriptDeltaNotificationMessage
    from .thread_realtime_transcript_done_notification import ThreadRealtimeTranscriptDoneNotification as ThreadRealtimeTranscriptDoneNotification
    from .thread_realtime_transcript_done_notification_message import ThreadRealtimeTranscriptDoneNotificationMessage as ThreadRealtimeTranscriptDoneNotificationMessage
    from .thread_realtime_transcript_role import ThreadRealtimeTranscriptRole as ThreadRealtimeTranscriptRole
    from .thread_resume_initial_turns_page_params import ThreadResumeInitialTurnsPageParams as ThreadResumeInitialTurnsPageParams
    from .thread_resume_params import ThreadResumeParams as ThreadResumeParams
    from .thread_resume_request_message import ThreadResumeRequestMessage as ThreadResumeRequestMessage
    from .thread_resume_response import ThreadResumeResponse as ThreadResumeResponse
    from .thread_revert_params import ThreadRevertParams as ThreadRevertParams
    from .thread_revert_request_message import ThreadRevertRequestMessage as ThreadRevertRequestMessage
    from .thread_revert_response import ThreadRevertResponse as ThreadRevertResponse
    from .thread_reverted_notification import ThreadRevertedNotification as ThreadRevertedNotification
    from .thread_reverted_notification_message import ThreadRevertedNotificationMessage as ThreadRevertedNotificationMessage
    from .thread_search_result import ThreadSearchResult as ThreadSearchResult
    from .thread_search_sort_key import ThreadSearchSortKey as ThreadSearchSortKey
    from .thread_section import ThreadSection as ThreadSection
    from .thread_section_appearance import ThreadSectionAppearance as ThreadSectionAppearance
    from .thread_section_create_params import ThreadSectionCreateParams as ThreadSectionCreateParams
    from .thread_section_create_request_message import ThreadSectionCreateRequestMessage as ThreadSectionCreateRequestMessage
    from .thread_section_create_response import ThreadSectionCreateResponse as ThreadSectionCreateResponse
    from .thread_section_delete_params import ThreadSectionDeleteParams as ThreadSectionDeleteParams
    from .thread_section_delete_request_message import ThreadSectionDeleteRequestMessage as ThreadSectionDeleteRequestMessage
    from .thread_section_delete_response import ThreadSectionDeleteResponse as ThreadSectionDeleteResponse
    from .thread_section_list_params import ThreadSectionListParams as ThreadSectionListParams
    from .thread_section_list_request_message import ThreadSectionListRequestMessage as ThreadSectionListRequestMessage
    from .thread_section_list_response import ThreadSectionListResponse as ThreadSectionListResponse
    from .thread_section_move_params import ThreadSectionMoveParams as ThreadSectionMoveParams
    from .thread_section_move_request_message import ThreadSectionMoveRequestMessage as ThreadSectionMoveRequestMessage
    from .thread_section_move_response import ThreadSectionMoveResponse as ThreadSectionMoveResponse
    from .thread_section_update_params import ThreadSectionUpdateParams as ThreadSectionUpdateParams
    from .thread_section_update_request_message import ThreadSectionUpdateRequestMessage as ThreadSectionUpdateRequestMessage
    from .thread_section_update_response import ThreadSectionUpdateResponse as ThreadSectionUpdateResponse
    from .thread_set_name_params import ThreadSetNameParams as ThreadSetNameParams
    from .thread_set_name_response import ThreadSetNameResponse as ThreadSetNameResponse
    from .thread_settings import ThreadSettings as ThreadSettings
    from .thread_settings_updated_notification import ThreadSettingsUpdatedNotification as ThreadSettingsUpdatedNotification
    from .thread_settings_updated_notification_message import ThreadSettingsUpdatedNotificationMessage as ThreadSettingsUpdatedNotificationMessage
    from .thread_shell_command_params import ThreadShellCommandParams as ThreadShellCommandParams
    from .thread_shell_command_request_message import ThreadShellCommandRequestMessage as ThreadShellCommandRequestMessage
    from .thread_shell_command_response import ThreadShellCommandResponse as ThreadShellCommandResponse
    from .thread_sort_key import ThreadSortKey as ThreadSortKey
    from .thread_source import ThreadSource as ThreadSource
    from .thread_source_kind import ThreadSourceKind as ThreadSourceKind
    from .thread_spawn_sub_agent_source import ThreadSpawnSubAgentSource as ThreadSpawnSubAgentSource
    from .thread_spawn_sub_agent_source_payload import ThreadSpawnSubAgentSourcePayload as ThreadSpawnSubAgentSourcePayload
    from .thread_start_params import ThreadStartParams as ThreadStartParams
    from .thread_start_request_message import ThreadStartRequestMessage as ThreadStartRequestMessage
    from .thread_start_response import ThreadStartResponse as ThreadStartResponse
    from .thread_start_source import ThreadStartSource as ThreadStartSource
    from .thread_start_thread_unread_position import ThreadStartThreadUnreadPosition as ThreadStartThreadUnreadPosition
    from .thread_started_notification import ThreadStartedNotification as ThreadStartedNotification
    from .thread_started_notification_message import ThreadStartedNotificationMessage as ThreadStartedNotificationMessage
    from .thread_status import ThreadStatus as ThreadStatus
    from .thread_status_changed_notification import ThreadStatusChangedNotification as ThreadStatusChangedNotification
    from .thread_status_changed_notification_message import ThreadStatusChangedNotificationMessage as ThreadStatusChangedNotificationMessage
    from .thread_timeline_entry import ThreadTimelineEntry as ThreadTimelineEntry
    from .thread_token_usage import ThreadTokenUsage as ThreadTokenUsage
    from .thread_token_usage_updated_notification import ThreadTokenUsageUpdatedNotification as ThreadTokenUsageUpdatedNotification
    from .thread_token_usage_updated_notification_message import ThreadTokenUsageUpdatedNotificationMessage as ThreadTokenUsageUpdatedNotificationMessage
    from .thread_turns_list_params import ThreadTurnsListParams as ThreadTurnsListParams
    from .thread_turns_list_request_message import ThreadTurnsListRequestMessage as ThreadTurnsListRequestMessage
    from .thread_turns_list_response import ThreadTurnsListResponse as ThreadTurnsListResponse
    from .thread_unarchive_params import ThreadUnarchiveParams as ThreadUnarchiveParams
    from .thread_unarchive_request_message import ThreadUnarchiveRequestMessage as ThreadUnarchiveRequestMessage
    from .thread_unarchive_response import ThreadUnarchiveResponse as ThreadUnarchiveResponse
    from .thread_unarchived_notification import ThreadUnarchivedNotification as ThreadUnarchivedNotification
    from .thread_unarchived_notification_message import ThreadUnarchivedNotificationMessage as ThreadUnarchivedNotificationMessage
    from .thread_unread_position import ThreadUnreadPosition as ThreadUnreadPosition
    from .thread_unsubscribe_params import ThreadUnsubscribeParams as ThreadUnsubscribeParams
    from .thread_unsubscribe_request_message import ThreadUnsubscribeRequestMessage as ThreadUnsubscribeRequestMessage
    from .thread_unsubscribe_response import ThreadUnsubscribeResponse as ThreadUnsubscribeResponse
    from .thread_unsubscribe_status import ThreadUnsubscribeStatus as ThreadUnsubscribeStatus
    from .thread_usage import ThreadUsage as ThreadUsage
    from .thread_usage_breakdown_group import ThreadUsageBreakdownGroup as ThreadUsageBreakdownGroup
    from .tmpdir_file_system_special_path import TmpdirFileSystemSpecialPath as TmpdirFileSystemSpecialPath
    from .token_usage_breakdown import TokenUsageBreakdown as TokenUsageBreakdown
    from .tool import Tool as Tool
    from .tool_exposure_surface import ToolExposureSurface as ToolExposureSurface
    from .tool_request_user_input_answer import ToolRequestUserInputAnswer as ToolRequestUserInputAnswer
    from .tool_request_user_input_option import ToolRequestUserInputOption as ToolRequestUserInputOption
    from .tool_request_user_input_params import ToolRequestUserInputParams as ToolRequestUserInputParams
    from .tool_request_user_input_question import ToolRequestUserInputQuestion as ToolRequestUserInputQuestion
    from .tool_request_user_input_response import ToolRequestUserInputResponse as ToolRequestUserInputResponse
    from .tool_search_call_response_item import ToolSearchCallResponseItem as ToolSearchCallResponseItem
    from .tool_search_output_response_item import ToolSearchOutputResponseItem as ToolSearchOutputResponseItem
    from .tools_v2 import ToolsV2 as ToolsV2
    from .transcript_segment_thread_realtime_item import TranscriptSegmentThreadRealtimeItem as TranscriptSegmentThreadRealtimeItem
    from .turn import Turn as Turn
    from .turn_completed_notification import TurnCompletedNotification as TurnCompletedNotification
    from .turn_completed_notification_message import TurnCompletedNotificationMessage as TurnCompletedNotificationMessage
    from .turn_completed_thread_timeline_entry import TurnCompletedThreadTimelineEntry as TurnCompletedThreadTimelineEntry
    from .turn_diff_updated_notification import TurnDiffUpdatedNotification as TurnDiffUpdatedNotification
    from .turn_diff_updated_notification_message import TurnDiffUpdatedNotificationMessage as TurnDiffUpdatedNotificationMessage
    from .turn_environment_params import TurnEnvironmentParams as TurnEnvironmentParams
    from .turn_error import TurnError as TurnError
    from .turn_interrupt_params import TurnInterruptParams as TurnInterruptParams
    from .turn_interrupt_request_message import TurnInterruptRequestMessage as TurnInterruptRequestMessage
    from .turn_interrupt_response import TurnInterruptResponse as TurnInterruptResponse
    from .turn_items_view import TurnItemsView as TurnItemsView
    from .turn_moderation_metadata_notification import TurnModerationMetadataNotification as TurnModerationMetadataNotification
    from .turn_moderation_metadata_notification_message import TurnModerationMetadataNotificationMessage as TurnModerationMetadataNotificationMessage
    from .turn_plan_step import TurnPlanStep as TurnPlanStep
    from .turn_plan_step_status import TurnPlanStepStatus as TurnPlanStepStatus
    from .turn_plan_updated_notification import TurnPlanUpdatedNotification as TurnPlanUpdatedNotification
    from .turn_plan_updated_notification_message import TurnPlanUpdatedNotificationMessage as TurnPlanUpdatedNotificationMessage
    from .turn_start_params import TurnStartParams as TurnStartParams
    from .turn_start_request_message import TurnStartRequestMessage as TurnStartRequestMessage
    from .turn_start_response import TurnStartResponse as TurnStartResponse
    from .turn_started_notification import TurnStartedNotification as TurnStartedNotification
    from .turn_started_notification_message import TurnStartedNotificationMessage as TurnStartedNotificationMessage
    from .turn_started_thread_timeline_entry import TurnStartedThreadTimelineEntry as TurnStartedThreadTimelineEntry
    from .turn_status import TurnStatus as TurnStatus
    from .turn_steer_params import TurnSteerParams as TurnSteerParams
    from .turn_steer_request_message import TurnSteerRequestMessage as TurnSteerRequestMessage
    from .turn_steer_response import TurnSteerResponse as TurnSteerResponse
    from .turn_thread_unread_position import TurnThreadUnreadPosition as TurnThreadUnreadPosition
    from .turn_tool_output import TurnToolOutput as TurnToolOutput
    from .turns_page import TurnsPage as TurnsPage
    from .uncommitted_changes_review_target import UncommittedChangesReviewTarget as UncommittedChangesReviewTarget
    from .unknown_command_action import UnknownCommandAction as UnknownCommandAction
    from .unknown_file_system_special_path import UnknownFileSystemSpecialPath as UnknownFileSystemSpecialPath
    from .unknown_parsed_command import UnknownParsedCommand as UnknownParsedCommand
    from .unread_thread_read_state_operation import UnreadThreadReadStateOperation as UnreadThreadReadStateOperation
    from .unrecognized_account import UnrecognizedAccount as UnrecognizedAccount
    from .unrecognized_agent_message_input_content import UnrecognizedAgentMessageInputContent as UnrecognizedAgentMessageInputContent
    from .unrecognized_ask_for_approval import UnrecognizedAskForApproval as UnrecognizedAskForApproval
    from .unrecognized_client_request_message import UnrecognizedClientRequestMessage as UnrecognizedClientRequestMessage
    from .unrecognized_codex_error_info import UnrecognizedCodexErrorInfo as UnrecognizedCodexErrorInfo
    from .unrecognized_command_action import UnrecognizedCommandAction as UnrecognizedCommandAction
    from .unrecognized_command_execution_approval_decision import UnrecognizedCommandExecutionApprovalDecision as UnrecognizedCommandExecutionApprovalDecision
    from .unrecognized_config_layer_source import UnrecognizedConfigLayerSource as UnrecognizedConfigLayerSource
    from .unrecognized_configured_hook_handler import UnrecognizedConfiguredHookHandler as UnrecognizedConfiguredHookHandler
    from .unrecognized_content_item import UnrecognizedContentItem as UnrecognizedContentItem
    from .unrecognized_dynamic_tool_call_output_content_item import UnrecognizedDynamicToolCallOutputContentItem as UnrecognizedDynamicToolCallOutputContentItem
    from .unrecognized_dynamic_tool_spec import UnrecognizedDynamicToolSpec as UnrecognizedDynamicToolSpec
    from .unrecognized_file_change import UnrecognizedFileChange as UnrecognizedFileChange
    from .unrecognized_file_system_path import UnrecognizedFileSystemPath as UnrecognizedFileSystemPath
    from .unrecognized_file_system_special_path import UnrecognizedFileSystemSpecialPath as UnrecognizedFileSystemSpecialPath
    from .unrecognized_function_call_output_content_item import UnrecognizedFunctionCallOutputContentItem as UnrecognizedFunctionCallOutputContentItem
    from .unrecognized_guardian_approval_review_action import UnrecognizedGuardianApprovalReviewAction as UnrecognizedGuardianApprovalReviewAction
    from .unrecognized_hook_metadata import UnrecognizedHookMetadata as UnrecognizedHookMetadata
    from .unrecognized_login_account_params import UnrecognizedLoginAccountParams as UnrecognizedLoginAccountParams
    from .unrecognized_login_account_response import UnrecognizedLoginAccountResponse as UnrecognizedLoginAccountResponse
    from .unrecognized_mcp_server_elicitation_request_params import UnrecognizedMcpServerElicitationRequestParams as UnrecognizedMcpServerElicitationRequestParams
    from .unrecognized_multi_agent_mode import UnrecognizedMultiAgentMode as UnrecognizedMultiAgentMode
    from .unrecognized_parsed_command import UnrecognizedParsedCommand as UnrecognizedParsedCommand
    from .unrecognized_patch_change_kind import UnrecognizedPatchChangeKind as UnrecognizedPatchChangeKind
    from .unrecognized_plugin_source import UnrecognizedPluginSource as UnrecognizedPluginSource
    from .unrecognized_reasoning_item_content import UnrecognizedReasoningItemContent as UnrecognizedReasoningItemContent
    from .unrecognized_response_item import UnrecognizedResponseItem as UnrecognizedResponseItem
    from .unrecognized_responses_api_web_search_action import UnrecognizedResponsesApiWebSearchAction as UnrecognizedResponsesApiWebSearchAction
    from .unrecognized_review_decision import UnrecognizedReviewDecision as UnrecognizedReviewDecision
    from .unrecognized_review_target import UnrecognizedReviewTarget as UnrecognizedReviewTarget
    from .unrecognized_sandbox_policy import UnrecognizedSandboxPolicy as UnrecognizedSandboxPolicy
    from .unrecognized_scheduled_task_schedule import UnrecognizedScheduledTaskSchedule as UnrecognizedScheduledTaskSchedule
    from .unrecognized_server_notification_message import UnrecognizedServerNotificationMessage as UnrecognizedServerNotificationMessage
    from .unrecognized_server_request_message import UnrecognizedServerRequestMessage as UnrecognizedServerRequestMessage
    from .unrecognized_session_source import UnrecognizedSessionSource as UnrecognizedSessionSource
    from .unrecognized_sub_agent_source import UnrecognizedSubAgentSource as UnrecognizedSubAgentSource
    from .unrecognized_thread_item import UnrecognizedThreadItem as UnrecognizedThreadItem
    from .unrecognized_thread_prediction_result import UnrecognizedThreadPredictionResult as UnrecognizedThreadPredictionResult
    from .unrecognized_thread_read_state_operation import UnrecognizedThreadReadStateOperation as UnrecognizedThreadReadStateOperation
    from .unrecognized_thread_realtime_bem_item_presentation import UnrecognizedThreadRealtimeBemItemPresentation as UnrecognizedThreadRealtimeBemItemPresentation
    from .unrecognized_thread_realtime_item import UnrecognizedThreadRealtimeItem as UnrecognizedThreadRealtimeItem
    from .unrecognized_thread_realtime_start_transport import UnrecognizedThreadRealtimeStartTransport as UnrecognizedThreadRealtimeStartTransport
    from .unrecognized_thread_status import UnrecognizedThreadStatus as UnrecognizedThreadStatus
    from .unrecognized_thread_timeline_entry import UnrecognizedThreadTimelineEntry as UnrecognizedThreadTimelineEntry
    from .unrecognized_thread_unread_position import UnrecognizedThreadUnreadPosition as UnrecognizedThreadUnreadPosition
    from .unrecognized_user_input import UnrecognizedUserInput as UnrecognizedUserInput
    from .unrecognized_web_search_action import UnrecognizedWebSearchAction as UnrecognizedWebSearchAction
    from .update_file_change import UpdateFileChange as UpdateFileChange
    from .update_patch_change_kind import UpdatePatchChangeKind as UpdatePatchChangeKind
    from .url_mcp_server_elicitation_request_params import UrlMcpServerElicitationRequestParams as UrlMcpServerElicitationRequestParams
    from .usage_limit_exceeded_image_generation_failure import UsageLimitExceededImageGenerationFailure as UsageLimitExceededImageGenerationFailure
    from .user_config_layer_source import UserConfigLayerSource as UserConfigLayerSource
    from .user_input import UserInput as UserInput
    from .user_message_thread_item import UserMessageThreadItem as UserMessageThreadItem
    from .verbosity import Verbosity as Verbosity
    from .w3c_trace_context import W3cTraceContext as W3cTraceContext
    from .warning_notification import WarningNotification as WarningNotification
    from .warning_notification_message import WarningNotificationMessage as WarningNotificationMessage
    from .web_search_action import WebSearchAction as WebSearchAction
    from .web_search_call_response_item import WebSearchCallResponseItem as WebSearchCallResponseItem
    from .web_search_context_size import WebSearchContextSize as WebSearchContextSize
    from .web_search_location import WebSearchLocation as WebSearchLocation
    from .web_search_mode import WebSearchMode as WebSearchMode
    from .web_search_thread_item import WebSearchThreadItem as WebSearchThreadItem
    from .web_search_tool_config import WebSearchToolConfig as WebSearchToolConfig
    from .webrtc_thread_realtime_start_transport import WebrtcThreadRealtimeStartTransport as WebrtcThreadRealtimeStartTransport
    from .websocket_thread_realtime_start_transport import WebsocketThreadRealtimeStartTransport as WebsocketThreadRealtimeStartTransport
    from .weekdays_scheduled_task_schedule import WeekdaysScheduledTaskSchedule as WeekdaysScheduledTaskSchedule
    from .weekly_scheduled_task_schedule import WeeklyScheduledTaskSchedule as WeeklyScheduledTaskSchedule
    from .whole_item_thread_realtime_bem_item_presentation import WholeItemThreadRealtimeBemItemPresentation as WholeItemThreadRealtimeBemItemPresentation
    from .windows_sandbox_implementation import WindowsSandboxImplementation as WindowsSandboxImplementation
    from .windows_sandbox_readiness import WindowsSandboxReadiness as WindowsSandboxReadiness
    from .windows_sandbox_readiness_request_message import WindowsSandboxReadinessRequestMessage as WindowsSandboxReadinessRequestMessage
    from .windows_sandbox_readiness_response import WindowsSandboxReadinessResponse as WindowsSandboxReadinessResponse
    from .windows_sandbox_setup_completed_notification import WindowsSandboxSetupCompletedNotification as WindowsSandboxSetupCompletedNotification
    from .windows_sandbox_setup_completed_notification_message import WindowsSandboxSetupCompletedNotificationMessage as WindowsSandboxSetupCompletedNotificationMessage
    from .windows_sandbox_setup_mode import WindowsSandboxSetupMode as WindowsSandboxSetupMode
    from .windows_sandbox_setup_start_params import WindowsSandboxSetupStartParams as WindowsSandboxSetupStartParams
    from .windows_sandbox_setup_start_request_message import WindowsSandboxSetupStartRequestMessage as WindowsSandboxSetupStartRequestMessage
    from .windows_sandbox_setup_start_response import WindowsSandboxSetupStartResponse as WindowsSandboxSetupStartResponse
    from .windows_world_writable_warning_notification import WindowsWorldWritableWarningNotification as WindowsWorldWritableWarningNotification
    from .windows_world_writable_warning_notification_message import WindowsWorldWritableWarningNotificationMessage as WindowsWorldWritableWarningNotificationMessage
    from .workspace_message import WorkspaceMessage as WorkspaceMessage
    from .workspace_message_type import WorkspaceMessageType as WorkspaceMessageType
    from .workspace_routing import WorkspaceRouting as WorkspaceRouting
    from .workspace_write_sandbox_policy import WorkspaceWriteSandboxPolicy as WorkspaceWriteSandboxPolicy
    from .write_status import WriteStatus as WriteStatus
    from .write_stdin_guardian_approval_review_action import WriteStdinGuardianApprovalReviewAction as WriteStdinGuardianApprovalReviewAction

_MODULES: dict[str, str] = {
    "AbsolutePathBuf": "absolute_path_buf",
    "AcceptWithExecpolicyAmendmentCommandExecutionApprovalDecision": "accept_with_execpolicy_amendment_command_execution_approval_decision",
    "AcceptWithExecpolicyAmendmentCommandExecutionApprovalDecisionPayload": "accept_with_execpolicy_amendment_command_execution_approval_decision_payload",
    "Account": "account",
    "AccountChatgptAuthTokensRefreshRequestMessage": "account_chatgpt_auth_tokens_refresh_request_message",
    "AccountGatewayOAuthCancelRequestMessage": "account_gateway_o_auth_cancel_request_message",
    "AccountGatewayOAuthChangedNotificationMessage": "account_gateway_o_auth_changed_notification_message",
    "AccountGatewayOAuthLoginRequestMessage": "account_gateway_o_auth_login_request_message",
    "AccountGatewayOAuthReadRequestMessage": "account_gateway_o_auth_read_request_message",
    "AccountLoginCancelRequestMessage": "account_login_cancel_request_message",
    "AccountLoginCompletedNotification": "account_login_completed_notification",
    "AccountLoginCompletedNotificationMessage": "account_login_completed_notification_message",
    "AccountLoginStartRequestMessage": "account_login_start_request_message",
    "AccountLogoutRequestMessage": "account_logout_request_message",
    "AccountRateLimitResetCreditConsumeRequestMessage": "account_rate_limit_reset_credit_consume_request_message",
    "AccountRateLimitsReadRequestMessage": "account_rate_limits_read_request_message",
    "AccountRateLimitsUpdatedNotification": "account_rate_limits_updated_notification",
    "AccountRateLimitsUpdatedNotificationMessage": "account_rate_limits_updated_notification_message",
    "AccountReadRequestMessage": "account_read_request_message",
    "AccountRoutingOverride": "account_routing_override",
    "AccountSendAddCreditsNudgeEmailRequestMessage": "account_send_add_credits_nudge_email_request_message",
    "AccountTokenUsageDailyBucket": "account_token_usage_daily_bucket",
    "AccountTokenUsageSummary": "account_token_usage_summary",
    "AccountUpdatedNotification": "account_updated_notification",
    "AccountUpdatedNotificationMessage": "account_updated_notification_message",
    "AccountUsageReadRequestMessage": "account_usage_read_request_message",
    "AccountWorkspaceMessagesReadRequestMessage": "account_workspace_messages_read_request_message",
    "ActivePermissionProfile": "active_permission_profile",
    "ActiveThreadStatus": "active_thread_status",
    "ActiveTurnNotSteerableCodexErrorInfo": "active_turn_not_steerable_codex_error_info",
    "ActiveTurnNotSteerableCodexErrorInfoPayload": "active_turn_not_steerable_codex_error_info_payload",
    "AddCreditsNudgeCreditType": "add_credits_nudge_credit_type",
    "AddCreditsNudgeEmailStatus": "add_credits_nudge_email_status",
    "AddFileChange": "add_file_change",
    "AddPatchChangeKind": "add_patch_change_kind",
    "AdditionalContextEntry": "additional_context_entry",
    "AdditionalContextKind": "additional_context_kind",
    "AdditionalFileSystemPermissions": "additional_file_system_permissions",
    "AdditionalNetworkPermissions": "additional_network_permissions",
    "AdditionalPermissionProfile": "additional_permission_profile",
    "AdditionalToolsResponseItem": "additional_tools_response_item",
    "AgentConfiguredHookHandler": "agent_configured_hook_handler",
    "AgentHookMetadata": "agent_hook_metadata",
    "AgentMessageDelivery": "agent_message_delivery",
    "AgentMessageDeltaNotification": "agent_message_delta_notification",
    "AgentMessageInputContent": "agent_message_input_content",
    "AgentMessageResponseItem": "agent_message_response_item",
    "AgentMessageThreadItem": "agent_message_thread_item",
    "AgentPath": "agent_path",
    "AllowDenyRequirement": "allow_deny_requirement",
    "AmazonBedrockAccessKeysLoginAccountParams": "amazon_bedrock_access_keys_login_account_params",
    "AmazonBedrockAccount": "amazon_bedrock_account",
    "AmazonBedrockLoginAccountParams": "amazon_bedrock_login_account_params",
    "AmazonBedrockLoginAccountResponse": "amazon_bedrock_login_account_response",
    "AnalyticsConfig": "analytics_config",
    "ApiKeyAccount": "api_key_account",
    "ApiKeyLoginAccountParams": "api_key_login_account_params",
    "ApiKeyLoginAccountResponse": "api_key_login_account_response",
    "AppBranding": "app_branding",
    "AppConfig": "app_config",
    "AppInfo": "app_info",
    "AppInstalledRequestMessage": "app_installed_request_message",
    "AppLinkConfig": "app_link_config",
    "AppLinksConfig": "app_links_config",
    "AppListRequestMessage": "app_list_request_message",
    "AppListUpdatedNotification": "app_list_updated_notification",
    "AppListUpdatedNotificationMessage": "app_list_updated_notification_message",
    "AppMetadata": "app_metadata",
    "AppReadRequestMessage": "app_read_request_message",
    "AppReview": "app_review",
    "AppScreenshot": "app_screenshot",
    "AppSummary": "app_summary",
    "AppTemplateSummary": "app_template_summary",
    "AppTemplateUnavailableReason": "app_template_unavailable_reason",
    "AppToolApproval": "app_tool_approval",
    "AppToolConfig": "app_tool_config",
    "AppToolSummary": "app_tool_summary",
    "AppToolsConfig": "app_tools_config",
    "ApplicationNetworkRequirements": "application_network_requirements",
    "ApplicationRequirements": "application_requirements",
    "ApplyNetworkPolicyAmendmentCommandExecutionApprovalDecision": "apply_network_policy_amendment_command_execution_approval_decision",
    "ApplyNetworkPolicyAmendmentCommandExecutionApprovalDecisionPayload": "apply_network_policy_amendment_command_execution_approval_decision_payload",
    "ApplyPatchApprovalParams": "apply_patch_approval_params",
    "ApplyPatchApprovalRequestMessage": "apply_patch_approval_request_message",
    "ApplyPatchApprovalResponse": "apply_patch_approval_response",
    "ApplyPatchGuardianApprovalReviewAction": "apply_patch_guardian_approval_review_action",
    "ApprovalsReviewer": "approvals_reviewer",
    "ApprovedExecpolicyAmendmentReviewDecision": "approved_execpolicy_amendment_review_decision",
    "ApprovedExecpolicyAmendmentReviewDecisionPayload": "approved_execpolicy_amendment_review_decision_payload",
    "AppsConfig": "apps_config",
    "AppsDefaultConfig": "apps_default_config",
    "AppsInstalledParams": "apps_installed_params",
    "AppsInstalledResponse": "apps_installed_response",
    "AppsListParams": "apps_list_params",
    "AppsListResponse": "apps_list_response",
    "AppsReadParams": "apps_read_params",
    "AppsReadResponse": "apps_read_response",
    "AskForApproval": "ask_for_approval",
    "AskForApprovalKind": "ask_for_approval_kind",
    "AsyncUserInputQuestion": "async_user_input_question",
    "AttestationGenerateParams": "attestation_generate_params",
    "AttestationGenerateRequestMessage": "attestation_generate_request_message",
    "AttestationGenerateResponse": "attestation_generate_response",
    "AudioUserInput": "audio_user_input",
    "AuthMode": "auth_mode",
    "AuthRecoveryNotification": "auth_recovery_notification",
    "AutoApprovalReviewStrictReviewRequiredNotificationMessage": "auto_approval_review_strict_review_required_notification_message",
    "AutoCompactTokenLimitScope": "auto_compact_token_limit_scope",
    "AutoReviewDecisionSource": "auto_review_decision_source",
    "AutoReviewRequirements": "auto_review_requirements",
    "BaseBranchReviewTarget": "base_branch_review_target",
    "BemItemPromotedThreadRealtimeItem": "bem_item_promoted_thread_realtime_item",
    "BlobResourceContent": "blob_resource_content",
    "BrowserUseAccessApprovalLifetime": "browser_use_access_approval_lifetime",
    "BrowserUseConfig": "browser_use_config",
    "BrowserUseExtensionRequirements": "browser_use_extension_requirements",
    "BrowserUseOriginPolicy": "browser_use_origin_policy",
    "BrowserUseOriginPolicyConfig": "browser_use_origin_policy_config",
    "BrowserUseRequirements": "browser_use_requirements",
    "ByteRange": "byte_range",
    "CancelLoginAccountParams": "cancel_login_account_params",
    "CancelLoginAccountResponse": "cancel_login_account_response",
    "CancelLoginAccountStatus": "cancel_login_account_status",
    "CapabilityRootLocation": "capability_root_location",
    "ChatgptAccount": "chatgpt_account",
    "ChatgptAuthTokensLoginAccountParams": "chatgpt_auth_tokens_login_account_params",
    "ChatgptAuthTokensLoginAccountResponse": "chatgpt_auth_tokens_login_account_response",
    "ChatgptAuthTokensRefreshParams": "chatgpt_auth_tokens_refresh_params",
    "ChatgptAuthTokensRefreshReason": "chatgpt_auth_tokens_refresh_reason",
    "ChatgptAuthTokensRefreshResponse": "chatgpt_auth_tokens_refresh_response",
    "ChatgptDeviceCodeLoginAccountParams": "chatgpt_device_code_login_account_params",
    "ChatgptDeviceCodeLoginAccountResponse": "chatgpt_device_code_login_account_response",
    "ChatgptLoginAccountParams": "chatgpt_login_account_params",
    "ChatgptLoginAccountResponse": "chatgpt_login_account_response",
    "CliAuthCredentialsStoreMode": "cli_auth_credentials_store_mode",
    "ClientInfo": "client_info",
    "ClientNotificationMessage": "client_notification_message",
    "ClientRequestMessage": "client_request_message",
    "CodexErrorInfo": "codex_error_info",
    "CodexErrorInfoKind": "codex_error_info_kind",
    "CodexResponseHandoffMode": "codex_response_handoff_mode",
    "CollabAgentState": "collab_agent_state",
    "CollabAgentStatus": "collab_agent_status",
    "CollabAgentTool": "collab_agent_tool",
    "CollabAgentToolCallStatus": "collab_agent_tool_call_status",
    "CollabAgentToolCallThreadItem": "collab_agent_tool_call_thread_item",
    "CollaborationMode": "collaboration_mode",
    "CollaborationModeMask": "collaboration_mode_mask",
    "CommandAction": "command_action",
    "CommandConfiguredHookHandler": "command_configured_hook_handler",
    "CommandExecOutputDeltaNotification": "command_exec_output_delta_notification",
    "CommandExecOutputDeltaNotificationMessage": "command_exec_output_delta_notification_message",
    "CommandExecOutputStream": "command_exec_output_stream",
    "CommandExecParams": "command_exec_params",
    "CommandExecRequestMessage": "command_exec_request_message",
    "CommandExecResizeParams": "command_exec_resize_params",
    "CommandExecResizeRequestMessage": "command_exec_resize_request_message",
    "CommandExecResizeResponse": "command_exec_resize_response",
    "CommandExecResponse": "command_exec_response",
    "CommandExecTerminalSize": "command_exec_terminal_size",
    "CommandExecTerminateParams": "command_exec_terminate_params",
    "CommandExecTerminateRequestMessage": "command_exec_terminate_request_message",
    "CommandExecTerminateResponse": "command_exec_terminate_response",
    "CommandExecWriteParams": "command_exec_write_params",
    "CommandExecWriteRequestMessage": "command_exec_write_request_message",
    "CommandExecWriteResponse": "command_exec_write_response",
    "CommandExecutionApprovalDecision": "command_execution_approval_decision",
    "CommandExecutionApprovalDecisionKind": "command_execution_approval_decision_kind",
    "CommandExecutionApprovalKind": "command_execution_approval_kind",
    "CommandExecutionOutputDeltaNotification": "command_execution_output_delta_notification",
    "CommandExecutionRequestApprovalParams": "command_execution_request_approval_params",
    "CommandExecutionRequestApprovalResponse": "command_execution_request_approval_response",
    "CommandExecutionSource": "command_execution_source",
    "CommandExecutionStatus": "command_execution_status",
    "CommandExecutionThreadItem": "command_execution_thread_item",
    "CommandGuardianApprovalReviewAction": "command_guardian_approval_review_action",
    "CommandHookMetadata": "command_hook_metadata",
    "CommandMigration": "command_migration",
    "CommitReviewTarget": "commit_review_target",
    "CompactionResponseItem": "compaction_response_item",
    "CompactionTriggerResponseItem": "compaction_trigger_response_item",
    "CompletedThreadPredictionResult": "completed_thread_prediction_result",
    "ComputerUseConfig": "computer_use_config",
    "ComputerUseMacosConfig": "computer_use_macos_config",
    "ComputerUseMacosRequirements": "computer_use_macos_requirements",
    "ComputerUseRequirements": "computer_use_requirements",
    "ComputerUseWindowsConfig": "computer_use_windows_config",
    "ComputerUseWindowsExeConfig": "computer_use_windows_exe_config",
    "ComputerUseWindowsExeRequirement": "computer_use_windows_exe_requirement",
    "ComputerUseWindowsRequirements": "computer_use_windows_requirements",
    "Config": "config",
    "ConfigBatchWriteParams": "config_batch_write_params",
    "ConfigBatchWriteRequestMessage": "config_batch_write_request_message",
    "ConfigEdit": "config_edit",
    "ConfigLayer": "config_layer",
    "ConfigLayerMetadata": "config_layer_metadata",
    "ConfigLayerSource": "config_layer_source",
    "ConfigMcpServerReloadRequestMessage": "config_mcp_server_reload_request_message",
    "ConfigReadParams": "config_read_params",
    "ConfigReadRequestMessage": "config_read_request_message",
    "ConfigReadResponse": "config_read_response",
    "ConfigRequirements": "config_requirements",
    "ConfigRequirementsReadRequestMessage": "config_requirements_read_request_message",
    "ConfigRequirementsReadResponse": "config_requirements_read_response",
    "ConfigValueWriteParams": "config_value_write_params",
    "ConfigValueWriteRequestMessage": "config_value_write_request_message",
    "ConfigWarningNotification": "config_warning_notification",
    "ConfigWarningNotificationMessage": "config_warning_notification_message",
    "ConfigWriteResponse": "config_write_response",
    "ConfigurationReasoning": "configuration_reasoning",
    "ConfigurationUpdateResponseItem": "configuration_update_response_item",
    "ConfiguredHookHandler": "configured_hook_handler",
    "ConfiguredHookMatcherGroup": "configured_hook_matcher_group",
    "ConnectorMetadata": "connector_metadata",
    "ConsumeAccountRateLimitResetCreditOutcome": "consume_account_rate_limit_reset_credit_outcome",
    "ConsumeAccountRateLimitResetCreditParams": "consume_account_rate_limit_reset_credit_params",
    "ConsumeAccountRateLimitResetCreditResponse": "consume_account_rate_limit_reset_credit_response",
    "ContentItem": "content_item",
    "ContextCompactedNotification": "context_compacted_notification",
    "ContextCompactionResponseItem": "context_compaction_response_item",
    "ContextCompactionThreadItem": "context_compaction_thread_item",
    "ConversationTextRole": "conversation_text_role",
    "CreditsSnapshot": "credits_snapshot",
    "CustomMultiAgentMode": "custom_multi_agent_mode",
    "CustomReviewTarget": "custom_review_target",
    "CustomSessionSource": "custom_session_source",
    "CustomToolCallOutputResponseItem": "custom_tool_call_output_response_item",
    "CustomToolCallResponseItem": "custom_tool_call_response_item",
    "CyberAccessProgram": "cyber_access_program",
    "DailyScheduledTaskSchedule": "daily_scheduled_task_schedule",
    "DangerFullAccessSandboxPolicy": "danger_full_access_sandbox_policy",
    "DeleteFileChange": "delete_file_change",
    "DeletePatchChangeKind": "delete_patch_change_kind",
    "DeniedReviewDecision": "denied_review_decision",
    "DeniedReviewDecisionPayload": "denied_review_decision_payload",
    "DeprecationNoticeNotification": "deprecation_notice_notification",
    "DeprecationNoticeNotificationMessage": "deprecation_notice_notification_message",
    "DesktopOnboardingEntrypoint": "desktop_onboarding_entrypoint",
    "DynamicToolCallOutputContentItem": "dynamic_tool_call_output_content_item",
    "DynamicToolCallParams": "dynamic_tool_call_params",
    "DynamicToolCallResponse": "dynamic_tool_call_response",
    "DynamicToolCallStatus": "dynamic_tool_call_status",
    "DynamicToolCallThreadItem": "dynamic_tool_call_thread_item",
    "DynamicToolNamespaceTool": "dynamic_tool_namespace_tool",
    "DynamicToolSpec": "dynamic_tool_spec",
    "EncryptedContentAgentMessageInputContent": "encrypted_content_agent_message_input_content",
    "EncryptedContentFunctionCallOutputContentItem": "encrypted_content_function_call_output_content_item",
    "EnteredReviewModeThreadItem": "entered_review_mode_thread_item",
    "EnterpriseManagedConfigLayerSource": "enterprise_managed_config_layer_source",
    "EnvironmentCapabilityRootLocation": "environment_capability_root_location",
    "EnvironmentConnectionNotification": "environment_connection_notification",
    "EnvironmentSkillsParams": "environment_skills_params",
    "ErrorNotification": "error_notification",
    "ErrorNotificationMessage": "error_notification_message",
    "ExecCommandApprovalParams": "exec_command_approval_params",
    "ExecCommandApprovalRequestMessage": "exec_command_approval_request_message",
    "ExecCommandApprovalResponse": "exec_command_approval_response",
    "ExecLocalShellAction": "exec_local_shell_action",
    "ExecveGuardianApprovalReviewAction": "execve_guardian_approval_review_action",
    "ExistingCallThreadRealtimeStartTransport": "existing_call_thread_realtime_start_transport",
    "ExitedReviewModeThreadItem": "exited_review_mode_thread_item",
    "ExperimentalFeature": "experimental_feature",
    "ExperimentalFeatureEnablementSetParams": "experimental_feature_enablement_set_params",
    "ExperimentalFeatureEnablementSetRequestMessage": "experimental_feature_enablement_set_request_message",
    "ExperimentalFeatureEnablementSetResponse": "experimental_feature_enablement_set_response",
    "ExperimentalFeatureListParams": "experimental_feature_list_params",
    "ExperimentalFeatureListRequestMessage": "experimental_feature_list_request_message",
    "ExperimentalFeatureListResponse": "experimental_feature_list_response",
    "ExperimentalFeatureStage": "experimental_feature_stage",
    "ExternalAgentConfigDetectParams": "external_agent_config_detect_params",
    "ExternalAgentConfigDetectRequestMessage": "external_agent_config_detect_request_message",
    "ExternalAgentConfigDetectResponse": "external_agent_config_detect_response",
    "ExternalAgentConfigImportCompletedNotification": "external_agent_config_import_completed_notification",
    "ExternalAgentConfigImportCompletedNotificationMessage": "external_agent_config_import_completed_notification_message",
    "ExternalAgentConfigImportHistoriesReadResponse": "external_agent_config_import_histories_read_response",
    "ExternalAgentConfigImportHistory": "external_agent_config_import_history",
    "ExternalAgentConfigImportHistoryRecordParams": "external_agent_config_import_history_record_params",
    "ExternalAgentConfigImportHistoryRecordResponse": "external_agent_config_import_history_record_response",
    "ExternalAgentConfigImportHistoryRecordSuccessParams": "external_agent_config_import_history_record_success_params",
    "ExternalAgentConfigImportHistoryRecordTypeResultParams": "external_agent_config_import_history_record_type_result_params",
    "ExternalAgentConfigImportItemTypeFailure": "external_agent_config_import_item_type_failure",
    "ExternalAgentConfigImportItemTypeSuccess": "external_agent_config_import_item_type_success",
    "ExternalAgentConfigImportParams": "external_agent_config_import_params",
    "ExternalAgentConfigImportProgressNotification": "external_agent_config_import_progress_notification",
    "ExternalAgentConfigImportProgressNotificationMessage": "external_agent_config_import_progress_notification_message",
    "ExternalAgentConfigImportReadHistoriesRequestMessage": "external_agent_config_import_read_histories_request_message",
    "ExternalAgentConfigImportRecordHistoryRequestMessage": "external_agent_config_import_record_history_request_message",
    "ExternalAgentConfigImportRequestMessage": "external_agent_config_import_request_message",
    "ExternalAgentConfigImportResponse": "external_agent_config_import_response",
    "ExternalAgentConfigImportTypeResult": "external_agent_config_import_type_result",
    "ExternalAgentConfigMigrationItem": "external_agent_config_migration_item",
    "ExternalAgentConfigMigrationItemType": "external_agent_config_migration_item_type",
    "ExternalAgentDetectedConnectorCandidate": "external_agent_detected_connector_candidate",
    "ExternalAgentDetectedConnectorSource": "external_agent_detected_connector_source",
    "ExternalAgentImportedConnectorCandidate": "external_agent_imported_connector_candidate",
    "ExternalAgentImportedConnectorSource": "external_agent_imported_connector_source",
    "ExternalSandboxSandboxPolicy": "external_sandbox_sandbox_policy",
    "FailedThreadPredictionResult": "failed_thread_prediction_result",
    "FeedbackRequirements": "feedback_requirements",
    "FeedbackUploadParams": "feedback_upload_params",
    "FeedbackUploadRequestMessage": "feedback_upload_request_message",
    "FeedbackUploadResponse": "feedback_upload_response",
    "FileChange": "file_change",
    "FileChangeApprovalDecision": "file_change_approval_decision",
    "FileChangeOutputDeltaNotification": "file_change_output_delta_notification",
    "FileChangePatchUpdatedNotification": "file_change_patch_updated_notification",
    "FileChangeRequestApprovalParams": "file_change_request_approval_params",
    "FileChangeRequestApprovalResponse": "file_change_request_approval_response",
    "FileChangeThreadItem": "file_change_thread_item",
    "FileSystemAccessMode": "file_system_access_mode",
    "FileSystemPath": "file_system_path",
    "FileSystemSandboxEntry": "file_system_sandbox_entry",
    "FileSystemSpecialPath": "file_system_special_path",
    "FileUpdateChange": "file_update_change",
    "FindInPageResponsesApiWebSearchAction": "find_in_page_responses_api_web_search_action",
    "FindInPageWebSearchAction": "find_in_page_web_search_action",
    "ForcedChatgptWorkspaceIds": "forced_chatgpt_workspace_ids",
    "ForcedLoginMethod": "forced_login_method",
    "FormMcpServerElicitationRequestParams": "form_mcp_server_elicitation_request_params",
    "FsChangedNotification": "fs_changed_notification",
    "FsChangedNotificationMessage": "fs_changed_notification_message",
    "FsCopyParams": "fs_copy_params",
    "FsCopyRequestMessage": "fs_copy_request_message",
    "FsCopyResponse": "fs_copy_response",
    "FsCreateDirectoryParams": "fs_create_directory_params",
    "FsCreateDirectoryRequestMessage": "fs_create_directory_request_message",
    "FsCreateDirectoryResponse": "fs_create_directory_response",
    "FsGetMetadataParams": "fs_get_metadata_params",
    "FsGetMetadataRequestMessage": "fs_get_metadata_request_message",
    "FsGetMetadataResponse": "fs_get_metadata_response",
    "FsReadDirectoryEntry": "fs_read_directory_entry",
    "FsReadDirectoryParams": "fs_read_directory_params",
    "FsReadDirectoryRequestMessage": "fs_read_directory_request_message",
    "FsReadDirectoryResponse": "fs_read_directory_response",
    "FsReadFileParams": "fs_read_file_params",
    "FsReadFileRequestMessage": "fs_read_file_request_message",
    "FsReadFileResponse": "fs_read_file_response",
    "FsRemoveParams": "fs_remove_params",
    "FsRemoveRequestMessage": "fs_remove_request_message",
    "FsRemoveResponse": "fs_remove_response",
    "FsUnwatchParams": "fs_unwatch_params",
    "FsUnwatchRequestMessage": "fs_unwatch_request_message",
    "FsUnwatchResponse": "fs_unwatch_response",
    "FsWatchParams": "fs_watch_params",
    "FsWatchRequestMessage": "fs_watch_request_message",
    "FsWatchResponse": "fs_watch_response",
    "FsWriteFileParams": "fs_write_file_params",
    "FsWriteFileRequestMessage": "fs_write_file_request_message",
    "FsWriteFileResponse": "fs_write_file_response",
    "FunctionCallOutputBody": "function_call_output_body",
    "FunctionCallOutputContentItem": "function_call_output_content_item",
    "FunctionCallOutputResponseItem": "function_call_output_response_item",
    "FunctionCallOutputThreadItem": "function_call_output_thread_item",
    "FunctionCallResponseItem": "function_call_response_item",
    "FunctionDynamicToolNamespaceTool": "function_dynamic_tool_namespace_tool",
    "FunctionDynamicToolSpec": "function_dynamic_tool_spec",
    "FuzzyFileSearchMatchType": "fuzzy_file_search_match_type",
    "FuzzyFileSearchParams": "fuzzy_file_search_params",
    "FuzzyFileSearchRequestMessage": "fuzzy_file_search_request_message",
    "FuzzyFileSearchResponse": "fuzzy_file_search_response",
    "FuzzyFileSearchResult": "fuzzy_file_search_result",
    "FuzzyFileSearchSessionCompletedNotification": "fuzzy_file_search_session_completed_notification",
    "FuzzyFileSearchSessionCompletedNotificationMessage": "fuzzy_file_search_session_completed_notification_message",
    "FuzzyFileSearchSessionUpdatedNotification": "fuzzy_file_search_session_updated_notification",
    "FuzzyFileSearchSessionUpdatedNotificationMessage": "fuzzy_file_search_session_updated_notification_message",
    "GatewayOAuthCancelResponse": "gateway_o_auth_cancel_response",
    "GatewayOAuthChangedNotification": "gateway_o_auth_changed_notification",
    "GatewayOAuthLoginResponse": "gateway_o_auth_login_response",
    "GatewayOAuthReadResponse": "gateway_o_auth_read_response",
    "GatewayOAuthStatus": "gateway_o_auth_status",
    "GetAccountParams": "get_account_params",
    "GetAccountRateLimitsParams": "get_account_rate_limits_params",
    "GetAccountRateLimitsResponse": "get_account_rate_limits_response",
    "GetAccountResponse": "get_account_response",
    "GetAccountTokenUsageParams": "get_account_token_usage_params",
    "GetAccountTokenUsageResponse": "get_account_token_usage_response",
    "GetWorkspaceMessagesResponse": "get_workspace_messages_response",
    "GitInfo": "git_info",
    "GitPluginSource": "git_plugin_source",
    "GlobPatternFileSystemPath": "glob_pattern_file_system_path",
    "GrantedPermissionProfile": "granted_permission_profile",
    "GranularAskForApproval": "granular_ask_for_approval",
    "GranularAskForApprovalPayload": "granular_ask_for_approval_payload",
    "GuardianApprovalReview": "guardian_approval_review",
    "GuardianApprovalReviewAction": "guardian_approval_review_action",
    "GuardianApprovalReviewStatus": "guardian_approval_review_status",
    "GuardianCommandSource": "guardian_command_source",
    "GuardianRiskLevel": "guardian_risk_level",
    "GuardianUserAuthorization": "guardian_user_authorization",
    "GuardianWarningNotification": "guardian_warning_notification",
    "GuardianWarningNotificationMessage": "guardian_warning_notification_message",
    "HookCompletedNotification": "hook_completed_notification",
    "HookCompletedNotificationMessage": "hook_completed_notification_message",
    "HookErrorInfo": "hook_error_info",
    "HookEventName": "hook_event_name",
    "HookExecutionMode": "hook_execution_mode",
    "HookHandlerType": "hook_handler_type",
    "HookMetadata": "hook_metadata",
    "HookMigration": "hook_migration",
    "HookOutputEntry": "hook_output_entry",
    "HookOutputEntryKind": "hook_output_entry_kind",
    "HookPromptFragment": "hook_prompt_fragment",
    "HookPromptThreadItem": "hook_prompt_thread_item",
    "HookRunStatus": "hook_run_status",
    "HookRunSummary": "hook_run_summary",
    "HookScope": "hook_scope",
    "HookSource": "hook_source",
    "HookStartedNotification": "hook_started_notification",
    "HookStartedNotificationMessage": "hook_started_notification_message",
    "HookTrustStatus": "hook_trust_status",
    "HooksListEntry": "hooks_list_entry",
    "HooksListParams": "hooks_list_params",
    "HooksListRequestMessage": "hooks_list_request_message",
    "HooksListResponse": "hooks_list_response",
    "HourlyScheduledTaskSchedule": "hourly_scheduled_task_schedule",
    "HttpConnectionFailedCodexErrorInfo": "http_connection_failed_codex_error_info",
    "HttpConnectionFailedCodexErrorInfoPayload": "http_connection_failed_codex_error_info_payload",
    "IdleThreadStatus": "idle_thread_status",
    "ImageDetail": "image_detail",
    "ImageGenerationCallResponseItem": "image_generation_call_response_item",
    "ImageGenerationFailure": "image_generation_failure",
    "ImageGenerationThreadItem": "image_generation_thread_item",
    "ImageUserInput": "image_user_input",
    "ImageViewThreadItem": "image_view_thread_item",
    "InAppBrowserRequirements": "in_app_browser_requirements",
    "InitializeCapabilities": "initialize_capabilities",
    "InitializeParams": "initialize_params",
    "InitializeRequestMessage": "initialize_request_message",
    "InitializeResponse": "initialize_response",
    "InitializedNotification": "initialized_notification",
    "InlineMarkdownThreadRealtimeBemItemPresentation": "inline_markdown_thread_realtime_bem_item_presentation",
    "InlineVisualizationThreadRealtimeBemItemPresentation": "inline_visualization_thread_realtime_bem_item_presentation",
    "InputAudioContentItem": "input_audio_content_item",
    "InputAudioDynamicToolCallOutputContentItem": "input_audio_dynamic_tool_call_output_content_item",
    "InputAudioFunctionCallOutputContentItem": "input_audio_function_call_output_content_item",
    "InputImageContentItem": "input_image_content_item",
    "InputImageDynamicToolCallOutputContentItem": "input_image_dynamic_tool_call_output_content_item",
    "InputImageFunctionCallOutputContentItem": "input_image_function_call_output_content_item",
    "InputModality": "input_modality",
    "InputTextAgentMessageInputContent": "input_text_agent_message_input_content",
    "InputTextContentItem": "input_text_content_item",
    "InputTextDynamicToolCallOutputContentItem": "input_text_dynamic_tool_call_output_content_item",
    "InputTextFunctionCallOutputContentItem": "input_text_function_call_output_content_item",
    "InstalledApp": "installed_app",
    "InternalChatMessageMetadataPassthrough": "internal_chat_message_metadata_passthrough",
    "ItemAgentMessageDeltaNotificationMessage": "item_agent_message_delta_notification_message",
    "ItemAutoApprovalReviewCompletedNotificationMessage": "item_auto_approval_review_completed_notification_message",
    "ItemAutoApprovalReviewStartedNotificationMessage": "item_auto_approval_review_started_notification_message",
    "ItemCommandExecutionOutputDeltaNotificationMessage": "item_command_execution_output_delta_notification_message",
    "ItemCommandExecutionRequestApprovalRequestMessage": "item_command_execution_request_approval_request_message",
    "ItemCommandExecutionTerminalInteractionNotificationMessage": "item_command_execution_terminal_interaction_notification_message",
    "ItemCompletedNotification": "item_completed_notification",
    "ItemCompletedNotificationMessage": "item_completed_notification_message",
    "ItemFileChangeOutputDeltaNotificationMessage": "item_file_change_output_delta_notification_message",
    "ItemFileChangePatchUpdatedNotificationMessage": "item_file_change_patch_updated_notification_message",
    "ItemFileChangeRequestApprovalRequestMessage": "item_file_change_request_approval_request_message",
    "ItemGuardianApprovalReviewCompletedNotification": "item_guardian_approval_review_completed_notification",
    "ItemGuardianApprovalReviewStartedNotification": "item_guardian_approval_review_started_notification",
    "ItemMcpToolCallProgressNotificationMessage": "item_mcp_tool_call_progress_notification_message",
    "ItemPermissionsRequestApprovalRequestMessage": "item_permissions_request_approval_request_message",
    "ItemPlanDeltaNotificationMessage": "item_plan_delta_notification_message",
    "ItemReasoningSummaryPartAddedNotificationMessage": "item_reasoning_summary_part_added_notification_message",
    "ItemReasoningSummaryTextDeltaNotificationMessage": "item_reasoning_summary_text_delta_notification_message",
    "ItemReasoningTextDeltaNotificationMessage": "item_reasoning_text_delta_notification_message",
    "ItemStartedNotification": "item_started_notification",
    "ItemStartedNotificationMessage": "item_started_notification_message",
    "ItemThreadItemsListAnchor": "item_thread_items_list_anchor",
    "ItemThreadTimelineEntry": "item_thread_timeline_entry",
    "ItemToolCallRequestMessage": "item_tool_call_request_message",
    "ItemToolRequestUserInputRequestMessage": "item_tool_request_user_input_request_message",
    "JSONRPCError": "jsonrpc_error",
    "JSONRPCErrorError": "jsonrpc_error_error",
    "JSONRPCMessage": "jsonrpc_message",
    "JSONRPCNotification": "jsonrpc_notification",
    "JSONRPCRequest": "jsonrpc_request",
    "JSONRPCResponse": "jsonrpc_response",
    "KindFileSystemSpecialPath": "kind_file_system_special_path",
    "LegacyAppPathString": "legacy_app_path_string",
    "LegacyManagedConfigTomlFromFileConfigLayerSource": "legacy_managed_config_toml_from_file_config_layer_source",
    "LegacyManagedConfigTomlFromMdmConfigLayerSource": "legacy_managed_config_toml_from_mdm_config_layer_source",
    "ListFilesCommandAction": "list_files_command_action",
    "ListFilesParsedCommand": "list_files_parsed_command",
    "ListMcpServerStatusParams": "list_mcp_server_status_params",
    "ListMcpServerStatusResponse": "list_mcp_server_status_response",
    "LocalAudioUserInput": "local_audio_user_input",
    "LocalImageUserInput": "local_image_user_input",
    "LocalPluginSource": "local_plugin_source",
    "LocalShellAction": "local_shell_action",
    "LocalShellCallResponseItem": "local_shell_call_response_item",
    "LocalShellStatus": "local_shell_status",
    "LoginAccountParams": "login_account_params",
    "LoginAccountResponse": "login_account_response",
    "LoginAppBrand": "login_app_brand",
    "LogoutAccountResponse": "logout_account_response",
    "ManagedHooksRequirements": "managed_hooks_requirements",
    "MarketplaceAddParams": "marketplace_add_params",
    "MarketplaceAddRequestMessage": "marketplace_add_request_message",
    "MarketplaceAddResponse": "marketplace_add_response",
    "MarketplaceInterface": "marketplace_interface",
    "MarketplaceLoadErrorInfo": "marketplace_load_error_info",
    "MarketplaceRemoveParams": "marketplace_remove_params",
    "MarketplaceRemoveRequestMessage": "marketplace_remove_request_message",
    "MarketplaceRemoveResponse": "marketplace_remove_response",
    "MarketplaceUpgradeErrorInfo": "marketplace_upgrade_error_info",
    "MarketplaceUpgradeParams": "marketplace_upgrade_params",
    "MarketplaceUpgradeRequestMessage": "marketplace_upgrade_request_message",
    "MarketplaceUpgradeResponse": "marketplace_upgrade_response",
    "McpAppDisplayMode": "mcp_app_display_mode",
    "McpAppUi": "mcp_app_ui",
    "McpAuthStatus": "mcp_auth_status",
    "McpElicitationArrayType": "mcp_elicitation_array_type",
    "McpElicitationBooleanSchema": "mcp_elicitation_boolean_schema",
    "McpElicitationBooleanType": "mcp_elicitation_boolean_type",
    "McpElicitationConstOption": "mcp_elicitation_const_option",
    "McpElicitationEnumSchema": "mcp_elicitation_enum_schema",
    "McpElicitationLegacyTitledEnumSchema": "mcp_elicitation_legacy_titled_enum_schema",
    "McpElicitationMultiSelectEnumSchema": "mcp_elicitation_multi_select_enum_schema",
    "McpElicitationNumberSchema": "mcp_elicitation_number_schema",
    "McpElicitationNumberType": "mcp_elicitation_number_type",
    "McpElicitationObjectType": "mcp_elicitation_object_type",
    "McpElicitationPrimitiveSchema": "mcp_elicitation_primitive_schema",
    "McpElicitationSchema": "mcp_elicitation_schema",
    "McpElicitationSingleSelectEnumSchema": "mcp_elicitation_single_select_enum_schema",
    "McpElicitationStringFormat": "mcp_elicitation_string_format",
    "McpElicitationStringSchema": "mcp_elicitation_string_schema",
    "McpElicitationStringType": "mcp_elicitation_string_type",
    "McpElicitationTitledEnumItems": "mcp_elicitation_titled_enum_items",
    "McpElicitationTitledMultiSelectEnumSchema": "mcp_elicitation_titled_multi_select_enum_schema",
    "McpElicitationTitledSingleSelectEnumSchema": "mcp_elicitation_titled_single_select_enum_schema",
    "McpElicitationUntitledEnumItems": "mcp_elicitation_untitled_enum_items",
    "McpElicitationUntitledMultiSelectEnumSchema": "mcp_elicitation_untitled_multi_select_enum_schema",
    "McpElicitationUntitledSingleSelectEnumSchema": "mcp_elicitation_untitled_single_select_enum_schema",
    "McpResourceReadParams": "mcp_resource_read_params",
    "McpResourceReadResponse": "mcp_resource_read_response",
    "McpResourceReadTarget": "mcp_resource_read_target",
    "McpServerConnectionStatus": "mcp_server_connection_status",
    "McpServerElicitationAction": "mcp_server_elicitation_action",
    "McpServerElicitationRequestParams": "mcp_server_elicitation_request_params",
    "McpServerElicitationRequestRequestMessage": "mcp_server_elicitation_request_request_message",
    "McpServerElicitationRequestResponse": "mcp_server_elicitation_request_response",
    "McpServerEventNotification": "mcp_server_event_notification",
    "McpServerEventStreamNotification": "mcp_server_event_stream_notification",
    "McpServerEventStreamNotificationNotificationMessage": "mcp_server_event_stream_notification_notification_message",
    "McpServerInfo": "mcp_server_info",
    "McpServerMigration": "mcp_server_migration",
    "McpServerOauthClientRegistration": "mcp_server_oauth_client_registration",
    "McpServerOauthLoginCompletedNotification": "mcp_server_oauth_login_completed_notification",
    "McpServerOauthLoginCompletedNotificationMessage": "mcp_server_oauth_login_completed_notification_message",
    "McpServerOauthLoginParams": "mcp_server_oauth_login_params",
    "McpServerOauthLoginRequestMessage": "mcp_server_oauth_login_request_message",
    "McpServerOauthLoginResponse": "mcp_server_oauth_login_response",
    "McpServerRefreshResponse": "mcp_server_refresh_response",
    "McpServerResourceReadRequestMessage": "mcp_server_resource_read_request_message",
    "McpServerStartupFailureReason": "mcp_server_startup_failure_reason",
    "McpServerStartupState": "mcp_server_startup_state",
    "McpServerStartupStatusUpdatedNotificationMessage": "mcp_server_startup_status_updated_notification_message",
    "McpServerStatus": "mcp_server_status",
    "McpServerStatusDetail": "mcp_server_status_detail",
    "McpServerStatusListRequestMessage": "mcp_server_status_list_request_message",
    "McpServerStatusUpdatedNotification": "mcp_server_status_updated_notification",
    "McpServerToolCallParams": "mcp_server_tool_call_params",
    "McpServerToolCallRequestMessage": "mcp_server_tool_call_request_message",
    "McpServerToolCallResponse": "mcp_server_tool_call_response",
    "McpToolCallAppContext": "mcp_tool_call_app_context",
    "McpToolCallError": "mcp_tool_call_error",
    "McpToolCallGuardianApprovalReviewAction": "mcp_tool_call_guardian_approval_review_action",
    "McpToolCallProgressNotification": "mcp_tool_call_progress_notification",
    "McpToolCallResult": "mcp_tool_call_result",
    "McpToolCallStatus": "mcp_tool_call_status",
    "McpToolCallThreadItem": "mcp_tool_call_thread_item",
    "McpToolConfiguredHookHandler": "mcp_tool_configured_hook_handler",
    "McpToolHookMetadata": "mcp_tool_hook_metadata",
    "MdmConfigLayerSource": "mdm_config_layer_source",
    "MemoryCitation": "memory_citation",
    "MemoryCitationEntry": "memory_citation_entry",
    "MentionUserInput": "mention_user_input",
    "MergeStrategy": "merge_strategy",
    "MessagePhase": "message_phase",
    "MessageResponseItem": "message_response_item",
    "MigrationDetails": "migration_details",
    "MinimalFileSystemSpecialPath": "minimal_file_system_special_path",
    "MisalignmentErrorDetails": "misalignment_error_details",
    "MisalignmentSteer": "misalignment_steer",
    "ModeKind": "mode_kind",
    "Model": "model",
    "ModelAccessPrograms": "model_access_programs",
    "ModelAvailabilityNux": "model_availability_nux",
    "ModelListParams": "model_list_params",
    "ModelListRequestMessage": "model_list_request_message",
    "ModelListResponse": "model_list_response",
    "ModelProviderAuthRecoveryCompletedNotificationMessage": "model_provider_auth_recovery_completed_notification_message",
    "ModelProviderAuthRecoveryStartedNotificationMessage": "model_provider_auth_recovery_started_notification_message",
    "ModelProviderCapabilitiesReadParams": "model_provider_capabilities_read_params",
    "ModelProviderCapabilitiesReadRequestMessage": "model_provider_capabilities_read_request_message",
    "ModelProviderCapabilitiesReadResponse": "model_provider_capabilities_read_response",
    "ModelRerouteReason": "model_reroute_reason",
    "ModelReroutedNotification": "model_rerouted_notification",
    "ModelReroutedNotificationMessage": "model_rerouted_notification_message",
    "ModelSafetyBufferingUpdatedNotification": "model_safety_buffering_updated_notification",
    "ModelSafetyBufferingUpdatedNotificationMessage": "model_safety_buffering_updated_notification_message",
    "ModelServiceTier": "model_service_tier",
    "ModelUpgradeInfo": "model_upgrade_info",
    "ModelVerification": "model_verification",
    "ModelVerificationNotification": "model_verification_notification",
    "ModelVerificationNotificationMessage": "model_verification_notification_message",
    "ModelsRequirements": "models_requirements",
    "MultiAgentMode": "multi_agent_mode",
    "MultiAgentModeKind": "multi_agent_mode_kind",
    "MultiAgentVersion": "multi_agent_version",
    "NamespaceDynamicToolSpec": "namespace_dynamic_tool_spec",
    "NetworkAccess": "network_access",
    "NetworkAccessGuardianApprovalReviewAction": "network_access_guardian_approval_review_action",
    "NetworkApprovalContext": "network_approval_context",
    "NetworkApprovalProtocol": "network_approval_protocol",
    "NetworkDomainPermission": "network_domain_permission",
    "NetworkPolicyAmendment": "network_policy_amendment",
    "NetworkPolicyAmendmentReviewDecision": "network_policy_amendment_review_decision",
    "NetworkPolicyAmendmentReviewDecisionPayload": "network_policy_amendment_review_decision_payload",
    "NetworkPolicyRuleAction": "network_policy_rule_action",
    "NetworkRequirements": "network_requirements",
    "NetworkUnixSocketPermission": "network_unix_socket_permission",
    "NewThreadModelDefaults": "new_thread_model_defaults",
    "NonSteerableTurnKind": "non_steerable_turn_kind",
    "NotLoadedThreadStatus": "not_loaded_thread_status",
    "NpmPluginSource": "npm_plugin_source",
    "NullableGetAccountRateLimitsParams": "nullable_get_account_rate_limits_params",
    "NullableGetAccountTokenUsageParams": "nullable_get_account_token_usage_params",
    "OpenPageResponsesApiWebSearchAction": "open_page_responses_api_web_search_action",
    "OpenPageWebSearchAction": "open_page_web_search_action",
    "OpenaiFormMcpServerElicitationRequestParams": "openai_form_mcp_server_elicitation_request_params",
    "OpenaiFormMcpServerElicitationRequestParams3": "openai_form_mcp_server_elicitation_request_params3",
    "OtherResponseItem": "other_response_item",
    "OtherResponsesApiWebSearchAction": "other_responses_api_web_search_action",
    "OtherSubAgentSource": "other_sub_agent_source",
    "OtherWebSearchAction": "other_web_search_action",
    "OutputTextContentItem": "output_text_content_item",
    "OverriddenMetadata": "overridden_metadata",
    "PackagedDefaultsConfigLayerSource": "packaged_defaults_config_layer_source",
    "ParsedCommand": "parsed_command",
    "PatchApplyStatus": "patch_apply_status",
    "PatchChangeKind": "patch_change_kind",
    "PathFileSystemPath": "path_file_system_path",
    "PathUri": "path_uri",
    "PermissionGrantScope": "permission_grant_scope",
    "PermissionProfileListParams": "permission_profile_list_params",
    "PermissionProfileListRequestMessage": "permission_profile_list_request_message",
    "PermissionProfileListResponse": "permission_profile_list_response",
    "PermissionProfileSummary": "permission_profile_summary",
    "PermissionsRequestApprovalParams": "permissions_request_approval_params",
    "PermissionsRequestApprovalResponse": "permissions_request_approval_response",
    "Personality": "personality",
    "PlanDeltaNotification": "plan_delta_notification",
    "PlanThreadItem": "plan_thread_item",
    "PlanType": "plan_type",
    "PluginAuthPolicy": "plugin_auth_policy",
    "PluginAvailability": "plugin_availability",
    "PluginDetail": "plugin_detail",
    "PluginDisabledReason": "plugin_disabled_reason",
    "PluginHookSummary": "plugin_hook_summary",
    "PluginInstallParams": "plugin_install_params",
    "PluginInstallPolicy": "plugin_install_policy",
    "PluginInstallPolicySource": "plugin_install_policy_source",
    "PluginInstallRequestMessage": "plugin_install_request_message",
    "PluginInstallResponse": "plugin_install_response",
    "PluginInstalledParams": "plugin_installed_params",
    "PluginInstalledRequestMessage": "plugin_installed_request_message",
    "PluginInstalledResponse": "plugin_installed_response",
    "PluginInterface": "plugin_interface",
    "PluginListMarketplaceKind": "plugin_list_marketplace_kind",
    "PluginListParams": "plugin_list_params",
    "PluginListRequestMessage": "plugin_list_request_message",
    "PluginListResponse": "plugin_list_response",
    "PluginMarketplaceEntry": "plugin_marketplace_entry",
    "PluginReadParams": "plugin_read_params",
    "PluginReadRequestMessage": "plugin_read_request_message",
    "PluginReadResponse": "plugin_read_response",
    "PluginReconcileChangedPlugin": "plugin_reconcile_changed_plugin",
    "PluginReconcileParams": "plugin_reconcile_params",
    "PluginReconcileRequestMessage": "plugin_reconcile_request_message",
    "PluginReconcileResponse": "plugin_reconcile_response",
    "PluginSearchResult": "plugin_search_result",
    "PluginSearchScope": "plugin_search_scope",
    "PluginShareCheckoutParams": "plugin_share_checkout_params",
    "PluginShareCheckoutRequestMessage": "plugin_share_checkout_request_message",
    "PluginShareCheckoutResponse": "plugin_share_checkout_response",
    "PluginShareContext": "plugin_share_context",
    "PluginShareDeleteParams": "plugin_share_delete_params",
    "PluginShareDeleteRequestMessage": "plugin_share_delete_request_message",
    "PluginShareDeleteResponse": "plugin_share_delete_response",
    "PluginShareDiscoverability": "plugin_share_discoverability",
    "PluginShareListItem": "plugin_share_list_item",
    "PluginShareListParams": "plugin_share_list_params",
    "PluginShareListRequestMessage": "plugin_share_list_request_message",
    "PluginShareListResponse": "plugin_share_list_response",
    "PluginSharePrincipal": "plugin_share_principal",
    "PluginSharePrincipalRole": "plugin_share_principal_role",
    "PluginSharePrincipalType": "plugin_share_principal_type",
    "PluginShareSaveParams": "plugin_share_save_params",
    "PluginShareSaveRequestMessage": "plugin_share_save_request_message",
    "PluginShareSaveResponse": "plugin_share_save_response",
    "PluginShareTarget": "plugin_share_target",
    "PluginShareTargetRole": "plugin_share_target_role",
    "PluginShareUpdateDiscoverability": "plugin_share_update_discoverability",
    "PluginShareUpdateTargetsParams": "plugin_share_update_targets_params",
    "PluginShareUpdateTargetsRequestMessage": "plugin_share_update_targets_request_message",
    "PluginShareUpdateTargetsResponse": "plugin_share_update_targets_response",
    "PluginSkillReadParams": "plugin_skill_read_params",
    "PluginSkillReadRequestMessage": "plugin_skill_read_request_message",
    "PluginSkillReadResponse": "plugin_skill_read_response",
    "PluginSource": "plugin_source",
    "PluginSummary": "plugin_summary",
    "PluginUninstallParams": "plugin_uninstall_params",
    "PluginUninstallRequestMessage": "plugin_uninstall_request_message",
    "PluginUninstallResponse": "plugin_uninstall_response",
    "PluginsMigration": "plugins_migration",
    "ProcessExitedNotification": "process_exited_notification",
    "ProcessExitedNotificationMessage": "process_exited_notification_message",
    "ProcessOutputDeltaNotification": "process_output_delta_notification",
    "ProcessOutputDeltaNotificationMessage": "process_output_delta_notification_message",
    "ProcessOutputStream": "process_output_stream",
    "ProcessTerminalSize": "process_terminal_size",
    "Project": "project",
    "ProjectChangeType": "project_change_type",
    "ProjectChangedNotification": "project_changed_notification",
    "ProjectChangedNotificationMessage": "project_changed_notification_message",
    "ProjectConfigLayerSource": "project_config_layer_source",
    "ProjectRoot": "project_root",
    "ProjectSortKey": "project_sort_key",
    "PromptConfiguredHookHandler": "prompt_configured_hook_handler",
    "PromptHookMetadata": "prompt_hook_metadata",
    "QueuedSubmission": "queued_submission",
    "RateLimitReachedType": "rate_limit_reached_type",
    "RateLimitResetCredit": "rate_limit_reset_credit",
    "RateLimitResetCreditStatus": "rate_limit_reset_credit_status",
    "RateLimitResetCreditsSummary": "rate_limit_reset_credits_summary",
    "RateLimitResetType": "rate_limit_reset_type",
    "RateLimitSnapshot": "rate_limit_snapshot",
    "RateLimitWindow": "rate_limit_window",
    "RawResponseCompletedNotification": "raw_response_completed_notification",
    "RawResponseItemCompletedNotification": "raw_response_item_completed_notification",
    "ReadCommandAction": "read_command_action",
    "ReadOnlySandboxPolicy": "read_only_sandbox_policy",
    "ReadParsedCommand": "read_parsed_command",
    "ReadThreadReadStateOperation": "read_thread_read_state_operation",
    "RealtimeConversationVersion": "realtime_conversation_version",
    "RealtimeOutputModality": "realtime_output_modality",
    "RealtimeSessionClosedThreadRealtimeItem": "realtime_session_closed_thread_realtime_item",
    "RealtimeSessionStartedThreadRealtimeItem": "realtime_session_started_thread_realtime_item",
    "RealtimeThreadTimelineEntry": "realtime_thread_timeline_entry",
    "RealtimeVoice": "realtime_voice",
    "RealtimeVoicesList": "realtime_voices_list",
    "ReasoningEffort": "reasoning_effort",
    "ReasoningEffortOption": "reasoning_effort_option",
    "ReasoningItemContent": "reasoning_item_content",
    "ReasoningItemReasoningSummary": "reasoning_item_reasoning_summary",
    "ReasoningResponseItem": "reasoning_response_item",
    "ReasoningSummary": "reasoning_summary",
    "ReasoningSummaryPartAddedNotification": "reasoning_summary_part_added_notification",
    "ReasoningSummaryTextDeltaNotification": "reasoning_summary_text_delta_notification",
    "ReasoningTextDeltaNotification": "reasoning_text_delta_notification",
    "ReasoningTextReasoningItemContent": "reasoning_text_reasoning_item_content",
    "ReasoningThreadItem": "reasoning_thread_item",
    "RemoteControlConnectionStatus": "remote_control_connection_status",
    "RemoteControlDisableParams": "remote_control_disable_params",
    "RemoteControlEnableParams": "remote_control_enable_params",
    "RemoteControlStatusChangedNotification": "remote_control_status_changed_notification",
    "RemoteControlStatusChangedNotificationMessage": "remote_control_status_changed_notification_message",
    "RemotePluginSource": "remote_plugin_source",
    "RequestHeader": "request_header",
    "RequestId": "request_id",
    "RequestPermissionProfile": "request_permission_profile",
    "RequestPermissionsGuardianApprovalReviewAction": "request_permissions_guardian_approval_review_action",
    "ResidencyRequirement": "residency_requirement",
    "Resource": "resource",
    "ResourceContent": "resource_content",
    "ResourceTemplate": "resource_template",
    "ResponseItem": "response_item",
    "ResponseStreamConnectionFailedCodexErrorInfo": "response_stream_connection_failed_codex_error_info",
    "ResponseStreamConnectionFailedCodexErrorInfoPayload": "response_stream_connection_failed_codex_error_info_payload",
    "ResponseStreamDisconnectedCodexErrorInfo": "response_stream_disconnected_codex_error_info",
    "ResponseStreamDisconnectedCodexErrorInfoPayload": "response_stream_disconnected_codex_error_info_payload",
    "ResponseTooManyFailedAttemptsCodexErrorInfo": "response_too_many_failed_attempts_codex_error_info",
    "ResponseTooManyFailedAttemptsCodexErrorInfoPayload": "response_too_many_failed_attempts_codex_error_info_payload",
    "ResponseUsageMetadata": "response_usage_metadata",
    "ResponsesApiWebSearchAction": "responses_api_web_search_action",
    "ReviewDecision": "review_decision",
    "ReviewDecisionKind": "review_decision_kind",
    "ReviewDelivery": "review_delivery",
    "ReviewStartParams": "review_start_params",
    "ReviewStartRequestMessage": "review_start_request_message",
    "ReviewStartResponse": "review_start_response",
    "ReviewTarget": "review_target",
    "RootFileSystemSpecialPath": "root_file_system_special_path",
    "SandboxMode": "sandbox_mode",
    "SandboxPolicy": "sandbox_policy",
    "SandboxWorkspaceWrite": "sandbox_workspace_write",
    "ScheduledTaskSchedule": "scheduled_task_schedule",
    "ScheduledTaskSummary": "scheduled_task_summary",
    "ScheduledTaskWeekday": "scheduled_task_weekday",
    "SearchCommandAction": "search_command_action",
    "SearchParsedCommand": "search_parsed_command",
    "SearchResponsesApiWebSearchAction": "search_responses_api_web_search_action",
    "SearchWebSearchAction": "search_web_search_action",
    "SelectedCapabilityRoot": "selected_capability_root",
    "SendAddCreditsNudgeEmailParams": "send_add_credits_nudge_email_params",
    "SendAddCreditsNudgeEmailResponse": "send_add_credits_nudge_email_response",
    "ServerDiagnosticsGauge": "server_diagnostics_gauge",
    "ServerDiagnosticsProcess": "server_diagnostics_process",
    "ServerNotificationMessage": "server_notification_message",
    "ServerRequestMessage": "server_request_message",
    "ServerRequestResolvedNotification": "server_request_resolved_notification",
    "ServerRequestResolvedNotificationMessage": "server_request_resolved_notification_message",
    "SessionFlagsConfigLayerSource": "session_flags_config_layer_source",
    "SessionMigration": "session_migration",
    "SessionSource": "session_source",
    "SessionSourceKind": "session_source_kind",
    "Settings": "settings",
    "SkillDependencies": "skill_dependencies",
    "SkillErrorInfo": "skill_error_info",
    "SkillInterface": "skill_interface",
    "SkillMetadata": "skill_metadata",
    "SkillMigration": "skill_migration",
    "SkillScope": "skill_scope",
    "SkillSummary": "skill_summary",
    "SkillToolDependency": "skill_tool_dependency",
    "SkillUserInput": "skill_user_input",
    "SkillsChangedNotification": "skills_changed_notification",
    "SkillsChangedNotificationMessage": "skills_changed_notification_message",
    "SkillsConfigWriteParams": "skills_config_write_params",
    "SkillsConfigWriteRequestMessage": "skills_config_write_request_message",
    "SkillsConfigWriteResponse": "skills_config_write_response",
    "SkillsExtraRootsSetParams": "skills_extra_roots_set_params",
    "SkillsExtraRootsSetRequestMessage": "skills_extra_roots_set_request_message",
    "SkillsExtraRootsSetResponse": "skills_extra_roots_set_response",
    "SkillsListEntry": "skills_list_entry",
    "SkillsListParams": "skills_list_params",
    "SkillsListRequestMessage": "skills_list_request_message",
    "SkillsListResponse": "skills_list_response",
    "SlashTmpFileSystemSpecialPath": "slash_tmp_file_system_special_path",
    "SleepThreadItem": "sleep_thread_item",
    "SortDirection": "sort_direction",
    "SpecialFileSystemPath": "special_file_system_path",
    "SpendControlLimitSnapshot": "spend_control_limit_snapshot",
    "StrictReviewRequiredNotification": "strict_review_required_notification",
    "SubAgentActivityKind": "sub_agent_activity_kind",
    "SubAgentActivityThreadItem": "sub_agent_activity_thread_item",
    "SubAgentSessionSource": "sub_agent_session_source",
    "SubAgentSource": "sub_agent_source",
    "SubAgentSourceKind": "sub_agent_source_kind",
    "SubagentMigration": "subagent_migration",
    "SummaryTextReasoningItemReasoningSummary": "summary_text_reasoning_item_reasoning_summary",
    "SystemConfigLayerSource": "system_config_layer_source",
    "SystemErrorThreadStatus": "system_error_thread_status",
    "TerminalInteractionNotification": "terminal_interaction_notification",
    "TextElement": "text_element",
    "TextPosition": "text_position",
    "TextRange": "text_range",
    "TextReasoningItemContent": "text_reasoning_item_content",
    "TextResourceContent": "text_resource_content",
    "TextUserInput": "text_user_input",
    "Thread": "thread",
    "ThreadActiveFlag": "thread_active_flag",
    "ThreadApproveGuardianDeniedActionParams": "thread_approve_guardian_denied_action_params",
    "ThreadApproveGuardianDeniedActionRequestMessage": "thread_approve_guardian_denied_action_request_message",
    "ThreadApproveGuardianDeniedActionResponse": "thread_approve_guardian_denied_action_response",
    "ThreadArchiveParams": "thread_archive_params",
    "ThreadArchiveRequestMessage": "thread_archive_request_message",
    "ThreadArchiveResponse": "thread_archive_response",
    "ThreadArchivedNotification": "thread_archived_notification",
    "ThreadArchivedNotificationMessage": "thread_archived_notification_message",
    "ThreadAttachment": "thread_attachment",
    "ThreadAttachmentAddOutcome": "thread_attachment_add_outcome",
    "ThreadAttachmentAddParams": "thread_attachment_add_params",
    "ThreadAttachmentAddRequestMessage": "thread_attachment_add_request_message",
    "ThreadAttachmentAddResponse": "thread_attachment_add_response",
    "ThreadAttachmentListParams": "thread_attachment_list_params",
    "ThreadAttachmentListRequestMessage": "thread_attachment_list_request_message",
    "ThreadAttachmentListResponse": "thread_attachment_list_response",
    "ThreadAttachmentOperation": "thread_attachment_operation",
    "ThreadAttachmentOwner": "thread_attachment_owner",
    "ThreadAttachmentOwnerListParams": "thread_attachment_owner_list_params",
    "ThreadAttachmentOwnerListRequestMessage": "thread_attachment_owner_list_request_message",
    "ThreadAttachmentOwnerListResponse": "thread_attachment_owner_list_response",
    "ThreadAttachmentRemoveParams": "thread_attachment_remove_params",
    "ThreadAttachmentRemoveRequestMessage": "thread_attachment_remove_request_message",
    "ThreadAttachmentRemoveResponse": "thread_attachment_remove_response",
    "ThreadAttachmentUpdatedNotification": "thread_attachment_updated_notification",
    "ThreadAttachmentUpdatedNotificationMessage": "thread_attachment_updated_notification_message",
    "ThreadClosedNotification": "thread_closed_notification",
    "ThreadClosedNotificationMessage": "thread_closed_notification_message",
    "ThreadCompactStartParams": "thread_compact_start_params",
    "ThreadCompactStartRequestMessage": "thread_compact_start_request_message",
    "ThreadCompactStartResponse": "thread_compact_start_response",
    "ThreadCompactedNotificationMessage": "thread_compacted_notification_message",
    "ThreadDeleteParams": "thread_delete_params",
    "ThreadDeleteRequestMessage": "thread_delete_request_message",
    "ThreadDeleteResponse": "thread_delete_response",
    "ThreadDeletedNotification": "thread_deleted_notification",
    "ThreadDeletedNotificationMessage": "thread_deleted_notification_message",
    "ThreadEnvironment": "thread_environment",
    "ThreadEnvironmentConnectedNotificationMessage": "thread_environment_connected_notification_message",
    "ThreadEnvironmentDisconnectedNotificationMessage": "thread_environment_disconnected_notification_message",
    "ThreadExtra": "thread_extra",
    "ThreadForkParams": "thread_fork_params",
    "ThreadForkRequestMessage": "thread_fork_request_message",
    "ThreadForkResponse": "thread_fork_response",
    "ThreadGoal": "thread_goal",
    "ThreadGoalClearParams": "thread_goal_clear_params",
    "ThreadGoalClearRequestMessage": "thread_goal_clear_request_message",
    "ThreadGoalClearResponse": "thread_goal_clear_response",
    "ThreadGoalClearedNotification": "thread_goal_cleared_notification",
    "ThreadGoalClearedNotificationMessage": "thread_goal_cleared_notification_message",
    "ThreadGoalGetParams": "thread_goal_get_params",
    "ThreadGoalGetRequestMessage": "thread_goal_get_request_message",
    "ThreadGoalGetResponse": "thread_goal_get_response",
    "ThreadGoalMutationOrigin": "thread_goal_mutation_origin",
    "ThreadGoalSetParams": "thread_goal_set_params",
    "ThreadGoalSetRequestMessage": "thread_goal_set_request_message",
    "ThreadGoalSetResponse": "thread_goal_set_response",
    "ThreadGoalStatus": "thread_goal_status",
    "ThreadGoalUpdatedNotification": "thread_goal_updated_notification",
    "ThreadGoalUpdatedNotificationMessage": "thread_goal_updated_notification_message",
    "ThreadHistoryMode": "thread_history_mode",
    "ThreadId": "thread_id",
    "ThreadInjectItemsParams": "thread_inject_items_params",
    "ThreadInjectItemsRequestMessage": "thread_inject_items_request_message",
    "ThreadInjectItemsResponse": "thread_inject_items_response",
    "ThreadItem": "thread_item",
    "ThreadItemEntry": "thread_item_entry",
    "ThreadItemsListAnchor": "thread_items_list_anchor",
    "ThreadItemsListCursor": "thread_items_list_cursor",
    "ThreadItemsListParams": "thread_items_list_params",
    "ThreadItemsListRequestMessage": "thread_items_list_request_message",
    "ThreadItemsListResponse": "thread_items_list_response",
    "ThreadListCwdFilter": "thread_list_cwd_filter",
    "ThreadListParams": "thread_list_params",
    "ThreadListRequestMessage": "thread_list_request_message",
    "ThreadListResponse": "thread_list_response",
    "ThreadLoadedListParams": "thread_loaded_list_params",
    "ThreadLoadedListRequestMessage": "thread_loaded_list_request_message",
    "ThreadLoadedListResponse": "thread_loaded_list_response",
    "ThreadMemoryMode": "thread_memory_mode",
    "ThreadMetadataGitInfoUpdateParams": "thread_metadata_git_info_update_params",
    "ThreadMetadataUpdateParams": "thread_metadata_update_params",
    "ThreadMetadataUpdateRequestMessage": "thread_metadata_update_request_message",
    "ThreadMetadataUpdateResponse": "thread_metadata_update_response",
    "ThreadNameSetRequestMessage": "thread_name_set_request_message",
    "ThreadNameUpdatedNotification": "thread_name_updated_notification",
    "ThreadNameUpdatedNotificationMessage": "thread_name_updated_notification_message",
    "ThreadPredictionResult": "thread_prediction_result",
    "ThreadPredictionUpdatedNotification": "thread_prediction_updated_notification",
    "ThreadPredictionUpdatedNotificationMessage": "thread_prediction_updated_notification_message",
    "ThreadProjectUpdatedNotification": "thread_project_updated_notification",
    "ThreadProjectUpdatedNotificationMessage": "thread_project_updated_notification_message",
    "ThreadQueueChangedNotification": "thread_queue_changed_notification",
    "ThreadQueueChangedNotificationMessage": "thread_queue_changed_notification_message",
    "ThreadReadParams": "thread_read_params",
    "ThreadReadRequestMessage": "thread_read_request_message",
    "ThreadReadResponse": "thread_read_response",
    "ThreadReadState": "thread_read_state",
    "ThreadReadStateChangedNotification": "thread_read_state_changed_notification",
    "ThreadReadStateChangedNotificationMessage": "thread_read_state_changed_notification_message",
    "ThreadReadStateOperation": "thread_read_state_operation",
    "ThreadRealtimeAudioChunk": "thread_realtime_audio_chunk",
    "ThreadRealtimeBemItemPresentation": "thread_realtime_bem_item_presentation",
    "ThreadRealtimeClosedNotification": "thread_realtime_closed_notification",
    "ThreadRealtimeClosedNotificationMessage": "thread_realtime_closed_notification_message",
    "ThreadRealtimeErrorNotification": "thread_realtime_error_notification",
    "ThreadRealtimeErrorNotificationMessage": "thread_realtime_error_notification_message",
    "ThreadRealtimeInitialItem": "thread_realtime_initial_item",
    "ThreadRealtimeItem": "thread_realtime_item",
    "ThreadRealtimeItemAddedNotification": "thread_realtime_item_added_notification",
    "ThreadRealtimeItemAddedNotificationMessage": "thread_realtime_item_added_notification_message",
    "ThreadRealtimeItemCompletedNotification": "thread_realtime_item_completed_notification",
    "ThreadRealtimeItemCompletedNotificationMessage": "thread_realtime_item_completed_notification_message",
    "ThreadRealtimeItemStartedNotification": "thread_realtime_item_started_notification",
    "ThreadRealtimeItemStartedNotificationMessage": "thread_realtime_item_started_notification_message",
    "ThreadRealtimeItemTranscriptDeltaNotification": "thread_realtime_item_transcript_delta_notification",
    "ThreadRealtimeItemTranscriptDeltaNotificationMessage": "thread_realtime_item_transcript_delta_notification_message",
    "ThreadRealtimeOutputAudioDeltaNotification": "thread_realtime_output_audio_delta_notification",
    "ThreadRealtimeOutputAudioDeltaNotificationMessage": "thread_realtime_output_audio_delta_notification_message",
    "ThreadRealtimeSdpNotification": "thread_realtime_sdp_notification",
    "ThreadRealtimeSdpNotificationMessage": "thread_realtime_sdp_notification_message",
    "ThreadRealtimeSessionOutcome": "thread_realtime_session_outcome",
    "ThreadRealtimeStartTransport": "thread_realtime_start_transport",
    "ThreadRealtimeStartedNotification": "thread_realtime_started_notification",
    "ThreadRealtimeStartedNotificationMessage": "thread_realtime_started_notification_message",
    "ThreadRealtimeTranscriptDeltaNotification": "thread_realtime_transcript_delta_notification",
    "ThreadRealtimeTranscriptDeltaNotificationMessage": "thread_realtime_transcript_delta_notification_message",
    "ThreadRealtimeTranscriptDoneNotification": "thread_realtime_transcript_done_notification",
    "ThreadRealtimeTranscriptDoneNotificationMessage": "thread_realtime_transcript_done_notification_message",
    "ThreadRealtimeTranscriptRole": "thread_realtime_transcript_role",
    "ThreadResumeInitialTurnsPageParams": "thread_resume_initial_turns_page_params",
    "ThreadResumeParams": "thread_resume_params",
    "ThreadResumeRequestMessage": "thread_resume_request_message",
    "ThreadResumeResponse": "thread_resume_response",
    "ThreadRevertParams": "thread_revert_params",
    "ThreadRevertRequestMessage": "thread_revert_request_message",
    "ThreadRevertResponse": "thread_revert_response",
    "ThreadRevertedNotification": "thread_reverted_notification",
    "ThreadRevertedNotificationMessage": "thread_reverted_notification_message",
    "ThreadSearchResult": "thread_search_result",
    "ThreadSearchSortKey": "thread_search_sort_key",
    "ThreadSection": "thread_section",
    "ThreadSectionAppearance": "thread_section_appearance",
    "ThreadSectionCreateParams": "thread_section_create_params",
    "ThreadSectionCreateRequestMessage": "thread_section_create_request_message",
    "ThreadSectionCreateResponse": "thread_section_create_response",
    "ThreadSectionDeleteParams": "thread_section_delete_params",
    "ThreadSectionDeleteRequestMessage": "thread_section_delete_request_message",
    "ThreadSectionDeleteResponse": "thread_section_delete_response",
    "ThreadSectionListParams": "thread_section_list_params",
    "ThreadSectionListRequestMessage": "thread_section_list_request_message",
    "ThreadSectionListResponse": "thread_section_list_response",
    "ThreadSectionMoveParams": "thread_section_move_params",
    "ThreadSectionMoveRequestMessage": "thread_section_move_request_message",
    "ThreadSectionMoveResponse": "thread_section_move_response",
    "ThreadSectionUpdateParams": "thread_section_update_params",
    "ThreadSectionUpdateRequestMessage": "thread_section_update_request_message",
    "ThreadSectionUpdateResponse": "thread_section_update_response",
    "ThreadSetNameParams": "thread_set_name_params",
    "ThreadSetNameResponse": "thread_set_name_response",
    "ThreadSettings": "thread_settings",
    "ThreadSettingsUpdatedNotification": "thread_settings_updated_notification",
    "ThreadSettingsUpdatedNotificationMessage": "thread_settings_updated_notification_message",
    "ThreadShellCommandParams": "thread_shell_command_params",
    "ThreadShellCommandRequestMessage": "thread_shell_command_request_message",
    "ThreadShellCommandResponse": "thread_shell_command_response",
    "ThreadSortKey": "thread_sort_key",
    "ThreadSource": "thread_source",
    "ThreadSourceKind": "thread_source_kind",
    "ThreadSpawnSubAgentSource": "thread_spawn_sub_agent_source",
    "ThreadSpawnSubAgentSourcePayload": "thread_spawn_sub_agent_source_payload",
    "ThreadStartParams": "thread_start_params",
    "ThreadStartRequestMessage": "thread_start_request_message",
    "ThreadStartResponse": "thread_start_response",
    "ThreadStartSource": "thread_start_source",
    "ThreadStartThreadUnreadPosition": "thread_start_thread_unread_position",
    "ThreadStartedNotification": "thread_started_notification",
    "ThreadStartedNotificationMessage": "thread_started_notification_message",
    "ThreadStatus": "thread_status",
    "ThreadStatusChangedNotification": "thread_status_changed_notification",
    "ThreadStatusChangedNotificationMessage": "thread_status_changed_notification_message",
    "ThreadTimelineEntry": "thread_timeline_entry",
    "ThreadTokenUsage": "thread_token_usage",
    "ThreadTokenUsageUpdatedNotification": "thread_token_usage_updated_notification",
    "ThreadTokenUsageUpdatedNotificationMessage": "thread_token_usage_updated_notification_message",
    "ThreadTurnsListParams": "thread_turns_list_params",
    "ThreadTurnsListRequestMessage": "thread_turns_list_request_message",
    "ThreadTurnsListResponse": "thread_turns_list_response",
    "ThreadUnarchiveParams": "thread_unarchive_params",
    "ThreadUnarchiveRequestMessage": "thread_unarchive_request_message",
    "ThreadUnarchiveResponse": "thread_unarchive_response",
    "ThreadUnarchivedNotification": "thread_unarchived_notification",
    "ThreadUnarchivedNotificationMessage": "thread_unarchived_notification_message",
    "ThreadUnreadPosition": "thread_unread_position",
    "ThreadUnsubscribeParams": "thread_unsubscribe_params",
    "ThreadUnsubscribeRequestMessage": "thread_unsubscribe_request_message",
    "ThreadUnsubscribeResponse": "thread_unsubscribe_response",
    "ThreadUnsubscribeStatus": "thread_unsubscribe_status",
    "ThreadUsage": "thread_usage",
    "ThreadUsageBreakdownGroup": "thread_usage_breakdown_group",
    "TmpdirFileSystemSpecialPath": "tmpdir_file_system_special_path",
    "TokenUsageBreakdown": "token_usage_breakdown",
    "Tool": "tool",
    "ToolExposureSurface": "tool_exposure_surface",
    "ToolRequestUserInputAnswer": "tool_request_user_input_answer",
    "ToolRequestUserInputOption": "tool_request_user_input_option",
    "ToolRequestUserInputParams": "tool_request_user_input_params",
    "ToolRequestUserInputQuestion": "tool_request_user_input_question",
    "ToolRequestUserInputResponse": "tool_request_user_input_response",
    "ToolSearchCallResponseItem": "tool_search_call_response_item",
    "ToolSearchOutputResponseItem": "tool_search_output_response_item",
    "ToolsV2": "tools_v2",
    "TranscriptSegmentThreadRealtimeItem": "transcript_segment_thread_realtime_item",
    "Turn": "turn",
    "TurnCompletedNotification": "turn_completed_notification",
    "TurnCompletedNotificationMessage": "turn_completed_notification_message",
    "TurnCompletedThreadTimelineEntry": "turn_completed_thread_timeline_entry",
    "TurnDiffUpdatedNotification": "turn_diff_updated_notification",
    "TurnDiffUpdatedNotificationMessage": "turn_diff_updated_notification_message",
    "TurnEnvironmentParams": "turn_environment_params",
    "TurnError": "turn_error",
    "TurnInterruptParams": "turn_interrupt_params",
    "TurnInterruptRequestMessage": "turn_interrupt_request_message",
    "TurnInterruptResponse": "turn_interrupt_response",
    "TurnItemsView": "turn_items_view",
    "TurnModerationMetadataNotification": "turn_moderation_metadata_notification",
    "TurnModerationMetadataNotificationMessage": "turn_moderation_metadata_notification_message",
    "TurnPlanStep": "turn_plan_step",
    "TurnPlanStepStatus": "turn_plan_step_status",
    "TurnPlanUpdatedNotification": "turn_plan_updated_notification",
    "TurnPlanUpdatedNotificationMessage": "turn_plan_updated_notification_message",
    "TurnStartParams": "turn_start_params",
    "TurnStartRequestMessage": "turn_start_request_message",
    "TurnStartResponse": "turn_start_response",
    "TurnStartedNotification": "turn_started_notification",
    "TurnStartedNotificationMessage": "turn_started_notification_message",
    "TurnStartedThreadTimelineEntry": "turn_started_thread_timeline_entry",
    "TurnStatus": "turn_status",
    "TurnSteerParams": "turn_steer_params",
    "TurnSteerRequestMessage": "turn_steer_request_message",
    "TurnSteerResponse": "turn_steer_response",
    "TurnThreadUnreadPosition": "turn_thread_unread_position",
    "TurnToolOutput": "turn_tool_output",
    "TurnsPage": "turns_page",
    "UncommittedChangesReviewTarget": "uncommitted_changes_review_target",
    "UnknownCommandAction": "unknown_command_action",
    "UnknownFileSystemSpecialPath": "unknown_file_system_special_path",
    "UnknownParsedCommand": "unknown_parsed_command",
    "UnreadThreadReadStateOperation": "unread_thread_read_state_operation",
    "UnrecognizedAccount": "unrecognized_account",
    "UnrecognizedAgentMessageInputContent": "unrecognized_agent_message_input_content",
    "UnrecognizedAskForApproval": "unrecognized_ask_for_approval",
    "UnrecognizedClientRequestMessage": "unrecognized_client_request_message",
    "UnrecognizedCodexErrorInfo": "unrecognized_codex_error_info",
    "UnrecognizedCommandAction": "unrecognized_command_action",
    "UnrecognizedCommandExecutionApprovalDecision": "unrecognized_command_execution_approval_decision",
    "UnrecognizedConfigLayerSource": "unrecognized_config_layer_source",
    "UnrecognizedConfiguredHookHandler": "unrecognized_configured_hook_handler",
    "UnrecognizedContentItem": "unrecognized_content_item",
    "UnrecognizedDynamicToolCallOutputContentItem": "unrecognized_dynamic_tool_call_output_content_item",
    "UnrecognizedDynamicToolSpec": "unrecognized_dynamic_tool_spec",
    "UnrecognizedFileChange": "unrecognized_file_change",
    "UnrecognizedFileSystemPath": "unrecognized_file_system_path",
    "UnrecognizedFileSystemSpecialPath": "unrecognized_file_system_special_path",
    "UnrecognizedFunctionCallOutputContentItem": "unrecognized_function_call_output_content_item",
    "UnrecognizedGuardianApprovalReviewAction": "unrecognized_guardian_approval_review_action",
    "UnrecognizedHookMetadata": "unrecognized_hook_metadata",
    "UnrecognizedLoginAccountParams": "unrecognized_login_account_params",
    "UnrecognizedLoginAccountResponse": "unrecognized_login_account_response",
    "UnrecognizedMcpServerElicitationRequestParams": "unrecognized_mcp_server_elicitation_request_params",
    "UnrecognizedMultiAgentMode": "unrecognized_multi_agent_mode",
    "UnrecognizedParsedCommand": "unrecognized_parsed_command",
    "UnrecognizedPatchChangeKind": "unrecognized_patch_change_kind",
    "UnrecognizedPluginSource": "unrecognized_plugin_source",
    "UnrecognizedReasoningItemContent": "unrecognized_reasoning_item_content",
    "UnrecognizedResponseItem": "unrecognized_response_item",
    "UnrecognizedResponsesApiWebSearchAction": "unrecognized_responses_api_web_search_action",
    "UnrecognizedReviewDecision": "unrecognized_review_decision",
    "UnrecognizedReviewTarget": "unrecognized_review_target",
    "UnrecognizedSandboxPolicy": "unrecognized_sandbox_policy",
    "UnrecognizedScheduledTaskSchedule": "unrecognized_scheduled_task_schedule",
    "UnrecognizedServerNotificationMessage": "unrecognized_server_notification_message",
    "UnrecognizedServerRequestMessage": "unrecognized_server_request_message",
    "UnrecognizedSessionSource": "unrecognized_session_source",
    "UnrecognizedSubAgentSource": "unrecognized_sub_agent_source",
    "UnrecognizedThreadItem": "unrecognized_thread_item",
    "UnrecognizedThreadPredictionResult": "unrecognized_thread_prediction_result",
    "UnrecognizedThreadReadStateOperation": "unrecognized_thread_read_state_operation",
    "UnrecognizedThreadRealtimeBemItemPresentation": "unrecognized_thread_realtime_bem_item_presentation",
    "UnrecognizedThreadRealtimeItem": "unrecognized_thread_realtime_item",
    "UnrecognizedThreadRealtimeStartTransport": "unrecognized_thread_realtime_start_transport",
    "UnrecognizedThreadStatus": "unrecognized_thread_status",
    "UnrecognizedThreadTimelineEntry": "unrecognized_thread_timeline_entry",
    "UnrecognizedThreadUnreadPosition": "unrecognized_thread_unread_position",
    "UnrecognizedUserInput": "unrecognized_user_input",
    "UnrecognizedWebSearchAction": "unrecognized_web_search_action",
    "UpdateFileChange": "update_file_change",
    "UpdatePatchChangeKind": "update_patch_change_kind",
    "UrlMcpServerElicitationRequestParams": "url_mcp_server_elicitation_request_params",
    "UsageLimitExceededImageGenerationFailure": "usage_limit_exceeded_image_generation_failure",
    "UserConfigLayerSource": "user_config_layer_source",
    "UserInput": "user_input",
    "UserMessageThreadItem": "user_message_thread_item",
    "Verbosity": "verbosity",
    "W3cTraceContext": "w3c_trace_context",
    "WarningNotification": "warning_notification",
    "WarningNotificationMessage": "warning_notification_message",
    "WebSearchAction": "web_search_action",
    "WebSearchCallResponseItem": "web_search_call_response_item",
    "WebSearchContextSize": "web_search_context_size",
    "WebSearchLocation": "web_search_location",
    "WebSearchMode": "web_search_mode",
    "WebSearchThreadItem": "web_search_thread_item",
    "WebSearchToolConfig": "web_search_tool_config",
    "WebrtcThreadRealtimeStartTransport": "webrtc_thread_realtime_start_transport",
    "WebsocketThreadRealtimeStartTransport": "websocket_thread_realtime_start_transport",
    "WeekdaysScheduledTaskSchedule": "weekdays_scheduled_task_schedule",
    "WeeklyScheduledTaskSchedule": "weekly_scheduled_task_schedule",
    "WholeItemThreadRealtimeBemItemPresentation": "whole_item_thread_realtime_bem_item_presentation",
    "WindowsSandboxImplementation": "windows_sandbox_implementation",
    "WindowsSandboxReadiness": "windows_sandbox_readiness",
    "WindowsSandboxReadinessRequestMessage": "windows_sandbox_readiness_request_message",
    "WindowsSandboxReadinessResponse": "windows_sandbox_readiness_response",
    "WindowsSandboxSetupCompletedNotification": "windows_sandbox_setup_completed_notification",
    "WindowsSandboxSetupCompletedNotificationMessage": "windows_sandbox_setup_completed_notification_message",
    "WindowsSandboxSetupMode": "windows_sandbox_setup_mode",
    "WindowsSandboxSetupStartParams": "windows_sandbox_setup_start_params",
    "WindowsSandboxSetupStartRequestMessage": "windows_sandbox_setup_start_request_message",
    "WindowsSandboxSetupStartResponse": "windows_sandbox_setup_start_response",
    "WindowsWorldWritableWarningNotification": "windows_world_writable_warning_notification",
    "WindowsWorldWritableWarningNotificationMessage": "windows_world_writable_warning_notification_message",
    "WorkspaceMessage": "workspace_message",
    "WorkspaceMessageType": "workspace_message_type",
    "WorkspaceRouting": "workspace_routing",
    "WorkspaceWriteSandboxPolicy": "workspace_write_sandbox_policy",
    "WriteStatus": "write_status",
    "WriteStdinGuardianApprovalReviewAction": "write_stdin_guardian_approval_review_action",
}


def __getattr__(name: str) -> Any:
    """A wire type, imported from its module on first access (PEP 562), then cached here."""
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(f"{__name__}.{module}"), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted([*globals(), *_MODULES])


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
