# GENERATED FILE - DO NOT EDIT. Wire type ``ServerRequestMessage`` of the codex app-server protocol.
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

from .account_chatgpt_auth_tokens_refresh_request_message import AccountChatgptAuthTokensRefreshRequestMessage
from .apply_patch_approval_request_message import ApplyPatchApprovalRequestMessage
from .attestation_generate_request_message import AttestationGenerateRequestMessage
from .exec_command_approval_request_message import ExecCommandApprovalRequestMessage
from .item_command_execution_request_approval_request_message import ItemCommandExecutionRequestApprovalRequestMessage
from .item_file_change_request_approval_request_message import ItemFileChangeRequestApprovalRequestMessage
from .item_permissions_request_approval_request_message import ItemPermissionsRequestApprovalRequestMessage
from .item_tool_call_request_message import ItemToolCallRequestMessage
from .item_tool_request_user_input_request_message import ItemToolRequestUserInputRequestMessage
from .mcp_server_elicitation_request_request_message import McpServerElicitationRequestRequestMessage
from .unrecognized_server_request_message import UnrecognizedServerRequestMessage


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
