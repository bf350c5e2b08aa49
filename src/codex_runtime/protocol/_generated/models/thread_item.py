# GENERATED FILE - DO NOT EDIT. Wire type ``ThreadItem`` of the codex app-server protocol.
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

from .agent_message_thread_item import AgentMessageThreadItem
from .collab_agent_tool_call_thread_item import CollabAgentToolCallThreadItem
from .command_execution_thread_item import CommandExecutionThreadItem
from .context_compaction_thread_item import ContextCompactionThreadItem
from .dynamic_tool_call_thread_item import DynamicToolCallThreadItem
from .entered_review_mode_thread_item import EnteredReviewModeThreadItem
from .exited_review_mode_thread_item import ExitedReviewModeThreadItem
from .file_change_thread_item import FileChangeThreadItem
from .function_call_output_thread_item import FunctionCallOutputThreadItem
from .hook_prompt_thread_item import HookPromptThreadItem
from .image_generation_thread_item import ImageGenerationThreadItem
from .image_view_thread_item import ImageViewThreadItem
from .mcp_tool_call_thread_item import McpToolCallThreadItem
from .plan_thread_item import PlanThreadItem
from .reasoning_thread_item import ReasoningThreadItem
from .sleep_thread_item import SleepThreadItem
from .sub_agent_activity_thread_item import SubAgentActivityThreadItem
from .unrecognized_thread_item import UnrecognizedThreadItem
from .user_message_thread_item import UserMessageThreadItem
from .web_search_thread_item import WebSearchThreadItem


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
