"""A bounded projection of what the server told us: threads, turns and items (and, read from the broker at snapshot
time, the pending server requests).

It is fed every raw inbound notification on the reader, so :meth:`StateProjection.apply` is one dict lookup to a
handler (methods it does not track return at once) and never raises. Everything is bounded by
:class:`RetentionLimits`, and every eviction is counted in the snapshot:

- threads: at most ``max_threads``; the least recently active one is evicted (LRU). A thread a running turn holds
  (:meth:`StateProjection.hold`) is skipped, and its turns are trimmed only once it is released.
- turns per thread, items per turn: the oldest is evicted.
- text per item (agent message, reasoning, command output) and the last diff of a thread: the HEAD is kept, up to
  ``max_bytes_per_item`` UTF-8 bytes shared by the item's channels; later bytes are only counted. The head is kept
  because appending then stays O(1) and text already seen never changes. The snapshot appends
  ``…[truncated N bytes]`` to a cut text and sets ``truncated``/``truncated_bytes`` on the item.

``item/completed`` is the source of truth for an item's final text; ``item/started`` resets an item's streamed text
(a retried item is streamed AGAIN with the same id). Threads, turns and items first seen in a later notification
(e.g. a resumed thread, or deltas after an eviction) are created on the fly.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Mapping, Sequence
from dataclasses import asdict, dataclass, field, fields
from functools import partial
from typing import Any, Protocol

from codex_runtime.errors import InvalidArgumentError, SnapshotCorruptError
from codex_runtime.protocol import read_ids
from codex_runtime.runtime.subagents import COLLAB_ITEM, SubagentTree
from codex_runtime.runtime.turn_record import TEXT_DELTAS, ItemRecord, Text, TurnRecord, plain
from codex_runtime.runtime.usage import UsageFold

Params = dict[str, Any]
Ids = tuple[str | None, str | None]


class PendingView(Protocol):
    """What the snapshot shows of a pending server request (the broker owns the request itself)."""

    @property
    def id(self) -> int | str: ...
    @property
    def method(self) -> str: ...
    @property
    def thread_id(self) -> str | None: ...
    @property
    def turn_id(self) -> str | None: ...


@dataclass(frozen=True, slots=True)
class RetentionLimits:
    """Bounds of a :class:`StateProjection`.

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
class _Thread:
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
    def from_dict(cls, data: Mapping[str, Any], limits: RetentionLimits) -> _Thread:
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


def _int_or_none(value: Any) -> int | None:
    return value if type(value) is int else None


def _str_or(value: Any, default: str) -> str:
    return value if type(value) is str else default


class StateProjection:
    """Threads, turns, items and pending server requests, folded from raw notifications; bounded (see module doc).

    The one fold of a turn: a running turn reads its :class:`~codex_runtime.runtime.turn_record.TurnRecord` from
    here (:meth:`hold` then :meth:`turn_record`) instead of folding the same notifications a second time.
    """

    def __init__(
        self, limits: RetentionLimits | None = None, *, pending: Callable[[], Sequence[PendingView]] | None = None
    ) -> None:
        self.limits = limits if limits is not None else RetentionLimits()
        self._pending = pending or tuple  # the broker's table, read at snapshot time (this never copies it)
        self._threads: OrderedDict[str, _Thread] = OrderedDict()
        self._recent: _Thread | None = None  # the LRU tail: skips move_to_end during a delta flood
        # The (thread, turn, item, channel) the last delta went to, with its item and text: a flood of deltas to one
        # item skips the three lookups. Valid only until another kind of notification is applied.
        self._hot: tuple[tuple[Any, Any, Any, str], ItemRecord, Text] | None = None
        self._evicted = {"threads": 0, "turns": 0, "items": 0}
        self._apply_errors = 0
        self.subagents = SubagentTree()
        """Which thread spawned which sub-agent thread, from which turn, and each one's status."""

    def apply(self, method: str, params: Params, ids: Ids | None = None) -> None:
        """Fold one inbound notification in. Cheap, and never raises.

        ``ids`` is ``(thread_id, turn_id)`` as :func:`codex_runtime.protocol.read_ids` reads them (read here when
        not given). Input that does not fit the schema is skipped: ids that are not strings quietly, unreadable
        params (a missing required member, a non-dict) counted in the snapshot's ``apply_errors``.
        """
        try:
            handler = _HANDLERS.get(method)
            if handler is not None:
                if method not in TEXT_DELTAS:
                    self._hot = None  # anything else may evict, reset or re-order what the delta cache points at
                thread_id, turn_id = ids if ids is not None else read_ids(method, params)
                handler(self, params, thread_id, turn_id)
        except Exception:  # it runs on the reader: a malformed message must not stop the connection
            self._apply_errors += 1

    def restore(self, snapshot: Mapping[str, Any]) -> None:
        """Load a :meth:`snapshot` (e.g. from an earlier connection) into this empty projection: its threads,
        turns and items, within this projection's limits (the newest are kept). Pending server requests are not
        restored: they belonged to the old connection, which answered or lost them.

        Raises:
            SnapshotCorruptError: the snapshot does not have the shape :meth:`snapshot` gives.
        """
        try:
            threads = [_Thread.from_dict(t, self.limits) for t in dict(snapshot.get("threads") or {}).values()]
            evicted = {key: int(value) for key, value in dict(snapshot.get("evictions") or {}).items()}
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise SnapshotCorruptError("<state snapshot>", f"not a state snapshot ({exc!r})") from exc
        for thread in threads[-self.limits.max_threads :]:
            self._threads[thread.id] = thread
        self._evicted.update((k, v) for k, v in evicted.items() if k in self._evicted)

    # --- running turns ---------------------------------------------------------------------------------------

    def hold(self, thread_id: str) -> Callable[[], None]:
        """Keep ``thread_id`` (never evicted) and its turns' completed items whole, until the returned release is
        called: do this before turn/start, so a fast turn's first items are kept too."""
        thread = self._thread(thread_id)
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
        """The record of a turn of a held thread (created now if nothing of it arrived yet); it is pinned (never
        evicted) until the thread is released."""
        found = self._turn(thread_id, turn_id)
        assert found is not None
        found[1].pinned = True
        return found[1]

    def snapshot(self) -> dict[str, Any]:
        """A JSON-serializable copy of the projection, built now; threads least recently active first.

        ``pending_requests`` lists the newest ``max_pending_requests`` of the broker's pending server requests
        (``evictions.pending_requests``: how many older ones were left out of this listing).
        """
        pending = self._pending()
        listed = pending[max(0, len(pending) - self.limits.max_pending_requests) :]
        return {
            "threads": {thread.id: thread.to_dict() for thread in self._threads.values()},
            "pending_requests": [
                {"request_id": p.id, "method": p.method, "thread_id": p.thread_id, "turn_id": p.turn_id} for p in listed
            ],
            "subagents": self.subagents.to_dict(),
            "evictions": {**self._evicted, "pending_requests": len(pending) - len(listed)},
            "apply_errors": self._apply_errors,
            "limits": asdict(self.limits),
        }

    # --- lookups that create on first sight ------------------------------------------------------------------

    def _thread(self, thread_id: str | None) -> _Thread | None:
        if thread_id is None:
            return None
        thread = self._threads.get(thread_id)
        if thread is None:
            thread = self._threads[thread_id] = _Thread(thread_id)
            if len(self._threads) > self.limits.max_threads:
                self._evict_thread()
        elif thread is not self._recent:
            self._threads.move_to_end(thread_id)
        self._recent = thread
        return thread

    def _evict_thread(self) -> None:
        """Evict the least recently active thread that no running turn holds."""
        for thread_id, thread in self._threads.items():
            if not thread.held:
                del self._threads[thread_id]
                self._evicted["threads"] += 1
                return

    def _turn(self, thread_id: str | None, turn_id: str | None) -> tuple[_Thread, TurnRecord] | None:
        thread = self._thread(thread_id)
        if thread is None or turn_id is None:
            return None
        turn = thread.turns.get(turn_id)
        if turn is None:
            # Where this turn's usage starts from: the thread's total as last seen on this connection, if any.
            baseline = thread.token_usage.get("total") if isinstance(thread.token_usage, dict) else None
            turn = thread.turns[turn_id] = TurnRecord(turn_id, usage_fold=UsageFold(baseline or None))
            if thread.held:
                turn.completed = {}
            if len(thread.turns) > self.limits.max_turns_per_thread:
                self._trim_turns(thread)
        return thread, turn

    def _trim_turns(self, thread: _Thread) -> None:
        """Evict the oldest turns past the limit; running turns' (pinned) records stay, on top of the limit."""
        unpinned = [t.id for t in thread.turns.values() if not t.pinned]
        for turn_id in unpinned[: max(0, len(unpinned) - self.limits.max_turns_per_thread)]:
            del thread.turns[turn_id]
            self._evicted["turns"] += 1

    def _item(self, thread_id: str | None, turn_id: str | None, item_id: Any, item_type: Any) -> ItemRecord | None:
        found = self._turn(thread_id, turn_id)
        if found is None or type(item_id) is not str:
            return None
        items = found[1].items
        item = items.get(item_id)
        if item is None:
            item = items[item_id] = ItemRecord(item_id, _str_or(item_type, "unknown"), self.limits.max_bytes_per_item)
            if len(items) > self.limits.max_items_per_turn:
                items.popitem(last=False)
                self._evicted["items"] += 1
        return item

    # --- handlers: (params, thread_id, turn_id) ---------------------------------------------------------------

    def _on_item_started(self, params: Params, thread_id: str | None, turn_id: str | None) -> None:
        wire = params["item"]
        item = self._item(thread_id, turn_id, wire.get("id"), wire.get("type"))
        if item is None:
            return
        item.type = _str_or(wire.get("type"), item.type)
        item.room += sum(text.size for text in item.texts.values())
        item.texts.clear()  # a retried item streams again from scratch
        item.done = False
        item.status = _str_or(wire.get("status"), "inProgress")
        item.started_at_ms = _int_or_none(params.get("startedAtMs"))

    def _on_item_completed(self, params: Params, thread_id: str | None, turn_id: str | None) -> None:
        wire = params["item"]
        wire.get("id")  # unreadable params raise (counted)
        if wire.get("type") == COLLAB_ITEM:
            self.subagents.on_item(wire, turn_id)
        found = self._turn(thread_id, turn_id)
        item = self._item(thread_id, turn_id, wire.get("id"), wire.get("type"))
        if found is None or item is None:
            return
        completed = found[1].completed
        if completed is not None and isinstance(wire, dict):
            completed[item.id] = wire  # a re-sent item replaces the first copy, in its first position
        item.done = True
        item.type = _str_or(wire.get("type"), item.type)
        item.status = _str_or(wire.get("status"), "completed")
        item.completed_at_ms = _int_or_none(params.get("completedAtMs"))
        item.exit_code = _int_or_none(wire.get("exitCode"))
        finals = {"text": wire.get("text"), "output": wire.get("aggregatedOutput")}
        for channel, key in (("text", "summary"), ("content", "content")):
            parts = wire.get(key)
            if isinstance(parts, list) and all(type(p) is str for p in parts):
                finals[channel] = "\n\n".join(parts)
        for channel, final in finals.items():
            if type(final) is str:  # the final value replaces what was streamed
                old = item.texts.pop(channel, None)
                item.room += old.size if old is not None else 0
                text = item.texts[channel] = Text()
                item.room -= text.append(final, item.room)

    def _on_turn_started(self, params: Params, thread_id: str | None, turn_id: str | None) -> None:
        wire = params["turn"]
        status, started_at = wire.get("status"), wire.get("startedAt")  # unreadable params raise (counted)
        found = self._turn(thread_id, turn_id)
        if found is not None:
            thread, turn = found
            thread.active_turn_id = turn.id
            turn.usage_fold.feed("turn/started", params)
            turn.status = _str_or(status, "inProgress")
            self.subagents.on_turn(thread_id, turn.status)
            turn.started_at = _int_or_none(started_at)

    def _on_turn_completed(self, params: Params, thread_id: str | None, turn_id: str | None) -> None:
        wire = params["turn"]
        wire.get("status")  # unreadable params raise (counted)
        found = self._turn(thread_id, turn_id)
        if found is None:
            return
        thread, turn = found
        turn.status = _str_or(wire.get("status"), "completed")
        turn.error = wire.get("error") if wire.get("error") is not None else turn.error
        if type(wire.get("startedAt")) is int:
            turn.started_at = wire["startedAt"]
        turn.completed_at = _int_or_none(wire.get("completedAt"))
        turn.duration_ms = _int_or_none(wire.get("durationMs"))
        if turn.completed is not None:
            items = wire.get("items")
            turn.summary_items = [i for i in items if isinstance(i, dict)] if isinstance(items, list) else []
        turn.ended = True
        self.subagents.on_turn(thread_id, turn.status)
        if thread.active_turn_id == turn.id:
            thread.active_turn_id = None

    def _on_error(self, params: Params, thread_id: str | None, turn_id: str | None) -> None:
        found = self._turn(thread_id, turn_id)
        if found is not None:
            if params.get("willRetry") is True:
                found[1].retry_log.add(params)  # progress, not an outcome
            else:
                found[1].error = params.get("error")

    def _on_thread_started(self, params: Params, thread_id: str | None, turn_id: str | None) -> None:
        wire = params["thread"]
        status, name = wire.get("status"), wire.get("name")  # unreadable params raise (counted)
        thread = self._thread(thread_id)
        if thread is not None:
            self._set_status(thread, status)
            if type(name) is str:
                thread.name = name

    def _on_thread_status(self, params: Params, thread_id: str | None, turn_id: str | None) -> None:
        thread = self._thread(thread_id)
        if thread is not None:
            self._set_status(thread, params.get("status"))

    @staticmethod
    def _set_status(thread: _Thread, status: Any) -> None:
        if isinstance(status, dict) and type(status.get("type")) is str:
            thread.status = status["type"]
            thread.active_flags = status.get("activeFlags")

    def _on_thread_name(self, params: Params, thread_id: str | None, turn_id: str | None) -> None:
        thread = self._thread(thread_id)
        if thread is not None:
            name = params.get("threadName")
            thread.name = name if type(name) is str else None

    def _on_thread_deleted(self, params: Params, thread_id: str | None, turn_id: str | None) -> None:
        if thread_id is None:
            raise ValueError("thread/deleted without a thread id")  # counted as an apply error
        thread = self._threads.pop(thread_id, None)
        if thread is not None and thread is self._recent:
            self._recent = None

    def _on_diff(self, params: Params, thread_id: str | None, turn_id: str | None) -> None:
        thread = self._thread(thread_id)
        diff = params.get("diff")
        if thread is not None and type(diff) is str:
            thread.last_diff = Text()
            thread.last_diff.append(diff, self.limits.max_bytes_per_item)
            thread.last_diff_turn_id = turn_id

    def _on_plan(self, params: Params, thread_id: str | None, turn_id: str | None) -> None:
        thread = self._thread(thread_id)
        if thread is not None:
            thread.last_plan = {k: params.get(k) for k in ("turnId", "plan", "explanation")}

    def _on_token_usage(self, params: Params, thread_id: str | None, turn_id: str | None) -> None:
        usage = params.get("tokenUsage")
        if not isinstance(usage, dict):
            return
        found = self._turn(thread_id, turn_id)  # before the thread's total moves: a new turn starts from it
        thread = self._thread(thread_id)
        if thread is not None:
            thread.token_usage = usage
        if found is not None:
            found[1].usage = usage
            found[1].usage_fold.feed("thread/tokenUsage/updated", params)


def _stream(
    item_type: str, channel: str, state: StateProjection, params: Params, thread_id: str | None, turn_id: str | None
) -> None:
    piece = params.get("delta")
    if type(piece) is not str:
        return
    key = (thread_id, turn_id, params.get("itemId"), channel)
    hot = state._hot
    if hot is not None and hot[0] == key:
        item, text = hot[1], hot[2]
    else:
        found = state._item(thread_id, turn_id, key[2], item_type)
        if found is None:
            return
        item = found
        if channel not in item.texts:
            item.texts[channel] = Text()
        text = item.texts[channel]
        state._hot = (key, item, text)
    item.room -= text.append(piece, item.room)


def _flag(name: str, value: bool, state: StateProjection, params: Params, thread_id: str | None, _: str | None) -> None:
    thread = state._thread(thread_id)
    if thread is not None:
        setattr(thread, name, value)


# partial() binds the leading arguments without an extra Python frame on the delta path.
_HANDLERS: dict[str, Callable[[StateProjection, Params, str | None, str | None], None]] = {
    **{method: partial(_stream, item_type, channel) for method, (item_type, channel) in TEXT_DELTAS.items()},
    "item/started": StateProjection._on_item_started,
    "item/completed": StateProjection._on_item_completed,
    "turn/started": StateProjection._on_turn_started,
    "turn/completed": StateProjection._on_turn_completed,
    "turn/diff/updated": StateProjection._on_diff,
    "turn/plan/updated": StateProjection._on_plan,
    "error": StateProjection._on_error,
    "thread/started": StateProjection._on_thread_started,
    "thread/status/changed": StateProjection._on_thread_status,
    "thread/name/updated": StateProjection._on_thread_name,
    "thread/tokenUsage/updated": StateProjection._on_token_usage,
    "thread/archived": partial(_flag, "archived", True),
    "thread/unarchived": partial(_flag, "archived", False),
    "thread/closed": partial(_flag, "closed", True),
    "thread/deleted": StateProjection._on_thread_deleted,
}


__all__ = ["RetentionLimits", "StateProjection"]
