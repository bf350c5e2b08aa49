"""The benchmark harness runs end to end with tiny sizes (`python -m benchmarks --quick`). Not a timed test: it only
checks that every benchmark produces its section, every variant's output was verified, and no process leaked."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
SECTIONS = (
    "## 1. Receive path",
    "## 2. Turn overhead",
    "## 3. Startup",
    "## 4. Memory",
    "## 5. Concurrency",
    "## 6. Scale out",
    "## 7. Cold start",
    "## 8. Restart latency",
)


@pytest.mark.timeout(240)
def test_quick_benchmark_run_reports_every_section_with_verified_outputs_and_no_stray_processes() -> None:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(p for p in (str(REPO), os.environ.get("PYTHONPATH")) if p)}
    done = subprocess.run(
        [sys.executable, "-m", "benchmarks", "--quick"],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=220,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    report = done.stdout
    for heading in SECTIONS:
        assert heading in report
    assert "**NO**" not in report  # every variant's output matched the expected text
    assert "| stray processes reaped after workers | 0 |" in report
