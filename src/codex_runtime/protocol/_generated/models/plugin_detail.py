# GENERATED FILE - DO NOT EDIT. Wire type ``PluginDetail`` of the codex app-server protocol.
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

from .absolute_path_buf import AbsolutePathBuf
from .app_summary import AppSummary
from .app_template_summary import AppTemplateSummary
from .plugin_hook_summary import PluginHookSummary
from .plugin_summary import PluginSummary
from .scheduled_task_summary import ScheduledTaskSummary
from .skill_summary import SkillSummary


class PluginDetail(WireModel):
    app_templates: list[AppTemplateSummary] | None = Field(default=None, alias="appTemplates", exclude_if=is_none)
    apps: list[AppSummary]
    description: str | None = None
    hooks: list[PluginHookSummary]
    marketplace_name: str = Field(alias="marketplaceName")
    marketplace_path: AbsolutePathBuf | None = Field(default=None, alias="marketplacePath")
    mcp_servers: list[str] = Field(alias="mcpServers")
    onboarding_skill: SkillSummary | None = Field(default=None, alias="onboardingSkill")
    """The declared onboarding skill, when the plugin and visible skill are enabled."""
    scheduled_tasks: list[ScheduledTaskSummary] | None = Field(default=None, alias="scheduledTasks")
    share_url: str | None = Field(default=None, alias="shareUrl")
    skills: list[SkillSummary]
    summary: PluginSummary
