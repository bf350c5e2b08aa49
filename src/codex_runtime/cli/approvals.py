"""Who answers approvals in the CLI: the person at the terminal (y / n / always), ``--yes``, or nobody (declined).

Never auto-accepts unless told to: without a terminal to ask on, approvals are declined and the decline is shown.
The model's questions (``item/tool/requestUserInput``) are asked at the terminal, one by one (a number picks an
option, other text is a free answer, an empty line declines them all); ``--yes`` never answers them. Other server
requests (elicitation, tool calls) are answered fail-closed.
"""

from __future__ import annotations

import enum
from collections.abc import Awaitable, Callable

from codex_runtime.api.user_input import user_input_answers
from codex_runtime.cli.render import ApprovalOutcome
from codex_runtime.errors import InvalidArgumentError
from codex_runtime.runtime.decisions import (
    COMMAND_APPROVAL,
    FILE_CHANGE_APPROVAL,
    LEGACY_EXEC_APPROVAL,
    LEGACY_PATCH_APPROVAL,
    TOOL_APPROVAL_METHODS,
    USER_INPUT,
    Decision,
)
from codex_runtime.runtime.server_requests import PendingServerRequest

APPROVAL_METHODS = TOOL_APPROVAL_METHODS
"""The approvals the CLI asks a person about (commands and file changes)."""

QUESTION = "Allow? [y]es / [n]o / [a]lways (this session): "
"""The generic question; :func:`question_for` says what "always" covers for each kind of request."""

# "always" is codex's accept-for-session: it covers that kind of request only, so the question says so.
_COMMAND_ALWAYS = "this command, rest of the session; file changes still ask"
_FILE_ALWAYS = "file changes like this, rest of the session; commands still ask"
_ALWAYS_COVERS = {
    COMMAND_APPROVAL: _COMMAND_ALWAYS,
    LEGACY_EXEC_APPROVAL: _COMMAND_ALWAYS,
    FILE_CHANGE_APPROVAL: _FILE_ALWAYS,
    LEGACY_PATCH_APPROVAL: _FILE_ALWAYS,
}


def question_for(method: str) -> str:
    """The approval question for a server-request ``method``, naming what "always" covers."""
    covers = _ALWAYS_COVERS.get(method)
    return f"Allow? [y]es / [n]o / [a]lways ({covers}): " if covers else QUESTION


AskFn = Callable[[str], Awaitable[str | None]]
"""Shows a question and returns the user's answer line (None at end of input)."""

_ANSWERS: dict[str, Decision] = {
    "y": "accept",
    "yes": "accept",
    "a": "accept_for_session",
    "always": "accept_for_session",
    "n": "decline",
    "no": "decline",
    "": "decline",
    "c": "cancel",
    "cancel": "cancel",
    "/interrupt": "cancel",
}


class ApprovalMode(enum.StrEnum):
    ASK = "ask"
    """Ask the person at the terminal."""
    ACCEPT = "accept"
    """Approve everything (``demo --yes``, or the demo without a terminal)."""
    DECLINE = "decline"
    """Nobody to ask: decline."""


def parse_answer(line: str) -> Decision | None:
    """The decision for a typed answer, or None when it is not one (ask again)."""
    return _ANSWERS.get(line.strip().lower())


class Approver:
    """Decides approvals per :class:`ApprovalMode`.

    Args:
        mode: ask, accept or decline.
        ask: how to ask (needed for ``ASK``).
        reason: shown with automatic decisions (e.g. "no terminal to ask on").
        by: who an automatic decision is attributed to (e.g. "--yes").
    """

    def __init__(
        self, mode: ApprovalMode, *, ask: AskFn | None = None, reason: str | None = None, by: str = "policy"
    ) -> None:
        if mode is ApprovalMode.ASK and ask is None:
            raise InvalidArgumentError("ApprovalMode.ASK needs an ask function")
        self.mode = mode
        self.ask = ask
        self.reason = reason
        self.by = by

    async def decide(self, request: PendingServerRequest) -> ApprovalOutcome:
        """The answer for ``request`` (asking the user in ``ASK`` mode, again until the answer is valid)."""
        if request.method == USER_INPUT and self.mode is ApprovalMode.ASK:
            assert self.ask is not None
            return await ask_questions(request, self.ask)
        if request.method not in APPROVAL_METHODS:
            return ApprovalOutcome("decline", "policy", f"the CLI does not answer {request.method}")
        if self.mode is ApprovalMode.ACCEPT:
            return ApprovalOutcome("accept", self.by, self.reason)
        if self.mode is ApprovalMode.DECLINE:
            return ApprovalOutcome("decline", self.by, self.reason)
        assert self.ask is not None
        question = question_for(request.method)
        while True:
            line = await self.ask(question)
            if line is None:
                return ApprovalOutcome("decline", "policy", "end of input")
            decision = parse_answer(line)
            if decision is not None:
                return ApprovalOutcome(decision, "you")
            question = "Please answer y, n or a: "


async def ask_questions(request: PendingServerRequest, ask: AskFn) -> ApprovalOutcome:
    """Each question of a user-input request at the terminal; an empty line (or end of input) declines them all."""
    answers: dict[str, str] = {}
    for question in request.params.questions:
        options = list(question.options or [])
        lines = [f"{question.header}: {question.question}"]
        lines += [f"  {n}. {option.label}: {option.description}" for n, option in enumerate(options, 1)]
        prompt = "\n".join(lines) + "\n" + ("Number or your own answer: " if options else "Your answer: ")
        while True:
            line = await ask(prompt)
            text = (line or "").strip()
            if not text:
                return ApprovalOutcome("decline", "you", "no answer")
            if text.isdigit() and 1 <= int(text) <= len(options):
                answers[question.id] = options[int(text) - 1].label
                break
            if not options or question.is_other:
                answers[question.id] = text
                break
            prompt = f"Please answer 1-{len(options)}: "
    return ApprovalOutcome("accept", "you", response=user_input_answers(request, answers))


__all__ = [
    "APPROVAL_METHODS",
    "ApprovalMode",
    "Approver",
    "AskFn",
    "QUESTION",
    "ask_questions",
    "parse_answer",
    "question_for",
]
