# GENERATED FILE - DO NOT EDIT. Wire type ``CommandExecParams`` of the codex app-server protocol.
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

from .command_exec_terminal_size import CommandExecTerminalSize
from .sandbox_policy import SandboxPolicy


class CommandExecParams(WireModel):
    """Run a standalone command (argv vector) in the server sandbox without creating a thread or turn.

    The final `command/exec` response is deferred until the process exits and is sent only after all
    `command/exec/outputDelta` notifications for that connection have been emitted.
    """

    command: list[str]
    """Command argv vector. Empty arrays are rejected."""
    cwd: str | None = None
    """Optional working directory. Defaults to the server cwd."""
    disable_output_cap: bool | None = Field(default=None, alias="disableOutputCap", exclude_if=is_none)
    """Disable stdout/stderr capture truncation for this request.

    Cannot be combined with `outputBytesCap`.
    """
    disable_timeout: bool | None = Field(default=None, alias="disableTimeout", exclude_if=is_none)
    """Disable the timeout entirely for this request.

    Cannot be combined with `timeoutMs`.
    """
    env: dict[str, str | None] | None = None
    """Optional environment overrides merged into the server-computed environment.

    Matching names override inherited values. Set a key to `null` to unset an inherited variable.
    """
    output_bytes_cap: int | None = Field(default=None, alias="outputBytesCap")
    """Optional per-stream stdout/stderr capture cap in bytes.

    When omitted, the server default applies. Cannot be combined with `disableOutputCap`.
    """
    process_id: str | None = Field(default=None, alias="processId")
    """Optional client-supplied, connection-scoped process id.

    Required for `tty`, `streamStdin`, `streamStdoutStderr`, and follow-up `command/exec/write`,
    `command/exec/resize`, and `command/exec/terminate` calls. When omitted, buffered execution gets an internal
    id that is not exposed to the client.
    """
    sandbox_policy: SandboxPolicy | None = Field(default=None, alias="sandboxPolicy")
    """Optional sandbox policy for this command.

    Uses the same shape as thread/turn execution sandbox configuration and defaults to the user's configured
    policy when omitted. Cannot be combined with `permissionProfile`.
    """
    size: CommandExecTerminalSize | None = None
    """Optional initial PTY size in character cells. Only valid when `tty` is true."""
    stream_stdin: bool | None = Field(default=None, alias="streamStdin", exclude_if=is_none)
    """Allow follow-up `command/exec/write` requests to write stdin bytes.

    Requires a client-supplied `processId`.
    """
    stream_stdout_stderr: bool | None = Field(default=None, alias="streamStdoutStderr", exclude_if=is_none)
    """Stream stdout/stderr via `command/exec/outputDelta` notifications.

    Streamed bytes are not duplicated into the final response and require a client-supplied `processId`.
    """
    timeout_ms: int | None = Field(default=None, alias="timeoutMs")
    """Optional timeout in milliseconds.

    When omitted, the server default applies. Cannot be combined with `disableTimeout`.
    """
    tty: bool | None = Field(default=None, exclude_if=is_none)
    """Enable PTY mode.

    This implies `streamStdin` and `streamStdoutStderr`.
    """
