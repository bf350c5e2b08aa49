"""A bounded projection of what the server told us: threads, turns, items and pending server requests.

It is fed every raw inbound notification on the reader, so :meth:`StateProjection.apply` is one dict lookup to a
handler (methods it does not track return at once) and never raises. Everything is bounded by
:class:`RetentionLimits`, and every eviction is counted in the snapshot:

- threads: at most ``max_threads``; the least recently active one is evicted (LRU).
- turns per thread, items per turn, pending server requests: the oldest is evicted.
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
from collections.abc import Callable
from dataclasses import asdict, dataclass, field, fields
from functools import partial
from typing import Any

Params = dict[str, Any]
_COMPACT_AT = 256  # pieces per text before they are joined: bounds per-delta memory overhead, keeps appends O(1)


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
                raise ValueError(f"RetentionLimits.{name} must be a positive int, got {value!r}")


class _Text:
    """One text channel: the kept head (as pieces), its UTF-8 size, and the bytes dropped after it."""

    __slots__ = ("dropped", "parts", "size")

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.size = 0
        self.dropped = 0

    def append(self, piece: str, room: int) -> int:
        """Keep what fits in ``room`` bytes, count the rest; returns the bytes kept."""
        size = len(piece) if piece.isascii() else len(piece.encode("utf-8", "surrogatepass"))
        if room <= 0:  # the head is full: only count (the common case in a long flood)
            self.dropped += size
            return 0
        if size > room:
            piece, kept = _utf8_head(piece, room)
            self.dropped += size - kept
            size = kept
            if not piece:
                return 0
        parts = self.parts
        parts.append(piece)
        if len(parts) > _COMPACT_AT:
            self.parts = ["".join(parts)]
        self.size += size
        return size

    def render(self) -> str:
        text = "".join(self.parts)
        return f"{text}…[truncated {self.dropped} bytes]" if self.dropped else text


def _utf8_head(piece: str, limit: int) -> tuple[str, int]:
    """The longest prefix of ``piece`` whose UTF-8 encoding fits in ``limit`` bytes, and its size."""
    if limit <= 0:
        return "", 0
    if piece.isascii():
        return piece[:limit], limit
    data = piece.encode("utf-8", "surrogatepass")
    while limit > 0 and data[limit] & 0xC0 == 0x80:  # never cut inside a multi-byte character
        limit -= 1
    return data[:limit].decode("utf-8", "surrogatepass"), limit


def _plain(value: Any) -> Any:
    """A detached, JSON-serializable copy of a wire value (odd input is stringified, never raised on)."""
    if value is None or type(value) in (str, int, float, bool):
        return value
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    return str(value)


@dataclass(slots=True, eq=False)
class _Item:
    id: str
    type: str
    room: int  # bytes left for this item's texts
    status: str = "inProgress"
    texts: dict[str, _Text] = field(default_factory=dict)  # channel ("text", "output", "content") -> text
    exit_code: int | None = None
    started_at_ms: int | None = None
    completed_at_ms: int | None = None

    def to_dict(self) -> dict[str, Any]:
        dropped = sum(text.dropped for text in self.texts.values())
        out = {"id": self.id, "type": self.type, "status": self.status, "exit_code": self.exit_code}
        out.update({channel: text.render() for channel, text in self.texts.items()})
        out.update(started_at_ms=self.started_at_ms, completed_at_ms=self.completed_at_ms)
        return {**out, "truncated": dropped > 0, "truncated_bytes": dropped}


@dataclass(slots=True, eq=False)
class _Turn:
    id: str
    status: str = "inProgress"
    error: Any = None
    retries: int = 0
    started_at: int | None = None
    completed_at: int | None = None
    duration_ms: int | None = None
    items: OrderedDict[str, _Item] = field(default_factory=OrderedDict)

    def to_dict(self) -> dict[str, Any]:
        out = {f.name: _plain(getattr(self, f.name)) for f in fields(self) if f.name != "items"}
        return {**out, "items": {item.id: item.to_dict() for item in self.items.values()}}


_THREAD_NESTED = ("last_diff", "last_diff_turn_id", "turns")


@dataclass(slots=True, eq=False)
class _Thread:
    id: str
    status: str | None = None
    active_flags: Any = None
    name: str | None = None
    archived: bool = False
    closed: bool = False
    active_turn_id: str | None = None
    last_diff: _Text | None = None
    last_diff_turn_id: str | None = None
    last_plan: Any = None
    token_usage: Any = None
    turns: OrderedDict[str, _Turn] = field(default_factory=OrderedDict)

    def to_dict(self) -> dict[str, Any]:
        out = {f.name: _plain(getattr(self, f.name)) for f in fields(self) if f.name not in _THREAD_NESTED}
        diff = self.last_diff
        if diff is not None:
            out["last_diff"] = {"turn_id": self.last_diff_turn_id, "diff": diff.render(), "truncated": diff.dropped > 0}
        return {**out, "turns": {turn.id: turn.to_dict() for turn in self.turns.values()}}


def _int_or_none(value: Any) -> int | None:
    return value if type(value) is int else None


def _str_or(value: Any, default: str) -> str:
    return value if type(value) is str else default


class StateProjection:
    """Threads, turns, items and pending server requests, folded from raw notifications; bounded (see module doc)."""

    def __init__(self, limits: RetentionLimits | None = None) -> None:
        self.limits = limits if limits is not None else RetentionLimits()
        self._threads: OrderedDict[str, _Thread] = OrderedDict()
        self._recent: _Thread | None = None  # the LRU tail: skips move_to_end during a delta flood
        # The (thread, turn, item, channel) the last delta went to, with its item and text: a flood of deltas to one
        # item skips the three lookups. Valid only until another kind of notification is applied.
        self._hot: tuple[tuple[Any, Any, Any, str], _Item, _Text] | None = None
        self._pending: OrderedDict[int | str, tuple[str, str | None, str | None]] = OrderedDict()
        self._evicted = {"threads": 0, "turns": 0, "items": 0, "pending_requests": 0}
        self._apply_errors = 0

    def apply(self, method: str, params: Params) -> None:
        """Fold one inbound notification in. Cheap, and never raises.

        Input that does not fit the schema is skipped: ids that are not strings quietly, unreadable params (a missing
        required member, a non-dict) counted in the snapshot's ``apply_errors``.
        """
        try:
            handler = _HANDLERS.get(method)
            if handler is not None:
                if method not in _STREAM_METHODS:
                    self._hot = None  # anything else may evict, reset or re-order what the delta cache points at
                handler(self, params)
        except Exception:  # it runs on the reader: a malformed message must not stop the connection
            self._apply_errors += 1

    def add_pending_request(
        self, request_id: int | str, method: str, thread_id: str | None = None, turn_id: str | None = None
    ) -> None:
        """Record a server request awaiting our answer; the oldest is evicted past ``max_pending_requests``."""
        self._pending[request_id] = (method, thread_id, turn_id)
        if len(self._pending) > self.limits.max_pending_requests:
            self._pending.popitem(last=False)
            self._evicted["pending_requests"] += 1

    def resolve_pending_request(self, request_id: object) -> bool:
        """Forget a pending server request (answered, declined or resolved by the server); False if unknown.

        Any value is accepted (it may come straight off the wire) and nothing is raised.
        """
        if not isinstance(request_id, int | str):
            return False
        return self._pending.pop(request_id, None) is not None

    def snapshot(self) -> dict[str, Any]:
        """A JSON-serializable copy of the projection, built now; threads least recently active first."""
        return {
            "threads": {thread.id: thread.to_dict() for thread in self._threads.values()},
            "pending_requests": [
                {"request_id": rid, "method": method, "thread_id": thread_id, "turn_id": turn_id}
                for rid, (method, thread_id, turn_id) in self._pending.items()
            ],
            "evictions": dict(self._evicted),
            "apply_errors": self._apply_errors,
            "limits": asdict(self.limits),
        }

    # --- lookups that create on first sight ------------------------------------------------------------------

    def _thread(self, thread_id: Any) -> _Thread | None:
        if type(thread_id) is not str:
            return None
        thread = self._threads.get(thread_id)
        if thread is None:
            thread = self._threads[thread_id] = _Thread(thread_id)
            if len(self._threads) > self.limits.max_threads:
                self._threads.popitem(last=False)
                self._evicted["threads"] += 1
        elif thread is not self._recent:
            self._threads.move_to_end(thread_id)
        self._recent = thread
        return thread

    def _turn(self, params: Params, turn_id: Any) -> tuple[_Thread, _Turn] | None:
        thread = self._thread(params.get("threadId"))
        if thread is None or type(turn_id) is not str:
            return None
        turn = thread.turns.get(turn_id)
        if turn is None:
            turn = thread.turns[turn_id] = _Turn(turn_id)
            if len(thread.turns) > self.limits.max_turns_per_thread:
                thread.turns.popitem(last=False)
                self._evicted["turns"] += 1
        return thread, turn

    def _item(self, params: Params, item_id: Any, item_type: Any) -> _Item | None:
        found = self._turn(params, params.get("turnId"))
        if found is None or type(item_id) is not str:
            return None
        items = found[1].items
        item = items.get(item_id)
        if item is None:
            item = items[item_id] = _Item(item_id, _str_or(item_type, "unknown"), self.limits.max_bytes_per_item)
            if len(items) > self.limits.max_items_per_turn:
                items.popitem(last=False)
                self._evicted["items"] += 1
        return item

    # --- handlers ---------------------------------------------------------------------------------------------

    def _on_item_started(self, params: Params) -> None:
        wire = params["item"]
        item = self._item(params, wire.get("id"), wire.get("type"))
        if item is None:
            return
        item.type = _str_or(wire.get("type"), item.type)
        item.room += sum(text.size for text in item.texts.values())
        item.texts.clear()  # a retried item streams again from scratch
        item.status = _str_or(wire.get("status"), "inProgress")
        item.started_at_ms = _int_or_none(params.get("startedAtMs"))

    def _on_item_completed(self, params: Params) -> None:
        wire = params["item"]
        item = self._item(params, wire.get("id"), wire.get("type"))
        if item is None:
            return
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
                text = item.texts[channel] = _Text()
                item.room -= text.append(final, item.room)

    def _on_turn_started(self, params: Params) -> None:
        wire = params["turn"]
        found = self._turn(params, wire.get("id"))
        if found is not None:
            thread, turn = found
            thread.active_turn_id = turn.id
            turn.status = _str_or(wire.get("status"), "inProgress")
            turn.started_at = _int_or_none(wire.get("startedAt"))

    def _on_turn_completed(self, params: Params) -> None:
        wire = params["turn"]
        found = self._turn(params, wire.get("id"))
        if found is None:
            return
        thread, turn = found
        turn.status = _str_or(wire.get("status"), "completed")
        turn.error = wire.get("error") if wire.get("error") is not None else turn.error
        if type(wire.get("startedAt")) is int:
            turn.started_at = wire["startedAt"]
        turn.completed_at = _int_or_none(wire.get("completedAt"))
        turn.duration_ms = _int_or_none(wire.get("durationMs"))
        if thread.active_turn_id == turn.id:
            thread.active_turn_id = None

    def _on_error(self, params: Params) -> None:
        found = self._turn(params, params.get("turnId"))
        if found is not None:
            if params.get("willRetry") is True:
                found[1].retries += 1  # progress, not an outcome
            else:
                found[1].error = params.get("error")

    def _on_thread_started(self, params: Params) -> None:
        wire = params["thread"]
        thread = self._thread(wire.get("id"))
        if thread is not None:
            self._set_status(thread, wire.get("status"))
            if type(wire.get("name")) is str:
                thread.name = wire["name"]

    def _on_thread_status(self, params: Params) -> None:
        thread = self._thread(params.get("threadId"))
        if thread is not None:
            self._set_status(thread, params.get("status"))

    @staticmethod
    def _set_status(thread: _Thread, status: Any) -> None:
        if isinstance(status, dict) and type(status.get("type")) is str:
            thread.status = status["type"]
            thread.active_flags = status.get("activeFlags")

    def _on_thread_name(self, params: Params) -> None:
        thread = self._thread(params.get("threadId"))
        if thread is not None:
            name = params.get("threadName")
            thread.name = name if type(name) is str else None

    def _on_thread_deleted(self, params: Params) -> None:
        thread = self._threads.pop(params["threadId"], None)
        if thread is not None and thread is self._recent:
            self._recent = None

    def _on_diff(self, params: Params) -> None:
        thread = self._thread(params.get("threadId"))
        diff = params.get("diff")
        if thread is not None and type(diff) is str:
            thread.last_diff = _Text()
            thread.last_diff.append(diff, self.limits.max_bytes_per_item)
            turn_id = params.get("turnId")
            thread.last_diff_turn_id = turn_id if type(turn_id) is str else None

    def _on_plan(self, params: Params) -> None:
        thread = self._thread(params.get("threadId"))
        if thread is not None:
            thread.last_plan = {k: params.get(k) for k in ("turnId", "plan", "explanation")}

    def _on_token_usage(self, params: Params) -> None:
        thread = self._thread(params.get("threadId"))
        if thread is not None and isinstance(params.get("tokenUsage"), dict):
            thread.token_usage = params["tokenUsage"]

    def _on_request_resolved(self, params: Params) -> None:
        self.resolve_pending_request(params["requestId"])


def _stream(item_type: str, channel: str, state: StateProjection, params: Params) -> None:
    piece = params.get("delta")
    if type(piece) is not str:
        return
    key = (params.get("threadId"), params.get("turnId"), params.get("itemId"), channel)
    hot = state._hot
    if hot is not None and hot[0] == key:
        item, text = hot[1], hot[2]
    else:
        found = state._item(params, key[2], item_type)
        if found is None:
            return
        item = found
        if channel not in item.texts:
            item.texts[channel] = _Text()
        text = item.texts[channel]
        state._hot = (key, item, text)
    item.room -= text.append(piece, item.room)


def _flag(name: str, value: bool, state: StateProjection, params: Params) -> None:
    thread = state._thread(params.get("threadId"))
    if thread is not None:
        setattr(thread, name, value)


_STREAM_METHODS = frozenset(
    {
        "item/agentMessage/delta",
        "item/reasoning/summaryTextDelta",
        "item/reasoning/textDelta",
        "item/commandExecution/outputDelta",
    }
)

# partial() binds the leading arguments without an extra Python frame on the delta path.
_HANDLERS: dict[str, Callable[[StateProjection, Params], None]] = {
    "item/agentMessage/delta": partial(_stream, "agentMessage", "text"),
    "item/reasoning/summaryTextDelta": partial(_stream, "reasoning", "text"),
    "item/reasoning/textDelta": partial(_stream, "reasoning", "content"),
    "item/commandExecution/outputDelta": partial(_stream, "commandExecution", "output"),
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
    "serverRequest/resolved": StateProjection._on_request_resolved,
}


__all__ = ["RetentionLimits", "StateProjection"]
