"""A web session's approvals: server requests of its thread, held for a person who answers in the browser.

:meth:`ApprovalQueue.handle` is the per-thread handler registered with the runtime. For each request it makes a
:class:`WebApproval` view, publishes a pinned ``approval_requested`` event and answers
:data:`~codex_runtime.runtime.handlers.DEFER`: nothing is sent, the request stays pending in the runtime's broker,
whose table is the one record of what is pending (:meth:`ApprovalQueue.pending` reads it). The one answer that goes
out is the HTTP route's (:meth:`ApprovalQueue.answer` responds to the request itself, so a refused or late answer is
reported to the caller). Nobody answering is handled by the request's own deadline
(``ClientConfig.server_request_timeout``): the broker declines it. Every way a request ends (answered, expired,
resolved by the server, lost) reaches :meth:`ApprovalQueue.retired` from the broker, which publishes
``approval_resolved``: nothing here polls.

Bounded: at most ``capacity`` approvals wait; one more is declined at once (``refused``). Settled approvals are
remembered (bounded) so answering one twice is told apart from an id that never existed here.
"""

from __future__ import annotations

import contextlib
import secrets
import time
from collections import OrderedDict
from collections.abc import Callable, Sequence
from typing import Any, Literal, cast

from codex_runtime.errors import CodexRuntimeError, ServerRequestAlreadyAnsweredError
from codex_runtime.runtime.decisions import COMMAND_APPROVAL, FILE_CHANGE_APPROVAL, PERMISSIONS_APPROVAL, Decision
from codex_runtime.runtime.handlers import DEFER, Deferred
from codex_runtime.runtime.server_requests import PendingServerRequest
from codex_runtime.web.events import ReplayBuffer
from codex_runtime.web.store import ApprovalRow

ApprovalStatus = Literal["pending", "answered", "expired", "resolved", "declined", "refused"]

HISTORY = 64
"""Settled approvals remembered per session (to answer 409 rather than 404 for a second answer)."""

_KINDS = {COMMAND_APPROVAL: "command", FILE_CHANGE_APPROVAL: "file_change", PERMISSIONS_APPROVAL: "permissions"}


class ApprovalNotFoundError(CodexRuntimeError, LookupError):
    """No approval with that id in this session."""


class ApprovalSettledError(CodexRuntimeError):
    """The approval was already answered, expired or withdrawn."""

    approval: WebApproval | RestoredApproval

    def __init__(self, approval: WebApproval | RestoredApproval) -> None:
        super().__init__(f"approval {approval.id} is already {approval.status}", approval=approval)


class WebApproval:
    """One parked server request, as the web API shows it."""

    def __init__(self, request: PendingServerRequest, session_id: str) -> None:
        self.id = "apr_" + secrets.token_hex(8)
        self.request = request
        self.session_id = session_id
        self.created_at = time.time()
        self.expires_at = self.created_at + max(0.0, request.deadline - time.monotonic())
        self.status: ApprovalStatus = "pending"
        self.decision: Decision | None = None
        self.settled_at: float | None = None

    @property
    def kind(self) -> str:
        return _KINDS.get(self.request.method, "other")

    def to_json(self) -> dict[str, Any]:
        params = self.request.raw_params
        return {
            "approval_id": self.id,
            "session_id": self.session_id,
            "turn_id": self.request.turn_id,
            "item_id": self.request.item_id,
            "method": self.request.method,
            "kind": self.kind,
            "status": self.status,
            "decision": self.decision,
            "command": params.get("command"),
            "cwd": params.get("cwd"),
            "reason": params.get("reason"),
            "params": params,
            "created_at": self.created_at,
            "expires_at": self.expires_at,
            "settled_at": self.settled_at,
        }


class RestoredApproval:
    """A settled approval of an earlier run of the app, as it was stored (it can no longer be answered)."""

    def __init__(self, row: ApprovalRow) -> None:
        self.id = row.approval_id
        self.turn_id = row.turn_id
        self.status: ApprovalStatus = "declined" if row.status == "pending" else cast(ApprovalStatus, row.status)
        self.settled_at = row.settled_at
        self._data = {**row.data, "status": self.status}

    def to_json(self) -> dict[str, Any]:
        return dict(self._data)


class ApprovalQueue:
    """The bounded approvals of one web session; see the module docstring.

    Args:
        pending_requests: the broker's pending requests of this session's thread, oldest first (the one table).
    """

    def __init__(
        self,
        session_id: str,
        events: ReplayBuffer,
        *,
        capacity: int,
        pending_requests: Callable[[], Sequence[PendingServerRequest]],
    ) -> None:
        self.session_id = session_id
        self.capacity = capacity
        self._events = events
        self._pending_requests = pending_requests
        self._views: dict[int | str, WebApproval] = {}  # request id -> its view, while the request is open
        self._settled: OrderedDict[str, WebApproval | RestoredApproval] = OrderedDict()
        self._closed = False
        self.refused = 0
        """Requests declined at once because the queue was full or the session closing."""

    # --- the broker's side ---------------------------------------------------------------------------------

    async def handle(self, request: PendingServerRequest) -> Decision | Deferred:
        """The per-thread handler: hold ``request`` for a person (DEFER), or decline it at once when the queue is
        full or the session closing. (Async only so that it runs on the loop, not in a worker thread.)"""
        if self._closed or len(self._views) >= self.capacity:
            self.refused += 1
            approval = WebApproval(request, self.session_id)
            approval.status = "refused"
            approval.settled_at = time.time()
            self._remember(approval)
            self._events.publish("approval_refused", {"approval": approval.to_json()}, turn_id=request.turn_id)
            return "decline"
        approval = WebApproval(request, self.session_id)
        self._views[request.id] = approval
        self._events.publish(
            "approval_requested", {"approval": approval.to_json()}, turn_id=request.turn_id, pin=approval.id
        )
        return DEFER

    def retired(self, request: PendingServerRequest) -> None:
        """The broker retired ``request`` (answered, expired, resolved, lost): settle its view, if it has one."""
        approval = self._views.get(request.id)
        if approval is not None and approval.request is request:
            self._settle(approval)

    # --- the web's side ----------------------------------------------------------------------------------------

    def pending(self) -> list[WebApproval]:
        """Approvals still waiting, oldest first: the broker's pending requests that this queue holds."""
        views = self._views
        return [view for request in self._pending_requests() if (view := views.get(request.id)) is not None]

    def settled(self) -> list[WebApproval | RestoredApproval]:
        """The remembered settled approvals, oldest first (at most :data:`HISTORY`)."""
        return list(self._settled.values())

    def restore(self, rows: Sequence[ApprovalRow]) -> list[RestoredApproval]:
        """Remember the settled approvals of an earlier run (the newest :data:`HISTORY`), oldest first."""
        restored = [RestoredApproval(row) for row in rows[-HISTORY:]]
        for approval in restored:
            self._remember(approval)
        return restored

    def get(self, approval_id: str) -> WebApproval | RestoredApproval | None:
        for approval in self._views.values():
            if approval.id == approval_id:
                return approval
        return self._settled.get(approval_id)

    async def answer(self, approval_id: str, decision: Decision) -> WebApproval:
        """Send ``decision`` for a pending approval of this session: the one answer its request gets.

        Raises:
            ApprovalNotFoundError: no such approval in this session.
            ApprovalSettledError: it was already answered, expired or withdrawn.
            InvalidServerResponseError: the decision does not fit the request (still pending: answer again).
            TransportError: the connection to app-server is gone.
        """
        approval = self.get(approval_id)
        if approval is None:
            raise ApprovalNotFoundError(approval_id)
        if not isinstance(approval, WebApproval) or approval.status != "pending" or not approval.request.is_pending:
            raise ApprovalSettledError(approval)
        approval.decision = decision  # set first: the broker settles the view as the reply goes out
        try:
            await approval.request.respond(decision)
        except ServerRequestAlreadyAnsweredError:
            approval.decision = None
            raise ApprovalSettledError(approval) from None
        except CodexRuntimeError:  # e.g. InvalidServerResponseError: still pending, answer again
            approval.decision = None
            raise
        return approval

    def _settle(self, approval: WebApproval) -> None:
        """Record how ``approval`` ended, publish ``approval_resolved`` and unpin its request event (idempotent)."""
        if approval.status != "pending":
            return
        outcome = approval.request.outcome
        if outcome == "answered" and approval.decision is not None:
            approval.status = "answered"
        elif outcome == "declined_by_deadline":
            approval.status = "expired"
        elif outcome == "resolved":
            approval.status = "resolved"
        else:
            approval.status = "declined"
        if approval.status != "answered":
            approval.decision = None
        approval.settled_at = time.time()
        self._views.pop(approval.request.id, None)
        self._remember(approval)
        self._events.unpin(approval.id)
        self._events.publish("approval_resolved", {"approval": approval.to_json()}, turn_id=approval.request.turn_id)

    def _remember(self, approval: WebApproval | RestoredApproval) -> None:
        self._settled[approval.id] = approval
        while len(self._settled) > HISTORY:
            self._settled.popitem(last=False)

    async def withdraw(self, turn_id: str | None = None) -> None:
        """Decline what is still open (of ``turn_id``, or all): the turn ended or the session closes, so nobody
        will wait for these answers."""
        for approval in list(self._views.values()):
            if turn_id is not None and approval.request.turn_id not in (None, turn_id):
                continue
            if approval.request.is_pending:
                with contextlib.suppress(CodexRuntimeError):
                    await approval.request.decline()
            self._settle(approval)  # already settled by the broker when the decline went out

    async def close(self) -> None:
        """Refuse new requests and withdraw the open ones."""
        self._closed = True
        await self.withdraw()

    def reopen(self) -> None:
        """Accept requests again (a failed close rolled back)."""
        self._closed = False


__all__ = [
    "ApprovalNotFoundError",
    "ApprovalQueue",
    "ApprovalSettledError",
    "ApprovalStatus",
    "RestoredApproval",
    "WebApproval",
]
