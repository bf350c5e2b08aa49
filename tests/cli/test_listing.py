"""`codex-runtime threads list | read | archive` and `models`, against threads stored in the same CODEX_HOME."""

from __future__ import annotations

from pathlib import Path

import pytest

from codex_runtime import ClientConfig, SessionConfig
from codex_runtime.sync import Client
from codex_runtime.testing import MockModel, responses
from tests.cli._cli import json_lines, run_cli


@pytest.fixture
def thread_id(mock_model: MockModel, codex_home: Path, workdir: Path) -> str:
    """A thread with one turn ("Plan the release." -> "Release planned."), made earlier by another process."""
    mock_model.enqueue(responses.exec_command("echo planning"), responses.text("Release planned."))
    with Client(ClientConfig(process_env={"CODEX_HOME": str(codex_home)})) as client:
        session = client.start_session(SessionConfig(cwd=str(workdir)))
        session.ask("Plan the release.")
        return session.thread_id


def test_threads_list_shows_a_thread_created_earlier_in_the_same_codex_home(
    thread_id: str, cli_env: dict[str, str]
) -> None:
    proc = run_cli("threads", "list", env=cli_env)
    assert proc.returncode == 0, proc.stderr
    header, *rows = proc.stdout.splitlines()
    assert header.split() == ["THREAD", "UPDATED", "CWD", "PREVIEW"]
    assert [row.split()[0] for row in rows] == [thread_id]
    assert rows[0].endswith("Plan the release.")


def test_threads_read_shows_the_turns_of_a_thread(thread_id: str, cli_env: dict[str, str]) -> None:
    proc = run_cli("threads", "read", thread_id, env=cli_env)
    assert proc.returncode == 0, proc.stderr
    lines = proc.stdout.splitlines()
    assert lines[0] == f"thread {thread_id}"
    assert "> Plan the release." in lines
    assert "$ echo planning" in lines and "  planning" in lines
    assert "Release planned." in lines


def test_global_options_after_the_subcommand_reach_its_client(
    thread_id: str, codex_home: Path, cli_env: dict[str, str], tmp_path: Path
) -> None:
    # The environment points at an empty CODEX_HOME: the thread is found only if --codex-home reached the client.
    env = {**cli_env, "CODEX_HOME": str(tmp_path / "empty")}
    proc = run_cli("threads", "read", thread_id, "--json", "--codex-home", str(codex_home), env=env)
    assert proc.returncode == 0, proc.stderr
    assert [(r["kind"], r["thread_id"], r["thread"]["id"]) for r in json_lines(proc.stdout)] == [
        ("thread", thread_id, thread_id)
    ]


def test_threads_archive_moves_a_thread_out_of_the_list(thread_id: str, cli_env: dict[str, str]) -> None:
    archived = run_cli("threads", "archive", thread_id, env=cli_env)
    assert (archived.returncode, archived.stdout.strip()) == (0, f"archived {thread_id}")
    listed = json_lines(run_cli("--json", "threads", "list", "--archived", env=cli_env).stdout)
    assert [(r["kind"], r["thread_id"], r["thread"]["id"]) for r in listed] == [("thread", thread_id, thread_id)]


def test_threads_read_of_an_unknown_id_prints_one_line_with_a_hint_and_exits_1(cli_env: dict[str, str]) -> None:
    proc = run_cli("threads", "read", "not-a-thread", env=cli_env)
    assert proc.returncode == 1
    first, hint = proc.stderr.splitlines()
    assert first.startswith("error: thread/read: ")
    assert hint == "hint: check the thread id; `codex-runtime threads list` shows them"


def test_models_lists_the_configured_catalog(cli_env: dict[str, str]) -> None:
    proc = run_cli("models", env=cli_env)
    assert proc.returncode == 0, proc.stderr
    header, row = proc.stdout.splitlines()
    assert header.split()[:4] == ["MODEL", "NAME", "EFFORT", "EFFORTS"]
    assert row.startswith("mock-model") and "low,medium,high" in row
