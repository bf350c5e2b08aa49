"""Blocking twin of :mod:`codex_runtime.automation`: the automation runs on the portal loop, this handle blocks.

with codex_runtime.sync.Client(config) as client:
    session = client.start_session(SessionConfig(cwd="/repo"))
    handle = spawn(session, AutomationSpec("Any new failures?", every=60, max_runs=10))
    handle.wait()
"""

from __future__ import annotations

from types import TracebackType
from typing import Self

from codex_runtime import automation as _automation
from codex_runtime.api.results import PromptRunResult
from codex_runtime.automation import AutomationSpec, AutomationStatus, RetryPolicy
from codex_runtime.sync._portal import Portal
from codex_runtime.sync._twins import Session

__all__ = ["AutomationHandle", "AutomationSpec", "AutomationStatus", "RetryPolicy", "spawn"]


class AutomationHandle:
    """Blocking twin of :class:`codex_runtime.automation.AutomationHandle`; ``with`` stops and waits on exit."""

    def __init__(self, portal: Portal, handle: _automation.AutomationHandle) -> None:
        self._portal = portal
        self._handle = handle

    def __repr__(self) -> str:
        return repr(self._handle)

    @property
    def spec(self) -> AutomationSpec:
        return self._handle.spec

    @property
    def status(self) -> AutomationStatus:
        return self._handle.status

    @property
    def run_count(self) -> int:
        return self._handle.run_count

    @property
    def skipped_ticks(self) -> int:
        return self._handle.skipped_ticks

    @property
    def last_result(self) -> PromptRunResult | None:
        return self._handle.last_result

    @property
    def last_error(self) -> BaseException | None:
        return self._handle.last_error

    def stop(self) -> None:
        """As the async ``stop()``: the running turn finishes; no further tick starts."""
        self._portal.call(_stop(self._handle))

    def wait(self, timeout: float | None = None) -> AutomationStatus:
        """Block until the automation ends; return its final status. Ctrl-C stops the automation, then re-raises.

        Raises:
            TimeoutError: it was still going after ``timeout`` seconds (it keeps going).
            KeyboardInterrupt: after asking the automation to stop.
        """
        try:
            return self._portal.call(self._handle.wait(timeout))
        except KeyboardInterrupt:
            self._portal.loop.call_soon_threadsafe(self._handle.stop)
            raise

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stop()
        self.wait()


async def _stop(handle: _automation.AutomationHandle) -> None:
    handle.stop()


async def _spawn(session: Session, spec: AutomationSpec) -> _automation.AutomationHandle:
    return _automation.spawn(session._session, spec)


def spawn(session: Session, spec: AutomationSpec) -> AutomationHandle:
    """Blocking twin of :func:`codex_runtime.automation.spawn`: returns at once; the turns run on the portal loop.
    A sync ``on_result`` runs in a worker thread, so it may call the blocking API.

    Raises:
        RuntimeError: called from the portal's own loop thread.
    """
    return AutomationHandle(session._portal, session._portal.call(_spawn(session, spec)))
