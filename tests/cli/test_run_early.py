"""``codex-runtime run`` starts codex before it imports the turn machinery; when the turn setup fails before the
child is adopted, the command still kills and reaps it: no codex is left running."""

from __future__ import annotations

import signal
from collections.abc import Iterator
from pathlib import Path

import psutil
import pytest
from click.testing import CliRunner

from codex_runtime.cli import run
from codex_runtime.cli.app import cli
from codex_runtime.runtime.handshake import EarlyStart
from tests._fake_codex import write_fake_codex

pytestmark = pytest.mark.timeout(60)


@pytest.fixture
def fake_codex(tmp_path: Path) -> Path:
    return write_fake_codex(tmp_path)


@pytest.fixture
def started() -> Iterator[list[int]]:
    """The pids of the children the command started; any left alive (the bug under test) is killed at teardown."""
    pids: list[int] = []
    yield pids
    for pid in pids:
        if psutil.pid_exists(pid):
            psutil.Process(pid).send_signal(signal.SIGKILL)


def children() -> set[int]:
    return {child.pid for child in psutil.Process().children(recursive=True) if child.status() != "zombie"}


def test_a_turn_setup_failing_before_the_child_is_adopted_leaves_no_codex_running(
    monkeypatch: pytest.MonkeyPatch, fake_codex: Path, tmp_path: Path, started: list[int]
) -> None:
    async def fails_before_adopting(*args: object) -> int:
        early = args[-1]
        assert isinstance(early, EarlyStart)
        started.append(early.process.pid)
        raise RuntimeError("boom")

    monkeypatch.setattr(run, "run_turn", fails_before_adopting)
    monkeypatch.setenv("CODEX_HOME", str(tmp_path))
    before = children()

    result = CliRunner().invoke(cli, ["--cli-bin", str(fake_codex), "run", "hi"])

    assert (type(result.exception), str(result.exception)) == (RuntimeError, "boom")
    assert len(started) == 1  # a child was started for the run...
    assert not psutil.pid_exists(started[0])  # ...and is gone (killed and reaped), with nothing else left
    assert children() == before
