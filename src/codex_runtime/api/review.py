"""``session.review(target)``: a code review turn (``review/start``) on the session's thread, collected into a
:class:`ReviewResult`.

Measured on codex 0.163.0: ``review/start`` answers with the review turn's id; the turn then shows an
``enteredReviewMode`` item (the target's label, e.g. ``"current changes"``), the model's review and an
``exitedReviewMode`` item whose ``review`` is codex's rendering of the model's findings::

    <overall explanation>

    Review comment:

    - [P1] <title> — <path>:<start>-<end>
      <body>

That rendering is the review text; :attr:`ReviewResult.findings` parses its ``- `` entries back.
"""

from __future__ import annotations

import asyncio
import contextlib
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from codex_runtime.errors import InvalidArgumentError, PromptTimeoutError, TurnFailedError, TurnInterruptedError
from codex_runtime.protocol import ClientRequests
from codex_runtime.runtime.failures import turn_failure_from_error

if TYPE_CHECKING:
    from codex_runtime.runtime.runtime import Runtime

_INTERRUPT_GRACE = 1.0
"""Seconds a timed-out review waits for its turn/interrupt to be answered."""

_FINDING = re.compile(r"^- (?P<title>.+?)(?: — (?P<location>\S.*))?$")


@dataclass(frozen=True, slots=True)
class ReviewTarget:
    """What to review; build one with the class methods (the ``review/start`` target shapes)."""

    wire: dict[str, str]

    @classmethod
    def uncommitted_changes(cls) -> ReviewTarget:
        """The working tree: staged, unstaged and untracked files."""
        return cls({"type": "uncommittedChanges"})

    @classmethod
    def base_branch(cls, branch: str) -> ReviewTarget:
        """The changes between the current branch and ``branch``."""
        return cls({"type": "baseBranch", "branch": _non_blank("branch", branch)})

    @classmethod
    def commit(cls, sha: str, title: str | None = None) -> ReviewTarget:
        """The changes one commit introduced (``title`` is only a label)."""
        wire = {"type": "commit", "sha": _non_blank("sha", sha)}
        if title is not None:
            wire["title"] = title
        return cls(wire)

    @classmethod
    def custom(cls, instructions: str) -> ReviewTarget:
        """A free-form review request."""
        return cls({"type": "custom", "instructions": _non_blank("instructions", instructions)})


def _non_blank(name: str, value: str) -> str:
    if not isinstance(value, str) or not value.strip():
        raise InvalidArgumentError(f"a review target's {name} must be a non-empty string")
    return value


@dataclass(frozen=True, slots=True)
class ReviewFinding:
    """One ``- [P1] title — path:lines`` entry of the review text (``location`` None when codex gave none)."""

    title: str
    location: str | None
    body: str


@dataclass(frozen=True, slots=True)
class ReviewResult:
    """The outcome of a review turn."""

    thread_id: str
    turn_id: str
    target: str
    """codex's label of what was reviewed (the ``enteredReviewMode`` item), e.g. ``"current changes"``."""
    text: str
    """The review (the ``exitedReviewMode`` item); empty if the model gave none."""
    items: list[Any] = field(default_factory=list)
    """Every completed item of the review turn, typed."""

    @property
    def findings(self) -> list[ReviewFinding]:
        return parse_findings(self.text)


def parse_findings(text: str) -> list[ReviewFinding]:
    """The ``- `` entries of a rendered review, each with its indented body lines."""
    findings: list[ReviewFinding] = []
    current: tuple[str, str | None, list[str]] | None = None
    for line in text.splitlines():
        match = _FINDING.match(line)
        if match is not None:
            if current is not None:
                findings.append(ReviewFinding(current[0], current[1], "\n".join(current[2]).strip()))
            current = (match["title"].strip(), match["location"], [])
        elif current is not None and (line.startswith("  ") or not line.strip()):
            current[2].append(line.strip())
        elif current is not None:
            findings.append(ReviewFinding(current[0], current[1], "\n".join(current[2]).strip()))
            current = None
    if current is not None:
        findings.append(ReviewFinding(current[0], current[1], "\n".join(current[2]).strip()))
    return findings


async def run_review(runtime: Runtime, thread_id: str, target: ReviewTarget, *, timeout: float) -> ReviewResult:
    """Start a review turn inline on ``thread_id`` and wait (at most ``timeout`` seconds) for it to finish.

    Raises:
        InvalidArgumentError: ``target`` is not a :class:`ReviewTarget` (nothing sent).
        PromptTimeoutError: not finished in time (the turn is interrupted; ``partial`` holds the items so far).
        TurnFailedError, TurnInterruptedError: the review turn's outcome.
        RpcError, TransportError: review/start failed (e.g. a commit that does not exist).
    """
    if not isinstance(target, ReviewTarget):
        raise InvalidArgumentError("review() needs a ReviewTarget (ReviewTarget.uncommitted_changes(), ...)")
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    # Subscribed before review/start is written: a fast review's items can arrive before its response.
    events = runtime.events(thread_id=thread_id, methods=["item/completed", "turn/completed"])
    items: list[Any] = []
    turn_id: str | None = None
    try:
        async with asyncio.timeout_at(deadline):
            params = {"threadId": thread_id, "target": target.wire, "delivery": "inline"}
            response = await runtime.request_typed(ClientRequests.REVIEW_START, params)
            turn_id = str(response.turn.id)
            async for event in events:
                if event.turn_id != turn_id:
                    continue
                if event.method == "item/completed":
                    items.append(event.params.item)
                elif event.method == "turn/completed":
                    return _result(thread_id, event.params.turn, items)
    except TimeoutError:
        if turn_id is not None:
            with contextlib.suppress(Exception):
                await asyncio.wait_for(
                    runtime.request("turn/interrupt", {"threadId": thread_id, "turnId": turn_id}), _INTERRUPT_GRACE
                )
        raise PromptTimeoutError(timeout, items) from None
    finally:
        events.close()
    raise TurnInterruptedError("the event stream ended before the review finished", thread_id=thread_id)


def _result(thread_id: str, turn: Any, items: list[Any]) -> ReviewResult:
    status = str(turn.status)
    if status == "failed":
        error = None if turn.error is None else turn.error.model_dump(by_alias=True)
        raise TurnFailedError(turn_failure_from_error(error), thread_id=thread_id, turn_id=turn.id)
    if status == "interrupted":
        raise TurnInterruptedError("the review turn was interrupted", thread_id=thread_id, turn_id=turn.id)
    entered = [i.review for i in items if getattr(i, "type", None) == "enteredReviewMode"]
    exited = [i.review for i in items if getattr(i, "type", None) == "exitedReviewMode"]
    return ReviewResult(
        thread_id=thread_id,
        turn_id=str(turn.id),
        target=entered[0] if entered else "",
        text=exited[-1].strip() if exited else "",
        items=items,
    )


__all__ = ["ReviewFinding", "ReviewResult", "ReviewTarget", "parse_findings", "run_review"]
