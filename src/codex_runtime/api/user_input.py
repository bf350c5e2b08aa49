"""Answering ``item/tool/requestUserInput``: the model asks the person one to three questions (codex's
``request_user_input`` tool; ``SessionConfig(user_input=True)`` offers it outside Plan mode).

A handler (``ServerRequestHandlers(user_input=...)``) gets the typed request (``request.params.questions``: ``id``,
``header``, ``question``, ``options`` with ``label``/``description``, ``is_other`` for free text, ``is_secret``) and
returns :func:`user_input_answers` built from the person's answers, or ``"decline"``. The default declines.

Measured on codex 0.163.0: a decline and an error reply both reach the model as ``{"answers": {}}``, so an answer
with nothing in it would be a decline in disguise: :func:`user_input_answers` refuses one.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from codex_runtime.errors import InvalidArgumentError

if TYPE_CHECKING:
    from codex_runtime.protocol import types as t
    from codex_runtime.runtime.pending import PendingServerRequest


def user_input_answers(
    request: PendingServerRequest[t.ToolRequestUserInputParams], answers: Mapping[str, str | Sequence[str]]
) -> dict[str, object]:
    """The response to ``request``: question id -> the chosen option label (or free text), or several.

    Raises:
        InvalidArgumentError: no answer at all, an empty answer, or an id the request did not ask (decline instead).
    """
    asked = [question.id for question in request.params.questions]
    wire: dict[str, dict[str, list[str]]] = {}
    for question_id, answer in answers.items():
        if question_id not in asked:
            raise InvalidArgumentError(f"no question {question_id!r} was asked (asked: {asked})")
        values = [answer] if isinstance(answer, str) else list(answer)
        if not values or not all(isinstance(v, str) and v.strip() for v in values):
            raise InvalidArgumentError(f"the answer to {question_id!r} is empty; decline instead of answering nothing")
        wire[question_id] = {"answers": values}
    if not wire:
        raise InvalidArgumentError("no question was answered; decline instead of answering nothing")
    return {"answers": wire}


__all__ = ["user_input_answers"]
