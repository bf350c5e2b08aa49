"""How to reach app-server, and the runtime-wide policies: :class:`ClientConfig`."""

from __future__ import annotations

import dataclasses
import os
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from codex_runtime import _defaults
from codex_runtime.errors import InvalidArgumentError
from codex_runtime.runtime.restart import RestartPolicy

if TYPE_CHECKING:
    from codex_runtime.runtime.handlers import Handler
    from codex_runtime.runtime.hooks import Hooks
    from codex_runtime.runtime.observe import WireEvent
    from codex_runtime.runtime.snapshot_store import SnapshotStore


@dataclass(frozen=True, kw_only=True)
class ClientConfig:
    """How to reach app-server and the runtime-wide policies.

    ``endpoint`` None spawns ``cli_bin app-server`` over stdio; ``"ws://host:port"`` or ``"unix:///path"``
    connects to a server started with ``--listen`` (``auth_token`` is sent as a bearer token on websocket).

    ``observers`` are called with every message of each connection made from this config (a
    :class:`~codex_runtime.runtime.observe.WireEvent`: requests, responses, notifications, server requests and
    our answers, with time and ids), e.g. a ``codex_runtime.sinks.JsonlTranscriptSink`` or a
    ``codex_runtime.otel.CodexTelemetry``. They run on the connection's reader: cheap, non-blocking, never raising.

    ``restore_state`` (a :class:`~codex_runtime.runtime.snapshot_store.SnapshotStore`, or the path of a JSON file
    written by ``runtime.save_state(path)``) is loaded into the new runtime's state projection at connect, before
    anything is sent: threads, turns and items as they were (a snapshot of another protocol schema is refused).

    ``restart`` (None: off) supervises the app-server: a lost or hung one is restarted and the sessions resume on
    it (see :class:`~codex_runtime.RestartPolicy`; a restart does not load ``restore_state`` again).
    """

    cli_bin: str | None = None
    process_env: Mapping[str, str] = field(default_factory=dict)
    process_cwd: str | None = None
    app_server_args: tuple[str, ...] = ()
    config_overrides: Mapping[str, object] = field(default_factory=dict)
    rpc_timeout: float = _defaults.RPC_TIMEOUT
    server_request_timeout: float = _defaults.SERVER_REQUEST_TIMEOUT
    min_codex_version: str | None = _defaults.MIN_CODEX_VERSION
    experimental_api: bool = False
    hooks: Hooks | None = None
    approval_handler: Handler | None = None
    endpoint: str | None = None
    auth_token: str | None = None
    observers: Sequence[Callable[[WireEvent], None]] = ()
    restore_state: SnapshotStore | str | os.PathLike[str] | None = None
    restart: RestartPolicy | None = None

    def __post_init__(self) -> None:
        object.__setattr__(self, "observers", tuple(self.observers))
        if not all(callable(observer) for observer in self.observers):
            raise InvalidArgumentError("ClientConfig.observers must be callables taking a WireEvent")
        object.__setattr__(self, "app_server_args", tuple(self.app_server_args))
        object.__setattr__(self, "process_env", dict(self.process_env))
        object.__setattr__(self, "config_overrides", dict(self.config_overrides))
        if self.rpc_timeout <= 0 or self.server_request_timeout <= 0:
            raise InvalidArgumentError("timeouts must be positive")
        if self.restart is not None and not isinstance(self.restart, RestartPolicy):
            raise InvalidArgumentError("ClientConfig.restart must be a RestartPolicy (or None)")

    def replace(self, **changes: object) -> ClientConfig:
        fields: dict[str, Any] = dict(changes)  # checked by the dataclass at run time
        return dataclasses.replace(self, **fields)
