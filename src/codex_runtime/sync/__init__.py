"""Blocking twins of the async API, with the same names and signatures (minus ``await``).

Each call runs the async implementation on one background event-loop thread (:mod:`._portal`); no logic is
duplicated, and each twin's methods are derived from the async class's (:mod:`._twin`), so an IDE shows the real
signatures. The loop thread runs while a blocking call, or a Client / Workflow / AppServer / RuntimePool twin
between its first use and its shutdown, uses it; it stops when the last one leaves, and at interpreter exit.
Ctrl-C while a turn runs interrupts the turn, then raises ``KeyboardInterrupt``.

    from codex_runtime.sync import Client
    with Client(config) as client:
        session = client.start_session(SessionConfig(cwd="/repo"))
        print(session.ask("What does this project do?").assistant_text)
"""

from typing import TYPE_CHECKING

from codex_runtime._lazy import lazy_exports

# Resolved on first access (PEP 562): a one-shot script that takes only `quick_run` does not build the Client,
# Session, Workflow and AppServer twins (or import their async classes).
__getattr__, __dir__ = lazy_exports(
    __name__,
    {
        "codex_runtime.sync._quick": ("quick_run", "quick_run_with_profile"),
        "codex_runtime.sync._twins": ("AppServer", "Client", "PromptRunStream", "Session", "Workflow"),
    },
)

if TYPE_CHECKING:
    from codex_runtime.sync._quick import quick_run, quick_run_with_profile
    from codex_runtime.sync._twins import AppServer, Client, PromptRunStream, Session, Workflow

__all__ = [
    "AppServer",
    "Client",
    "PromptRunStream",
    "Session",
    "Workflow",
    "quick_run",
    "quick_run_with_profile",
]
