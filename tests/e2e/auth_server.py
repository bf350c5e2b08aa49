"""A stand-in for the OpenAI auth server (``CODEX_APP_SERVER_LOGIN_ISSUER``) for the device-code flow: it hands out
a user code and then answers every token poll with "authorization pending" (HTTP 403), as the real one does until
the person signs in. Enough to start, show and cancel a device-code login offline."""

from __future__ import annotations

import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import TracebackType
from typing import Self

USER_CODE = "WXYZ-1234"


class PendingAuthServer:
    def __init__(self) -> None:
        self.paths: list[str] = []
        owner = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, format: str, *args: object) -> None:
                return

            def do_POST(self) -> None:
                self.rfile.read(int(self.headers.get("Content-Length") or 0))
                owner.paths.append(self.path)
                if self.path.endswith("/deviceauth/usercode"):
                    status, body = 200, {"device_auth_id": "device-1", "user_code": USER_CODE, "interval": "1"}
                else:
                    status, body = 403, {"error": "authorization_pending"}
                payload = json.dumps(body).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(payload)))
                self.end_headers()
                self.wfile.write(payload)

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)

    @property
    def issuer(self) -> str:
        return f"http://127.0.0.1:{self._server.server_address[1]}"

    def __enter__(self) -> Self:
        self._thread.start()
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(timeout=5)
