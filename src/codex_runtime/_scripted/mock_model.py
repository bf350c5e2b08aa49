"""A scripted, local stand-in for the OpenAI Responses API that the real ``codex`` binary talks to.

The binary POSTs ``/v1/responses`` once per model call (a turn with a tool round trip makes two POSTs) and reads
Server-Sent Events back. :class:`MockModel` answers each POST with the next scripted :class:`MockResponse` from a
FIFO queue (built with :mod:`codex_runtime._scripted.stream`), so whole turns run offline and deterministically::

    from codex_runtime.testing import MockModel, mock_codex_home, responses

    with MockModel() as model:
        model.enqueue(responses.text("Hello from the mock"))
        home = mock_codex_home(tmp_dir, model)      # CODEX_HOME pointing at the mock
        ...                                         # drive codex app-server with CODEX_HOME=home

It serves on 127.0.0.1 from a background thread, so the same object works from sync and async code
(``with`` or ``async with``). Every POST is recorded in :attr:`MockModel.requests`. When the queue is empty and no
:meth:`MockModel.set_fallback` responder is set, a POST gets an HTTP 400 naming the problem, never a hang.

Like the real API it can insist on a key: ``MockModel(api_key="sk-test")`` answers every POST that lacks
``Authorization: Bearer sk-test`` with HTTP 401 ``invalid_api_key`` (the POST is still recorded). A websocket
upgrade (``GET /v1/responses``, which codex's built-in ``openai`` provider tries first) gets ``426 Upgrade
Required``, so codex falls back to HTTP at once (measured: a 404 or 403 costs five reconnect attempts, ~6 s).
"""

from __future__ import annotations

import json
import re
import socket
import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import TracebackType
from typing import Any, Self

# The answers it streams live in their own module; re-exported here, their documented home.
from codex_runtime._scripted.stream import MockResponse, SseEvent, StreamBuilder, Usage, new_id, split_words

_WRITE_BATCH_BYTES = 64 * 1024
_INJECTED_CONTEXT = re.compile(r"^<(environment_context|user_instructions|[a-z_]+_context)>")


@dataclass(frozen=True)
class RecordedRequest:
    """A POST the mock received: path, headers (lower-cased names) and the parsed JSON body."""

    index: int
    path: str
    headers: dict[str, str]
    body: dict[str, Any]

    @property
    def input_items(self) -> list[dict[str, Any]]:
        items = self.body.get("input")
        return list(items) if isinstance(items, list) else []

    def user_texts(self) -> list[str]:
        """The text of every user message in the POSTed history, oldest first, without the context blocks codex
        injects as user messages (``<environment_context>``, ``<user_instructions>``...)."""
        texts: list[str] = []
        for item in self.input_items:
            if item.get("type") == "message" and item.get("role") == "user":
                for part in item.get("content") or []:
                    if isinstance(part, dict) and part.get("type") == "input_text":
                        text = str(part.get("text", ""))
                        if not _INJECTED_CONTEXT.match(text):
                            texts.append(text)
        return texts

    @property
    def last_user_text(self) -> str:
        texts = self.user_texts()
        return texts[-1] if texts else ""

    def function_call_outputs(self) -> list[dict[str, Any]]:
        """Every tool result (``function_call_output`` / ``custom_tool_call_output``) in the POSTed history."""
        kinds = {"function_call_output", "custom_tool_call_output"}
        return [item for item in self.input_items if item.get("type") in kinds]

    @property
    def output_schema(self) -> dict[str, Any] | None:
        """The JSON schema sent in ``text.format`` when the turn had an output schema."""
        text = self.body.get("text")
        fmt = text.get("format") if isinstance(text, dict) else None
        if isinstance(fmt, dict) and isinstance(fmt.get("schema"), dict):
            return dict(fmt["schema"])
        return None


Responder = Callable[[RecordedRequest], MockResponse]


class MockModel:
    """A scripted Responses-API server on 127.0.0.1 (see the module docstring).

    Attributes:
        requests: every POST received, in order.
    """

    def __init__(self, *, host: str = "127.0.0.1", port: int = 0, api_key: str | None = None) -> None:
        self._host = host
        self.api_key = api_key
        """When set, a POST without ``Authorization: Bearer <api_key>`` gets HTTP 401 (see the module docstring)."""
        self._port = port
        self._queue: deque[MockResponse | Responder] = deque()
        self._fallback: Responder | None = None
        self._lock = threading.Condition()
        self._closing = threading.Event()
        self.requests: list[RecordedRequest] = []
        self._server: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None

    # --- lifecycle -----------------------------------------------------------------------------

    def start(self) -> Self:
        """Bind and serve in a background thread. Idempotent."""
        if self._server is not None:
            return self
        server = ThreadingHTTPServer((self._host, self._port), _handler_for(self))
        server.daemon_threads = True
        self._server = server
        self._closing.clear()
        self._thread = threading.Thread(
            target=server.serve_forever, kwargs={"poll_interval": 0.05}, name="MockModel", daemon=True
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        """Stop serving; streams still running are cut. Idempotent and bounded."""
        server, self._server = self._server, None
        if server is None:
            return
        self._closing.set()
        server.shutdown()
        server.server_close()
        if self._thread is not None:
            self._thread.join(timeout=5)
            self._thread = None

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stop()

    async def __aenter__(self) -> Self:
        return self.start()

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stop()

    @property
    def port(self) -> int:
        if self._server is None:
            raise RuntimeError("MockModel is not started")
        return int(self._server.server_address[1])

    @property
    def base_url(self) -> str:
        """The provider ``base_url`` for codex's config (``http://127.0.0.1:PORT/v1``)."""
        return f"http://{self._host}:{self.port}/v1"

    # --- scripting -----------------------------------------------------------------------------

    def enqueue(self, *responses: MockResponse | Responder) -> Self:
        """Append responses (or callables building one from the request) to the FIFO queue."""
        with self._lock:
            self._queue.extend(responses)
        return self

    def set_fallback(self, responder: Responder | None) -> Self:
        """Answer POSTs that find the queue empty with ``responder(request)`` (None: HTTP 400)."""
        self._fallback = responder
        return self

    @property
    def pending(self) -> int:
        """How many scripted responses are still queued."""
        with self._lock:
            return len(self._queue)

    def wait_for_requests(self, count: int, timeout: float = 10.0) -> list[RecordedRequest]:
        """Block until at least ``count`` POSTs arrived.

        Raises:
            TimeoutError: fewer than ``count`` arrived within ``timeout`` seconds.
        """
        with self._lock:
            if not self._lock.wait_for(lambda: len(self.requests) >= count, timeout=timeout):
                raise TimeoutError(f"MockModel got {len(self.requests)} of {count} requests in {timeout:g}s")
            return list(self.requests)

    # --- called from handler threads -----------------------------------------------------------

    def _record_and_pick(
        self, path: str, headers: dict[str, str], body: dict[str, Any]
    ) -> tuple[RecordedRequest, MockResponse]:
        with self._lock:
            request = RecordedRequest(len(self.requests), path, headers, body)
            self.requests.append(request)
            self._lock.notify_all()
            if self.api_key is not None and headers.get("authorization") != f"Bearer {self.api_key}":
                return request, _unauthorized(request.index)  # the scripted queue is left for an authorized POST
            scripted = self._queue.popleft() if self._queue else None
        if scripted is None:
            if self._fallback is not None:
                return request, self._fallback(request)
            return request, _queue_empty(request.index)
        if callable(scripted):
            return request, scripted(request)
        return request, scripted


def _queue_empty(index: int) -> MockResponse:
    message = f"MockModel: no scripted response left for POST #{index} (enqueue more or set a fallback)"
    return MockResponse(
        status=400, body={"error": {"message": message, "type": "mock_queue_empty"}}, label="queue-empty"
    )


def _unauthorized(index: int) -> MockResponse:
    # The shape the real API answers a missing or wrong key with.
    message = f"MockModel: POST #{index} has no valid API key (Authorization: Bearer ...)"
    error = {"message": message, "type": "invalid_request_error", "code": "invalid_api_key"}
    return MockResponse(status=401, body={"error": error}, label="unauthorized")


def _handler_for(model: MockModel) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, format: str, *args: Any) -> None:
            return  # keep test output clean

        def do_POST(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            raw = self.rfile.read(length) if length else b""
            try:
                body = json.loads(raw) if raw else {}
            except ValueError:
                body = {"_unparsed": raw.decode("utf-8", "replace")}
            headers = {k.lower(): v for k, v in self.headers.items()}
            _, response = model._record_and_pick(self.path, headers, body if isinstance(body, dict) else {})
            if response.status != 200:
                self._send_error(response)
            else:
                self._send_stream(response)

        def do_GET(self) -> None:
            if self.headers.get("Upgrade", "").lower() == "websocket":
                # No websocket here: 426 makes codex fall back to HTTP POST at once.
                self._send_error(MockResponse(status=426, body={"error": {"message": "MockModel: HTTP only"}}))
                return
            self._send_error(MockResponse(status=404, body={"error": {"message": f"MockModel: no GET {self.path}"}}))

        def _send_error(self, response: MockResponse) -> None:
            payload = json.dumps(response.body or {}).encode()
            self.send_response(response.status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(payload)))
            for name, value in response.headers:
                self.send_header(name, value)
            self.end_headers()
            self.wfile.write(payload)
            self.wfile.flush()

        def _send_stream(self, response: MockResponse) -> None:
            self.send_response(200)
            self.send_header("Content-Type", "text/event-stream")
            self.send_header("Cache-Control", "no-cache")
            # No length and no chunking: the body ends when we close, which also makes a disconnect easy to fake.
            self.send_header("Connection", "close")
            for name, value in response.headers:
                self.send_header(name, value)
            self.end_headers()
            self.close_connection = True
            buffer: list[bytes] = []
            size = 0
            last_data: object = None
            last_chunk = b""
            try:
                for sent, (event_type, data) in enumerate(response.iter_events()):
                    if model._closing.is_set():
                        return
                    if response.disconnect_after is not None and sent >= response.disconnect_after:
                        break
                    if data is not last_data:  # floods repeat one event object: encode it once
                        last_data = data
                        last_chunk = (
                            b"event: " + event_type.encode() + b"\ndata: " + json.dumps(data).encode() + b"\n\n"
                        )
                    chunk = last_chunk
                    if response.event_delay > 0:
                        self.wfile.write(chunk)
                        self.wfile.flush()
                        time.sleep(response.event_delay)
                        continue
                    buffer.append(chunk)
                    size += len(chunk)
                    if size >= _WRITE_BATCH_BYTES:
                        self.wfile.write(b"".join(buffer))
                        buffer.clear()
                        size = 0
                if buffer:
                    self.wfile.write(b"".join(buffer))
                self.wfile.flush()
                if response.disconnect_after is not None:
                    # Abort the TCP stream so the client sees a broken body, not a clean end.
                    self.connection.shutdown(socket.SHUT_RDWR)
            except (BrokenPipeError, ConnectionResetError):
                return  # the client went away (e.g. the turn was interrupted)

    return Handler


__all__ = [
    "MockModel",
    "MockResponse",
    "RecordedRequest",
    "Responder",
    "SseEvent",
    "StreamBuilder",
    "Usage",
    "new_id",
    "split_words",
]
