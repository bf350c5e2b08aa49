"""The blocking ``quick_run`` twins, on their own so a one-shot script imports nothing else of the sync layer.

They start codex and write its ``initialize`` before they import asyncio, the portal and the client machinery
(~0.1 s + ~0.15 s on a small machine), so codex boots and answers meanwhile (see
:mod:`codex_runtime.runtime.handshake`); then they run :func:`codex_runtime.api.quick.run_started` on the portal.
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

from codex_runtime.api.guards import validate_workspace
from codex_runtime.runtime.config import ClientConfig
from codex_runtime.runtime.handshake import start_with_initialize

if TYPE_CHECKING:
    from codex_runtime.api.profiles import RunProfile
    from codex_runtime.api.results import PromptRunResult


def quick_run(
    cwd: str | os.PathLike[str], prompt: str, *, client_config: ClientConfig | None = None
) -> PromptRunResult:
    """Blocking :func:`codex_runtime.quick_run`: one prompt on a new thread with the safe defaults; the app-server
    is always shut down afterwards. Ctrl-C interrupts the turn, then raises ``KeyboardInterrupt``.

    Raises:
        InvalidWorkspaceError: ``cwd`` is unusable; checked before the app-server is even started.
        As :meth:`Session.ask`. A shutdown failure after a failed run is attached to the run's error as a note.
    """
    return _run(cwd, prompt, None, client_config)


def quick_run_with_profile(
    cwd: str | os.PathLike[str], prompt: str, profile: RunProfile, *, client_config: ClientConfig | None = None
) -> PromptRunResult:
    """Like :func:`quick_run`, with ``profile``.

    Raises:
        InvalidWorkspaceError: ``cwd`` is unusable; checked before the app-server is even started.
        As :func:`quick_run`.
    """
    return _run(cwd, prompt, profile, client_config)


def _run(
    cwd: str | os.PathLike[str], prompt: str, profile: RunProfile | None, client_config: ClientConfig | None
) -> PromptRunResult:
    validate_workspace(cwd)
    config = client_config or ClientConfig()
    early = start_with_initialize(config)  # codex boots from here on, while the rest is imported
    try:
        from codex_runtime.api.quick import run_started
        from codex_runtime.sync._portal import PORTAL

        return PORTAL.call(run_started(cwd, prompt, profile, config, early))
    except BaseException:
        # Interrupted before run_started took the child over (or its cleanup failed): never leave codex running.
        if early is not None and early.process.returncode is None:
            early.abort()
        raise


__all__ = ["quick_run", "quick_run_with_profile"]
