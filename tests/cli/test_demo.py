"""`codex-runtime demo` (the README's main job) runs offline end to end."""

from __future__ import annotations

import subprocess
import sys


def test_the_demo_streams_an_answer_runs_an_approved_command_and_edits_a_file() -> None:
    proc = subprocess.run([sys.executable, "-m", "codex_runtime", "demo"], capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr[-2000:]
    out = proc.stdout
    assert "Hello! I am codex app-server" in out
    assert "approval requested: item/commandExecution/requestApproval" in out
    assert "the command ran" in out and "[exit 0, completed]" in out
    assert "[file change completed]" in out
    assert out.rstrip().endswith("# Hello\nWritten by codex.")
