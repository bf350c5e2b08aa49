"""`codex-runtime run`: one streamed turn; approvals asked in a terminal and declined without one; `--json`;
errors as one line with a hint and a distinct exit code."""

from __future__ import annotations

from pathlib import Path

from codex_runtime.testing import MockModel, responses
from tests.cli._cli import SpawnCli, finish, json_lines, run_cli

# printf keeps the command text ("approved-%s") apart from its output ("approved-output").
COMMAND = "printf 'approved-%s\\n' output"
OUTPUT = "approved-output"


def test_run_in_a_terminal_asks_for_approval_and_runs_the_command_when_answered_yes(
    spawn_cli: SpawnCli, mock_model: MockModel, workdir: Path
) -> None:
    mock_model.enqueue(responses.exec_command(COMMAND), responses.text("The command printed it."))
    # An explicit writable sandbox is the user's opt-in to escalation (with approvals on, it is accepted).
    args = ("--sandbox", "workspace-write", "--approval", "untrusted", "--cwd", str(workdir))
    child = spawn_cli("run", "Run the printf.", *args)
    child.expect_exact("approval needed: run `printf")
    child.expect_exact("Allow? [y]es / [n]o / [a]lways")
    child.sendline("y")
    child.expect_exact("approved")
    child.expect_exact(OUTPUT)
    child.expect_exact("The command printed it.")
    assert finish(child) == 0
    second = mock_model.requests[1]
    assert any(OUTPUT in str(item.get("output")) for item in second.function_call_outputs())


def test_run_without_a_terminal_declines_the_approval_and_says_so(
    mock_model: MockModel, cli_env: dict[str, str]
) -> None:
    mock_model.enqueue(responses.exec_command(COMMAND), responses.text("It was declined."))
    proc = run_cli("run", "Run the printf.", "--approval", "untrusted", env=cli_env)
    assert proc.returncode == 0, proc.stderr
    assert "→ declined (no terminal to ask on" in proc.stdout
    assert OUTPUT not in proc.stdout
    assert "It was declined." in proc.stdout
    outputs = mock_model.requests[1].function_call_outputs()
    assert outputs and all(OUTPUT not in str(item.get("output")) for item in outputs)


def test_json_output_is_one_object_per_line_with_the_approval_decision_and_the_terminal_event_last(
    mock_model: MockModel, cli_env: dict[str, str]
) -> None:
    mock_model.enqueue(
        responses.exec_command(COMMAND),
        responses.text("Hello from the mock.", deltas=["Hello ", "from ", "the mock."]),
    )
    proc = run_cli("run", "Run it.", "--approval", "untrusted", "--json", env=cli_env)  # global option after run
    assert proc.returncode == 0, proc.stderr
    records = json_lines(proc.stdout)
    kinds = [record["kind"] for record in records]
    assert {"session_started", "item_started", "agent_message_delta", "item_completed", "token_usage"} <= set(kinds)
    assert kinds[-1] == "turn_completed" and kinds.count("turn_completed") == 1
    assert all({"kind", "thread_id", "turn_id"} <= record.keys() for record in records)
    assert len({record["thread_id"] for record in records}) == 1

    requested = next(r for r in records if r["kind"] == "approval_requested")
    decision = next(r for r in records if r["kind"] == "approval_decision")
    assert requested["request"]["method"] == "item/commandExecution/requestApproval"
    assert decision["decision"] == "decline" and decision["request_id"] == requested["request"]["id"]

    deltas = "".join(record["delta"] for record in records if record["kind"] == "agent_message_delta")
    assert deltas == "Hello from the mock."
    completed = {r["item"]["type"]: r["item"] for r in records if r["kind"] == "item_completed"}
    assert completed["agentMessage"]["text"] == "Hello from the mock."  # typed items, dumped with wire names
    assert completed["commandExecution"]["status"] == "declined"
    assert records[-1]["result"]["assistant_text"] == "Hello from the mock."


def test_a_failed_turn_exits_1_and_says_why(mock_model: MockModel, cli_env: dict[str, str]) -> None:
    mock_model.enqueue(responses.usage_limit())
    proc = run_cli("run", "Hello?", env=cli_env)
    assert proc.returncode == 1
    assert "turn failed (quota_exceeded)" in proc.stdout
    assert "hint: the account's usage limit is reached" in proc.stdout
    assert "Traceback" not in proc.stdout + proc.stderr


def test_a_missing_attachment_prints_one_line_with_a_hint_and_exits_1(
    mock_model: MockModel, cli_env: dict[str, str], workdir: Path
) -> None:
    proc = run_cli("run", "Read it.", "--attach", "missing.txt", "--cwd", str(workdir), env=cli_env)
    assert proc.returncode == 1
    assert proc.stdout == ""
    assert proc.stderr.splitlines() == [
        f"error: attachment not found: {workdir / 'missing.txt'}",
        "hint: check the --attach path (relative paths are resolved against --cwd)",
    ]
    assert mock_model.requests == []  # refused before anything was started


def test_a_writable_sandbox_with_approval_never_is_refused_with_a_hint(
    mock_model: MockModel, cli_env: dict[str, str]
) -> None:
    proc = run_cli("run", "Edit it.", "--sandbox", "workspace-write", env=cli_env)
    assert proc.returncode == 1
    assert proc.stderr.startswith("error: sandbox 'workspace-write' needs an approval policy other than \"never\"")
    assert "hint: a writable sandbox needs approvals: add --approval untrusted" in proc.stderr
    assert "Traceback" not in proc.stderr
    assert mock_model.requests == []


def test_a_usage_error_exits_2(cli_env: dict[str, str]) -> None:
    proc = run_cli("run", env=cli_env)
    assert proc.returncode == 2
    assert "Error: Missing argument 'PROMPT'." in proc.stderr
    assert "Traceback" not in proc.stderr


def test_ctrl_c_interrupts_the_running_turn_and_exits_130(
    spawn_cli: SpawnCli, mock_model: MockModel, workdir: Path
) -> None:
    chunks = ["first-chunk "] + [f"w{i} " for i in range(30)]
    mock_model.enqueue(responses.slow("".join(chunks), delay=0.1, deltas=chunks))
    child = spawn_cli("run", "Talk slowly.", "--cwd", str(workdir))
    child.expect_exact("first-chunk")
    child.sendintr()
    child.expect_exact("interrupted")
    assert finish(child) == 130
