"""The reader's half of a connection: :class:`Inbound` routes each decoded frame. Replies go to their pending call
(one dict lookup), notifications to the notification sinks, server requests to the :class:`ServerRequestTable`.
What cannot be routed is counted in :class:`RpcStats` and logged: the first ``LOUD_LOGS`` of each kind as
warnings, the rest at DEBUG, so a flood of garbage cannot flood the log.

Everything here runs ON the reader, so it never awaits: an error answer it owes the server is handed to
``refuse``, which writes it from another task.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from time import time
from typing import Any

from codex_runtime.rpc import codec
from codex_runtime.rpc.callbacks import Callbacks
from codex_runtime.rpc.calls import PendingCalls, RequestId
from codex_runtime.rpc.codec import decode_frame, preview
from codex_runtime.rpc.server_requests import ServerRequestTable
from codex_runtime.rpc.stats import RpcStats
from codex_runtime.rpc.traffic import Traffic, TrafficTap
from codex_runtime.transport.base import DroppedFrame

logger = logging.getLogger("codex_runtime.rpc")

NotificationSink = Callable[[str, dict[str, Any]], None]
"""``sink(method, message)`` for every notification; runs on the reader: cheap, non-blocking, no raising."""
ReplyIdReader = Callable[[bytes], RequestId | None]
"""``reader(head) -> id``: the request id an oversized (dropped) reply answers, read from its first bytes; None
when the head does not say. How a server lays out its replies is the server's business, so the caller supplies it."""
Refuse = Callable[[str, RequestId, int, str], None]
"""``refuse(method, id, code, message)``: answer a server request with an error, without blocking the reader."""

_NOT_JSON = object()
"""What :meth:`Inbound._decode_refused` returns for a bad frame (already counted): skipped, uncounted again."""

LOUD_LOGS = 20
"""Per kind of bad inbound frame, how many are logged as warnings before dropping to debug."""


class Inbound:
    """Routes inbound frames for one connection (see the module docstring)."""

    def __init__(
        self,
        stats: RpcStats,
        calls: PendingCalls,
        server_requests: ServerRequestTable,
        tap: TrafficTap,
        refuse: Refuse,
        reply_id_of_head: ReplyIdReader | None = None,
    ) -> None:
        self._stats = stats
        self._calls = calls
        self._server_requests = server_requests
        self._tap = tap
        self._refuse = refuse
        self._reply_id_of_head = reply_id_of_head
        self.notification_sinks = Callbacks[NotificationSink]("notification sink")
        """Read once per notification (a sink may (un)subscribe while a batch is routed)."""
        self._loud = {"invalid UTF-8": LOUD_LOGS, "malformed": LOUD_LOGS, "stray": LOUD_LOGS}

    def end(self) -> None:
        """The connection ended: drop every notification sink."""
        self.notification_sinks.clear()

    def dispatch(self, frames: list[bytes]) -> None:
        """Route a batch of frames, in order."""
        stats = self._stats
        stats.frames_received += len(frames)
        waiting = self._calls.waiting
        loads = codec.fast_loads  # decode_frame's first try, without its Python frame (read now: tests swap it)
        tap = self._tap
        observers = tap.observers.snapshot
        sinks = self.notification_sinks
        for frame in frames:
            try:
                message = loads(frame)
            except ValueError:
                message = self._decode_refused(frame)
            if type(message) is not dict:
                if message is not _NOT_JSON:
                    stats.malformed_frames += 1
                    self._log_bad("malformed", frame)
                continue
            method = message.get("method")
            if method is None:
                request_id = message.get("id")
                # type() not isinstance(): a JSON `true` id must not match request 1.
                future = waiting.pop(request_id, None) if type(request_id) is int or type(request_id) is str else None
                if future is None:
                    if "id" in message:
                        self._on_stray_response(request_id, frame)
                    else:
                        stats.malformed_frames += 1
                        self._log_bad("malformed", frame)
                    continue
                stats.responses_received += 1
                if "error" in message:
                    stats.error_responses += 1
                if tap.watched:
                    tap.response(request_id, message, len(frame))
                if not future.done():
                    future.set_result(message)
            elif type(method) is not str:
                stats.malformed_frames += 1
                self._log_bad("malformed", frame)
            elif message.get("id") is not None:
                self._on_server_request(message["id"], method, message, len(frame))
            else:
                stats.notifications_received += 1
                counts = stats.notifications_by_method
                counts[method] = counts.get(method, 0) + 1
                if observers:
                    tap.emit(Traffic("in", "notification", method, None, message, len(frame), time()))
                for sink in sinks.snapshot:
                    try:
                        sink(method, message)
                    except Exception:
                        stats.sink_errors += 1
                        logger.exception("notification sink %r raised (contained)", sink)

    def _decode_refused(self, frame: bytes) -> Any:
        """A frame the fast parser refused, through :func:`decode_frame`'s fallback; ``_NOT_JSON`` (not a dict,
        so skipped by the caller) once it is counted and logged as bad."""
        try:
            return decode_frame(frame)
        except UnicodeDecodeError:
            self._stats.invalid_utf8 += 1
            self._log_bad("invalid UTF-8", frame)
        except ValueError:
            self._stats.malformed_frames += 1
            self._log_bad("malformed", frame)
        return _NOT_JSON

    def dropped(self, dropped: list[DroppedFrame]) -> None:
        """Frames the transport dropped as too large: a reply among them fails the call it answered at once,
        when ``reply_id_of_head`` can tell which (otherwise that call waits for its deadline)."""
        for drop in dropped:
            self._stats.frames_too_large += 1
            error = drop.error()
            request_id = self._reply_id_of_head(drop.head) if self._reply_id_of_head is not None else None
            failed = self._calls.fail(request_id, error)
            logger.warning("%s%s", error, " (failed the request it answered)" if failed else "")

    def _on_server_request(self, request_id: Any, method: str, message: dict[str, Any], size: int) -> None:
        stats = self._stats
        self._tap.server_request(method, request_id, message, size)
        stats.server_requests_received += 1
        counts = stats.server_requests_by_method
        counts[method] = counts.get(method, 0) + 1
        if type(request_id) not in (int, str):
            stats.malformed_frames += 1
            self._log_bad("malformed", json.dumps(message).encode()[:200])
            return
        refusal = self._server_requests.admit(request_id, method, message)
        if refusal is not None:
            self._refuse(method, request_id, *refusal)

    def _on_stray_response(self, request_id: Any, frame: bytes) -> None:
        stats = self._stats
        stray = self._calls.stray(request_id)
        if stray == "late":
            stats.late_responses += 1
            logger.debug("late response for abandoned request id=%r dropped", request_id)
            return
        if stray == "duplicate":
            stats.duplicate_responses += 1
            kind = "duplicate response"
        else:
            stats.unknown_response_ids += 1
            kind = "response with unknown id"
        self._log_bad("stray", frame, kind)

    def _log_bad(self, kind: str, frame: bytes, what: str | None = None) -> None:
        loud = self._loud[kind] > 0
        if loud:
            self._loud[kind] -= 1
        logger.log(
            logging.WARNING if loud else logging.DEBUG, "skipped inbound frame (%s): %s", what or kind, preview(frame)
        )
