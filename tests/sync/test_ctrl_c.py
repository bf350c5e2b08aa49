"""Ctrl-C during a blocking ask interrupts the running turn on the server, then raises KeyboardInterrupt."""

from __future__ import annotations

import selectors
import signal
import subprocess
import sys
from pathlib import Path

from tests._sigint import default_sigint

ROOT = Path(__file__).resolve().parents[2]


def test_ctrl_c_interrupts_the_running_turn() -> None:
    proc = subprocess.Popen(
        [sys.executable, "-m", "tests.sync.ctrl_c_script"],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        preexec_fn=default_sigint,  # Ctrl-C must work even when the suite itself ignores it
    )
    try:
        assert proc.stdout is not None
        with selectors.DefaultSelector() as selector:  # wait for the line with a deadline, not forever
            selector.register(proc.stdout, selectors.EVENT_READ)
            assert selector.select(timeout=60), "the script never reported that the model is streaming"
        assert proc.stdout.readline().strip() == "STREAMING"
        # The model is streaming a slow answer (0.5 s per event): Ctrl-C lands mid-turn.
        proc.send_signal(signal.SIGINT)
        out, err = proc.communicate(timeout=60)
    finally:
        proc.kill()
    assert "OUTCOME keyboard-interrupt" in out, err[-4000:]
    assert "STATUS interrupted" in out, out + err[-2000:]
