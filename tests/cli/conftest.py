"""Fixtures for driving the ``codex-runtime`` command against the real codex binary and a MockModel.

The MockModel runs in the test process (a thread-based HTTP server); the CLI runs as a child with
``CODEX_HOME`` pointing at it. Terminal tests use pexpect (a real pseudo-terminal, ``TERM=xterm``); the others
use ``subprocess.run`` (stdin, stdout and stderr are not terminals). Every wait is bounded.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator, Mapping
from pathlib import Path

import pexpect
import pytest

from tests._sigint import default_sigint
from tests.cli._cli import EXPECT_TIMEOUT, SpawnCli


@pytest.fixture
def workdir(tmp_path: Path) -> Path:
    path = tmp_path / "work"
    path.mkdir()
    return path


@pytest.fixture
def cli_env(codex_home: Path, tmp_path: Path) -> dict[str, str]:
    """The child's environment: CODEX_HOME at the mock, a terminal type, NO_COLOR so expected text is not split
    by style codes (the spinner still runs; tests of colour itself drop NO_COLOR), and a data directory in
    ``tmp_path`` so ``serve`` keeps its session store there, never in the user's home."""
    env = {k: v for k, v in os.environ.items() if k not in ("FORCE_COLOR", "CODEX_RUNTIME_CLI_BIN")}
    data_dir = tmp_path / "data"
    env.update(
        {"CODEX_HOME": str(codex_home), "TERM": "xterm", "NO_COLOR": "1", "CODEX_RUNTIME_DATA_DIR": str(data_dir)}
    )
    return env


@pytest.fixture
def spawn_cli(cli_env: dict[str, str]) -> Iterator[SpawnCli]:
    """``spawn_cli(*args, env=None)``: the CLI in a pseudo-terminal; any child still alive is killed at teardown."""
    children: list[pexpect.spawn] = []

    def spawn(*args: str, env: Mapping[str, str] | None = None) -> pexpect.spawn:
        child = pexpect.spawn(
            sys.executable,
            ["-m", "codex_runtime", *args],
            env=dict(env or cli_env),
            encoding="utf-8",
            timeout=EXPECT_TIMEOUT,
            dimensions=(50, 200),
            preexec_fn=default_sigint,  # tests press Ctrl-C: it must work even when the suite ignores it
        )
        children.append(child)
        return child

    yield spawn
    for child in children:
        if child.isalive():
            child.terminate(force=True)
