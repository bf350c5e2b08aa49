"""``codex-runtime serve``: the web adapter (:mod:`codex_runtime.web`) under uvicorn.

Binds 127.0.0.1 by default. Tokens come from ``--token`` (repeatable), else from ``$CODEX_RUNTIME_SERVE_TOKENS``
(comma-separated; keeps them out of the process list), else one random token is generated and printed (a server
without tenants would be useless, and one open to anyone on the host would be unsafe).

Sessions are kept in an SQLite file (``--db``; default :func:`default_db_path`), so a restarted server shows each
tenant its sessions again. The file is checked before anything starts: one written by a newer codex-runtime is
refused with :class:`~codex_runtime.web.errors.SessionStoreVersionError`.
"""

from __future__ import annotations

import asyncio
import os
import secrets
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from codex_runtime.runtime.config import ClientConfig
from codex_runtime.runtime.restart import RestartPolicy

if TYPE_CHECKING:
    from codex_runtime.web.server import WebServer
    from codex_runtime.web.store import SessionStore

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8765
_LOOPBACK = ("127.0.0.1", "localhost", "::1")
TOKENS_ENV_VAR = "CODEX_RUNTIME_SERVE_TOKENS"
DATA_DIR_ENV_VAR = "CODEX_RUNTIME_DATA_DIR"
IN_MEMORY = ":memory:"
"""``--db :memory:`` keeps nothing across restarts."""
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


def default_db_path() -> str:
    """``$CODEX_RUNTIME_DATA_DIR/web-sessions.sqlite3``, else under ``$XDG_DATA_HOME/codex-runtime`` (default
    ``~/.local/share/codex-runtime``)."""
    data_dir = os.environ.get(DATA_DIR_ENV_VAR)
    if not data_dir:
        xdg = os.environ.get("XDG_DATA_HOME") or os.path.join(Path.home(), ".local", "share")
        data_dir = os.path.join(xdg, "codex-runtime")
    return os.path.join(data_dir, "web-sessions.sqlite3")


def open_store(db: str | None) -> SessionStore | None:
    """The session store for ``--db`` (None or ``:memory:``: nothing is kept), checked by opening it once.

    Raises:
        SessionStoreVersionError: the file was written by a newer codex-runtime (left untouched).
        SessionStoreError: it cannot be created, read or migrated, or is not a session store.
    """
    if db is None or db == IN_MEMORY:
        return None
    from codex_runtime.web.sqlite_store import SqliteSessionStore

    async def check(store: SqliteSessionStore) -> None:
        await store.open()
        await store.close()

    asyncio.run(check(SqliteSessionStore(db)))
    return SqliteSessionStore(db)


def supervised(config: ClientConfig | None) -> ClientConfig:
    """A service keeps its app-server running: the default :class:`RestartPolicy` unless ``config`` sets one."""
    config = config or ClientConfig()
    return config if config.restart is not None else config.replace(restart=RestartPolicy())


def build_server(
    accepted: Sequence[str],
    client_config: ClientConfig | None,
    *,
    workspace_root: str | None = None,
    log_level: str = "info",
    store: SessionStore | None = None,
) -> WebServer:
    """The (not yet running) ``WebServer`` for tenants ``accepted``; its client is supervised (:func:`supervised`).

    Raises:
        ImportError: the ``web`` extra is not installed.
        ValueError: a token shorter than 8 characters.
    """
    _require_web()
    from codex_runtime.web import WebSettings, create_app
    from codex_runtime.web.server import WebServer

    settings = WebSettings(workspace_root=workspace_root)
    app = create_app(supervised(client_config), tokens=accepted, settings=settings, store=store)
    return WebServer(app, log_level=log_level)


def serve(
    host: str = DEFAULT_HOST,
    port: int = DEFAULT_PORT,
    tokens: Sequence[str] = (),
    client_config: ClientConfig | None = None,
    *,
    workspace_root: str | None = None,
    db: str | None = None,
    out: TextIO | None = None,
) -> int:
    """Serve the web app until interrupted; returns 0 after a graceful stop on Ctrl-C (on SIGTERM uvicorn stops
    gracefully, then lets the signal end the process, as a supervisor expects).

    Sessions' working directories live under ``workspace_root`` (default: the current directory). Sessions are
    kept in the SQLite file ``db`` across restarts (None or ``:memory:``: in memory only; the command line
    passes :func:`default_db_path` unless told otherwise).

    Raises:
        ImportError: the ``web`` extra is not installed (the message says how to install it).
        ValueError: a token shorter than 8 characters.
        SessionStoreVersionError, SessionStoreError: ``db`` cannot be used (nothing was started).
        OSError: the address cannot be bound.
    """
    accepted, generated = resolve_tokens(tokens)
    _require_web()
    store = open_store(db)
    server = build_server(accepted, client_config, workspace_root=workspace_root, store=store)
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
    print(f"sessions kept in {db}" if store is not None else "sessions kept in memory only", file=out)
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


__all__ = [
    "DATA_DIR_ENV_VAR",
    "DEFAULT_HOST",
    "DEFAULT_PORT",
    "IN_MEMORY",
    "TOKENS_ENV_VAR",
    "build_server",
    "default_db_path",
    "open_store",
    "resolve_tokens",
    "serve",
]
