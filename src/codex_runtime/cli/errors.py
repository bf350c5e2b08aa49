"""Exit codes, and how an error becomes one clear line (plus a hint) instead of a traceback."""

from __future__ import annotations

import enum

from codex_runtime.errors import (
    AttachmentNotFoundError,
    AuthenticationRequiredError,
    CodexBinaryNotFoundError,
    CodexRuntimeError,
    FailureKind,
    IncompatibleCodexVersionError,
    LoginFailedError,
    OutputParseError,
    PrivilegedEscalationError,
    ProcessExitedError,
    PromptTimeoutError,
    RpcError,
    RpcTimeoutError,
    TransportError,
    TurnFailedError,
)


class ExitCode(enum.IntEnum):
    """The process exit codes of ``codex-runtime``."""

    OK = 0
    RUNTIME_ERROR = 1
    """A codex_runtime error, a failed turn, or a failed doctor check."""
    USAGE = 2
    """Bad arguments (click's usage errors)."""
    INTERRUPTED = 130
    """Ctrl-C (128 + SIGINT, as shells report it)."""


class CliError(CodexRuntimeError):
    """An error the CLI itself detects (not a codex_runtime one), with an optional hint and exit code."""

    message: str
    hint: str | None
    exit_code: ExitCode

    def __init__(self, message: str, *, hint: str | None = None, exit_code: ExitCode = ExitCode.RUNTIME_ERROR):
        super().__init__(message, message=message, hint=hint, exit_code=exit_code)


def first_line(text: str) -> str:
    """The first non-blank line of ``text`` (multi-line messages, such as a stderr tail, stay out of the one line)."""
    for line in text.splitlines():
        if line.strip():
            return line.strip()
    return text.strip()


def _failure_hint(error: TurnFailedError) -> str | None:
    kind = error.failure.kind
    if kind is FailureKind.QUOTA_EXCEEDED:
        return "the account's usage limit is reached; wait for it to reset or add credits"
    if kind is FailureKind.RATE_LIMIT:
        return "rate limited; retry in a moment"
    if kind is FailureKind.CONTEXT_WINDOW:
        return "the conversation is too long for the model; start a new thread"
    return None


def _timeout_hint(error: PromptTimeoutError) -> str:
    """What to do about a deadline, by its cause: the server's last retry notice, if it was retrying."""
    last = error.retries[-1] if error.retries else None
    if last is None:
        return "raise the deadline with --timeout (e.g. --timeout 10m)"
    status = getattr(last, "http_status", None)
    if status in (401, 403):
        return "the model provider refused the credentials: check `codex-runtime whoami`, or `codex-runtime login`"
    if status == 429:
        return "the model provider is rate limiting: wait a moment and try again"
    return (
        "codex could not reach the model provider: check the network connection (or the provider's base URL); "
        "`codex-runtime doctor` checks the setup"
    )


_DOCTOR_HINT = "run `codex-runtime doctor` to check the setup"

# Leaves of the error tree whose hint does not depend on the error (so their order does not matter).
_FIXED_HINTS: tuple[tuple[type[CodexRuntimeError], str], ...] = (
    (LoginFailedError, "try again; `codex-runtime login --device-code` works without a local browser"),
    (CodexBinaryNotFoundError, "install openai-codex-cli-bin, pass --cli-bin PATH, or set $CODEX_RUNTIME_CLI_BIN"),
    (PrivilegedEscalationError, "a writable sandbox needs approvals: add --approval untrusted (or on-request)"),
    (AttachmentNotFoundError, "check the --attach path (relative paths are resolved against --cwd)"),
    (OutputParseError, "the final answer did not match --output-schema"),
)


def _exit_hint(error: ProcessExitedError) -> str:
    from codex_runtime.transport.stdio import error_line  # the stdio transport (asyncio): only when one failed

    tail = first_line(error.stderr_tail.splitlines()[-1]) if error.stderr_tail.strip() else ""
    if error_line(error.stderr_tail) or not tail:  # the app-server named the cause: the message leads with it
        return _DOCTOR_HINT
    return f"last app-server stderr line: {tail}"


def _hint(error: BaseException) -> str | None:
    for cls, fixed in _FIXED_HINTS:
        if isinstance(error, cls):
            return fixed
    if isinstance(error, AuthenticationRequiredError):
        return f"run `{error.login_command}` (an API key: `{error.login_command} --api-key-stdin`)"
    if isinstance(error, IncompatibleCodexVersionError):
        return f"use codex >= {error.required} (pass --cli-bin PATH); `codex-runtime doctor` shows what runs"
    if isinstance(error, PromptTimeoutError):
        return _timeout_hint(error)
    if isinstance(error, TurnFailedError):
        return _failure_hint(error)
    if isinstance(error, ProcessExitedError):  # before TransportError, its base
        return _exit_hint(error)
    if isinstance(error, TransportError | RpcTimeoutError):
        return _DOCTOR_HINT
    if isinstance(error, RpcError) and "thread" in error.message.lower():
        return "check the thread id; `codex-runtime threads list` shows them"
    return None


def describe(error: BaseException) -> tuple[str, str | None]:
    """One line saying what went wrong, and a hint saying what to do (or None)."""
    if isinstance(error, CliError):
        return error.message, error.hint
    message = first_line(str(error)) or type(error).__name__
    if not isinstance(error, CodexRuntimeError):
        message = f"internal error: {type(error).__name__}: {message}"
        return message, "set CODEX_RUNTIME_DEBUG=1 to see the traceback, and please report it"
    return message, _hint(error)


def exit_code_for(error: BaseException) -> ExitCode:
    """The exit code for ``error``."""
    if isinstance(error, CliError):
        return error.exit_code
    return ExitCode.RUNTIME_ERROR


__all__ = ["CliError", "ExitCode", "describe", "exit_code_for", "first_line"]
