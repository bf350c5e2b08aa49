"""``--transcript FILE`` records a command's traffic; ``replay FILE`` shows it as the command showed it live (a
child process with no terminal, against the real binary + MockModel)."""

from __future__ import annotations

import re
from pathlib import Path

from codex_runtime.testing import MockModel, responses
from tests.cli._cli import run_cli

TIMED = re.compile(r"✓ done · \d+\.\ds · \d+ tokens")


def test_replay_prints_what_run_printed(
    mock_model: MockModel, cli_env: dict[str, str], workdir: Path, tmp_path: Path
) -> None:
    mock_model.enqueue(responses.exec_command("echo replayed-output"), responses.text("The command ran."))
    transcript = tmp_path / "t.jsonl"
    live = run_cli("--transcript", str(transcript), "run", "Run it.", "--cwd", str(workdir), env=cli_env)
    assert live.returncode == 0, live.stderr
    replayed = run_cli("replay", str(transcript), env=cli_env)
    assert replayed.returncode == 0, replayed.stderr

    live_lines, replayed_lines = live.stdout.splitlines(), replayed.stdout.splitlines()
    assert TIMED.fullmatch(live_lines[-1]) and TIMED.fullmatch(replayed_lines[-1])  # its own clock, each
    assert replayed_lines[:-1] == live_lines[:-1]
    assert live_lines[1:3] == ["$ echo replayed-output", "  replayed-output"]
    assert "The command ran." in live_lines
