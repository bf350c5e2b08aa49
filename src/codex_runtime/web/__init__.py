"""codex_runtime.web: an HTTP adapter for multi-tenant, browser-driven codex sessions.

Knows: HTTP (FastAPI on Starlette, served by uvicorn), bearer-token tenants, Server-Sent Events with a bounded
replay buffer, and a single page at ``/``. Built on the public ``api`` layer (Client, Session, PromptRunStream)
plus the runtime's per-thread approval handlers. Must not: reach below ``runtime`` or answer an approval without
a person (unanswered ones are declined at the request's deadline).

Install with the ``web`` extra (``pip install 'codex-runtime[web]'``)::

    app = create_app(ClientConfig(), tokens={"s3cret-token-for-alice": "alice"})
    # uvicorn module:app, or `codex-runtime serve --token s3cret-token-for-alice`

Sessions outlive the process with ``create_app(..., store=SqliteSessionStore(path))`` (what ``serve --db`` does).
"""

from codex_runtime.web.app import create_app, web_state
from codex_runtime.web.settings import WebSettings
from codex_runtime.web.sqlite_store import SqliteSessionStore
from codex_runtime.web.state import WebApp
from codex_runtime.web.store import InMemorySessionStore, SessionStore

__all__ = [
    "InMemorySessionStore",
    "SessionStore",
    "SqliteSessionStore",
    "WebApp",
    "WebSettings",
    "create_app",
    "web_state",
]
