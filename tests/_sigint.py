"""Children that a test stops with SIGINT (Ctrl-C) must start with its default disposition.

A shell running the suite in the background (``make test &``, nohup, a CI runner without job control) ignores
SIGINT, children inherit that, and Python then installs no KeyboardInterrupt handler: the signal would do nothing.
"""

from __future__ import annotations

import signal


def default_sigint() -> None:
    """``preexec_fn`` for a child that must react to Ctrl-C whatever the test runner's own disposition."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)
