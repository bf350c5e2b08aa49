"""A bounded projection of what the server told us: threads, turns and items (and, read from the broker at snapshot
time, the pending server requests).

It is fed every raw inbound notification on the reader, so :meth:`StateProjection.apply` is one dict lookup to a
handler (methods it does not track return at once) and never raises. This module is the ONE fold of inbound
notifications: what each one means for a thread, turn or item record. The records themselves, their lookups and
their bounds (:class:`~codex_runtime.runtime.retention.RetentionLimits`, every eviction counted in the snapshot) are
:mod:`codex_runtime.runtime.retention`'s.

Text per item (agent message, reasoning, command output) and the last diff of a thread: the HEAD is kept, up to
``max_bytes_per_item`` UTF-8 bytes shared by the item's channels; later bytes are only counted. The head is kept
because appending then stays O(1) and text already seen never changes. The snapshot appends
``…[truncated N bytes]`` to a cut text and sets ``truncated``/``truncated_bytes`` on the item.

``item/completed`` is the source of truth for an item's final text; ``item/started`` resets an item's streamed text
(a retried item is streamed AGAIN with the same id).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import asdict
from functools import partial
from typing import Any, Protocol

from codex_runtime.errors import SnapshotCorruptError
from codex_runtime.protocol import read_ids
from codex_runtime.runtime.retention import RecordStore, RetentionLimits, ThreadRecord
from codex_runtime.runtime.subagents import COLLAB_ITEM, SubagentTree
from codex_runtime.runtime.turn_record import TEXT_DELTAS, ItemRecord, Text, TurnRecord

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
        self._store = RecordStore(self.limits)
        # The (thread, turn, item, channel) the last delta went to, with its item and text: a flood of deltas to one
        # item skips the lookups. Valid only until another kind of notification is applied.
        self._hot: tuple[tuple[Any, Any, Any, str], ItemRecord, Text] | None = None
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
            self._store.load(snapshot.get("threads") or {}, snapshot.get("evictions") or {})
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise SnapshotCorruptError("<state snapshot>", f"not a state snapshot ({exc!r})") from exc

    # --- running turns ---------------------------------------------------------------------------------------

    def hold(self, thread_id: str) -> Callable[[], None]:
        """Keep ``thread_id`` (never evicted) and its turns' completed items whole, until the returned release is
        called: do this before turn/start, so a fast turn's first items are kept too."""
        return self._store.hold(thread_id)

    def turn_record(self, thread_id: str, turn_id: str) -> TurnRecord:
        """The record of a turn of a held thread (created now if nothing of it arrived yet); it is pinned (never
        evicted) until the thread is released."""
        return self._store.turn_record(thread_id, turn_id)

    def snapshot(self) -> dict[str, Any]:
        """A JSON-serializable copy of the projection, built now; threads least recently active first.

        ``pending_requests`` lists the newest ``max_pending_requests`` of the broker's pending server requests
        (``evictions.pending_requests``: how many older ones were left out of this listing).
        """
        pending = self._pending()
        listed = pending[max(0, len(pending) - self.limits.max_pending_requests) :]
        return {
            "threads": self._store.to_dict(),
            "pending_requests": [
                {"request_id": p.id, "method": p.method, "thread_id": p.thread_id, "turn_id": p.turn_id} for p in listed
            ],
            "subagents": self.subagents.to_dict(),
            "evictions": {**self._store.evicted, "pending_requests": len(pending) - len(listed)},
            "apply_errors": self._apply_errors,
            "limits": asdict(self.limits),
        }

    # --- handlers: (params, thread_id, turn_id) ---------------------------------------------------------------

    def _on_item_started(self, params: Params, thread_id: str | None, turn_id: str | None) -> None:
        wire = params["item"]
        found = self._store.turn(thread_id, turn_id)
        item = self._store.item(found[1], wire.get("id"), wire.get("type")) if found is not None else None
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
        found = self._store.turn(thread_id, turn_id)
        item = self._store.item(found[1], wire.get("id"), wire.get("type")) if found is not None else None
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
        found = self._store.turn(thread_id, turn_id)
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
        found = self._store.turn(thread_id, turn_id)
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
        found = self._store.turn(thread_id, turn_id)
        if found is not None:
            if params.get("willRetry") is True:
                found[1].retry_log.add(params)  # progress, not an outcome
            else:
                found[1].error = params.get("error")

    def _on_thread_started(self, params: Params, thread_id: str | None, turn_id: str | None) -> None:
        wire = params["thread"]
        status, name = wire.get("status"), wire.get("name")  # unreadable params raise (counted)
        thread = self._store.thread(thread_id)
        if thread is not None:
            self._set_status(thread, status)
            if type(name) is str:
                thread.name = name

    def _on_thread_status(self, params: Params, thread_id: str | None, turn_id: str | None) -> None:
        thread = self._store.thread(thread_id)
        if thread is not None:
            self._set_status(thread, params.get("status"))

    @staticmethod
    def _set_status(thread: ThreadRecord, status: Any) -> None:
        if isinstance(status, dict) and type(status.get("type")) is str:
            thread.status = status["type"]
            thread.active_flags = status.get("activeFlags")

    def _on_thread_name(self, params: Params, thread_id: str | None, turn_id: str | None) -> None:
        thread = self._store.thread(thread_id)
        if thread is not None:
            name = params.get("threadName")
            thread.name = name if type(name) is str else None

    def _on_thread_deleted(self, params: Params, thread_id: str | None, turn_id: str | None) -> None:
        if thread_id is None:
            raise ValueError("thread/deleted without a thread id")  # counted as an apply error
        self._store.delete_thread(thread_id)

    def _on_diff(self, params: Params, thread_id: str | None, turn_id: str | None) -> None:
        thread = self._store.thread(thread_id)
        diff = params.get("diff")
        if thread is not None and type(diff) is str:
            thread.last_diff = Text()
            thread.last_diff.append(diff, self.limits.max_bytes_per_item)
            thread.last_diff_turn_id = turn_id

    def _on_plan(self, params: Params, thread_id: str | None, turn_id: str | None) -> None:
        thread = self._store.thread(thread_id)
        if thread is not None:
            thread.last_plan = {k: params.get(k) for k in ("turnId", "plan", "explanation")}

    def _on_token_usage(self, params: Params, thread_id: str | None, turn_id: str | None) -> None:
        usage = params.get("tokenUsage")
        if not isinstance(usage, dict):
            return
        found = self._store.turn(thread_id, turn_id)  # before the thread's total moves: a new turn starts from it
        thread = found[0] if found is not None else self._store.thread(thread_id)
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
        turn = state._store.turn(thread_id, turn_id)
        found = state._store.item(turn[1], key[2], item_type) if turn is not None else None
        if found is None:
            return
        item = found
        if channel not in item.texts:
            item.texts[channel] = Text()
        text = item.texts[channel]
        state._hot = (key, item, text)
    item.room -= text.append(piece, item.room)


def _flag(name: str, value: bool, state: StateProjection, params: Params, thread_id: str | None, _: str | None) -> None:
    thread = state._store.thread(thread_id)
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
