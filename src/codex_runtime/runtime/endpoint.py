"""The transport a :class:`ClientConfig` asks for, opened: a stdio child by default, or a websocket / unix endpoint.

Its own light module so a caller can start the app-server before it imports the runtime machinery (see
:mod:`codex_runtime.api.quick`): codex boots while Python loads the rest.
"""

from __future__ import annotations

from codex_runtime.runtime.config import ClientConfig
from codex_runtime.transport.base import Transport
from codex_runtime.transport.process import ChildProcess
from codex_runtime.transport.stdio import StdioTransport


async def open_transport(config: ClientConfig, started: ChildProcess | None = None) -> Transport:
    """The transport ``config`` asks for: a stdio child by default (``started``: one already started for it, see
    :mod:`codex_runtime.runtime.handshake`), or a websocket / unix endpoint.

    Raises:
        CodexBinaryNotFoundError: no codex binary for stdio.
        InvalidArgumentError: an endpoint that is not stdio, ws://, wss:// or unix://PATH.
        TransportError: the endpoint or process could not be reached.
    """
    if started is not None:
        return await StdioTransport.adopt(started)
    endpoint = config.endpoint
    if endpoint is None or endpoint.startswith("stdio"):
        return await StdioTransport.spawn(
            config.cli_bin,
            app_server_args=config.app_server_args,
            config_overrides=config.config_overrides,
            env=config.process_env,
            cwd=config.process_cwd,
        )
    from codex_runtime.transport.websocket import connect_url  # websockets + ssl: only for an endpoint

    return await connect_url(endpoint, bearer_token=config.auth_token)


__all__ = ["open_transport"]
