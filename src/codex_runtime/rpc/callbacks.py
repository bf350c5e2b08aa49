"""The one owner of "add a callback, get the function that removes it": :class:`Callbacks`.

The registrations are a tuple replaced on every change (copy-on-write), never mutated, so whoever iterates
:attr:`Callbacks.snapshot` iterates a stable copy: a callback may add or remove callbacks (itself included) while
it runs. Hot paths read ``snapshot`` (one attribute, a tuple) and loop inline; everyone else calls
:meth:`Callbacks.call_each`, which contains each callback's error.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Generic, TypeVar

C = TypeVar("C", bound=Callable[..., object])
A = TypeVar("A")
R = TypeVar("R")

_rpc_logger = logging.getLogger("codex_runtime.rpc")


class Callbacks(Generic[C]):
    """Registered callbacks, in the order they were added; ``what`` names them in the log of a contained error."""

    __slots__ = ("_logger", "_what", "snapshot")

    def __init__(self, what: str, logger: logging.Logger = _rpc_logger) -> None:
        self.snapshot: tuple[C, ...] = ()
        """The callbacks now: a tuple that is replaced, never changed."""
        self._what = what
        self._logger = logger

    def __len__(self) -> int:
        return len(self.snapshot)

    def add(self, callback: C) -> Callable[[], None]:
        """Register ``callback`` (again, if it is already). Returns the function that removes this registration:
        calling it twice, or after :meth:`clear`, does nothing more."""
        self.snapshot += (callback,)
        removed = False

        def remove() -> None:
            nonlocal removed
            if removed:
                return
            removed = True
            snapshot = self.snapshot
            for index, each in enumerate(snapshot):
                if each is callback:
                    self.snapshot = snapshot[:index] + snapshot[index + 1 :]
                    return

        return remove

    def clear(self) -> None:
        """Drop every registration (the owner ended)."""
        self.snapshot = ()

    def call_each(self: Callbacks[Callable[[A], R]], arg: A) -> int:
        """Call every callback with ``arg``, in order. One that raises is logged and skipped; returns how many did."""
        errors = 0
        for callback in self.snapshot:
            try:
                callback(arg)
            except Exception:
                errors += 1
                self._logger.exception("%s %r raised (contained)", self._what, callback)
        return errors
