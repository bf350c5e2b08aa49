# GENERATED FILE - DO NOT EDIT. Wire type ``PluginInterface`` of the codex app-server protocol.
# Regenerate with: python scripts/gen_protocol.py   (CI runs: python scripts/gen_protocol.py --check)
# Generator: scripts/gen_protocol.py (hand-written), generator version 2
# Schema: printed by `codex app-server generate-json-schema` (codex-cli 0.163.0), vendored in schema/:
#   codex_app_server_protocol.schemas.json  sha256=408e09849d5d4931992a4227a7f3eb80b15d24901f84aca0562e816634651a82
#   ClientRequest.json  sha256=6b10888f163f569922d42c41e94a98b4261258abc7581c14eca867c3b125dc6f
#   ServerRequest.json  sha256=f339be472737a0003efa25fba2e6e6c9237e621cd065b6d6995c51256e9dc1fb
#   ServerNotification.json  sha256=8e719512bc26bb3871fcf7b378b79abf912d82787609c0ad418b71f179d0883f
#   ClientNotification.json  sha256=706cf248d75027c84a3c63348d0ed507182e8eba40069dd17541793de029145a
"""One wire type; import it from ``codex_runtime.protocol``."""

from pydantic import Field

from codex_runtime.protocol._base import WireModel

from .absolute_path_buf import AbsolutePathBuf


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
