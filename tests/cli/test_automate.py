"""`codex-runtime automate`: the same prompt on one thread at a fixed cadence, until --max-runs or a failure."""

from __future__ import annotations

from codex_runtime.testing import MockModel, responses
from tests.cli._cli import json_lines, run_cli


def test_automate_asks_every_interval_and_stops_after_max_runs(mock_model: MockModel, cli_env: dict[str, str]) -> None:
    mock_model.enqueue(responses.text("tick one"), responses.text("tick two"))
    proc = run_cli("automate", "Status?", "--every", "200ms", "--max-runs", "2", env=cli_env)
    assert proc.returncode == 0, proc.stderr
    lines = proc.stdout.splitlines()
    assert lines[0].startswith("thread ") and "every 0.2s, 2 run(s)" in lines[0]
    assert [line.split("] ", 1)[1] for line in lines[1:3]] == ["tick one", "tick two"]
    assert lines[3] == "automation stopped after 2 run(s)"
    assert [request.last_user_text for request in mock_model.requests] == ["Status?", "Status?"]
    assert len(mock_model.requests[1].user_texts()) == 2  # one thread: the second run sees the first


def test_automate_json_reports_each_run_and_a_failure_ends_it_with_exit_1(
    mock_model: MockModel, cli_env: dict[str, str]
) -> None:
    mock_model.enqueue(responses.text("fine"), responses.usage_limit())
    proc = run_cli("--json", "automate", "Status?", "--every", "100ms", "--max-runs", "3", env=cli_env)
    assert proc.returncode == 1
    records = json_lines(proc.stdout)
    assert [record["kind"] for record in records] == ["automation_started", "automation_run", "automation_ended"]
    assert records[1]["result"]["assistant_text"] == "fine"
    ended = records[-1]
    assert (ended["status"], ended["run_count"]) == ("failed", 1)
    assert ended["error"]["type"] == "TurnFailedError" and ended["error"]["failure"]["kind"] == "quota_exceeded"
