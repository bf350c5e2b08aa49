"""Blocking twin of :mod:`codex_runtime.automation`: the automation runs on the portal loop, this handle blocks.

with codex_runtime.sync.Client(config) as client:
    session = client.start_session(SessionConfig(cwd="/repo"))
    handle = spawn(session, AutomationSpec("Any new failures?", every=60, max_runs=10))
    handle.wait()
"""

from __future__ import annotations

from types import TracebackType
from typing import Any

from codex_runtime import automation as _automation
from codex_runtime.api.results import PromptRunResult
from codex_runtime.automation import AskingSession, AutomationSpec, AutomationStatus, RetryPolicy
from codex_runtime.sync._portal import Portal
from codex_runtime.sync._twin import Attribute, Managed, portal_of
from codex_runtime.sync._twins import SessionBase

__all__ = ["AutomationHandle", "AutomationSpec", "AutomationStatus", "RetryPolicy", "spawn"]


class AutomationHandle(Managed[_automation.AutomationHandle]):
    """Blocking twin of :class:`codex_runtime.automation.AutomationHandle`; ``with`` stops and waits on exit."""

    def __repr__(self) -> str:
        return repr(self._wrapped)

    spec = Attribute[AutomationSpec]()
    status = Attribute[AutomationStatus]()
    run_count = Attribute[int]()
    skipped_ticks = Attribute[int]()
    last_result = Attribute[PromptRunResult | None]()
    last_error = Attribute[BaseException | None]()

    def stop(self) -> None:
        """As the async ``stop()``: the running turn finishes; no further tick starts."""
        with self._portal:  # see wait()
            if not self._wrapped.status.is_final:
                self._call(_stop(self._wrapped))

    def wait(self, timeout: float | None = None) -> AutomationStatus:
        """Block until the automation ends; return its final status. Ctrl-C stops the automation, then re-raises.

        Raises:
            TimeoutError: it was still going after ``timeout`` seconds (it keeps going).
            KeyboardInterrupt: after asking the automation to stop.
        """
        # Holding the portal keeps the automation's loop alive while deciding; if that loop already stopped (the
        # automation ended and nobody else held it), the status is final and nothing may run on a new loop.
        with self._portal:
            if self._wrapped.status.is_final:
                return self._wrapped.status
            try:
                return self._call(self._wrapped.wait(timeout))
            except KeyboardInterrupt:
                self._portal.call_soon(self._wrapped.stop)
                raise

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        # As the async exit (stop, then wait), but each step reads the final status first: once the automation
        # ended, its loop may be gone and nothing may run on a new one.
        self.stop()
        self.wait()


async def _stop(handle: _automation.AutomationHandle) -> None:
    handle.stop()


async def _spawn(portal: Portal, session: AskingSession, spec: AutomationSpec) -> _automation.AutomationHandle:
    handle = _automation.spawn(session, spec)
    portal.hold_while(handle.wait())  # the automation uses the loop until it ends, whoever else leaves
    return handle


def spawn(session: SessionBase[Any], spec: AutomationSpec) -> AutomationHandle:
    """Blocking twin of :func:`codex_runtime.automation.spawn`: returns at once; the turns run on the portal loop.
    A sync ``on_result`` runs in a worker thread, so it may call the blocking API.

    The automation keeps the portal's loop running until it ends (its session's client holds it too).

    Raises:
        WrongThreadError: called from the portal's own loop thread.
    """
    portal = portal_of(session)
    return AutomationHandle.of(portal.call(_spawn(portal, session.wrapped, spec)))
