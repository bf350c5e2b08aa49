# GENERATED FILE - DO NOT EDIT. Wire type ``ServerNotificationMessage`` of the codex app-server protocol.
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

from .account_gateway_o_auth_changed_notification_message import AccountGatewayOAuthChangedNotificationMessage
from .account_login_completed_notification_message import AccountLoginCompletedNotificationMessage
from .account_rate_limits_updated_notification_message import AccountRateLimitsUpdatedNotificationMessage
from .account_updated_notification_message import AccountUpdatedNotificationMessage
from .app_list_updated_notification_message import AppListUpdatedNotificationMessage
from .auto_approval_review_strict_review_required_notification_message import AutoApprovalReviewStrictReviewRequiredNotificationMessage
from .command_exec_output_delta_notification_message import CommandExecOutputDeltaNotificationMessage
from .config_warning_notification_message import ConfigWarningNotificationMessage
from .deprecation_notice_notification_message import DeprecationNoticeNotificationMessage
from .error_notification_message import ErrorNotificationMessage
from .external_agent_config_import_completed_notification_message import ExternalAgentConfigImportCompletedNotificationMessage
from .external_agent_config_import_progress_notification_message import ExternalAgentConfigImportProgressNotificationMessage
from .fs_changed_notification_message import FsChangedNotificationMessage
from .fuzzy_file_search_session_completed_notification_message import FuzzyFileSearchSessionCompletedNotificationMessage
from .fuzzy_file_search_session_updated_notification_message import FuzzyFileSearchSessionUpdatedNotificationMessage
from .guardian_warning_notification_message import GuardianWarningNotificationMessage
from .hook_completed_notification_message import HookCompletedNotificationMessage
from .hook_started_notification_message import HookStartedNotificationMessage
from .item_agent_message_delta_notification_message import ItemAgentMessageDeltaNotificationMessage
from .item_auto_approval_review_completed_notification_message import ItemAutoApprovalReviewCompletedNotificationMessage
from .item_auto_approval_review_started_notification_message import ItemAutoApprovalReviewStartedNotificationMessage
from .item_command_execution_output_delta_notification_message import ItemCommandExecutionOutputDeltaNotificationMessage
from .item_command_execution_terminal_interaction_notification_message import ItemCommandExecutionTerminalInteractionNotificationMessage
from .item_completed_notification_message import ItemCompletedNotificationMessage
from .item_file_change_output_delta_notification_message import ItemFileChangeOutputDeltaNotificationMessage
from .item_file_change_patch_updated_notification_message import ItemFileChangePatchUpdatedNotificationMessage
from .item_mcp_tool_call_progress_notification_message import ItemMcpToolCallProgressNotificationMessage
from .item_plan_delta_notification_message import ItemPlanDeltaNotificationMessage
from .item_reasoning_summary_part_added_notification_message import ItemReasoningSummaryPartAddedNotificationMessage
from .item_reasoning_summary_text_delta_notification_message import ItemReasoningSummaryTextDeltaNotificationMessage
from .item_reasoning_text_delta_notification_message import ItemReasoningTextDeltaNotificationMessage
from .item_started_notification_message import ItemStartedNotificationMessage
from .mcp_server_event_stream_notification_notification_message import McpServerEventStreamNotificationNotificationMessage
from .mcp_server_oauth_login_completed_notification_message import McpServerOauthLoginCompletedNotificationMessage
from .mcp_server_startup_status_updated_notification_message import McpServerStartupStatusUpdatedNotificationMessage
from .model_provider_auth_recovery_completed_notification_message import ModelProviderAuthRecoveryCompletedNotificationMessage
from .model_provider_auth_recovery_started_notification_message import ModelProviderAuthRecoveryStartedNotificationMessage
from .model_rerouted_notification_message import ModelReroutedNotificationMessage
from .model_safety_buffering_updated_notification_message import ModelSafetyBufferingUpdatedNotificationMessage
from .model_verification_notification_message import ModelVerificationNotificationMessage
from .process_exited_notification_message import ProcessExitedNotificationMessage
from .process_output_delta_notification_message import ProcessOutputDeltaNotificationMessage
from .project_changed_notification_message import ProjectChangedNotificationMessage
from .remote_control_status_changed_notification_message import RemoteControlStatusChangedNotificationMessage
from .server_request_resolved_notification_message import ServerRequestResolvedNotificationMessage
from .skills_changed_notification_message import SkillsChangedNotificationMessage
from .thread_archived_notification_message import ThreadArchivedNotificationMessage
from .thread_attachment_updated_notification_message import ThreadAttachmentUpdatedNotificationMessage
from .thread_closed_notification_message import ThreadClosedNotificationMessage
from .thread_compacted_notification_message import ThreadCompactedNotificationMessage
from .thread_deleted_notification_message import ThreadDeletedNotificationMessage
from .thread_environment_connected_notification_message import ThreadEnvironmentConnectedNotificationMessage
from .thread_environment_disconnected_notification_message import ThreadEnvironmentDisconnectedNotificationMessage
from .thread_goal_cleared_notification_message import ThreadGoalClearedNotificationMessage
from .thread_goal_updated_notification_message import ThreadGoalUpdatedNotificationMessage
from .thread_name_updated_notification_message import ThreadNameUpdatedNotificationMessage
from .thread_prediction_updated_notification_message import ThreadPredictionUpdatedNotificationMessage
from .thread_project_updated_notification_message import ThreadProjectUpdatedNotificationMessage
from .thread_queue_changed_notification_message import ThreadQueueChangedNotificationMessage
from .thread_read_state_changed_notification_message import ThreadReadStateChangedNotificationMessage
from .thread_realtime_closed_notification_message import ThreadRealtimeClosedNotificationMessage
from .thread_realtime_error_notification_message import ThreadRealtimeErrorNotificationMessage
from .thread_realtime_item_added_notification_message import ThreadRealtimeItemAddedNotificationMessage
from .thread_realtime_item_completed_notification_message import ThreadRealtimeItemCompletedNotificationMessage
from .thread_realtime_item_started_notification_message import ThreadRealtimeItemStartedNotificationMessage
from .thread_realtime_item_transcript_delta_notification_message import ThreadRealtimeItemTranscriptDeltaNotificationMessage
from .thread_realtime_output_audio_delta_notification_message import ThreadRealtimeOutputAudioDeltaNotificationMessage
from .thread_realtime_sdp_notification_message import ThreadRealtimeSdpNotificationMessage
from .thread_realtime_started_notification_message import ThreadRealtimeStartedNotificationMessage
from .thread_realtime_transcript_delta_notification_message import ThreadRealtimeTranscriptDeltaNotificationMessage
from .thread_realtime_transcript_done_notification_message import ThreadRealtimeTranscriptDoneNotificationMessage
from .thread_reverted_notification_message import ThreadRevertedNotificationMessage
from .thread_settings_updated_notification_message import ThreadSettingsUpdatedNotificationMessage
from .thread_started_notification_message import ThreadStartedNotificationMessage
from .thread_status_changed_notification_message import ThreadStatusChangedNotificationMessage
from .thread_token_usage_updated_notification_message import ThreadTokenUsageUpdatedNotificationMessage
from .thread_unarchived_notification_message import ThreadUnarchivedNotificationMessage
from .turn_completed_notification_message import TurnCompletedNotificationMessage
from .turn_diff_updated_notification_message import TurnDiffUpdatedNotificationMessage
from .turn_moderation_metadata_notification_message import TurnModerationMetadataNotificationMessage
from .turn_plan_updated_notification_message import TurnPlanUpdatedNotificationMessage
from .turn_started_notification_message import TurnStartedNotificationMessage
from .unrecognized_server_notification_message import UnrecognizedServerNotificationMessage
from .warning_notification_message import WarningNotificationMessage
from .windows_sandbox_setup_completed_notification_message import WindowsSandboxSetupCompletedNotificationMessage
from .windows_world_writable_warning_notification_message import WindowsWorldWritableWarningNotificationMessage


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
