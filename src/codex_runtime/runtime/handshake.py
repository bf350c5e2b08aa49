"""The first message of every connection, ``initialize``, and writing it the moment a one-shot starts codex.

Why write it early: codex needs ~0.1 s to boot and ~50 ms more to answer ``initialize``, and a one-shot process
(``quick_run``) needs ~0.15 s to import asyncio and the client machinery. :func:`start_with_initialize` starts the
stdio child with a plain ``Popen`` and writes ``initialize`` before any of that is imported, so codex boots and
answers while Python imports; the reply waits in the pipe. The :class:`~codex_runtime.runtime.runtime.Runtime` that
adopts the child then takes the request over (:meth:`RpcConnection.adopt_request`) and finishes the handshake as
always: the version guard on the reply, then ``initialized``. Nothing else is sent before the guard.

Deliberately light: no asyncio, no runtime machinery (a test imports it in a fresh interpreter and checks).
"""

from __future__ import annotations

import contextlib
import os
import signal
from dataclasses import dataclass
from typing import Any

from codex_runtime import _defaults
from codex_runtime._version import __version__
from codex_runtime.rpc.encoding import encode_message
from codex_runtime.runtime.config import ClientConfig
from codex_runtime.transport.process import ChildProcess, start_app_server

INITIALIZE = "initialize"
FIRST_REQUEST_ID = 1
"""The id a connection gives its first request; an early ``initialize`` is written with it."""


def initialize_params(config: ClientConfig) -> dict[str, Any]:
    """The ``initialize`` params for ``config``: who we are, and whether the experimental API is on."""
    return {
        "clientInfo": {"name": _defaults.CLIENT_NAME, "title": "codex-runtime", "version": __version__},
        "capabilities": {"experimentalApi": config.experimental_api},
    }


@dataclass(frozen=True, slots=True)
class SentRequest:
    """A request written to the transport before any connection existed: the message and its size on the wire."""

    message: dict[str, Any]
    size: int


@dataclass(frozen=True, slots=True)
class EarlyStart:
    """A stdio app-server started with ``initialize`` already written to it, not yet owned by a transport."""

    process: ChildProcess
    initialize: SentRequest

    def abort(self) -> None:
        """Nobody will adopt it, or its transport could not end it (the caller failed or was interrupted first):
        kill its group, close its pipes, reap it. Does nothing to a child already reaped (its pid may be reused).
        Idempotent."""
        if self.process.poll() is None:  # not reaped yet, so the group id is still ours
            with contextlib.suppress(ProcessLookupError, PermissionError):
                os.killpg(self.process.pid, signal.SIGKILL)  # the group: nothing codex started may outlive us
            self.process.wait()  # killed: returns at once
        for stream in (self.process.stdin, self.process.stdout, self.process.stderr):
            if stream is not None:
                stream.close()


def start_with_initialize(config: ClientConfig) -> EarlyStart | None:
    """Start the stdio app-server ``config`` asks for and write ``initialize`` to it; None (nothing started) when
    ``config`` names a websocket or unix endpoint instead.

    Raises:
        CodexBinaryNotFoundError: no codex binary.
        TransportError: the process could not be started.
        UnsupportedPlatformError: not a POSIX platform (Windows: use WSL).
    """
    endpoint = config.endpoint
    if endpoint is not None and not endpoint.startswith("stdio"):
        return None
    message = {"id": FIRST_REQUEST_ID, "method": INITIALIZE, "params": initialize_params(config)}
    frame = encode_message(message)  # before the spawn: an unencodable config starts nothing
    process = start_app_server(
        config.cli_bin,
        app_server_args=config.app_server_args,
        config_overrides=config.config_overrides,
        env=config.process_env,
        cwd=config.process_cwd,
    )
    assert process.stdin is not None
    # A few hundred bytes into an empty pipe never block. If codex already died, the write fails and the adopting
    # connection reports its exit (exit code and stderr) instead.
    with contextlib.suppress(BrokenPipeError):
        process.stdin.write(frame + b"\n")
    return EarlyStart(process, SentRequest(message, len(frame)))


__all__ = ["FIRST_REQUEST_ID", "INITIALIZE", "EarlyStart", "SentRequest", "initialize_params", "start_with_initialize"]
