"""Blocking twins of the async API, with the same names and signatures (minus ``await``).

Each call runs the async implementation on one background event-loop thread (:mod:`._portal`); no logic is
duplicated. Ctrl-C while a turn runs interrupts the turn, then raises ``KeyboardInterrupt``.

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
