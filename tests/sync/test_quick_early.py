"""The blocking quick_run starts codex before it imports the rest; whatever fails before the child is adopted (or
interrupts it), the child is killed and reaped, never left running."""

from __future__ import annotations

import asyncio
import os
import signal
import threading
from pathlib import Path

import psutil
import pytest

from codex_runtime import ClientConfig
from codex_runtime.api import quick
from codex_runtime.sync import quick_run
from tests._fake_codex import write_fake_codex

pytestmark = pytest.mark.timeout(60)


@pytest.fixture
def fake_codex(tmp_path: Path) -> Path:
    return write_fake_codex(tmp_path)


def children() -> set[int]:
    return {child.pid for child in psutil.Process().children(recursive=True) if child.status() != "zombie"}


def test_a_failure_before_the_child_is_adopted_leaves_no_codex_running(
    monkeypatch: pytest.MonkeyPatch, fake_codex: Path, tmp_path: Path
) -> None:
    started: list[int] = []

    async def fails_before_adopting(*args: object) -> None:
        started.append(args[-1].process.pid)  # type: ignore[attr-defined]
        raise RuntimeError("boom")

    monkeypatch.setattr(quick, "run_started", fails_before_adopting)
    before = children()

    with pytest.raises(RuntimeError, match="boom"):
        quick_run(tmp_path, "hi", client_config=ClientConfig(cli_bin=fake_codex))

    assert len(started) == 1  # a child was started for the run...
    assert not psutil.pid_exists(started[0])  # ...and is gone (killed and reaped), with nothing else left
    assert children() == before


@pytest.mark.usefixtures("ctrl_c_raises")
def test_ctrl_c_before_the_child_is_adopted_leaves_no_codex_running(
    monkeypatch: pytest.MonkeyPatch, fake_codex: Path, tmp_path: Path
) -> None:
    started: list[int] = []

    async def waits_before_adopting(*args: object) -> None:
        started.append(args[-1].process.pid)  # type: ignore[attr-defined]
        threading.Timer(0.2, os.kill, (os.getpid(), signal.SIGINT)).start()  # Ctrl-C while it waits
        await asyncio.Event().wait()

    monkeypatch.setattr(quick, "run_started", waits_before_adopting)
    before = children()

    with pytest.raises(KeyboardInterrupt):
        quick_run(tmp_path, "hi", client_config=ClientConfig(cli_bin=fake_codex))

    assert len(started) == 1
    assert not psutil.pid_exists(started[0])
    assert children() == before
