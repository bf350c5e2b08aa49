"""Fold the notifications of one turn into its outcome: final answer, completed items, usage, status, error.

Pure, synchronous and cheap per message (it sees every delta). It works on raw wire dicts; typed objects are built
once, when a result is asked for.

Rules from the measured server behaviour:
- ``item/completed`` is the source of truth for an item's text; deltas only matter for a partial result.
- A retried item is started and streamed AGAIN with the same id: ``item/started`` resets that item's deltas, so
  text is never duplicated.
- ``error`` with ``willRetry: true`` is progress; only ``turn/completed`` ends a turn.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from codex_runtime.errors import TurnFailure
from codex_runtime.runtime.failures import turn_failure_from_error

TURN_COMPLETED = "turn/completed"
_CHUNK_PIECES = 256
_DELTA_METHOD = "item/agentMessage/delta"


@dataclass(slots=True)
class TurnCollector:
    thread_id: str
    status: str = "inProgress"
    completed_items: list[dict[str, Any]] = field(default_factory=list)
    usage: dict[str, Any] | None = None
    last_error: dict[str, Any] | None = None
    turn_error: dict[str, Any] | None = None
    summary_items: list[dict[str, Any]] = field(default_factory=list)
    _deltas: dict[str, list[str]] = field(default_factory=dict)
    _chunks: dict[str, list[str]] = field(default_factory=dict)
    _completed_ids: set[str] = field(default_factory=set)

    @property
    def done(self) -> bool:
        return self.status != "inProgress"

    def feed(self, method: str, params: dict[str, Any]) -> bool:
        """Fold one notification of this turn in; True when it ended the turn."""
        if method == _DELTA_METHOD:
            item_id = params.get("itemId")
            if isinstance(item_id, str):
                pieces = self._deltas.get(item_id)
                if pieces is None:
                    self._deltas[item_id] = [params.get("delta") or ""]
                else:
                    pieces.append(params.get("delta") or "")
                    if len(pieces) >= _CHUNK_PIECES:
                        # Memory stays ~ the text itself, not a str object + list slot per delta (1M deltas were
                        # ~90 MiB): every piece is joined exactly once, into a chunk of _CHUNK_PIECES pieces.
                        self._chunks.setdefault(item_id, []).append("".join(pieces))
                        pieces.clear()
            return False
        if method == "item/completed":
            item = params.get("item")
            if isinstance(item, dict):
                item_id = item.get("id")
                if isinstance(item_id, str) and item_id in self._completed_ids:
                    # A completed item re-sent (e.g. after a retry): the latest copy wins, in its first position.
                    index = next(n for n, i in enumerate(self.completed_items) if i.get("id") == item_id)
                    self.completed_items[index] = item
                    return False
                self.completed_items.append(item)
                if isinstance(item_id, str):
                    self._completed_ids.add(item_id)
            return False
        if method == "item/started":
            item = params.get("item")
            if isinstance(item, dict) and isinstance(item.get("id"), str):
                self._deltas.pop(item["id"], None)  # a restarted item streams again from scratch
                self._chunks.pop(item["id"], None)
            return False
        if method == "thread/tokenUsage/updated":
            usage = params.get("tokenUsage")
            self.usage = usage if isinstance(usage, dict) else self.usage
            return False
        if method == "error":
            if not params.get("willRetry"):
                error = params.get("error")
                self.last_error = error if isinstance(error, dict) else {"message": str(error)}
            return False
        if method == TURN_COMPLETED:
            turn = params.get("turn") or {}
            self.status = str(turn.get("status") or "completed")
            error = turn.get("error")
            self.turn_error = error if isinstance(error, dict) else None
            items = turn.get("items")
            self.summary_items = [i for i in items if isinstance(i, dict)] if isinstance(items, list) else []
            return True
        return False

    def agent_messages(self) -> list[dict[str, Any]]:
        messages = [i for i in self.completed_items if i.get("type") == "agentMessage"]
        if not messages:
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
        """Text streamed so far for items not yet completed (the last one), for timeouts and failures."""
        pending = [item_id for item_id in self._deltas if item_id not in self._completed_ids]
        if not pending:
            messages = self.agent_messages()
            return str(messages[-1].get("text") or "").strip() if messages else ""
        last = pending[-1]
        return ("".join(self._chunks.get(last, ())) + "".join(self._deltas[last])).strip()

    def failure(self) -> TurnFailure | None:
        if self.status != "failed":
            return None
        return turn_failure_from_error(self.turn_error or self.last_error)
