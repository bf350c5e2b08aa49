"""The command line of a stdio app-server: ``cli_bin app-server -c k=v... --listen stdio:// *args``."""

from __future__ import annotations

import os
from collections.abc import Mapping, Sequence

from codex_runtime.transport.toml_value import config_override_args


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


__all__ = ["app_server_argv"]
