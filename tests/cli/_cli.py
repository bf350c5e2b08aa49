"""Running the ``codex-runtime`` command as a child process (no terminal) and reading its output."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

import pexpect

SpawnCli = Callable[..., pexpect.spawn]
"""The ``spawn_cli`` fixture: ``spawn_cli(*args, env=None)`` starts the CLI in a pseudo-terminal."""

CLI_TIMEOUT = 60.0
"""Seconds one CLI invocation may take in total."""
EXPECT_TIMEOUT = 30
"""Seconds one pexpect ``expect`` may wait."""


def run_cli(
    *args: str, env: Mapping[str, str], input: str | None = None, cwd: Path | None = None
) -> subprocess.CompletedProcess[str]:
    """Run ``python -m codex_runtime ARGS`` with no terminal anywhere; stdin is empty unless ``input`` is given."""
    return subprocess.run(
        [sys.executable, "-m", "codex_runtime", *args],
        env=dict(env),
        input=input if input is not None else "",
        capture_output=True,
        text=True,
        timeout=CLI_TIMEOUT,
        cwd=cwd,
    )


def finish(child: pexpect.spawn) -> int:
    """Wait (bounded by the child's timeout) for the child to exit and return its exit status."""
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus is not None, f"killed by signal {child.signalstatus}"
    return int(child.exitstatus)


def json_lines(text: str) -> list[dict[str, Any]]:
    """Every line of ``text`` parsed as one JSON object (fails on any line that is not)."""
    records = [json.loads(line) for line in text.splitlines() if line.strip()]
    assert all(isinstance(record, dict) for record in records)
    return records
