"""``create_app``: the ASGI app (FastAPI): the JSON/SSE API under ``/api``, its OpenAPI description at
``/openapi.json``, its human-readable reference at ``/docs`` (rendered here, no CDN), and the single page at ``/``.

``/``, ``/static/*``, ``/openapi.json`` and ``/docs`` need no token (they hold no tenant data: a browser must load
the page before it can send a bearer token); every ``/api`` route but ``/api/health`` does."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterable, Mapping
from contextlib import asynccontextmanager
from importlib import resources

from fastapi import FastAPI, Request
from fastapi.encoders import jsonable_encoder
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from codex_runtime._version import __version__
from codex_runtime.api.client import Client
from codex_runtime.runtime.config import ClientConfig
from codex_runtime.web.api_docs import render_api_reference
from codex_runtime.web.errors import WebError
from codex_runtime.web.routes import router
from codex_runtime.web.settings import WebSettings
from codex_runtime.web.state import WebApp
from codex_runtime.web.store import SessionStore

_ASSETS = {
    "index.html": "text/html; charset=utf-8",
    "app.js": "text/javascript",
    "app.css": "text/css",
    "docs.css": "text/css",
}
_SECURITY_HEADERS = [
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"x-frame-options", b"DENY"),
    (b"content-security-policy", b"default-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'"),
]

DESCRIPTION = """\
Drive codex sessions over HTTP. Every `/api` route but `/api/health` needs `Authorization: Bearer <token>`; each
token is one tenant, who sees and touches only its own sessions (another tenant's ids answer 404).

Start a session, start turns (their ids come back at once), follow them on the session's Server-Sent Events
stream (`Last-Event-ID` resumes from a bounded replay buffer; pending approvals are always replayed), answer
approvals, interrupt or steer turns, close the session. Errors are JSON `{"detail": ...}`.
"""


class _SecurityHeaders:
    """Adds conservative security headers to every response (the page needs nothing from elsewhere)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                message["headers"] = [*message.get("headers", []), *_SECURITY_HEADERS]
            await send(message)

        await self.app(scope, receive, send_with_headers)


def _asset(name: str) -> bytes:
    return resources.files("codex_runtime.web").joinpath("static", name).read_bytes()


def create_app(
    client_or_config: Client | ClientConfig | None = None,
    *,
    tokens: Mapping[str, str] | Iterable[str],
    settings: WebSettings | None = None,
    store: SessionStore | None = None,
) -> FastAPI:
    """The ASGI app.

    Args:
        client_or_config: a connected :class:`Client` the app uses (and leaves running), or a
            :class:`ClientConfig` (None: the default) for a Client the app connects at startup and shuts down at
            the end (through the ASGI lifespan, e.g. under uvicorn).
        tokens: ``{token: tenant_name}``, or tokens alone (each its own tenant).
        settings: limits and policies (:class:`WebSettings`).
        store: where sessions are kept across restarts (:class:`~codex_runtime.web.sqlite_store.SqliteSessionStore`);
            None keeps them in memory only. Opened at startup (its sessions come back), closed at the end.

    Raises:
        ValueError: no tokens, a token shorter than 8 characters, or invalid settings.
    """
    web = WebApp(client_or_config, tokens=tokens, settings=settings, store=store)

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        await web.start()
        try:
            yield
        finally:
            await web.aclose()

    app = FastAPI(
        title="codex-runtime web",
        version=__version__,
        description=DESCRIPTION,
        lifespan=lifespan,
        docs_url=None,  # FastAPI's interactive docs load scripts from a CDN: /docs is rendered below instead
        redoc_url=None,
        max_body_size=web.settings.max_body_bytes,
    )
    app.state.web = web
    app.add_middleware(_SecurityHeaders)

    async def on_web_error(_request: Request, exc: Exception) -> Response:
        assert isinstance(exc, WebError)
        headers = {"WWW-Authenticate": "Bearer"} if exc.status_code == 401 else None
        return JSONResponse({"detail": exc.detail}, status_code=exc.status_code, headers=headers)

    async def on_invalid_request(_request: Request, exc: Exception) -> Response:
        # FastAPI's default echoes each error's "input" (and "ctx"): raw bytes that are not UTF-8 made it a 500.
        assert isinstance(exc, RequestValidationError)
        errors = [{key: error[key] for key in ("type", "loc", "msg") if key in error} for error in exc.errors()]
        return JSONResponse({"detail": jsonable_encoder(errors)}, status_code=422)

    app.add_exception_handler(WebError, on_web_error)
    app.add_exception_handler(RequestValidationError, on_invalid_request)
    app.include_router(router)
    assets = {name: _asset(name) for name in _ASSETS}

    @app.get("/", include_in_schema=False)
    async def page() -> Response:
        return Response(assets["index.html"], media_type=_ASSETS["index.html"], headers={"Cache-Control": "no-store"})

    reference: list[bytes] = []  # rendered once, on first use (the routes are all registered by then)

    @app.get("/docs", include_in_schema=False)
    async def api_reference() -> Response:
        if not reference:
            reference.append(render_api_reference(app.openapi()).encode("utf-8"))
        return Response(reference[0], media_type="text/html; charset=utf-8", headers={"Cache-Control": "no-store"})

    @app.get("/static/{name}", include_in_schema=False)
    async def static(name: str) -> Response:
        if name not in assets or name == "index.html":
            return JSONResponse({"detail": "not found"}, status_code=404)
        return Response(assets[name], media_type=_ASSETS[name], headers={"Cache-Control": "no-store"})

    return app


def web_state(app: FastAPI) -> WebApp:
    """The :class:`WebApp` behind an app made by :func:`create_app`."""
    state: WebApp = app.state.web
    return state


__all__ = ["create_app", "web_state"]
