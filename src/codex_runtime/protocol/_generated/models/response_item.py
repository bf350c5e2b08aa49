# GENERATED FILE - DO NOT EDIT. Wire type ``ResponseItem`` of the codex app-server protocol.
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

from .additional_tools_response_item import AdditionalToolsResponseItem
from .agent_message_response_item import AgentMessageResponseItem
from .compaction_response_item import CompactionResponseItem
from .compaction_trigger_response_item import CompactionTriggerResponseItem
from .configuration_update_response_item import ConfigurationUpdateResponseItem
from .context_compaction_response_item import ContextCompactionResponseItem
from .custom_tool_call_output_response_item import CustomToolCallOutputResponseItem
from .custom_tool_call_response_item import CustomToolCallResponseItem
from .function_call_output_response_item import FunctionCallOutputResponseItem
from .function_call_response_item import FunctionCallResponseItem
from .image_generation_call_response_item import ImageGenerationCallResponseItem
from .local_shell_call_response_item import LocalShellCallResponseItem
from .message_response_item import MessageResponseItem
from .other_response_item import OtherResponseItem
from .reasoning_response_item import ReasoningResponseItem
from .tool_search_call_response_item import ToolSearchCallResponseItem
from .tool_search_output_response_item import ToolSearchOutputResponseItem
from .unrecognized_response_item import UnrecognizedResponseItem
from .web_search_call_response_item import WebSearchCallResponseItem


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
