# GENERATED FILE - DO NOT EDIT. Wire type ``PluginSummary`` of the codex app-server protocol.
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

from codex_runtime.protocol._base import WireModel, is_none

from .plugin_auth_policy import PluginAuthPolicy
from .plugin_availability import PluginAvailability
from .plugin_disabled_reason import PluginDisabledReason
from .plugin_install_policy import PluginInstallPolicy
from .plugin_install_policy_source import PluginInstallPolicySource
from .plugin_interface import PluginInterface
from .plugin_share_context import PluginShareContext
from .plugin_source import PluginSource


class PluginSummary(WireModel):
    auth_policy: PluginAuthPolicy = Field(alias="authPolicy")
    availability: PluginAvailability | None = Field(default=None, exclude_if=is_none)
    """Availability state for installing and using the plugin."""
    disabled_reason: PluginDisabledReason | None = Field(default=None, alias="disabledReason")
    """Why the remote plugin is unavailable, when provided by plugin-service."""
    eligible_plan_types: list[str] | None = Field(default=None, alias="eligiblePlanTypes")
    """Raw plugin-service plan identifiers eligible to install the plugin."""
    enabled: bool
    id: str
    install_policy: PluginInstallPolicy = Field(alias="installPolicy")
    install_policy_source: PluginInstallPolicySource | None = Field(default=None, alias="installPolicySource")
    installed: bool
    installed_at: int | None = Field(default=None, alias="installedAt")
    """Unix timestamp in seconds when the remote plugin was installed, when available."""
    interface: PluginInterface | None = None
    keywords: list[str] | None = Field(default=None, exclude_if=is_none)
    local_version: str | None = Field(default=None, alias="localVersion")
    """Version of the locally materialized plugin package when available."""
    must_show_installation_interstitial: bool | None = Field(default=None, alias="mustShowInstallationInterstitial")
    name: str
    remote_plugin_id: str | None = Field(default=None, alias="remotePluginId")
    """Backend remote plugin identifier when available."""
    share_context: PluginShareContext | None = Field(default=None, alias="shareContext")
    """Remote sharing context associated with this plugin when available."""
    source: PluginSource
    version: str | None = None
    """Version advertised by the remote marketplace backend when available."""
