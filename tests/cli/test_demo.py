"""`codex-runtime demo` (the README's main job) runs offline end to end, shown the way `run` shows turns."""

from __future__ import annotations

import subprocess
import sys

from tests.cli._cli import SpawnCli, finish


def test_the_demo_streams_an_answer_runs_an_approved_command_and_edits_a_file_without_a_terminal() -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "codex_runtime", "demo"], capture_output=True, text=True, timeout=120, input=""
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    out = proc.stdout
    assert "Hello! I am codex app-server" in out
    assert "approval needed: run `ls && echo 'the command ran'`" in out
    assert "approved (no terminal: the demo approves by itself; real runs decline)" in out
    assert "the command ran" in out and "✓ exit 0" in out
    assert "~ add " in out and "✓ applied" in out
    assert "\x1b[" not in out  # no terminal: no styling at all
    assert out.rstrip().endswith("HELLO.md now says:\n# Hello\nWritten by codex.")


def test_the_demo_in_a_terminal_asks_before_the_command_and_the_file_change(spawn_cli: SpawnCli) -> None:
    child = spawn_cli("demo")
    child.expect_exact("Allow? [y]es / [n]o / [a]lways (this command, rest of the session; file changes still ask)")
    child.sendline("y")
    child.expect_exact("the command ran")
    child.expect_exact(
        "Allow? [y]es / [n]o / [a]lways (file changes like this, rest of the session; commands still ask)"
    )
    child.sendline("a")
    child.expect_exact("approved for this session")
    child.expect_exact("HELLO.md now says:")
    child.expect_exact("Written by codex.")
    assert finish(child) == 0
