"""Where the state projection's records live and how they are bounded: threads, their turns, the turns' items.

:class:`RecordStore` creates a record on first sight (a resumed thread, or deltas after an eviction) and evicts
by :class:`RetentionLimits`, counting every eviction:

- threads: at most ``max_threads``; the least recently active one is evicted (LRU). A thread a running turn holds
  (:meth:`RecordStore.hold`) is skipped, and its turns are trimmed only once it is released.
- turns per thread, items per turn: the oldest is evicted; a running turn's (pinned) record stays.

What a notification means for a record is the projection's business (:mod:`codex_runtime.runtime.state`); this
module only stores, finds, bounds and (de)serializes.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Mapping
from dataclasses import asdict, dataclass, field, fields
from typing import Any

from codex_runtime.errors import InvalidArgumentError
from codex_runtime.runtime.turn_record import ItemRecord, Text, TurnRecord, plain
from codex_runtime.runtime.usage import UsageFold


@dataclass(frozen=True, slots=True)
class RetentionLimits:
    """Bounds of a :class:`~codex_runtime.runtime.state.StateProjection`.

    Raises:
        ValueError: a limit is not a positive int.
    """

    max_threads: int = 256
    max_turns_per_thread: int = 64
    max_items_per_turn: int = 512
    max_bytes_per_item: int = 64 * 1024
    max_pending_requests: int = 1024

    def __post_init__(self) -> None:
        for name, value in asdict(self).items():
            if type(value) is not int or value < 1:
                raise InvalidArgumentError(f"RetentionLimits.{name} must be a positive int, got {value!r}")


_THREAD_NESTED = ("last_diff", "last_diff_turn_id", "turns", "held")


@dataclass(slots=True, eq=False)
class ThreadRecord:
    id: str
    status: str | None = None
    active_flags: Any = None
    name: str | None = None
    archived: bool = False
    closed: bool = False
    active_turn_id: str | None = None
    last_diff: Text | None = None
    last_diff_turn_id: str | None = None
    last_plan: Any = None
    token_usage: Any = None
    turns: OrderedDict[str, TurnRecord] = field(default_factory=OrderedDict)
    held: int = 0  # consumers holding this thread (running turns): never evicted, completed items kept whole

    def to_dict(self) -> dict[str, Any]:
        out = {f.name: plain(getattr(self, f.name)) for f in fields(self) if f.name not in _THREAD_NESTED}
        diff = self.last_diff
        if diff is not None:
            out["last_diff"] = {"turn_id": self.last_diff_turn_id, "diff": diff.render(), "truncated": diff.dropped > 0}
        return {**out, "turns": {turn.id: turn.to_dict() for turn in self.turns.values()}}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any], limits: RetentionLimits) -> ThreadRecord:
        thread = cls(str(data["id"]))
        for name in ("status", "active_flags", "name", "active_turn_id", "last_plan", "token_usage"):
            setattr(thread, name, data.get(name))
        thread.archived, thread.closed = bool(data.get("archived")), bool(data.get("closed"))
        diff = data.get("last_diff")
        if isinstance(diff, Mapping) and isinstance(diff.get("diff"), str):
            thread.last_diff = Text.from_rendered(diff["diff"], limits.max_bytes_per_item)
            thread.last_diff_turn_id = diff.get("turn_id")
        turns = data.get("turns")
        for turn in list((turns or {}).values())[-limits.max_turns_per_thread :] if isinstance(turns, Mapping) else ():
            record = TurnRecord.from_dict(turn, limits.max_bytes_per_item)
            thread.turns[record.id] = record
        return thread


def _str_or(value: Any, default: str) -> str:
    return value if type(value) is str else default


class RecordStore:
    """The bounded records of one projection (see the module docstring). Lookups create what they do not find."""

    def __init__(self, limits: RetentionLimits) -> None:
        self.limits = limits
        self._threads: OrderedDict[str, ThreadRecord] = OrderedDict()
        self._recent: ThreadRecord | None = None  # the LRU tail: skips move_to_end during a delta flood
        self.evicted = {"threads": 0, "turns": 0, "items": 0}

    # --- lookups that create on first sight ------------------------------------------------------------------

    def thread(self, thread_id: str | None) -> ThreadRecord | None:
        if thread_id is None:
            return None
        thread = self._threads.get(thread_id)
        if thread is None:
            thread = self._threads[thread_id] = ThreadRecord(thread_id)
            if len(self._threads) > self.limits.max_threads:
                self._evict_thread()
        elif thread is not self._recent:
            self._threads.move_to_end(thread_id)
        self._recent = thread
        return thread

    def turn(self, thread_id: str | None, turn_id: str | None) -> tuple[ThreadRecord, TurnRecord] | None:
        thread = self.thread(thread_id)
        if thread is None or turn_id is None:
            return None
        turn = thread.turns.get(turn_id)
        if turn is None:
            turn = self._new_turn(thread, turn_id)
        return thread, turn

    def item(self, turn: TurnRecord, item_id: Any, item_type: Any) -> ItemRecord | None:
        """The item ``item_id`` of ``turn`` (found with :meth:`turn`); None for an id that is not a string."""
        if type(item_id) is not str:
            return None
        items = turn.items
        item = items.get(item_id)
        if item is None:
            item = items[item_id] = ItemRecord(item_id, _str_or(item_type, "unknown"), self.limits.max_bytes_per_item)
            if len(items) > self.limits.max_items_per_turn:
                items.popitem(last=False)
                self.evicted["items"] += 1
        return item

    def delete_thread(self, thread_id: str) -> None:
        thread = self._threads.pop(thread_id, None)
        if thread is not None and thread is self._recent:
            self._recent = None

    # --- running turns ---------------------------------------------------------------------------------------

    def hold(self, thread_id: str) -> Callable[[], None]:
        """Keep ``thread_id`` (never evicted) and its turns' completed items whole until the returned release is
        called (idempotent)."""
        thread = self.thread(thread_id)
        assert thread is not None
        thread.held += 1
        released = False

        def release() -> None:
            nonlocal released
            if released:
                return
            released = True
            thread.held -= 1
            if thread.held == 0:
                for turn in thread.turns.values():  # the results are built: free the whole items
                    turn.completed = turn.summary_items = None
                    turn.pinned = False
                self._trim_turns(thread)

        return release

    def turn_record(self, thread_id: str, turn_id: str) -> TurnRecord:
        """The record of a turn of a held thread (created now if nothing of it arrived yet), pinned until the
        thread is released."""
        found = self.turn(thread_id, turn_id)
        assert found is not None
        found[1].pinned = True
        return found[1]

    # --- eviction --------------------------------------------------------------------------------------------

    def _new_turn(self, thread: ThreadRecord, turn_id: str) -> TurnRecord:
        # Where this turn's usage starts from: the thread's total as last seen on this connection, if any.
        baseline = thread.token_usage.get("total") if isinstance(thread.token_usage, dict) else None
        turn = thread.turns[turn_id] = TurnRecord(turn_id, usage_fold=UsageFold(baseline or None))
        if thread.held:
            turn.completed = {}
        if len(thread.turns) > self.limits.max_turns_per_thread:
            self._trim_turns(thread)
        return turn

    def _evict_thread(self) -> None:
        """Evict the least recently active thread that no running turn holds."""
        for thread_id, thread in self._threads.items():
            if not thread.held:
                del self._threads[thread_id]
                self.evicted["threads"] += 1
                return

    def _trim_turns(self, thread: ThreadRecord) -> None:
        """Evict the oldest turns past the limit; running turns' (pinned) records stay, on top of the limit."""
        unpinned = [t.id for t in thread.turns.values() if not t.pinned]
        for turn_id in unpinned[: max(0, len(unpinned) - self.limits.max_turns_per_thread)]:
            del thread.turns[turn_id]
            self.evicted["turns"] += 1

    # --- snapshots ---------------------------------------------------------------------------------------------

    def to_dict(self) -> dict[str, Any]:
        """Every thread, least recently active first, as JSON-serializable dicts."""
        return {thread.id: thread.to_dict() for thread in self._threads.values()}

    def load(self, threads: Mapping[str, Any], evicted: Mapping[str, Any]) -> None:
        """Load what :meth:`to_dict` gave (the newest threads within the limits) and the eviction counters.

        Raises:
            KeyError, TypeError, ValueError, AttributeError: it does not have that shape (nothing is loaded).
        """
        records = [ThreadRecord.from_dict(t, self.limits) for t in dict(threads).values()]
        counts = {key: int(value) for key, value in dict(evicted).items()}
        for thread in records[-self.limits.max_threads :]:
            self._threads[thread.id] = thread
        self.evicted.update((k, v) for k, v in counts.items() if k in self.evicted)


__all__ = ["RecordStore", "RetentionLimits", "ThreadRecord"]
