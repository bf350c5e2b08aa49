"""The record of one turn: its items' text, its completed items, usage, status and error.

:class:`~codex_runtime.runtime.state.StateProjection` is the ONE fold of inbound notifications: it writes these
records and nothing else folds a turn. A running turn's tap reads its outcome from here (final answer, partial text,
typed failure), so the text a stream, a result and a state snapshot show is the same text, kept once.

Text is bounded per item (the HEAD up to ``max_bytes_per_item`` UTF-8 bytes is kept, later bytes only counted; see
the state module). Completed items are kept whole only while a consumer holds the turn's thread (a running
``ask``/``ask_stream``): they become the result's ``items``; the projection alone keeps just their bounded text.

Rules from the measured server behaviour:
- ``item/completed`` is the source of truth for an item's text; deltas only matter for a partial result.
- A retried item is started and streamed AGAIN with the same id: ``item/started`` resets it, so text is never
  duplicated; a completed item sent again replaces the first copy in its first position.
- ``error`` with ``willRetry: true`` is progress; only ``turn/completed`` ends a turn.
"""

from __future__ import annotations

import re
from collections import OrderedDict
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Final

from codex_runtime.errors import TurnFailure
from codex_runtime.runtime.failures import turn_failure_from_error
from codex_runtime.runtime.retries import RetryLog
from codex_runtime.runtime.usage import UsageFold

TEXT_DELTAS: Final[dict[str, tuple[str, str]]] = {
    "item/agentMessage/delta": ("agentMessage", "text"),
    "item/reasoning/summaryTextDelta": ("reasoning", "text"),
    "item/reasoning/textDelta": ("reasoning", "content"),
    "item/commandExecution/outputDelta": ("commandExecution", "output"),
}
"""The notifications that stream an item's text: method -> (item type, text channel). Declared once."""
_COMPACT_AT = 256  # pieces per text before they are joined: bounds per-delta memory overhead, keeps appends O(1)


class Text:
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

    @classmethod
    def from_rendered(cls, rendered: str, room: int) -> Text:
        """The text :meth:`render` gave (its truncation marker read back), kept up to ``room`` bytes."""
        text = cls()
        marker = _TRUNCATED.search(rendered)
        if marker is not None:
            rendered = rendered[: marker.start()]
            text.dropped = int(marker.group(1))
        text.append(rendered, room)
        return text


_TRUNCATED: Final = re.compile(r"…\[truncated (\d+) bytes\]\Z")


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


def plain(value: Any) -> Any:
    """A detached, JSON-serializable copy of a wire value (odd input is stringified, never raised on)."""
    if value is None or type(value) in (str, int, float, bool):
        return value
    if isinstance(value, dict):
        return {str(k): plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [plain(v) for v in value]
    return str(value)


@dataclass(slots=True, eq=False)
class ItemRecord:
    id: str
    type: str
    room: int  # bytes left for this item's texts
    status: str = "inProgress"
    texts: dict[str, Text] = field(default_factory=dict)  # channel ("text", "output", "content") -> text
    exit_code: int | None = None
    started_at_ms: int | None = None
    completed_at_ms: int | None = None
    done: bool = False  # item/completed seen (and not restarted since)

    def to_dict(self) -> dict[str, Any]:
        dropped = sum(text.dropped for text in self.texts.values())
        out = {"id": self.id, "type": self.type, "status": self.status, "exit_code": self.exit_code}
        out.update({channel: text.render() for channel, text in self.texts.items()})
        out.update(started_at_ms=self.started_at_ms, completed_at_ms=self.completed_at_ms)
        return {**out, "truncated": dropped > 0, "truncated_bytes": dropped}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any], max_bytes: int) -> ItemRecord:
        """The record :meth:`to_dict` described (a state snapshot loaded back)."""
        item = cls(str(data["id"]), str(data.get("type", "unknown")), max_bytes, status=str(data.get("status")))
        item.exit_code = _int_or_none(data.get("exit_code"))
        item.started_at_ms = _int_or_none(data.get("started_at_ms"))
        item.completed_at_ms = _int_or_none(data.get("completed_at_ms"))
        item.done = item.status != "inProgress"
        for channel, value in data.items():
            if channel not in _ITEM_FIELDS and isinstance(value, str):
                text = item.texts[channel] = Text.from_rendered(value, item.room)
                item.room -= text.size
        return item


_ITEM_FIELDS: Final = frozenset(
    {"id", "type", "status", "exit_code", "started_at_ms", "completed_at_ms", "truncated", "truncated_bytes"}
)


def _int_or_none(value: Any) -> int | None:
    return value if type(value) is int else None


_SNAPSHOT_FIELDS = ("id", "status", "error", "retries", "started_at", "completed_at", "duration_ms")


@dataclass(slots=True, eq=False)
class TurnRecord:
    """One turn as the projection folded it; the accessors below are what a running turn's result is made of."""

    id: str
    status: str = "inProgress"
    error: Any = None
    retry_log: RetryLog = field(default_factory=RetryLog)
    """The server's ``error{willRetry: true}`` notices of this turn (bounded, latest kept)."""
    usage_fold: UsageFold = field(default_factory=UsageFold)
    """This turn's token usage and the thread's totals after it (see runtime/usage.py)."""
    started_at: int | None = None
    completed_at: int | None = None
    duration_ms: int | None = None
    items: OrderedDict[str, ItemRecord] = field(default_factory=OrderedDict)
    ended: bool = False
    """turn/completed arrived (whatever its status)."""
    usage: dict[str, Any] | None = None
    """The last ``thread/tokenUsage/updated`` of this turn (wire form)."""
    completed: dict[str, dict[str, Any]] | None = None
    """Completed items whole (wire form), by id in first-completion order; only while the thread is held."""
    summary_items: list[dict[str, Any]] | None = None
    """turn/completed's own item list (a fallback for the answer); only while the thread is held."""
    pinned: bool = False
    """A running turn reads this record: it is not evicted until its thread is released."""

    @property
    def retries(self) -> int:
        """How many retry notices arrived (the snapshot's count; the notices are in ``retry_log``)."""
        return self.retry_log.count

    def to_dict(self) -> dict[str, Any]:
        out = {name: plain(getattr(self, name)) for name in _SNAPSHOT_FIELDS}
        return {**out, "items": {item.id: item.to_dict() for item in self.items.values()}}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any], max_bytes_per_item: int) -> TurnRecord:
        """The record :meth:`to_dict` described (a state snapshot loaded back; retry notices are not in it)."""
        turn = cls(str(data["id"]), status=str(data.get("status")), error=data.get("error"))
        turn.started_at = _int_or_none(data.get("started_at"))
        turn.completed_at = _int_or_none(data.get("completed_at"))
        turn.duration_ms = _int_or_none(data.get("duration_ms"))
        turn.ended = turn.status != "inProgress"
        items = data.get("items")
        for item in (items or {}).values() if isinstance(items, Mapping) else ():
            record = ItemRecord.from_dict(item, max_bytes_per_item)
            turn.items[record.id] = record
        return turn

    # --- the outcome (read by a running turn) ---------------------------------------------------------------

    @property
    def done(self) -> bool:
        return self.ended

    def completed_items(self) -> list[dict[str, Any]]:
        return list(self.completed.values()) if self.completed else []

    def agent_messages(self) -> list[dict[str, Any]]:
        messages = [i for i in self.completed_items() if i.get("type") == "agentMessage"]
        if not messages and self.summary_items:
            # The live stream missed item/completed (should not happen); the turn summary still carries them.
            messages = [i for i in self.summary_items if i.get("type") == "agentMessage"]
        return messages

    def assistant_text(self) -> str:
        """The final answer: the last agent message, preferring the final-answer phase; trimmed."""
        messages = self.agent_messages()
        finals = [m for m in messages if m.get("phase") == "final_answer"]
        chosen = finals[-1] if finals else (messages[-1] if messages else None)
        if chosen is not None:
            return str(chosen.get("text") or "").strip()
        return self.partial_text()

    def partial_text(self) -> str:
        """The text of the last agent message still streaming (for timeouts and failures), else the last
        completed one's."""
        for item in reversed(self.items.values()):
            if item.type == "agentMessage" and not item.done and "text" in item.texts:
                return item.texts["text"].render().strip()
        messages = self.agent_messages()
        return str(messages[-1].get("text") or "").strip() if messages else ""

    def failure(self) -> TurnFailure | None:
        if self.status != "failed":
            return None
        error = self.error
        return turn_failure_from_error(error if error is None or isinstance(error, dict) else {"message": str(error)})


__all__ = ["TEXT_DELTAS", "ItemRecord", "Text", "TurnRecord", "plain"]
