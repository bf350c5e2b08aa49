"""The CLI's pure parts, in-process: durations, answers, command display, JSON records, error lines, the view."""

from __future__ import annotations

import asyncio
import io
import json
from types import SimpleNamespace
from typing import Any

import pytest
from click.testing import CliRunner
from rich.console import Console

from codex_runtime.api.profiles import SessionConfig
from codex_runtime.api.results import (
    AgentMessageDelta,
    ItemCompleted,
    ItemStarted,
    PromptRunResult,
    TurnCompleted,
    TurnFailed,
)
from codex_runtime.cli import main
from codex_runtime.cli.app import cli
from codex_runtime.cli.approvals import ApprovalMode, Approver, parse_answer
from codex_runtime.cli.demo import demo_approver
from codex_runtime.cli.errors import describe
from codex_runtime.cli.jsonl import event_record
from codex_runtime.cli.options import CliState, format_duration, parse_duration
from codex_runtime.cli.render import HumanView, display_command
from codex_runtime.cli.turns import for_a_person
from codex_runtime.errors import (
    AttachmentNotFoundError,
    AuthenticationRequiredError,
    ConnectionClosedError,
    FailureKind,
    LoginFailedError,
    ProcessExitedError,
    RpcError,
    TurnFailedError,
    TurnFailure,
)
from codex_runtime.runtime.typed import decode_item

IDS = {"thread_id": "t1", "turn_id": "u1"}


@pytest.mark.parametrize(
    ("text", "seconds"),
    [
        ("30s", 30),
        ("10m", 600),
        ("1h", 3600),
        ("1h30m", 5400),
        ("90", 90),
        ("1.5m", 90),
        ("250ms", 0.25),
        ("1h 30m", 5400),
    ],
)
def test_durations_accept_units_and_plain_seconds(text: str, seconds: float) -> None:
    assert parse_duration(text) == seconds


@pytest.mark.parametrize("text", ["", "10q", "-5", "0", "m", "10m5", "1h 30x", "inf"])
def test_durations_reject_anything_else(text: str) -> None:
    with pytest.raises(ValueError):
        parse_duration(text)


def test_durations_format_back_compactly() -> None:
    assert [format_duration(s) for s in (1.5, 90, 600, 5400)] == ["1.5s", "1m30s", "10m", "1h30m"]


def test_a_bad_duration_is_a_usage_error_before_anything_starts() -> None:
    result = CliRunner().invoke(cli, ["automate", "x", "--every", "10q"])
    assert result.exit_code == 2
    assert "not a duration: '10q'" in result.output


def test_usage_errors_exit_2_and_version_exits_0(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["run"]) == 2
    assert main(["run", "x", "--effort", "enormous"]) == 2
    assert main(["--version"]) == 0
    assert "codex-runtime, version" in capsys.readouterr().out


def test_approval_answers_map_to_decisions() -> None:
    answers: dict[str, str | None] = {"y": "accept", "YES": "accept", "a": "accept_for_session"}
    answers |= {"always": "accept_for_session", "n": "decline", "": "decline", "/interrupt": "cancel", "maybe": None}
    assert {text: parse_answer(text) for text in answers} == answers


def test_the_approver_asks_again_until_the_answer_is_valid() -> None:
    replies = iter(["maybe", " a "])
    questions: list[str] = []

    async def ask(question: str) -> str | None:
        questions.append(question)
        return next(replies)

    request: Any = SimpleNamespace(method="item/commandExecution/requestApproval")
    outcome = asyncio.run(Approver(ApprovalMode.ASK, ask=ask).decide(request))
    assert (outcome.decision, outcome.by) == ("accept_for_session", "you")
    assert len(questions) == 2


def test_the_approver_declines_what_it_cannot_ask_about() -> None:
    approval: Any = SimpleNamespace(method="item/fileChange/requestApproval")
    other: Any = SimpleNamespace(method="item/tool/requestUserInput")
    declining = Approver(ApprovalMode.DECLINE, reason="no terminal")
    accepting = Approver(ApprovalMode.ACCEPT, by="--yes")
    assert asyncio.run(declining.decide(approval)).decision == "decline"
    assert asyncio.run(accepting.decide(approval)).decision == "accept"
    assert asyncio.run(accepting.decide(other)).decision == "decline"  # never auto-accepts non-approvals


def test_the_demo_approves_with_yes_asks_on_a_terminal_and_approves_alone_in_ci() -> None:
    terminal: Any = SimpleNamespace(interactive=True)
    view = HumanView(Console(file=io.StringIO(), force_terminal=True))
    assert demo_approver(CliState(), view, terminal, yes=True).by == "--yes"
    with_terminal = demo_approver(CliState(_consoles={False: view.console}), view, terminal, yes=False)
    assert with_terminal.mode is ApprovalMode.ASK
    unattended = demo_approver(CliState(), view, None, yes=False)
    assert (unattended.mode, unattended.by) == (ApprovalMode.ACCEPT, "demo")


def test_commands_are_shown_as_typed() -> None:
    assert display_command("/bin/bash -c 'ls -la && echo hi'") == "ls -la && echo hi"
    assert display_command(["/bin/zsh", "-lc", "make test"]) == "make test"
    assert display_command(["git", "commit", "-m", "a b"]) == "git commit -m 'a b'"


def test_json_records_carry_kind_ids_and_typed_items_by_wire_name() -> None:
    item = decode_item({"type": "agentMessage", "id": "m1", "text": "hi"})
    delta = event_record(AgentMessageDelta(item_id="m1", delta="h", **IDS))
    completed = event_record(ItemCompleted(item=item, **IDS))
    failure = TurnFailure(kind=FailureKind.QUOTA_EXCEEDED, message="limit", codex_error_info="usageLimitExceeded")
    failed = event_record(TurnFailed(error=TurnFailedError(failure, **IDS), **IDS))
    assert delta == {"kind": "agent_message_delta", **IDS, "item_id": "m1", "delta": "h"}
    assert (completed["item"]["type"], completed["item"]["text"]) == ("agentMessage", "hi")
    assert "memoryCitation" in completed["item"]  # dumped by alias: wire field names
    assert failed["error"]["type"] == "TurnFailedError"
    assert failed["error"]["failure"] == {
        "kind": "quota_exceeded",
        "message": "limit",
        "codex_error_info": "usageLimitExceeded",
        "http_status": None,
        "additional_details": None,
    }
    json.dumps([delta, completed, failed])  # all plain JSON


def test_errors_become_one_line_with_a_hint() -> None:
    exited = ProcessExitedError("app-server exited", exit_code=1, stderr_tail="line one\nthe real cause\n")
    assert describe(exited) == ("app-server exited (exit code 1)", "last app-server stderr line: the real cause")
    assert describe(AttachmentNotFoundError("/x"))[0] == "attachment not found: /x"
    message, hint = describe(ValueError("boom\nmore"))
    assert message == "internal error: ValueError: boom" and hint and "CODEX_RUNTIME_DEBUG" in hint


def test_each_error_kind_gets_its_own_hint() -> None:
    assert describe(LoginFailedError(None, "cancelled")) == (
        "login failed: cancelled",
        "try again; `codex-runtime login --device-code` works without a local browser",
    )
    assert describe(AuthenticationRequiredError())[1] == (
        "run `codex-runtime login` (an API key: `codex-runtime login --api-key-stdin`)"
    )
    assert describe(ConnectionClosedError("closed"))[1] == "run `codex-runtime doctor` to check the setup"
    quiet_exit = ProcessExitedError("app-server exited", exit_code=2)  # no stderr: not the stderr-line hint
    assert describe(quiet_exit)[1] == "run `codex-runtime doctor` to check the setup"
    assert describe(RpcError(-32600, "thread not found: t9"))[1] == (
        "check the thread id; `codex-runtime threads list` shows them"
    )
    assert describe(RpcError(-32600, "Already initialized"))[1] is None


def test_a_person_at_the_terminal_may_be_asked_questions_and_gets_the_turn_deadline_to_answer() -> None:
    config = SessionConfig(cwd="/tmp", timeout=600.0)
    asking = Approver(ApprovalMode.ASK, ask=lambda question: asyncio.sleep(0, "y"))
    declining = Approver(ApprovalMode.DECLINE, reason="no terminal")
    asked_config, asked_timeout = for_a_person(asking, config)
    assert (asked_config.user_input, asked_timeout) == (True, 600.0)
    assert for_a_person(asking, SessionConfig(cwd="/tmp", timeout=5.0))[1] == 30.0  # never below the SDK default
    assert for_a_person(asking, config.replace(user_input=False))[0].user_input is False  # an explicit choice stays
    assert for_a_person(declining, config) == (config, 30.0)


def test_the_terminal_view_streams_text_and_shows_commands_with_their_output() -> None:
    out = io.StringIO()
    view = HumanView(Console(file=out, color_system=None, width=100, soft_wrap=True), show_thread=False)
    command = {
        "type": "commandExecution",
        "id": "c1",
        "command": "/bin/bash -c 'echo hi'",
        "commandActions": [],
        "cwd": "/w",
        "status": "completed",
        "exitCode": 0,
        "aggregatedOutput": "hi\n",
    }
    message = {"type": "agentMessage", "id": "m1", "text": "It said hi."}
    result = PromptRunResult(thread_id="t1", turn_id="u1", status="completed", assistant_text="It said hi.")
    view.turn_started("t1", "u1")
    for event in (
        ItemStarted(item=decode_item({**command, "status": "inProgress"}), **IDS),
        ItemCompleted(item=decode_item(command), **IDS),
        ItemStarted(item=decode_item({**message, "text": ""}), **IDS),
        AgentMessageDelta(item_id="m1", delta="It said ", **IDS),
        AgentMessageDelta(item_id="m1", delta="hi.", **IDS),
        ItemCompleted(item=decode_item(message), **IDS),
        TurnCompleted(result=result, **IDS),
    ):
        view.event(event)
    lines = out.getvalue().splitlines()
    assert lines[:4] == ["$ echo hi", "  hi", "  ✓ exit 0", "It said hi."]
    assert lines[4].startswith("✓ done · ")
