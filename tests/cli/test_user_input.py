"""`codex-runtime run` in a terminal asks the person the model's questions (request_user_input) and sends the
answers; without a terminal the questions are declined."""

from __future__ import annotations

import asyncio
from pathlib import Path
from types import SimpleNamespace
from typing import Any

from codex_runtime.cli.approvals import ask_questions
from codex_runtime.testing import MockModel, responses
from tests.cli._cli import SpawnCli, finish, run_cli

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


def test_run_in_a_terminal_asks_the_models_question_and_sends_the_chosen_option(
    spawn_cli: SpawnCli, mock_model: MockModel, workdir: Path
) -> None:
    mock_model.enqueue(responses.tool_call("request_user_input", QUESTIONS), responses.text("Blue it is."))
    child = spawn_cli("run", "Pick a color.", "--cwd", str(workdir))
    child.expect_exact("Color: Which color?")
    child.expect_exact("1. Red: warm")
    child.expect_exact("2. Blue: cool")
    child.expect_exact("Number or your own answer: ")
    child.sendline("2")  # codex marks each question is_other: text that is not an option number is a free answer
    child.expect_exact("Blue it is.")
    assert finish(child) == 0
    outputs = mock_model.requests[1].function_call_outputs()
    assert [o["output"] for o in outputs] == ['{"answers":{"color":{"answers":["Blue"]}}}']


def test_run_without_a_terminal_is_not_offered_the_question_tool(
    mock_model: MockModel, cli_env: dict[str, str]
) -> None:
    mock_model.enqueue(responses.tool_call("request_user_input", QUESTIONS), responses.text("No answer."))
    proc = run_cli("run", "Pick a color.", env=cli_env)
    assert proc.returncode == 0, proc.stderr
    outputs = mock_model.requests[1].function_call_outputs()
    assert [o["output"] for o in outputs] == ["request_user_input is unavailable in Default mode"]


def _request() -> Any:
    option = SimpleNamespace(label="Red", description="warm")
    questions = [
        SimpleNamespace(id="color", header="Color", question="Which color?", options=[option], is_other=True),
        SimpleNamespace(id="name", header="Name", question="Your name?", options=None, is_other=False),
    ]
    return SimpleNamespace(method="item/tool/requestUserInput", params=SimpleNamespace(questions=questions))


def _asking(replies: list[str | None]) -> tuple[Any, list[str]]:
    asked: list[str] = []
    lines = iter(replies)

    async def ask(question: str) -> str | None:
        asked.append(question)
        return next(lines)

    return ask, asked


def test_each_question_is_asked_and_a_free_answer_is_taken_as_typed() -> None:
    ask, asked = _asking(["Crimson", " Ada "])
    outcome = asyncio.run(ask_questions(_request(), ask))
    assert (outcome.decision, outcome.by) == ("accept", "you")
    assert outcome.response == {"answers": {"color": {"answers": ["Crimson"]}, "name": {"answers": ["Ada"]}}}
    assert asked == [
        "Color: Which color?\n  1. Red: warm\nNumber or your own answer: ",
        "Name: Your name?\nYour answer: ",
    ]


def test_an_empty_line_or_end_of_input_declines_every_question() -> None:
    for replies in (["1", ""], [None]):
        ask, _ = _asking(replies)
        outcome = asyncio.run(ask_questions(_request(), ask))
        assert (outcome.decision, outcome.note, outcome.response) == ("decline", "no answer", None)
