"""Level 1: ``quick_run``: one prompt on a new thread with the safe defaults, from a cold process as fast as the
server can answer.

Why its own module: it starts the app-server and writes its ``initialize`` first, then imports the client
machinery (sessions, turns, results, hooks, state: ~0.15 s on a small machine) while codex boots and answers
(~0.15 s), instead of one after the other (see :mod:`codex_runtime.runtime.handshake`). Everything above the
transport is imported inside the call, on purpose. The blocking twins (:mod:`codex_runtime.sync`) go one step
further and start codex before they import asyncio; they share :func:`run_started`.
"""

from __future__ import annotations

import logging
import os
from typing import TYPE_CHECKING

from codex_runtime.api.guards import validate_workspace
from codex_runtime.runtime.config import ClientConfig
from codex_runtime.runtime.handshake import EarlyStart, start_with_initialize

if TYPE_CHECKING:
    from codex_runtime.api.profiles import RunProfile
    from codex_runtime.api.results import PromptRunResult

logger = logging.getLogger("codex_runtime.client")


async def quick_run(
    cwd: str | os.PathLike[str], prompt: str, *, client_config: ClientConfig | None = None
) -> PromptRunResult:
    """One prompt on a new thread with the safe defaults; the app-server is always shut down afterwards.

    Raises:
        InvalidWorkspaceError: ``cwd`` is unusable; checked before the app-server is even started.
        As :meth:`Session.ask`. A shutdown failure after a failed run is attached to the run's error as a note.
    """
    return await _run(cwd, prompt, None, client_config)


async def quick_run_with_profile(
    cwd: str | os.PathLike[str], prompt: str, profile: RunProfile, *, client_config: ClientConfig | None = None
) -> PromptRunResult:
    """Like :func:`quick_run`, with ``profile``.

    Raises:
        InvalidWorkspaceError: ``cwd`` is unusable; checked before the app-server is even started.
        As :func:`quick_run`.
    """
    return await _run(cwd, prompt, profile, client_config)


async def _run(
    cwd: str | os.PathLike[str], prompt: str, profile: RunProfile | None, client_config: ClientConfig | None
) -> PromptRunResult:
    validate_workspace(cwd)
    config = client_config or ClientConfig()
    return await run_started(cwd, prompt, profile, config, start_with_initialize(config))


async def run_started(
    cwd: str | os.PathLike[str], prompt: str, profile: RunProfile | None, config: ClientConfig, early: EarlyStart | None
) -> PromptRunResult:
    """The rest of a quick_run once ``cwd`` was checked and (for a stdio endpoint) ``early`` was started with
    ``initialize`` written to it: take the child over, connect, run, always shut down. Owns ``early`` from the call
    on (aborts it if anything fails before a transport owns it).

    Raises:
        As :func:`quick_run`.
    """
    try:
        from codex_runtime.api._connection import connect_started  # codex boots and answers meanwhile
        from codex_runtime.api.client import Client
        from codex_runtime.api.profiles import RunProfile
    except BaseException:
        if early is not None:
            early.abort()
        raise
    client = await connect_started(Client, config, early)
    try:
        result = await client.run_with_profile(cwd, prompt, profile or RunProfile())
    except BaseException as run_error:
        try:
            await client.shutdown()
        except Exception as shutdown_error:  # report it without hiding the run's own error
            run_error.add_note(f"shutdown after the failed run also failed: {shutdown_error!r}")
        raise
    try:
        await client.shutdown()
    except Exception:
        logger.warning("shutdown after a successful quick_run failed", exc_info=True)
    return result


__all__ = ["quick_run", "quick_run_with_profile", "run_started"]
