"""``codex-runtime serve``: the web adapter (:mod:`codex_runtime.web`) under uvicorn.

Binds 127.0.0.1 by default. Tokens come from ``--token`` (repeatable), else from ``$CODEX_RUNTIME_SERVE_TOKENS``
(comma-separated; keeps them out of the process list), else one random token is generated and printed (a server
without tenants would be useless, and one open to anyone on the host would be unsafe).
"""

from __future__ import annotations

import os
import secrets
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING, TextIO

from codex_runtime.runtime.config import ClientConfig

if TYPE_CHECKING:
    from codex_runtime.web.server import WebServer

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8765
_LOOPBACK = ("127.0.0.1", "localhost", "::1")
TOKENS_ENV_VAR = "CODEX_RUNTIME_SERVE_TOKENS"
INSTALL_HINT = "codex-runtime serve needs the web extra: pip install 'codex-runtime[web]'"


def _require_web() -> None:
    """Check the web extra is installed.

    Raises:
        ImportError: fastapi or uvicorn is missing (the message says how to install them).
    """
    try:
        import fastapi  # noqa: F401
        import uvicorn  # noqa: F401
    except ImportError as exc:
        raise ImportError(f"{INSTALL_HINT} ({exc})") from exc


def resolve_tokens(tokens: Sequence[str]) -> tuple[list[str], bool]:
    """The tokens to accept and whether they were generated (see the module docstring)."""
    if tokens:
        return list(tokens), False
    from_env = [t.strip() for t in os.environ.get(TOKENS_ENV_VAR, "").split(",") if t.strip()]
    if from_env:
        return from_env, False
    return [secrets.token_urlsafe(24)], True


def build_server(
    accepted: Sequence[str],
    client_config: ClientConfig | None,
    *,
    workspace_root: str | None = None,
    log_level: str = "info",
) -> WebServer:
    """The (not yet running) ``WebServer`` for tenants ``accepted``.

    Raises:
        ImportError: the ``web`` extra is not installed.
        ValueError: a token shorter than 8 characters.
    """
    _require_web()
    from codex_runtime.web import WebSettings, create_app
    from codex_runtime.web.server import WebServer

    app = create_app(client_config, tokens=accepted, settings=WebSettings(workspace_root=workspace_root))
    return WebServer(app, log_level=log_level)


def serve(
    host: str = DEFAULT_HOST,
    port: int = DEFAULT_PORT,
    tokens: Sequence[str] = (),
    client_config: ClientConfig | None = None,
    *,
    workspace_root: str | None = None,
    out: TextIO | None = None,
) -> int:
    """Serve the web app until interrupted; returns 0 after a graceful stop on Ctrl-C (on SIGTERM uvicorn stops
    gracefully, then lets the signal end the process, as a supervisor expects).

    Sessions' working directories live under ``workspace_root`` (default: the current directory).

    Raises:
        ImportError: the ``web`` extra is not installed (the message says how to install it).
        ValueError: a token shorter than 8 characters.
        OSError: the address cannot be bound.
    """
    accepted, generated = resolve_tokens(tokens)
    server = build_server(accepted, client_config, workspace_root=workspace_root)
    from codex_runtime.web.server import bind

    out = out or sys.stdout
    sock = bind(host, port)
    bound_port = sock.getsockname()[1]
    shown_host = f"[{host}]" if ":" in host else host
    base = f"http://{shown_host}:{bound_port}/"
    print(f"codex-runtime web on {base} (HTTP API reference: {base}docs)", file=out)
    if generated:
        # like Jupyter: a URL that signs in (the token rides in the fragment, never sent in a request line)
        print(f"generated token (the page's token / the API's bearer token): {accepted[0]}", file=out)
        print(f"sign in: {base}#token={accepted[0]}", file=out)
    else:
        print(f"sign in: {base}#token=<your token>", file=out)
    if host not in _LOOPBACK:
        print("warning: plain HTTP on a non-loopback address; put TLS in front of it", file=out)
    out.flush()
    try:
        server.run(sockets=[sock])
    except KeyboardInterrupt:
        # uvicorn shuts down gracefully on Ctrl-C, then re-raises the signal it captured
        if not server.started:
            raise
    print("stopped", file=out)
    return 0


__all__ = ["DEFAULT_HOST", "DEFAULT_PORT", "TOKENS_ENV_VAR", "build_server", "resolve_tokens", "serve"]
