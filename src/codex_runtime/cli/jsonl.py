"""``--json``: JSON Lines, one object per event, written to stdout and flushed at once.

Every turn event becomes ``{"kind", "thread_id", "turn_id", ...its fields}``; typed protocol objects are dumped
with ``model_dump(mode="json", by_alias=True)`` (wire field names), errors as ``{"type", "message", ...}``.
"""

from __future__ import annotations

import dataclasses
import enum
import json
import os
import sys
from collections.abc import Mapping
from pathlib import PurePath
from typing import Any, TextIO

from codex_runtime._lazy import is_model
from codex_runtime.api.results import OtherNotification, PromptRunEvent
from codex_runtime.runtime.server_requests import PendingServerRequest


def to_jsonable(value: Any) -> Any:
    """``value`` as plain JSON data (dicts, lists, strings, numbers, booleans, None)."""
    if value is None or isinstance(value, bool | int | float | str):
        return value
    if isinstance(value, enum.Enum):
        return to_jsonable(value.value)
    if is_model(value):
        return value.model_dump(mode="json", by_alias=True)
    if isinstance(value, PendingServerRequest):
        return request_record(value)
    if isinstance(value, BaseException):
        return error_record(value)
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {field.name: to_jsonable(getattr(value, field.name)) for field in dataclasses.fields(value)}
    if isinstance(value, Mapping):
        return {str(key): to_jsonable(item) for key, item in value.items()}
    if isinstance(value, list | tuple | set | frozenset):
        return [to_jsonable(item) for item in value]
    if isinstance(value, PurePath | os.PathLike):
        return os.fspath(value)
    raw = getattr(value, "raw_params", None)
    if isinstance(raw, dict):  # protocol Notification / UnknownNotification wrappers
        return {"method": getattr(value, "method", None), "params": raw}
    return str(value)


def request_record(request: PendingServerRequest) -> dict[str, Any]:
    """A server request: its id, method, where it belongs and its params as received."""
    return {
        "id": request.id,
        "method": request.method,
        "thread_id": request.thread_id,
        "turn_id": request.turn_id,
        "item_id": request.item_id,
        "params": request.raw_params,
    }


def error_record(error: BaseException) -> dict[str, Any]:
    """An exception: its class name, message and public attributes (e.g. ``failure`` of a failed turn)."""
    record: dict[str, Any] = {"type": type(error).__name__, "message": str(error)}
    for name, value in vars(error).items():
        if not name.startswith("_") and name not in record:
            record[name] = to_jsonable(value)
    return record


def event_record(event: PromptRunEvent) -> dict[str, Any]:
    """A turn event as one JSON object (``kind``, ``thread_id``, ``turn_id`` first)."""
    record: dict[str, Any] = {"kind": event.kind, "thread_id": event.thread_id, "turn_id": event.turn_id}
    if isinstance(event, OtherNotification):
        record["method"] = event.method
        record["params"] = to_jsonable(event.notification).get("params") if event.notification is not None else None
        return record
    for field in dataclasses.fields(event):
        if field.name not in record:
            record[field.name] = to_jsonable(getattr(event, field.name))
    return record


class JsonLinesWriter:
    """Writes one compact JSON object per line and flushes, so a consumer sees each event as it happens."""

    def __init__(self, stream: TextIO | None = None) -> None:
        self._stream = stream

    def write(self, record: Mapping[str, Any]) -> None:
        stream = self._stream or sys.stdout
        stream.write(json.dumps(to_jsonable(record), ensure_ascii=False, separators=(",", ":")) + "\n")
        stream.flush()


__all__ = ["JsonLinesWriter", "error_record", "event_record", "request_record", "to_jsonable"]
