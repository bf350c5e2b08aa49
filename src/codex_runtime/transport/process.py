"""Starting a stdio child: a plain ``subprocess.Popen`` in a new process group with three pipes of its own.

Blocking and free of asyncio on purpose: a one-shot process starts codex (and writes its ``initialize``) before it
imports asyncio and the client machinery, so codex boots meanwhile (see :mod:`codex_runtime.runtime.handshake`).
:meth:`StdioTransport.adopt <codex_runtime.transport.stdio.StdioTransport.adopt>` then takes the process over;
:meth:`StdioTransport.spawn <codex_runtime.transport.stdio.StdioTransport.spawn>` is these two steps in one.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Mapping, Sequence

from codex_runtime.cli_bin import ResolvedCodexBinary, resolve_codex_binary
from codex_runtime.errors import TransportError, UnsupportedPlatformError
from codex_runtime.transport.command import app_server_argv

# Process groups (start_new_session, killpg) and POSIX signals are how every child is shut down; without them a
# clear error at connect beats a crash later. Module attributes so a test can stand in for Windows.
POSIX = os.name == "posix"
PLATFORM = sys.platform

ChildProcess = subprocess.Popen[bytes]
"""A started child: ``stdin``, ``stdout`` and ``stderr`` are unbuffered pipes; it leads its own process group."""


def require_posix() -> None:
    """Refuse to start a local child where it could not be shut down reliably.

    Raises:
        UnsupportedPlatformError: not a POSIX platform (e.g. Windows; the message names WSL).
    """
    if not POSIX:
        raise UnsupportedPlatformError(PLATFORM)


def start_process(
    argv: Sequence[str], *, env: Mapping[str, str] | None = None, cwd: str | os.PathLike[str] | None = None
) -> ChildProcess:
    """Start ``argv`` in a new process group with piped stdin, stdout and stderr. ``env`` is the COMPLETE
    environment (None: inherit ours).

    Raises:
        TransportError: the process could not be started.
        UnsupportedPlatformError: not a POSIX platform (Windows: use WSL).
    """
    require_posix()
    argv = list(argv)
    try:
        return subprocess.Popen(
            argv,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            env=None if env is None else dict(env),
            cwd=cwd,
            bufsize=0,
            start_new_session=True,
        )
    except OSError as exc:
        raise TransportError(f"could not start {argv[0]}: {exc}") from exc


def start_app_server(
    cli_bin: ResolvedCodexBinary | str | os.PathLike[str] | None = None,
    *,
    app_server_args: Sequence[str] = (),
    config_overrides: Mapping[str, object] | None = None,
    env: Mapping[str, str] | None = None,
    cwd: str | os.PathLike[str] | None = None,
) -> ChildProcess:
    """Start ``codex app-server --listen stdio://`` in a new process group.

    ``env`` is merged over the inherited environment (plus the bundled helper dirs on PATH); ``RUST_LOG=warn`` is
    set unless ``env`` sets ``RUST_LOG``.

    Raises:
        CodexBinaryNotFoundError: ``cli_bin`` (or the default resolution) names no usable binary.
        ValueError, TypeError: a config override that cannot be encoded as TOML.
        TransportError: the process could not be started.
        UnsupportedPlatformError: not a POSIX platform (Windows: use WSL).
    """
    require_posix()
    binary = cli_bin if isinstance(cli_bin, ResolvedCodexBinary) else resolve_codex_binary(cli_bin)
    overrides = dict(env or {})
    overrides.setdefault("RUST_LOG", "warn")
    argv = app_server_argv(binary.path, app_server_args, config_overrides)
    return start_process(argv, env=binary.child_env(overrides), cwd=cwd)


__all__ = ["ChildProcess", "require_posix", "start_app_server", "start_process"]
