"""The JSON + SSE routes under ``/api``. Every route but ``/api/health`` needs a tenant's bearer token, and every
session lookup checks that the session belongs to that tenant (another tenant's id answers 404)."""

from __future__ import annotations

import asyncio
import contextlib
import time
from collections.abc import AsyncIterator, Callable
from typing import Annotated

from fastapi import APIRouter, Depends, Header, Query, Request
from fastapi.responses import JSONResponse, Response, StreamingResponse
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from starlette.types import Receive, Scope, Send

from codex_runtime.api.profiles import SessionConfig
from codex_runtime.errors import CodexRuntimeError
from codex_runtime.web.approvals import ApprovalNotFoundError, ApprovalSettledError
from codex_runtime.web.errors import WebError, upstream_error
from codex_runtime.web.events import sse_frame
from codex_runtime.web.models import (
    AnswerApprovalRequest,
    ApprovalInfo,
    ApprovalList,
    CreateSessionRequest,
    EventEnvelope,
    Health,
    PromptRequest,
    SessionInfo,
    SessionList,
    SteerResult,
    TurnInfo,
    TurnStarted,
)
from codex_runtime.web.sessions import WebSession
from codex_runtime.web.state import WebApp

MAX_WAIT = 60.0
"""Longest long-poll (``?wait=``) a request may ask for, in seconds."""

_bearer = HTTPBearer(auto_error=False, description="one token per tenant")
router = APIRouter(prefix="/api")


def web_app(request: Request) -> WebApp:
    app: WebApp = request.app.state.web
    return app


def tenant(request: Request, credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)]) -> str:
    """The tenant of the request's bearer token.

    Raises:
        WebError: 401 for a missing or unknown token.
    """
    found = web_app(request).tenants.tenant_for(credentials.credentials) if credentials is not None else None
    if found is None:
        raise WebError(401, "a valid bearer token is required (Authorization: Bearer <token>)")
    return found


Tenant = Annotated[str, Depends(tenant)]
App = Annotated[WebApp, Depends(web_app)]
Wait = Annotated[float, Query(ge=0, le=MAX_WAIT, description="long-poll: wait up to this many seconds")]
_ERRORS: dict[int | str, dict[str, str]] = {
    401: {"description": "missing or unknown bearer token"},
    404: {"description": "no such session / turn / approval for this tenant"},
}


def _session(app: WebApp, tenant: str, session_id: str) -> WebSession:
    return app.registry.get(tenant, session_id)


def _check_prompt(app: WebApp, prompt: str) -> str:
    if not prompt.strip():
        raise WebError(422, "prompt must not be blank")
    if len(prompt) > app.settings.max_prompt_chars:
        raise WebError(422, f"prompt is longer than {app.settings.max_prompt_chars} characters")
    return prompt


@router.get(
    "/health",
    response_model=Health,
    responses={503: {"model": Health, "description": "not connected yet, or the app-server is gone"}},
    tags=["server"],
)
async def health(app: App) -> Response:
    """``ok`` while the app-server connection is up (503 ``starting`` / ``unavailable`` otherwise). No token."""
    status = app.health()
    return JSONResponse(Health(status=status).model_dump(), status_code=200 if status == "ok" else 503)


# --- sessions ----------------------------------------------------------------------------------------------------


@router.post("/sessions", status_code=201, response_model=SessionInfo, responses=_ERRORS, tags=["sessions"])
async def create_session(body: CreateSessionRequest, app: App, who: Tenant) -> SessionInfo:
    """Start a session (a codex thread) with the safe defaults unless asked otherwise. 429 at the tenant's cap."""
    settings = app.settings
    if body.approval_policy not in settings.allowed_approval_policies:
        raise WebError(403, f"approval policy {body.approval_policy!r} is not allowed by this server")
    if body.sandbox not in settings.allowed_sandboxes:
        raise WebError(403, f"sandbox {body.sandbox!r} is not allowed by this server")
    timeout = body.turn_timeout or settings.default_turn_timeout
    if timeout > settings.max_turn_timeout:
        raise WebError(422, f"turn_timeout must be at most {settings.max_turn_timeout:g} seconds")
    cwd, label = app.registry.resolve_cwd(body.cwd)
    try:
        config = SessionConfig(
            cwd=cwd,
            approval_policy=body.approval_policy,
            sandbox=body.sandbox,
            allow_privileged_escalation=body.sandbox != "read-only",
            model=body.model,
            effort=body.effort,
            timeout=timeout,
        )
    except ValueError as exc:
        raise WebError(422, str(exc)) from exc
    session = await app.registry.create(app.client, who, config, label)
    return SessionInfo.model_validate(session.to_json())


@router.get("/sessions", response_model=SessionList, responses=_ERRORS, tags=["sessions"])
async def list_sessions(app: App, who: Tenant) -> SessionList:
    """This tenant's sessions (open ones and the most recently closed)."""
    return SessionList(
        sessions=[SessionInfo.model_validate(s.to_json(with_turns=False)) for s in app.registry.for_tenant(who)]
    )


@router.get("/sessions/{session_id}", response_model=SessionInfo, responses=_ERRORS, tags=["sessions"])
async def get_session(session_id: str, app: App, who: Tenant) -> SessionInfo:
    """One session with its latest turns."""
    return SessionInfo.model_validate(_session(app, who, session_id).to_json())


@router.post("/sessions/{session_id}/close", response_model=SessionInfo, responses=_ERRORS, tags=["sessions"])
async def close_session(session_id: str, app: App, who: Tenant) -> SessionInfo:
    """Interrupt the running turn, withdraw approvals, archive the thread. Idempotent. 502 if archiving failed:
    the session is open again and the close can be retried."""
    session = _session(app, who, session_id)
    await session.close()
    await app.registry.forget_old_closed(who)
    return SessionInfo.model_validate(session.to_json())


# --- turns -------------------------------------------------------------------------------------------------------


@router.post(
    "/sessions/{session_id}/turns", status_code=202, response_model=TurnStarted, responses=_ERRORS, tags=["turns"]
)
async def start_turn(session_id: str, body: PromptRequest, app: App, who: Tenant) -> TurnStarted:
    """Start a turn; returns its ids at once (follow it on the event stream). 409 while another turn runs."""
    session = _session(app, who, session_id)
    turn = await session.start_turn(_check_prompt(app, body.prompt))
    return TurnStarted(session_id=session.id, thread_id=session.id, turn_id=turn.turn_id)


@router.get("/sessions/{session_id}/turns/{turn_id}", response_model=TurnInfo, responses=_ERRORS, tags=["turns"])
async def get_turn(session_id: str, turn_id: str, app: App, who: Tenant, wait: Wait = 0.0) -> TurnInfo:
    """A turn's status and answer; with ``wait``, returns as soon as it ended (or when the wait is over)."""
    turn = _session(app, who, session_id).turn(turn_id)
    await turn.wait(wait)
    return TurnInfo.model_validate(turn.to_json())


@router.post(
    "/sessions/{session_id}/turns/{turn_id}/interrupt",
    status_code=202,
    response_model=TurnInfo,
    responses=_ERRORS,
    tags=["turns"],
)
async def interrupt_turn(session_id: str, turn_id: str, app: App, who: Tenant) -> TurnInfo:
    """Ask the server to interrupt a running turn (it ends ``interrupted``). 409 if it is not running."""
    turn = await _session(app, who, session_id).interrupt(turn_id)
    return TurnInfo.model_validate(turn.to_json())


@router.post(
    "/sessions/{session_id}/turns/{turn_id}/steer", response_model=SteerResult, responses=_ERRORS, tags=["turns"]
)
async def steer_turn(session_id: str, turn_id: str, body: PromptRequest, app: App, who: Tenant) -> SteerResult:
    """Add input to a running turn. 409 if it is not running (or no longer the server's active turn)."""
    session = _session(app, who, session_id)
    return SteerResult(turn_id=await session.steer(turn_id, _check_prompt(app, body.prompt)))


# --- approvals ---------------------------------------------------------------------------------------------------


@router.get("/sessions/{session_id}/approvals", response_model=ApprovalList, responses=_ERRORS, tags=["approvals"])
async def list_approvals(session_id: str, app: App, who: Tenant, wait: Wait = 0.0) -> ApprovalList:
    """Pending approvals, oldest first; with ``wait``, returns as soon as there is one (or when the wait is over)."""
    session = _session(app, who, session_id)
    deadline = time.monotonic() + wait
    while not session.approvals.pending() and session.state == "open":
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            break
        waiter = session.events.waiter()
        if session.approvals.pending():
            break
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(waiter.wait(), remaining)
    return ApprovalList(approvals=[ApprovalInfo.model_validate(a.to_json()) for a in session.approvals.pending()])


@router.post(
    "/sessions/{session_id}/approvals/{approval_id}",
    response_model=ApprovalInfo,
    responses={**_ERRORS, 409: {"description": "already answered, expired or withdrawn"}},
    tags=["approvals"],
)
async def answer_approval(
    session_id: str, approval_id: str, body: AnswerApprovalRequest, app: App, who: Tenant
) -> ApprovalInfo:
    """Answer a pending approval of this session. An approval of another session is 404; a second answer 409."""
    session = _session(app, who, session_id)
    try:
        approval = await session.approvals.answer(approval_id, body.decision)
    except ApprovalNotFoundError:
        raise WebError(404, "no such approval in this session") from None
    except ApprovalSettledError as exc:
        raise WebError(409, f"the approval is already {exc.approval.status}") from None
    except CodexRuntimeError as exc:
        raise upstream_error(exc, "answering the approval") from exc
    return ApprovalInfo.model_validate(approval.to_json())


# --- events ------------------------------------------------------------------------------------------------------


class _EventStreamResponse(StreamingResponse):
    """A streaming response that gives its subscriber slot back however it ends (even if never started)."""

    def __init__(self, content: AsyncIterator[str], release: Callable[[], None]) -> None:
        super().__init__(
            content,
            media_type="text/event-stream",
            headers={"Cache-Control": "no-store", "X-Accel-Buffering": "no"},
        )
        self._release = release

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        try:
            await super().__call__(scope, receive, send)
        finally:
            self._release()


_MAX_EVENT_ID_DIGITS = 19
"""Longer than any id a session can reach; checked before ``int()`` so a huge header costs nothing."""


def _resume_point(last_event_id: str | None, after: str | None, newest: int, restored_after: int = 0) -> int:
    """The id to resume after (``Last-Event-ID``, else ``after``, else 0): a canonical decimal event id (``0``, or
    ASCII digits without a leading zero) that is not above the newest id (a larger one would skip pending approvals
    and every later event). In a session restored after a crash, a client may hold an id of the previous run above
    what was stored: it resumes from the restored summary (``restored_after``) instead.

    Raises:
        WebError: 400 for anything else.
    """
    text = last_event_id if last_event_id is not None else after
    if text is None:
        return 0
    canonical = text.isascii() and text.isdigit() and (text == "0" or not text.startswith("0"))
    if not canonical or len(text) > _MAX_EVENT_ID_DIGITS:
        raise WebError(
            400, "Last-Event-ID / after must be an event id: a decimal integer like 42, as the stream sent it"
        )
    value = int(text)
    if value > newest and restored_after > 0:
        return restored_after
    if value > newest:
        raise WebError(400, f"no event {value} in this session yet (the newest is {newest})")
    return value


async def _event_frames(session: WebSession, last: int, *, follow: bool, keepalive: float) -> AsyncIterator[str]:
    events = session.events
    yield "retry: 2000\n\n"
    for pending in events.pinned_through(last):  # pending approvals are always replayed, whatever the resume point
        yield pending.to_sse(with_id=False)
    reported = 0
    while True:
        if events.missed(last) and events.dropped_through > reported:
            reported = events.dropped_through
            yield sse_frame(
                "replay_gap",
                {"last_event_id": last, "dropped_through": reported, "note": "older events were dropped"},
            )
        waiter = events.waiter()
        batch = events.since(last)
        for event in batch:
            yield event.to_sse()
            last = event.id
        if batch:
            continue
        if not follow or events.ended:
            return
        try:
            await asyncio.wait_for(waiter.wait(), keepalive)
        except TimeoutError:
            yield ": keep-alive\n\n"


@router.get(
    "/sessions/{session_id}/events",
    response_class=StreamingResponse,
    responses={
        **_ERRORS,
        200: {
            "description": "Server-Sent Events; each `data:` is an EventEnvelope",
            "content": {"text/event-stream": {"schema": EventEnvelope.model_json_schema()}},
        },
        429: {"description": "too many concurrent streams for this session"},
    },
    tags=["events"],
)
async def session_events(
    session_id: str,
    app: App,
    who: Tenant,
    last_event_id: Annotated[str | None, Header(alias="Last-Event-ID")] = None,
    after: Annotated[
        str | None, Query(description="like Last-Event-ID, for clients that cannot set it (a decimal event id)")
    ] = None,
    follow: Annotated[bool, Query(description="false: send what is buffered, then end")] = True,
) -> StreamingResponse:
    """The session's events as Server-Sent Events, from the replay buffer after ``Last-Event-ID`` (or ``after``),
    then live. Pending approvals are always replayed. A ``replay_gap`` event says some were dropped. The stream
    ends after ``session_closed``."""
    session = _session(app, who, session_id)
    start = _resume_point(last_event_id, after, session.events.last_id, session.events.restored_after)
    if session.subscribers >= app.settings.max_subscribers_per_session:
        raise WebError(429, f"at most {app.settings.max_subscribers_per_session} event streams per session")
    session.subscribers += 1

    def release() -> None:
        session.subscribers -= 1

    frames = _event_frames(session, start, follow=follow, keepalive=app.settings.keepalive_interval)
    return _EventStreamResponse(frames, release)


__all__ = ["router", "tenant"]
