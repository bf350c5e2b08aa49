"""Reading a JSONL transcript back: :func:`read_transcript` gives the :class:`WireEvent` of each line,
:func:`decode_event` its typed payload (the same types a live connection hands out).

A line cut short by a crash (the last line, without its newline) is skipped; any other line that is not a
transcript record is a :class:`~codex_runtime.sinks.errors.TranscriptError`.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from typing import Any

from codex_runtime.errors import ServerRequestAlreadyAnsweredError
from codex_runtime.rpc import ServerRequest
from codex_runtime.runtime.observe import WireEvent
from codex_runtime.runtime.pending import PendingServerRequest
from codex_runtime.runtime.typed import decode_notification, decode_server_request_params
from codex_runtime.sinks.errors import TranscriptError

_DIRECTIONS = ("in", "out")
_KINDS = ("request", "response", "notification")


def read_transcript(path: str | os.PathLike[str]) -> Iterator[WireEvent]:
    """The events of one transcript file, in order (for a rotated transcript, read each of
    :func:`~codex_runtime.sinks.jsonl.transcript_files` in turn).

    Raises:
        TranscriptError: a line is not a transcript record.
        OSError: the file cannot be read.
    """
    name = os.fspath(path)
    with open(path, encoding="utf-8") as file:
        for number, line in enumerate(file, start=1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except ValueError as exc:
                if not line.endswith("\n") and file.read(1) == "":
                    return  # the last line, cut short by a crash mid-write
                raise TranscriptError(name, number, f"not JSON ({exc})") from exc
            yield _event(record, name, number)


def _event(record: Any, path: str, number: int) -> WireEvent:
    if not isinstance(record, dict):
        raise TranscriptError(path, number, "not a JSON object")
    direction, kind, method = record.get("dir"), record.get("kind"), record.get("method")
    message, time = record.get("message"), record.get("time")
    if direction not in _DIRECTIONS or kind not in _KINDS or not isinstance(method, str):
        raise TranscriptError(path, number, "missing or unknown dir / kind / method")
    if not isinstance(message, dict) or not isinstance(time, int | float):
        raise TranscriptError(path, number, "missing message or time")
    duration = record.get("duration_ms")
    return WireEvent(
        direction,
        kind,
        method,
        _id(record.get("id")),
        _str(record.get("thread_id")),
        _str(record.get("turn_id")),
        message,
        int(record.get("size") or 0),
        float(time),
        duration / 1000 if isinstance(duration, int | float) else None,
        _str(record.get("failure")),
        record["conn"] if type(record.get("conn")) is int else 0,
    )


def _id(value: Any) -> int | str | None:
    return value if isinstance(value, int | str) and not isinstance(value, bool) else None


def _str(value: Any) -> str | None:
    return value if isinstance(value, str) else None


class _Replayed:
    """The answerer of a replayed server request: it was answered (or not) long ago; nothing can be sent."""

    def decode_params(self, method: str, params: dict[str, Any]) -> Any:
        return decode_server_request_params(method, params)

    async def answer(
        self, pending: PendingServerRequest[Any], answer: Any, *, outcome: str, trusted: bool = False
    ) -> None:
        raise ServerRequestAlreadyAnsweredError(f"{pending.method} id={pending.id!r} is from a transcript")


_REPLAYED = _Replayed()


def decode_event(event: WireEvent) -> Any:
    """The typed payload of ``event``.

    - a notification: the typed notification (``method``, typed ``params``, ``thread_id``, ``turn_id``), as
      ``Runtime.events()`` yields it;
    - a server request: a :class:`~codex_runtime.runtime.pending.PendingServerRequest` with typed ``params``, as
      handlers get it (``outcome`` "replayed"; answering it raises ``ServerRequestAlreadyAnsweredError``);
    - a request, response or answer: its ``params`` / ``result`` / ``error`` dict.
    """
    message = event.message
    if event.kind == "notification":
        return decode_notification(event.method, event.params)
    if event.is_server_request:
        request = ServerRequest(event.id if event.id is not None else "", event.method, event.params, message)
        pending: PendingServerRequest[Any] = PendingServerRequest(_REPLAYED, request, deadline=event.time)
        pending.outcome = "replayed"
        return pending
    if event.kind == "request":
        return event.params
    return message.get("error", message.get("result"))


__all__ = ["decode_event", "read_transcript"]
