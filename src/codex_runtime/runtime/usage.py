"""One turn's token usage, folded from the thread's ``thread/tokenUsage/updated`` notifications.

Each notification carries the THREAD's running ``total`` and the ``last`` model request's usage; a turn with tool
calls makes several requests, so neither field alone is the turn's usage. Measured on codex 0.163.0:

- every completed model request sends one update (``total`` grows by exactly its ``last``);
- a failed or retried request sends none for the failed attempt;
- the first turn on a thread resumed by a new app-server starts with a restore snapshot BEFORE ``turn/started``:
  the saved total, with the previous turn's ``last`` (it is not this turn's usage).

So the turn's usage is ``final total - total before the turn`` when that baseline is known (a restore snapshot,
or an earlier update seen on this connection), else the sum of the ``last`` of the updates after ``turn/started``.
Pure logic: no I/O, shared by every caller.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Final, Self

_FIELDS: Final = (
    ("input_tokens", "inputTokens"),
    ("cached_input_tokens", "cachedInputTokens"),
    ("output_tokens", "outputTokens"),
    ("reasoning_output_tokens", "reasoningOutputTokens"),
    ("total_tokens", "totalTokens"),
)


@dataclass(frozen=True, slots=True)
class TurnUsage:
    """Token counts (of one turn, or a thread's totals)."""

    input_tokens: int = 0
    cached_input_tokens: int = 0
    output_tokens: int = 0
    reasoning_output_tokens: int = 0
    total_tokens: int = 0

    @classmethod
    def from_wire(cls, breakdown: object) -> Self:
        """From a ``TokenUsageBreakdown`` dict (camelCase); missing or non-integer fields count as 0."""
        if not isinstance(breakdown, Mapping):
            return cls()
        return cls(*(_count(breakdown.get(wire)) for _, wire in _FIELDS))

    def _counts(self) -> tuple[int, int, int, int, int]:
        return (
            self.input_tokens,
            self.cached_input_tokens,
            self.output_tokens,
            self.reasoning_output_tokens,
            self.total_tokens,
        )

    def __add__(self, other: TurnUsage) -> TurnUsage:
        return TurnUsage(*(a + b for a, b in zip(self._counts(), other._counts(), strict=True)))

    def __sub__(self, other: TurnUsage) -> TurnUsage:
        return TurnUsage(*(max(0, a - b) for a, b in zip(self._counts(), other._counts(), strict=True)))


def _count(value: object) -> int:
    return value if isinstance(value, int) else 0


class UsageFold:
    """Feed it the turn's notifications in order; read :attr:`turn` and :attr:`thread` at the end.

    Wire values are kept as they came and converted when read: a turn's usage is read once, at its end.
    """

    def __init__(self, baseline: TurnUsage | Mapping[str, Any] | None = None) -> None:
        self._baseline = baseline
        """The thread's total before this turn (or its wire breakdown), when known."""
        self._started = False
        self._summed: TurnUsage | None = None
        self._final: object = None
        """The wire ``total`` of the last update after ``turn/started``."""
        self._final_usage: TurnUsage | None = None  # _final converted, once it is read

    def feed(self, method: str, params: Mapping[str, Any]) -> None:
        if method == "turn/started":
            self._started = True
        elif method == "thread/tokenUsage/updated":
            usage = params.get("tokenUsage")
            if not isinstance(usage, Mapping):
                return
            if not self._started:  # a restore snapshot of a resumed thread: where this turn starts from
                self._baseline = TurnUsage.from_wire(usage.get("total"))
                return
            if self._baseline is None:  # only then is the turn's usage the sum of its requests' own
                last = TurnUsage.from_wire(usage.get("last"))
                self._summed = last if self._summed is None else self._summed + last
            self._final = usage.get("total") or {}
            self._final_usage = None

    def _final_total(self) -> TurnUsage:
        if self._final_usage is None:
            self._final_usage = TurnUsage.from_wire(self._final)
        return self._final_usage

    def _baseline_usage(self) -> TurnUsage | None:
        baseline = self._baseline
        if baseline is None or isinstance(baseline, TurnUsage):
            return baseline
        self._baseline = converted = TurnUsage.from_wire(baseline)
        return converted

    @property
    def turn(self) -> TurnUsage | None:
        """This turn's usage; None when no model request completed."""
        if self._final is None:
            return None
        baseline = self._baseline_usage()
        if baseline is not None:
            return self._final_total() - baseline
        return self._summed

    @property
    def thread(self) -> TurnUsage | None:
        """The thread's totals after this turn (or the restored totals when no request completed)."""
        return self._final_total() if self._final is not None else self._baseline_usage()


__all__ = ["TurnUsage", "UsageFold"]
