"""item/tool/requestUserInput on the real binary: the scripted model calls codex's request_user_input tool; the typed
handler answers (or declines by default); what the model gets back is in its next request. Measured on 0.163.0."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from codex_runtime import Client, ClientConfig, InvalidArgumentError, SessionConfig, user_input_answers
from codex_runtime.runtime.handlers import ServerRequestHandlers
from codex_runtime.testing import MockModel, responses

QUESTIONS = {
    "questions": [
        {
            "id": "color",
            "header": "Color",
            "question": "Which color?",
            "options": [{"label": "Red", "description": "warm"}, {"label": "Blue", "description": "cool"}],
        }
    ]
}


async def ask_once(config: ClientConfig, model: MockModel, session_config: SessionConfig) -> str:
    """One turn in which the model asks QUESTIONS; the tool output the model got back."""
    model.enqueue(responses.tool_call("request_user_input", QUESTIONS), responses.text("Noted."))
    async with Client(config) as client:
        session = await client.start_session(session_config)
        result = await session.ask("Pick a color for me.")
    assert result.assistant_text == "Noted."
    return str(model.requests[-1].function_call_outputs()[-1]["output"])


async def test_the_typed_handler_answers_the_models_questions(
    client_config: ClientConfig, mock_model: MockModel, workdir: Path
) -> None:
    seen: list[tuple[str, str, str, list[str], bool]] = []

    def answer(request: Any) -> Any:
        for q in request.params.questions:
            seen.append((q.id, q.header, q.question, [o.label for o in q.options], q.is_other))
        return user_input_answers(request, {"color": "Blue"})

    handlers = ServerRequestHandlers(user_input=answer)
    output = await ask_once(
        client_config, mock_model, SessionConfig(cwd=str(workdir), user_input=True, approval_handler=handlers)
    )
    assert seen == [("color", "Color", "Which color?", ["Red", "Blue"], True)]
    assert output == '{"answers":{"color":{"answers":["Blue"]}}}'


async def test_the_default_handler_declines_and_empty_answers_are_refused(
    client_config: ClientConfig, mock_model: MockModel, workdir: Path
) -> None:
    declined = await ask_once(
        client_config,
        mock_model,
        SessionConfig(cwd=str(workdir), user_input=True, approval_handler=ServerRequestHandlers()),
    )
    refused: list[str] = []

    def answer_nothing(request: Any) -> Any:
        try:
            return user_input_answers(request, {"color": "  "})
        except InvalidArgumentError as error:
            refused.append(str(error))
            raise  # a raising handler declines

    handlers = ServerRequestHandlers(user_input=answer_nothing)
    empty = await ask_once(
        client_config, mock_model, SessionConfig(cwd=str(workdir), user_input=True, approval_handler=handlers)
    )
    assert declined == empty == '{"answers":{}}'
    assert refused == ["the answer to 'color' is empty; decline instead of answering nothing"]


async def test_without_user_input_codex_does_not_offer_the_tool_outside_plan_mode(
    client_config: ClientConfig, mock_model: MockModel, workdir: Path
) -> None:
    asked: list[object] = []
    handlers = ServerRequestHandlers(user_input=lambda request: asked.append(request) or "decline")
    output = await ask_once(client_config, mock_model, SessionConfig(cwd=str(workdir), approval_handler=handlers))
    assert output == "request_user_input is unavailable in Default mode"
    assert asked == []
