# GENERATED FILE - DO NOT EDIT. Wire type ``Model`` of the codex app-server protocol.
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

from .input_modality import InputModality
from .model_access_programs import ModelAccessPrograms
from .model_availability_nux import ModelAvailabilityNux
from .model_service_tier import ModelServiceTier
from .model_upgrade_info import ModelUpgradeInfo
from .multi_agent_version import MultiAgentVersion
from .reasoning_effort import ReasoningEffort
from .reasoning_effort_option import ReasoningEffortOption


class Model(WireModel):
    additional_speed_tiers: list[str] | None = Field(default=None, alias="additionalSpeedTiers", exclude_if=is_none)
    """Deprecated: use `serviceTiers` instead."""
    availability_nux: ModelAvailabilityNux | None = Field(default=None, alias="availabilityNux")
    available_access_programs: ModelAccessPrograms | None = Field(default=None, alias="availableAccessPrograms")
    """Null when the catalog does not provide access-program metadata."""
    default_reasoning_effort: ReasoningEffort = Field(alias="defaultReasoningEffort")
    default_service_tier: str | None = Field(default=None, alias="defaultServiceTier")
    """Catalog default service tier id for this model, when one is configured."""
    description: str
    display_name: str = Field(alias="displayName")
    hidden: bool
    id: str
    input_modalities: list[InputModality] | None = Field(default=None, alias="inputModalities", exclude_if=is_none)
    is_default: bool = Field(alias="isDefault")
    model: str
    model_specialty: str | None = Field(default=None, alias="modelSpecialty")
    multi_agent_version: MultiAgentVersion | None = Field(default=None, alias="multiAgentVersion")
    """Multi-agent runtime declared by this model, when available."""
    service_tiers: list[ModelServiceTier] | None = Field(default=None, alias="serviceTiers", exclude_if=is_none)
    supported_reasoning_efforts: list[ReasoningEffortOption] = Field(alias="supportedReasoningEfforts")
    supports_personality: bool | None = Field(default=None, alias="supportsPersonality", exclude_if=is_none)
    """@deprecated Always false; models no longer support personality selection."""
    upgrade: str | None = None
    upgrade_info: ModelUpgradeInfo | None = Field(default=None, alias="upgradeInfo")
