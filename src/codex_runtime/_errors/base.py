"""The root of the exception tree and the small branches straight under it: usage (the API used in a way it does
not support), setup (the codex binary, the platform, the login, the server's version and features, a thread's MCP
servers), stored snapshots, hooks, server requests. The connection's errors and a turn's have their own modules.
Public through :mod:`codex_runtime.errors`, the one import path.
"""

from __future__ import annotations

from collections.abc import Callable


class CodexRuntimeError(Exception):
    """Root of every error raised by codex_runtime, and the one owner of an error's details.

    A subclass passes its details up as keywords, ``super().__init__(message, path=path, reason=reason)``, and
    declares their types as class annotations; the root sets them as attributes (a subclass whose parent takes no
    details, such as ``RpcTimeoutError``, sets its own). Errors cross process boundaries (Ray tasks, pool workers,
    multiprocessing): pickling rebuilds any subclass from its message and attributes, never through the subclass's
    ``__init__``, whose signature is its own.
    """

    def __init__(self, *args: object, **details: object) -> None:
        super().__init__(*args)
        for name, value in details.items():
            setattr(self, name, value)

    def __reduce__(self) -> tuple[Callable[..., CodexRuntimeError], tuple[object, ...], dict[str, object]]:
        return (_rebuild, (type(self), self.args), self.__dict__)


def _rebuild(cls: type[CodexRuntimeError], args: tuple[object, ...]) -> CodexRuntimeError:
    # BaseException.__new__ sets ``args``; pickle then restores the attributes from the state dict.
    return cls.__new__(cls, *args)


# --- usage -------------------------------------------------------------------------------------


class UsageError(CodexRuntimeError):
    """The API was used in a way it does not support; raised before anything is sent."""


class InvalidWorkspaceError(UsageError):
    """A working directory that cannot be used: ``reason`` says why (missing, not a directory, contains NUL)."""

    path: str
    reason: str

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(f"invalid workspace {path!r}: {reason}", path=path, reason=reason)


class InvalidArgumentError(UsageError, ValueError):
    """A bad argument or setting, refused before anything is sent. Also a ``ValueError`` for callers catching that."""


class InvalidPolicyError(UsageError, ValueError):
    """A sandbox or approval policy that does not fit the protocol schema (unknown type or key, wrong value).

    Also a ``ValueError``, like the other bad-argument errors of the profile classes."""


class NotConnectedError(UsageError):
    """The client (or server handle) is not connected: use ``async with`` or ``connect()`` first."""


class ExperimentalApiRequiredError(UsageError, ValueError):
    """The feature is an experimental app-server API: create the client with ``ClientConfig(experimental_api=True)``.

    Also a ``ValueError`` (what this was before the usage branch existed).
    """

    feature: str

    def __init__(self, feature: str) -> None:
        message = f"{feature} need ClientConfig(experimental_api=True) (an experimental app-server API)"
        super().__init__(message, feature=feature)


class WrongThreadError(UsageError):
    """A blocking ``codex_runtime.sync`` call was made from the event loop thread that serves it (a deadlock)."""


# --- setup -------------------------------------------------------------------------------------


class CodexBinaryNotFoundError(CodexRuntimeError):
    """No usable codex binary was found. ``tried`` lists each candidate and why it was rejected."""

    tried: list[tuple[str, str]]

    def __init__(self, tried: list[tuple[str, str]]) -> None:
        lines = "; ".join(f"{source}: {reason}" for source, reason in tried) or "no candidates"
        super().__init__(f"no usable codex binary found (tried {lines})", tried=tried)


class AuthenticationRequiredError(CodexRuntimeError):
    """Not logged in where the model provider needs it. The message names the command that logs in."""

    LOGIN_COMMAND = "codex-runtime login"
    login_command: str

    def __init__(self, message: str = "not logged in", *, login_command: str = LOGIN_COMMAND) -> None:
        super().__init__(f"{message}; log in with `{login_command}`", login_command=login_command)


class LoginFailedError(CodexRuntimeError):
    """A login did not complete: the auth server was unreachable or refused it, it was cancelled, replaced by
    another login, or not finished in time. ``reason`` is the server's own words where it gave any."""

    login_id: str | None
    reason: str

    def __init__(self, login_id: str | None, reason: str) -> None:
        super().__init__(f"login failed: {reason}", login_id=login_id, reason=reason)


class McpServerStartupError(CodexRuntimeError):
    """An MCP server of a thread did not become ready: it failed to start (``reason`` is codex's error) or was
    still starting at the deadline."""

    name: str
    reason: str

    def __init__(self, name: str, reason: str) -> None:
        super().__init__(f"MCP server {name!r} is not ready: {reason}", name=name, reason=reason)


class UnsupportedPlatformError(CodexRuntimeError):
    """This platform cannot run a local app-server under codex-runtime (process groups and POSIX signals are
    required). Raised when a local app-server would be started, before anything is spawned."""

    platform: str

    def __init__(self, platform: str) -> None:
        super().__init__(
            f"codex-runtime starts codex app-server with POSIX process groups and signals, which {platform!r} "
            "does not have; on Windows, install WSL 2 (wsl --install) and run codex-runtime inside it",
            platform=platform,
        )


class IncompatibleCodexVersionError(CodexRuntimeError):
    """The connected app-server is older than ``min_codex_version`` (or its version could not be parsed)."""

    detected: str | None
    required: str
    user_agent: str

    def __init__(self, detected: str | None, required: str, user_agent: str) -> None:
        what = f"codex {detected}" if detected else "an unparsable codex version"
        super().__init__(
            f"{what} is not supported; need >= {required} (userAgent: {user_agent!r})",
            detected=detected,
            required=required,
            user_agent=user_agent,
        )


class UnsupportedByServerError(CodexRuntimeError):
    """The connected codex release does not have ``method`` (per its own schema); raised before anything is sent.

    Upgrade codex, or avoid the call on this ``server_version``.
    """

    method: str
    server_version: str | None

    def __init__(self, method: str, server_version: str | None) -> None:
        super().__init__(
            f"{method} is not supported by codex {server_version or '(unknown version)'}; upgrade codex",
            method=method,
            server_version=server_version,
        )


# --- state snapshots ---------------------------------------------------------------------------


class SnapshotError(CodexRuntimeError):
    """A stored snapshot cannot be used."""


class SnapshotMismatchError(SnapshotError):
    """The stored snapshot was written under another protocol schema (or file format)."""

    path: str
    expected: str
    found: object

    def __init__(self, path: str, *, expected: str, found: object, what: str = "schema_sha256") -> None:
        super().__init__(
            f"snapshot {path} has {what} {found!r}, expected {expected!r}; refusing to load it",
            path=path,
            expected=expected,
            found=found,
        )


class SnapshotCorruptError(SnapshotError):
    """The stored snapshot is not a readable snapshot document (truncated, not JSON, wrong shape)."""

    path: str
    reason: str

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(f"snapshot {path} is corrupt: {reason}", path=path, reason=reason)


# --- hooks -------------------------------------------------------------------------------------


class HookError(CodexRuntimeError):
    """A hook misbehaved. Recorded in the :class:`HookReport`; the runner never lets it reach the caller."""


class HookOutputError(HookError):
    """The hook answered something that is not a valid action (recorded as ``bad_output``)."""


class HookTimeoutError(HookError):
    """The hook did not finish in time (recorded as ``timeout``); raised by hooks that enforce their own deadline."""

    hook_name: str
    timeout: float

    def __init__(self, hook_name: str, timeout: float) -> None:
        super().__init__(f"hook {hook_name!r} did not finish within {timeout:g}s", hook_name=hook_name, timeout=timeout)


# --- server requests ---------------------------------------------------------------------------


class ServerRequestError(CodexRuntimeError):
    """A server request could not be answered as asked."""


class ServerRequestAlreadyAnsweredError(ServerRequestError):
    """The server request was already answered (by a handler, a deadline, or the server resolving it)."""


class InvalidServerResponseError(ServerRequestError):
    """A reply does not fit the request's response type; nothing was sent, so it can be corrected."""
