# GENERATED FILE - DO NOT EDIT. Literal types of the enums callers write as strings.
# Regenerate with: python scripts/gen_protocol.py   (CI runs: python scripts/gen_protocol.py --check)
# Generator: scripts/gen_protocol.py (hand-written), generator version 2
# Schema: printed by `codex app-server generate-json-schema` (codex-cli 0.163.0), vendored in schema/:
#   codex_app_server_protocol.schemas.json  sha256=408e09849d5d4931992a4227a7f3eb80b15d24901f84aca0562e816634651a82
#   ClientRequest.json  sha256=6b10888f163f569922d42c41e94a98b4261258abc7581c14eca867c3b125dc6f
#   ServerRequest.json  sha256=f339be472737a0003efa25fba2e6e6c9237e621cd065b6d6995c51256e9dc1fb
#   ServerNotification.json  sha256=8e719512bc26bb3871fcf7b378b79abf912d82787609c0ad418b71f179d0883f
#   ClientNotification.json  sha256=706cf248d75027c84a3c63348d0ed507182e8eba40069dd17541793de029145a
"""The values of a few generated enums as ``Literal`` types (``"never"`` type-checks where the enum
would need ``AskForApprovalKind.NEVER``)."""

from typing import Literal, TypeAlias

ApprovalPolicyValue: TypeAlias = Literal["untrusted", "on-request", "never"]
"""The values of ``AskForApprovalKind``."""

SandboxModeValue: TypeAlias = Literal["read-only", "workspace-write", "danger-full-access"]
"""The values of ``SandboxMode``."""

__all__ = ["ApprovalPolicyValue", "SandboxModeValue"]
