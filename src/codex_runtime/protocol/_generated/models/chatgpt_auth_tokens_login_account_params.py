# GENERATED FILE - DO NOT EDIT. Wire type ``ChatgptAuthTokensLoginAccountParams`` of the codex app-server protocol.
# Regenerate with: python scripts/gen_protocol.py   (CI runs: python scripts/gen_protocol.py --check)
# Generator: scripts/gen_protocol.py (hand-written), generator version 2
# Schema: printed by `codex app-server generate-json-schema` (codex-cli 0.163.0), vendored in schema/:
#   codex_app_server_protocol.schemas.json  sha256=408e09849d5d4931992a4227a7f3eb80b15d24901f84aca0562e816634651a82
#   ClientRequest.json  sha256=6b10888f163f569922d42c41e94a98b4261258abc7581c14eca867c3b125dc6f
#   ServerRequest.json  sha256=f339be472737a0003efa25fba2e6e6c9237e621cd065b6d6995c51256e9dc1fb
#   ServerNotification.json  sha256=8e719512bc26bb3871fcf7b378b79abf912d82787609c0ad418b71f179d0883f
#   ClientNotification.json  sha256=706cf248d75027c84a3c63348d0ed507182e8eba40069dd17541793de029145a
"""One wire type; import it from ``codex_runtime.protocol``."""

from typing import Literal

from pydantic import Field

from codex_runtime.protocol._base import TaggedWireModel


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
