# GENERATED FILE - DO NOT EDIT. Wire type ``ConfigRequirements`` of the codex app-server protocol.
# Regenerate with: python scripts/gen_protocol.py   (CI runs: python scripts/gen_protocol.py --check)
# Generator: scripts/gen_protocol.py (hand-written), generator version 2
# Schema: printed by `codex app-server generate-json-schema` (codex-cli 0.163.0), vendored in schema/:
#   codex_app_server_protocol.schemas.json  sha256=408e09849d5d4931992a4227a7f3eb80b15d24901f84aca0562e816634651a82
#   ClientRequest.json  sha256=6b10888f163f569922d42c41e94a98b4261258abc7581c14eca867c3b125dc6f
#   ServerRequest.json  sha256=f339be472737a0003efa25fba2e6e6c9237e621cd065b6d6995c51256e9dc1fb
#   ServerNotification.json  sha256=8e719512bc26bb3871fcf7b378b79abf912d82787609c0ad418b71f179d0883f
#   ClientNotification.json  sha256=706cf248d75027c84a3c63348d0ed507182e8eba40069dd17541793de029145a
"""One wire type; import it from ``codex_runtime.protocol``."""

from typing import Any

from pydantic import Field

from codex_runtime.protocol._base import WireModel

from .ask_for_approval import AskForApproval
from .auto_review_requirements import AutoReviewRequirements
from .browser_use_requirements import BrowserUseRequirements
from .cli_auth_credentials_store_mode import CliAuthCredentialsStoreMode
from .computer_use_requirements import ComputerUseRequirements
from .feedback_requirements import FeedbackRequirements
from .forced_login_method import ForcedLoginMethod
from .in_app_browser_requirements import InAppBrowserRequirements
from .models_requirements import ModelsRequirements
from .residency_requirement import ResidencyRequirement
from .sandbox_mode import SandboxMode
from .web_search_mode import WebSearchMode
from .windows_sandbox_implementation import WindowsSandboxImplementation


class ConfigRequirements(WireModel):
    additional_developer_instructions: str | None = Field(default=None, alias="additionalDeveloperInstructions")
    allow_appshots: bool | None = Field(default=None, alias="allowAppshots")
    allow_browser_and_computer_use: bool | None = Field(default=None, alias="allowBrowserAndComputerUse")
    allow_login_shell: bool | None = Field(default=None, alias="allowLoginShell")
    allow_managed_hooks_only: bool | None = Field(default=None, alias="allowManagedHooksOnly")
    allow_remote_control: bool | None = Field(default=None, alias="allowRemoteControl")
    allowed_approval_policies: list[AskForApproval] | None = Field(default=None, alias="allowedApprovalPolicies")
    allowed_login_methods: list[ForcedLoginMethod] | None = Field(default=None, alias="allowedLoginMethods")
    """Effective login methods after managed, forced-login, and workspace restrictions. An empty list permits no
    login method. Older servers may omit this field.
    """
    allowed_permission_profiles: dict[str, bool] | None = Field(default=None, alias="allowedPermissionProfiles")
    allowed_sandbox_modes: list[SandboxMode] | None = Field(default=None, alias="allowedSandboxModes")
    allowed_web_search_modes: list[WebSearchMode] | None = Field(default=None, alias="allowedWebSearchModes")
    allowed_windows_sandbox_implementations: list[WindowsSandboxImplementation] | None = Field(
        default=None, alias="allowedWindowsSandboxImplementations",
    )
    auto_review: AutoReviewRequirements | None = Field(default=None, alias="autoReview")
    browser_use: BrowserUseRequirements | None = Field(default=None, alias="browserUse")
    chatgpt_base_url: str | None = Field(default=None, alias="chatgptBaseUrl")
    check_for_update_on_startup: bool | None = Field(default=None, alias="checkForUpdateOnStartup")
    cli_auth_credentials_store: CliAuthCredentialsStoreMode | None = Field(
        default=None, alias="cliAuthCredentialsStore",
    )
    computer_use: ComputerUseRequirements | None = Field(default=None, alias="computerUse")
    default_permissions: str | None = Field(default=None, alias="defaultPermissions")
    enforce_residency: ResidencyRequirement | None = Field(default=None, alias="enforceResidency")
    feature_requirements: dict[str, bool] | None = Field(default=None, alias="featureRequirements")
    feedback: FeedbackRequirements | None = None
    in_app_browser: InAppBrowserRequirements | None = Field(default=None, alias="inAppBrowser")
    log_dir: str | None = Field(default=None, alias="logDir")
    model_catalog_json: str | None = Field(default=None, alias="modelCatalogJson")
    model_provider: str | None = Field(default=None, alias="modelProvider")
    """Exact provider selection required by managed policy."""
    model_providers: dict[str, Any] | None = Field(default=None, alias="modelProviders")
    """Complete required provider definitions, using config.toml field names."""
    models: ModelsRequirements | None = None
    sqlite_home: str | None = Field(default=None, alias="sqliteHome")
