"""The ``codex-runtime`` command line (also ``python -m codex_runtime``).

Knows: arguments (click), terminal output (rich), user input. Built on the public API (``codex_runtime.api``,
``codex_runtime.automation``, the typed runtime helpers); it must not reach into the transport or RPC layers.

Modules: ``app`` (the group, exit codes), ``options`` (shared options, durations), ``render`` (how a turn looks,
human or JSON Lines), ``turns`` (driving a streamed turn), ``approvals`` (y / n / always), ``line_input`` (reading
the terminal without blocking the loop), ``runner`` (event loop and Ctrl-C), and one module per command group:
``run``, ``chat``, ``listing`` (threads, models), ``automate``, ``doctor``, ``demo``.
"""

from __future__ import annotations

from codex_runtime.cli.app import main

__all__ = ["main"]
