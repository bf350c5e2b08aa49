"""``session.review(target)``: a code review turn (``review/start``, inline on the session's thread) collected into
a :class:`ReviewResult`; ``session.review_stream(target)`` streams it like any turn.

The review turn runs through the same :class:`~codex_runtime.api.turn_run.TurnRun` as ``ask`` (tap bound before
the request, deadlines, interrupt on timeout); only the request that starts it differs.

Measured on codex 0.163.0: ``review/start`` answers with the review turn; the turn then shows an
``enteredReviewMode`` item (the target's label, e.g. ``"current changes"``), the model's review and an
``exitedReviewMode`` item whose ``review`` is codex's rendering of the model's findings::

    <overall explanation>

    Review comment:

    - [P1] <title> — <path>:<start>-<end>
      <body>

That rendering is the review text; :attr:`ReviewResult.findings` parses its ``- `` entries back.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from codex_runtime.errors import InvalidArgumentError

if TYPE_CHECKING:
    from codex_runtime.api.results import PromptRunResult
    from codex_runtime.protocol import types as t

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

    def start_params(self, thread_id: str) -> dict[str, object]:
        """The review/start params: inline, on ``thread_id``."""
        return {"threadId": thread_id, "target": dict(self.wire), "delivery": "inline"}

    @property
    def label(self) -> str:
        """A short description (what hooks and logs see as the turn's prompt)."""
        kind = self.wire["type"]
        detail = self.wire.get("branch") or self.wire.get("sha") or self.wire.get("instructions")
        return f"review {kind}" + (f": {detail}" if detail else "")


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
    items: Sequence[t.ThreadItem] = field(default_factory=list)
    """Every completed item of the review turn, typed."""

    @property
    def findings(self) -> list[ReviewFinding]:
        return parse_findings(self.text)

    @classmethod
    def of(cls, result: PromptRunResult) -> ReviewResult:
        """The review read from a review turn's result (e.g. ``await stream.finish()`` of ``review_stream``)."""
        from codex_runtime.protocol import types as t  # here: a session that never reviews never builds the models

        entered = [i.review for i in result.items if isinstance(i, t.EnteredReviewModeThreadItem)]
        exited = [i.review for i in result.items if isinstance(i, t.ExitedReviewModeThreadItem)]
        return cls(
            thread_id=result.thread_id,
            turn_id=result.turn_id,
            target=entered[0] if entered else "",
            text=exited[-1].strip() if exited else "",
            items=result.items,
        )


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


__all__ = ["ReviewFinding", "ReviewResult", "ReviewTarget", "parse_findings"]
