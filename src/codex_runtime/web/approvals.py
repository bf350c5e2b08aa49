"""A web session's approval queue: server requests of its thread, parked until a person answers in the browser.

The queue's :meth:`ApprovalQueue.handle` is the per-thread handler registered with the runtime's broker. For each
request it parks a :class:`WebApproval`, publishes a pinned ``approval_requested`` event, and waits. The answer
comes from the HTTP route (:meth:`ApprovalQueue.answer`, which responds to the request itself, so a refused or
late answer is reported to the caller). Nobody answering is handled by the request's own deadline
(``ClientConfig.server_request_timeout``): the broker declines it, and the queue shows it as ``expired``.

Bounded: at most ``capacity`` approvals wait; one more is declined at once (``refused``). Settled approvals are
remembered (bounded) so answering one twice is told apart from an id that never existed here.
"""

from __future__ import annotations

import asyncio
import contextlib
import secrets
import time
from collections import OrderedDict
from typing import Any, Literal

from codex_runtime.errors import CodexRuntimeError, ServerRequestAlreadyAnsweredError
from codex_runtime.runtime.decisions import COMMAND_APPROVAL, FILE_CHANGE_APPROVAL, PERMISSIONS_APPROVAL
from codex_runtime.runtime.server_requests import PendingServerRequest
from codex_runtime.web.events import ReplayBuffer

ApprovalStatus = Literal["pending", "answered", "expired", "resolved", "declined", "refused"]

SETTLE_GRACE = 0.5
"""Seconds past a request's deadline the handler waits for the broker's own fail-closed answer."""
HISTORY = 64
"""Settled approvals remembered per session (to answer 409 rather than 404 for a second answer)."""

_KINDS = {COMMAND_APPROVAL: "command", FILE_CHANGE_APPROVAL: "file_change", PERMISSIONS_APPROVAL: "permissions"}


class ApprovalNotFoundError(LookupError):
    """No approval with that id in this session."""


class ApprovalSettledError(Exception):
    """The approval was already answered, expired or withdrawn."""

    def __init__(self, approval: WebApproval) -> None:
        self.approval = approval
        super().__init__(f"approval {approval.id} is already {approval.status}")


class WebApproval:
    """One parked server request, as the web API shows it."""

    def __init__(self, request: PendingServerRequest, session_id: str) -> None:
        self.id = "apr_" + secrets.token_hex(8)
        self.request = request
        self.session_id = session_id
        self.created_at = time.time()
        self.expires_at = self.created_at + max(0.0, request.deadline - time.monotonic())
        self.status: ApprovalStatus = "pending"
        self.decision: str | None = None
        self.settled_at: float | None = None
        self.changed = asyncio.Event()

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


class ApprovalQueue:
    """The bounded approval queue of one web session; see the module docstring."""

    def __init__(self, session_id: str, events: ReplayBuffer, *, capacity: int) -> None:
        self.session_id = session_id
        self.capacity = capacity
        self._events = events
        self._pending: dict[str, WebApproval] = {}
        self._settled: OrderedDict[str, WebApproval] = OrderedDict()
        self._closed = False
        self.refused = 0
        """Requests declined at once because the queue was full or the session closing."""

    # --- the broker's side ---------------------------------------------------------------------------------

    async def handle(self, request: PendingServerRequest) -> str:
        """The per-thread handler: park ``request`` and wait until it is answered, expires or is withdrawn.

        The returned decline only reaches the server if the request is somehow still open (fail closed); an
        answered or expired request ignores it.
        """
        if self._closed or len(self._pending) >= self.capacity:
            self.refused += 1
            approval = WebApproval(request, self.session_id)
            approval.status = "refused"
            approval.settled_at = time.time()
            self._remember(approval)
            self._events.publish("approval_refused", {"approval": approval.to_json()}, turn_id=request.turn_id)
            return "decline"
        approval = WebApproval(request, self.session_id)
        self._pending[approval.id] = approval
        self._events.publish(
            "approval_requested", {"approval": approval.to_json()}, turn_id=request.turn_id, pin=approval.id
        )
        while request.is_pending and approval.status == "pending":
            remaining = request.deadline + SETTLE_GRACE - time.monotonic()
            if remaining <= 0:
                break
            approval.changed.clear()
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(approval.changed.wait(), remaining)
        self.settle(approval)
        return "decline"

    # --- the web's side ----------------------------------------------------------------------------------------

    def pending(self) -> list[WebApproval]:
        """Approvals still waiting, oldest first (ones the server no longer waits for are settled first)."""
        for approval in list(self._pending.values()):
            if not approval.request.is_pending:
                self.settle(approval)
        return list(self._pending.values())

    def get(self, approval_id: str) -> WebApproval | None:
        return self._pending.get(approval_id) or self._settled.get(approval_id)

    async def answer(self, approval_id: str, decision: str) -> WebApproval:
        """Send ``decision`` for a pending approval of this session.

        Raises:
            ApprovalNotFoundError: no such approval in this session.
            ApprovalSettledError: it was already answered, expired or withdrawn.
            InvalidServerResponseError: the decision does not fit the request (still pending: answer again).
            TransportError: the connection to app-server is gone.
        """
        approval = self.get(approval_id)
        if approval is None:
            raise ApprovalNotFoundError(approval_id)
        if approval.status != "pending" or not approval.request.is_pending:
            self.settle(approval)
            raise ApprovalSettledError(approval)
        try:
            await approval.request.respond(decision)
        except ServerRequestAlreadyAnsweredError:
            self.settle(approval)
            raise ApprovalSettledError(approval) from None
        approval.decision = decision
        self.settle(approval)
        return approval

    def settle(self, approval: WebApproval) -> None:
        """Record how ``approval`` ended, publish ``approval_resolved`` and unpin its request event (idempotent)."""
        if approval.status != "pending":
            return
        outcome = approval.request.outcome
        if approval.decision is not None:
            approval.status = "answered"
        elif outcome == "declined_by_deadline" or outcome is None:
            approval.status = "expired"  # None: the handler gave up past the deadline and declines it itself
        elif outcome == "resolved":
            approval.status = "resolved"
        else:
            approval.status = "declined"
        approval.settled_at = time.time()
        self._pending.pop(approval.id, None)
        self._remember(approval)
        self._events.unpin(approval.id)
        self._events.publish("approval_resolved", {"approval": approval.to_json()}, turn_id=approval.request.turn_id)
        approval.changed.set()

    def _remember(self, approval: WebApproval) -> None:
        self._settled[approval.id] = approval
        while len(self._settled) > HISTORY:
            self._settled.popitem(last=False)

    async def withdraw(self, turn_id: str | None = None) -> None:
        """Decline what is still open (of ``turn_id``, or all) and settle it: the turn ended or the session
        closes, so nobody will wait for these answers."""
        for approval in list(self._pending.values()):
            if turn_id is not None and approval.request.turn_id not in (None, turn_id):
                continue
            if approval.request.is_pending:
                with contextlib.suppress(CodexRuntimeError):
                    await approval.request.decline()
            self.settle(approval)

    async def close(self) -> None:
        """Refuse new requests and withdraw the open ones."""
        self._closed = True
        await self.withdraw()

    def reopen(self) -> None:
        """Accept requests again (a failed close rolled back)."""
        self._closed = False


__all__ = ["ApprovalNotFoundError", "ApprovalQueue", "ApprovalSettledError", "ApprovalStatus", "WebApproval"]
