"""The testing kit against the REAL bundled codex binary: each MockModel builder produces the server behaviour the
facts guide describes. These tests use a raw driver, independent of the SDK layers."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from codex_runtime.testing import MockModel, responses
from tests.e2e.raw_app_server import RawAppServer, methods, params_of


@pytest.fixture
def server(codex_home: Path) -> Iterator[RawAppServer]:
    app = RawAppServer(codex_home)
    app.initialize()
    yield app
    app.close()


@pytest.fixture
def workdir(tmp_path: Path) -> Path:
    path = tmp_path / "work"
    path.mkdir()
    return path


def test_raw_turn_returns_the_scripted_text(server: RawAppServer, mock_model: MockModel, workdir: Path) -> None:
    mock_model.enqueue(responses.text("Hello from the mock"))
    thread_id = server.start_thread(workdir)

    completed, events = server.run_turn(thread_id, "say hello")

    assert completed["turn"]["status"] == "completed"
    done = [p["item"] for p in params_of(events, "item/completed") if p["item"]["type"] == "agentMessage"]
    assert [item["text"] for item in done] == ["Hello from the mock"]
    assert mock_model.requests[0].last_user_text == "say hello"


def test_text_builder_streams_one_delta_notification_per_scripted_delta(
    server: RawAppServer, mock_model: MockModel, workdir: Path
) -> None:
    mock_model.enqueue(responses.text("abc", deltas=["a", "b", "c"]))
    thread_id = server.start_thread(workdir)

    _, events = server.run_turn(thread_id, "go")

    assert [p["delta"] for p in params_of(events, "item/agentMessage/delta")] == ["a", "b", "c"]
    assert methods(events).index("item/agentMessage/delta") > methods(events).index("item/started")


def test_second_turn_posts_the_whole_history(server: RawAppServer, mock_model: MockModel, workdir: Path) -> None:
    mock_model.enqueue(responses.text("first answer"), responses.text("second answer"))
    thread_id = server.start_thread(workdir)

    server.run_turn(thread_id, "one")
    server.run_turn(thread_id, "two")

    assert mock_model.requests[1].user_texts()[-2:] == ["one", "two"]


def test_reasoning_builder_emits_summary_text_deltas(
    server: RawAppServer, mock_model: MockModel, workdir: Path
) -> None:
    mock_model.enqueue(responses.reasoning("thinking hard", "answer"))
    thread_id = server.start_thread(workdir)

    completed, events = server.run_turn(thread_id, "think")

    assert completed["turn"]["status"] == "completed"
    summary = "".join(p["delta"] for p in params_of(events, "item/reasoning/summaryTextDelta"))
    assert summary == "thinking hard"


def test_exec_command_builder_runs_a_command_execution_item(
    server: RawAppServer, mock_model: MockModel, workdir: Path
) -> None:
    mock_model.enqueue(responses.exec_command("echo mock-exec-ok"), responses.text("ran it"))
    thread_id = server.start_thread(workdir)

    completed, events = server.run_turn(thread_id, "run echo")

    assert completed["turn"]["status"] == "completed"
    commands = [p["item"] for p in params_of(events, "item/completed") if p["item"]["type"] == "commandExecution"]
    assert len(commands) == 1
    assert "mock-exec-ok" in (commands[0]["aggregatedOutput"] or "")
    outputs = mock_model.requests[1].function_call_outputs()
    assert outputs and "mock-exec-ok" in str(outputs[0]["output"])


def test_apply_patch_builder_creates_a_file_change_item(
    server: RawAppServer, mock_model: MockModel, workdir: Path
) -> None:
    target = workdir / "hello.txt"
    mock_model.enqueue(
        responses.apply_patch(responses.add_file_patch(str(target), "hi there")), responses.text("patched")
    )
    thread_id = server.start_thread(workdir, sandbox="workspace-write")

    completed, events = server.run_turn(thread_id, "write a file")

    assert completed["turn"]["status"] == "completed"
    changes = [p["item"] for p in params_of(events, "item/completed") if p["item"]["type"] == "fileChange"]
    assert len(changes) == 1 and changes[0]["status"] == "completed"
    assert target.read_text() == "hi there\n"


FAILURES = [
    pytest.param(responses.usage_limit(), "usageLimitExceeded", id="429-usage-limit"),
    pytest.param(
        responses.rate_limit(), {"responseTooManyFailedAttempts": {"httpStatusCode": 429}}, id="429-rate-limit"
    ),
    pytest.param(responses.http_error(500), "internalServerError", id="500"),
    pytest.param(responses.http_error(401), {"httpConnectionFailed": {"httpStatusCode": 401}}, id="401"),
    pytest.param(responses.http_error(503), {"httpConnectionFailed": {"httpStatusCode": 503}}, id="503"),
    pytest.param(responses.http_error(400), "other", id="400"),
    pytest.param(responses.failed("rate_limit_exceeded"), "rateLimitExceeded", id="failed-rate-limit"),
    pytest.param(responses.failed("context_length_exceeded"), "contextWindowExceeded", id="failed-context"),
    pytest.param(responses.failed("server_error"), "other", id="failed-server-error"),
    pytest.param(responses.disconnect("half an ans"), "other", id="disconnect"),
]


@pytest.mark.parametrize(("answer", "codex_error_info"), FAILURES)
def test_failure_builders_fail_the_turn_with_the_listed_codex_error_info(
    server: RawAppServer, mock_model: MockModel, workdir: Path, answer: object, codex_error_info: object
) -> None:
    mock_model.enqueue(answer)  # type: ignore[arg-type]
    thread_id = server.start_thread(workdir)

    completed, events = server.run_turn(thread_id, "fail please")

    assert completed["turn"]["status"] == "failed"
    assert completed["turn"]["error"]["codexErrorInfo"] == codex_error_info
    errors = params_of(events, "error")
    assert errors and all(e["willRetry"] is False for e in errors)
    assert len(mock_model.requests) == 1  # retries are off: no second POST


def test_disconnect_streams_the_partial_text_before_failing(
    server: RawAppServer, mock_model: MockModel, workdir: Path
) -> None:
    mock_model.enqueue(responses.disconnect("one two three", after_deltas=2))
    thread_id = server.start_thread(workdir)

    completed, events = server.run_turn(thread_id, "go")

    assert completed["turn"]["status"] == "failed"
    assert "".join(p["delta"] for p in params_of(events, "item/agentMessage/delta")) == "one two"


def test_slow_stream_spaces_the_deltas_by_the_delay(server: RawAppServer, mock_model: MockModel, workdir: Path) -> None:
    import time

    mock_model.enqueue(responses.slow("a b c", delay=0.1))
    thread_id = server.start_thread(workdir)

    started = time.monotonic()
    completed, events = server.run_turn(thread_id, "go")

    assert completed["turn"]["status"] == "completed"
    # 6 events (created, added, 3 deltas, done, completed) minus one: a lower bound, not a speed assertion.
    assert time.monotonic() - started >= 0.5
    assert "".join(p["delta"] for p in params_of(events, "item/agentMessage/delta")) == "a b c"


def test_flood_builder_delivers_every_delta(server: RawAppServer, mock_model: MockModel, workdir: Path) -> None:
    mock_model.enqueue(responses.flood(3000, delta="z"))
    thread_id = server.start_thread(workdir)

    completed, events = server.run_turn(thread_id, "flood")

    assert completed["turn"]["status"] == "completed"
    deltas = params_of(events, "item/agentMessage/delta")
    assert len(deltas) == 3000 and {d["delta"] for d in deltas} == {"z"}


def test_empty_queue_fails_the_turn_with_a_clear_error_instead_of_hanging(
    server: RawAppServer, mock_model: MockModel, workdir: Path
) -> None:
    thread_id = server.start_thread(workdir)

    completed, _ = server.run_turn(thread_id, "nothing scripted")

    assert completed["turn"]["status"] == "failed"
    assert "no scripted response left" in completed["turn"]["error"]["message"]
