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

from codex_runtime.sync._twins import (
    AppServer,
    Client,
    PromptRunStream,
    Session,
    Workflow,
    quick_run,
    quick_run_with_profile,
)

__all__ = [
    "AppServer",
    "Client",
    "PromptRunStream",
    "Session",
    "Workflow",
    "quick_run",
    "quick_run_with_profile",
]
