"""How a stdio app-server child is started: its command line (:func:`app_server_argv`) and the keyword options
its spawn takes (:class:`ChildOptions`)."""

from __future__ import annotations

import os
from collections.abc import Mapping, Sequence
from typing import TypedDict

from codex_runtime.transport.toml_value import config_override_args

HIGH_WATER_BYTES = 32 * 1024 * 1024


class ChildOptions(TypedDict, total=False):
    """The keyword options :meth:`StdioTransport.spawn` and :meth:`StdioTransport.spawn_command` share, all
    optional."""

    cwd: str | os.PathLike[str] | None
    """The child's working directory. Default: ours."""
    max_frame_bytes: int | None
    """Inbound lines over this size are dropped (and counted). Default: no limit."""
    shutdown_grace: float
    """Seconds each shutdown step (stdin closed, then SIGTERM, then SIGKILL to the group) waits for the exit.
    Default: ``SHUTDOWN_GRACE``."""
    stderr_tail_bytes: int
    """How much of the child's stderr is kept for error messages. Default: ``STDERR_TAIL_BYTES``."""
    high_water_bytes: int
    """Received but unread bytes above which reading pauses. Default: :data:`HIGH_WATER_BYTES`."""


def app_server_argv(
    cli_bin: str | os.PathLike[str],
    app_server_args: Sequence[str] = (),
    config_overrides: Mapping[str, object] | None = None,
) -> list[str]:
    """The command line for a stdio app-server: ``cli_bin app-server -c k=v... --listen stdio:// *args``.

    Raises:
        ValueError, TypeError: a config override that cannot be encoded as TOML.
    """
    return [
        os.fspath(cli_bin),
        "app-server",
        *config_override_args(config_overrides or {}),
        "--listen",
        "stdio://",
        *app_server_args,
    ]


__all__ = ["HIGH_WATER_BYTES", "ChildOptions", "app_server_argv"]
