"""Turn :class:`~codex_runtime.PromptRunEvent` objects into the JSON payloads of web events. Pure logic.

Typed protocol objects become their wire JSON (camelCase, as codex sends them); strings longer than a limit are
clipped with a visible marker, so one huge command output cannot blow up the replay buffer.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from pydantic import BaseModel

from codex_runtime.api.results import PromptRunEvent
from codex_runtime.errors import TurnFailedError

CLIP_MARKER = "\n[... clipped {count} characters ...]\n"


def jsonable(value: Any) -> Any:
    """``value`` as JSON-ready data (pydantic models by wire alias, dataclasses as dicts)."""
    if isinstance(value, BaseModel):
        return value.model_dump(mode="json", by_alias=True, exclude_none=True)
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: jsonable(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, dict):
        return {str(key): jsonable(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [jsonable(item) for item in value]
    if value is None or isinstance(value, str | int | float | bool):
        return value
    return str(value)


def clip(value: Any, limit: int) -> Any:
    """Copy of JSON data with every string longer than ``limit`` cut to its head and tail around a marker."""
    if isinstance(value, str):
        if len(value) <= limit:
            return value
        half = limit // 2
        return value[:half] + CLIP_MARKER.format(count=len(value) - 2 * half) + value[len(value) - half :]
    if isinstance(value, dict):
        return {key: clip(item, limit) for key, item in value.items()}
    if isinstance(value, list):
        return [clip(item, limit) for item in value]
    return value


def error_payload(error: BaseException) -> dict[str, Any]:
    """What a failed turn's event says about its error."""
    payload: dict[str, Any] = {"error_type": type(error).__name__, "message": str(error)}
    if isinstance(error, TurnFailedError):
        payload["failure_kind"] = str(error.failure.kind)
        payload["http_status"] = error.failure.http_status
    return payload


def event_payload(event: PromptRunEvent, limit: int) -> tuple[str, dict[str, Any]] | None:
    """``(kind, data)`` for a stream event, or None for events the web publishes another way (approvals come
    from the approval queue, with their web ids)."""
    kind = event.kind
    if kind == "approval_requested":
        return None
    if kind in ("agent_message_delta", "reasoning_delta", "command_output_delta"):
        data: dict[str, Any] = {"item_id": getattr(event, "item_id", ""), "delta": getattr(event, "delta", "")}
    elif kind in ("item_started", "item_completed"):
        data = {"item": jsonable(getattr(event, "item", None))}
    elif kind == "token_usage":
        data = {"usage": jsonable(getattr(event, "usage", None))}
    elif kind == "turn_completed":
        result = getattr(event, "result", None)
        data = {
            "status": getattr(result, "status", "completed"),
            "assistant_text": getattr(result, "assistant_text", ""),
            "usage": jsonable(getattr(result, "usage", None)),
        }
    elif kind in ("turn_failed", "turn_interrupted"):
        error = getattr(event, "error", None)
        data = error_payload(error) if isinstance(error, BaseException) else {}
    elif kind == "notification":
        notification = getattr(event, "notification", None)
        params = getattr(notification, "params", notification)
        data = {"method": getattr(event, "method", ""), "params": jsonable(params)}
    else:
        data = {}
    return kind, clip(data, limit)


__all__ = ["clip", "error_payload", "event_payload", "jsonable"]
