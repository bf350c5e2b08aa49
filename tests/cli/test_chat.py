"""`codex-runtime chat`: turns on one thread from a prompt loop, commands while a turn runs, resume by id."""

from __future__ import annotations

from pathlib import Path

from codex_runtime import ClientConfig, SessionConfig
from codex_runtime.sync import Client
from codex_runtime.testing import MockModel, MockResponse, responses
from tests.cli._cli import SpawnCli, finish, run_cli

PROMPT = "you> "


def slow_answer(first: str) -> MockResponse:
    """An answer that streams for ~3 s, starting with ``first`` (time to type a command while it runs)."""
    chunks = [f"{first} "] + [f"w{i} " for i in range(30)]
    return responses.slow("".join(chunks), delay=0.1, deltas=chunks)


def test_chat_in_a_terminal_runs_turns_on_one_thread_steers_and_exits_on_slash_exit(
    spawn_cli: SpawnCli, mock_model: MockModel, workdir: Path
) -> None:
    mock_model.enqueue(responses.text("first answer"), slow_answer("second-begins"), responses.text("steered answer"))
    child = spawn_cli("chat", "--cwd", str(workdir))
    child.expect(r"thread ([0-9a-f-]{36})")
    thread_id = child.match.group(1)
    child.expect_exact(f"chat --resume {thread_id}")
    child.expect_exact(PROMPT)
    child.sendline("first question")
    child.expect_exact("first answer")
    child.expect_exact(PROMPT)
    child.sendline("second question")
    child.expect_exact("second-begins")  # the turn is running: the background reader takes commands now
    child.sendline("/steer and mention steering")
    child.expect_exact("steered: and mention steering")
    child.expect_exact("steered answer")
    child.expect_exact(PROMPT)
    child.sendline("/exit")
    assert finish(child) == 0
    assert mock_model.requests[-1].user_texts() == ["first question", "second question", "and mention steering"]


def test_slash_interrupt_and_ctrl_c_stop_the_running_turn_and_return_to_the_prompt(
    spawn_cli: SpawnCli, mock_model: MockModel, workdir: Path
) -> None:
    mock_model.enqueue(slow_answer("one-begins"), slow_answer("two-begins"))
    child = spawn_cli("chat", "--cwd", str(workdir))
    child.expect_exact(PROMPT)
    child.sendline("talk")
    child.expect_exact("one-begins")
    child.sendline("/interrupt")
    child.expect_exact("interrupted")
    child.expect_exact(PROMPT)
    child.sendline("talk again")
    child.expect_exact("two-begins")
    child.sendintr()
    child.expect_exact("interrupted")
    child.expect_exact(PROMPT)
    child.sendeof()  # Ctrl-D at the prompt quits
    assert finish(child) == 0


def test_chat_resume_continues_a_thread_from_an_earlier_process(
    mock_model: MockModel, cli_env: dict[str, str], codex_home: Path, workdir: Path
) -> None:
    mock_model.enqueue(responses.text("Noted: 42."), responses.text("It was 42."))
    with Client(ClientConfig(process_env={"CODEX_HOME": str(codex_home)})) as client:
        session = client.start_session(SessionConfig(cwd=str(workdir)))
        session.ask("Remember the number 42.")
        thread_id = session.thread_id
    # stdin is not a terminal: every line is one prompt, echoed after the prompt marker.
    proc = run_cli("chat", "--resume", thread_id, "--cwd", str(workdir), env=cli_env, input="Which number?\n")
    assert proc.returncode == 0, proc.stderr
    assert f"resumed thread {thread_id}" in proc.stdout
    assert f"{PROMPT}Which number?" in proc.stdout
    history = proc.stdout.split(f"{PROMPT}Which number?")[0]  # the earlier turn is shown before the new prompt
    assert "Remember the number 42." in history and "Noted: 42." in history
    assert "It was 42." in proc.stdout
    assert mock_model.requests[-1].user_texts() == ["Remember the number 42.", "Which number?"]


def test_chat_resume_of_an_unknown_thread_prints_one_line_and_exits_1(cli_env: dict[str, str]) -> None:
    proc = run_cli("chat", "--resume", "01a20ac5-0000-7000-8000-000000000000", env=cli_env)
    assert proc.returncode == 1
    assert proc.stderr.startswith("error: ")
    assert "hint: check the thread id" in proc.stderr
    assert "Traceback" not in proc.stderr


def test_an_approval_asked_during_a_quiet_turn_shows_the_typed_answer_and_says_what_always_covers(
    spawn_cli: SpawnCli, mock_model: MockModel, workdir: Path
) -> None:
    mock_model.enqueue(responses.exec_command("printf 'chat-%s\\n' approved"), responses.text("Ran it."))
    args = ("--sandbox", "workspace-write", "--approval", "untrusted", "--cwd", str(workdir))
    child = spawn_cli("chat", *args)
    child.expect_exact(PROMPT)
    child.sendline("run it")
    # typing is not echoed while the answer streams, but the answer to a question is (the terminal echoes it)
    child.expect_exact("Allow? [y]es / [n]o / [a]lways (this command, rest of the session; file changes still ask): ")
    child.sendline("yes")
    child.expect_exact("yes\r\n")
    child.expect_exact("approved")
    child.expect_exact("chat-approved")
    child.expect_exact("Ran it.")
    child.expect_exact(PROMPT)
    child.sendline("/exit")
    assert finish(child) == 0
