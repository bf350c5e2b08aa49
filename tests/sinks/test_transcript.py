"""A JSONL transcript of a real turn with a command approval (the bundled codex binary + MockModel): every
request, response, notification, server request and our answer, with time and ids, no secret, read back typed,
and replayed by ``codex-runtime replay`` the way ``run`` shows a turn."""

from __future__ import annotations

import re
import time
from pathlib import Path

import pytest

from codex_runtime import Client, ClientConfig, PendingServerRequest, SessionConfig
from codex_runtime.cli import main
from codex_runtime.errors import ServerRequestAlreadyAnsweredError
from codex_runtime.runtime.observe import WireEvent
from codex_runtime.sinks import JsonlTranscriptSink, decode_event, read_transcript
from codex_runtime.testing import MockModel, responses
from tests.sinks.conftest import KEY

pytestmark = pytest.mark.timeout(90)
COMMAND = "echo transcript-marker Bearer tok-0123456789abcdef"


async def record_turn(path: Path, config: ClientConfig, model: MockModel, workdir: Path) -> tuple[str, str]:
    """Log in with the key, run one turn whose command is approved; the transcript goes to ``path``. Then a second
    client writes to the same sink: its lines carry another connection number."""
    model.enqueue(responses.exec_command(COMMAND), responses.text("The command ran."))
    with JsonlTranscriptSink(path) as sink:
        async with Client(config.replace(observers=[sink])) as client:
            await client.account.login_api_key(KEY)
            session = await client.start_session(
                SessionConfig(cwd=str(workdir), approval_policy="untrusted", approval_handler=lambda _r: "accept")
            )
            result = await session.ask("run it")
            first = client.runtime.connection_number
        async with Client(config.replace(observers=[sink])) as client:
            assert client.runtime.connection_number == first + 1
    assert result.assistant_text == "The command ran."
    return result.thread_id, result.turn_id


async def test_the_transcript_holds_every_message_with_time_and_ids_and_no_secret(
    keyed_config: ClientConfig, keyed_model: MockModel, workdir: Path, tmp_path: Path
) -> None:
    path = tmp_path / "t.jsonl"
    started = time.time()
    thread_id, turn_id = await record_turn(path, keyed_config, keyed_model, workdir)
    events = list(read_transcript(path))

    conns = sorted({e.connection for e in events})
    assert len(conns) == 2 and conns[1] == conns[0] + 1
    second = [(e.direction, e.kind, e.method) for e in events if e.connection == conns[1]]
    assert second[:2] == [("out", "request", "initialize"), ("in", "response", "initialize")]
    events = [e for e in events if e.connection == conns[0]]
    ours = [(e.method, e.id) for e in events if e.direction == "out" and e.kind == "request"]
    assert ours == [
        ("initialize", 1),
        ("account/login/start", 2),
        ("account/read", 3),
        ("thread/start", 4),
        ("turn/start", 5),
    ]
    replies = {e.id: e for e in events if e.direction == "in" and e.kind == "response"}
    assert sorted(replies) == [1, 2, 3, 4, 5]
    assert all(r.duration is not None and r.duration > 0 and r.failure is None for r in replies.values())
    assert replies[4].message["result"]["thread"]["id"] == thread_id

    # The command's output is streamed (outputDelta) only when it arrives before the process exits: not counted.
    turn = [
        e.method
        for e in events
        if e.kind == "notification" and e.turn_id == turn_id and e.method != "item/commandExecution/outputDelta"
    ]
    assert turn == [
        "turn/started",
        "item/started",  # the user message
        "item/completed",
        "item/started",  # the command, waiting for its approval
        "item/completed",
        "thread/tokenUsage/updated",
        "item/started",  # the answer
        "item/agentMessage/delta",
        "item/agentMessage/delta",
        "item/agentMessage/delta",
        "item/completed",
        "thread/tokenUsage/updated",
        "turn/completed",
    ]
    [asked] = [e for e in events if e.is_server_request]
    assert (asked.method, asked.id, asked.thread_id, asked.turn_id) == (
        "item/commandExecution/requestApproval",
        0,
        thread_id,
        turn_id,
    )
    after = events[events.index(asked) + 1 :]
    answer = next(e for e in after if e.direction == "out")
    assert (answer.kind, answer.message) == ("response", {"id": 0, "result": {"decision": "accept"}})
    resolved = next(e for e in after if e.method == "serverRequest/resolved")
    assert resolved.params["requestId"] == 0 and events.index(answer) < events.index(resolved)

    times = [e.time for e in events]
    assert times == sorted(times) and started <= times[0] and times[-1] <= time.time()

    text = path.read_text()
    assert KEY not in text and "tok-0123456789abcdef" not in text
    login = next(e for e in events if e.method == "account/login/start")
    assert login.message == {
        "id": 2,
        "method": "account/login/start",
        "params": {"apiKey": "[REDACTED]", "type": "apiKey"},
    }
    assert asked.params["command"] == "/bin/bash -c 'echo transcript-marker Bearer [REDACTED]'"


async def test_the_reader_gives_back_typed_notifications_and_server_requests(
    keyed_config: ClientConfig, keyed_model: MockModel, workdir: Path, tmp_path: Path
) -> None:
    path = tmp_path / "t.jsonl"
    thread_id, turn_id = await record_turn(path, keyed_config, keyed_model, workdir)
    events: list[WireEvent] = list(read_transcript(path))

    [asked] = [e for e in events if e.is_server_request]
    request = decode_event(asked)
    assert isinstance(request, PendingServerRequest)
    assert (request.method, request.thread_id, request.turn_id, request.outcome) == (
        "item/commandExecution/requestApproval",
        thread_id,
        turn_id,
        "replayed",
    )
    assert request.params.command == "/bin/bash -c 'echo transcript-marker Bearer [REDACTED]'"
    with pytest.raises(ServerRequestAlreadyAnsweredError):
        await request.respond("accept")

    completed = decode_event(next(e for e in events if e.method == "turn/completed"))
    assert (completed.method, completed.thread_id, completed.turn_id) == ("turn/completed", thread_id, turn_id)
    assert str(completed.params.turn.status) == "completed"
    command = decode_event(
        next(e for e in events if e.method == "item/completed" and "commandExecution" in str(e.message))
    )
    assert (command.params.item.type, command.params.item.exit_code) == ("commandExecution", 0)


async def test_replay_prints_the_turn_the_way_run_shows_it(
    keyed_config: ClientConfig,
    keyed_model: MockModel,
    workdir: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    path = tmp_path / "t.jsonl"
    thread_id, _ = await record_turn(path, keyed_config, keyed_model, workdir)

    assert main(["--no-color", "replay", str(path)]) == 0
    out = capsys.readouterr().out.splitlines()
    exit_line = out.pop(5)
    assert out[:-1] == [
        f"thread {thread_id}",
        "$ echo transcript-marker Bearer [REDACTED_SECRET]",  # codex redacts its command summary itself
        f"? approval needed: run `echo transcript-marker Bearer [REDACTED]` in {workdir}",
        "  → approved (transcript)",
        "  transcript-marker Bearer [REDACTED]",
        "The command ran.",
    ]
    assert re.fullmatch(r"  ✓ exit 0( · \d+ ms)?", exit_line), exit_line  # with the recorded duration, when > 0
    assert re.fullmatch(r"✓ done · \d+\.\ds · 30 tokens", out[-1]), out[-1]

    assert main(["--json", "replay", str(path)]) == 0
    kinds = [line.split('"kind":"')[1].split('"')[0] for line in capsys.readouterr().out.splitlines()]
    assert kinds[0] == "session_started" and kinds[-1] == "turn_completed"
    assert kinds.count("approval_requested") == 1 and kinds.count("approval_decision") == 1
