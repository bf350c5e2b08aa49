# GENERATED FILE - DO NOT EDIT. Wire type ``AuthMode`` of the codex app-server protocol.
# Regenerate with: python scripts/gen_protocol.py   (CI runs: python scripts/gen_protocol.py --check)
# Generator: scripts/gen_protocol.py (hand-written), generator version 2
# Schema: printed by `codex app-server generate-json-schema` (codex-cli 0.163.0), vendored in schema/:
#   codex_app_server_protocol.schemas.json  sha256=408e09849d5d4931992a4227a7f3eb80b15d24901f84aca0562e816634651a82
#   ClientRequest.json  sha256=6b10888f163f569922d42c41e94a98b4261258abc7581c14eca867c3b125dc6f
#   ServerRequest.json  sha256=f339be472737a0003efa25fba2e6e6c9237e621cd065b6d6995c51256e9dc1fb
#   ServerNotification.json  sha256=8e719512bc26bb3871fcf7b378b79abf912d82787609c0ad418b71f179d0883f
#   ClientNotification.json  sha256=706cf248d75027c84a3c63348d0ed507182e8eba40069dd17541793de029145a
"""One wire type; import it from ``codex_runtime.protocol``."""

from codex_runtime.protocol._open_enum import OpenStrEnum


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
