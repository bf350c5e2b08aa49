"""Level 4: repeated turns on one prepared session, at a fixed cadence.

    handle = spawn(session, AutomationSpec("Summarise new issues", every=timedelta(minutes=5), max_runs=12))
    status = await handle.wait()

Knows: a session's ``ask`` and ``is_closed``, the event loop's monotonic clock, and the error classes (to decide
what a retry can heal). Must not know turns, events or the wire: it is built only on ``codex_runtime.api``.

Cadence: ticks sit on a fixed grid (``start_at + k * every``); a run's duration does not shift later ticks. Ticks
missed while a turn runs collapse into one run, started right away, after which the automation is back on the
grid. One turn runs at a time. ``stop()`` ends the wait for the next tick at once but lets a running turn finish
(bounded by the turn's own timeout). The blocking twin is :mod:`codex_runtime.sync.automation`.
"""

from codex_runtime.automation.handle import AskingSession, AutomationHandle, spawn
from codex_runtime.automation.spec import AutomationSpec, AutomationStatus, RetryPolicy

__all__ = [
    "AskingSession",
    "AutomationHandle",
    "AutomationSpec",
    "AutomationStatus",
    "RetryPolicy",
    "spawn",
]
