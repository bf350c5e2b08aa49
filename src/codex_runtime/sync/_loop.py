"""Which event loop the blocking API's loop thread runs: uvloop when it is installed (the ``fast`` extra), else
asyncio's own. Only loops this package creates are chosen here; the async API runs on the caller's loop, whatever
it is, and never replaces it.

``CODEX_RUNTIME_EVENT_LOOP`` (or ``Portal(event_loop=...)``) chooses: ``auto`` (the default), ``asyncio`` (opt out),
``uvloop`` (required: an error when it is not installed). uvloop is imported only when a loop thread starts.
"""

from __future__ import annotations

import asyncio
import os
from collections.abc import Callable
from typing import Literal, TypeAlias

from codex_runtime.errors import InvalidArgumentError

EventLoopChoice: TypeAlias = Literal["auto", "asyncio", "uvloop"]
EVENT_LOOP_ENV = "CODEX_RUNTIME_EVENT_LOOP"
LoopFactory: TypeAlias = Callable[[], asyncio.AbstractEventLoop]
_CHOICES: dict[str, EventLoopChoice] = {"auto": "auto", "asyncio": "asyncio", "uvloop": "uvloop"}


def checked_choice(choice: str) -> EventLoopChoice:
    """``choice`` as an :data:`EventLoopChoice`.

    Raises:
        InvalidArgumentError: it is not one of ``auto``, ``asyncio``, ``uvloop``.
    """
    known = _CHOICES.get(choice)
    if known is not None:
        return known
    raise InvalidArgumentError(f"unknown event loop {choice!r}: use one of 'auto', 'asyncio', 'uvloop'")


def loop_factory(choice: EventLoopChoice | None = None) -> LoopFactory:
    """The factory of the loop to run; ``choice`` None reads ``CODEX_RUNTIME_EVENT_LOOP`` (default ``auto``).

    Raises:
        InvalidArgumentError: an unknown choice (the environment's too), or ``uvloop`` when it is not installed.
    """
    chosen = checked_choice(choice if choice is not None else (os.environ.get(EVENT_LOOP_ENV) or "auto").strip())
    if chosen == "asyncio":
        return asyncio.new_event_loop
    try:
        import uvloop
    except ImportError:
        if chosen == "uvloop":
            raise InvalidArgumentError(
                "event loop 'uvloop' asked for but uvloop is not installed: pip install 'codex-runtime[fast]'"
            ) from None
        return asyncio.new_event_loop
    # Measured on the real binary (benchmarks section 7c): uvloop cuts the client's CPU per turn.
    return uvloop.new_event_loop


__all__ = ["EVENT_LOOP_ENV", "EventLoopChoice", "LoopFactory", "checked_choice", "loop_factory"]
