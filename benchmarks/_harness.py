"""The measuring machinery: isolated worker processes, process clean-up, statistics, machine facts.

Every measurement runs in a fresh worker process (``python -m benchmarks._worker``) started in its own process
group, so imports, caches, GC state and peak RSS never leak from one measurement into the next. Whatever a worker
starts (fake app-servers, the real codex binary, MockModel helpers) inherits ``BENCH_REAP_TOKEN``; after the worker
ends, its group is killed and any process still carrying the token (e.g. a codex child that a crashed worker left
in its own process group) is killed with its group. Stray processes are counted and reported: a non-zero count is
itself a finding (a client that leaks its child).
"""

from __future__ import annotations

import contextlib
import json
import os
import platform
import signal
import statistics
import subprocess
import sys
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
WORK_ROOT = Path(__file__).resolve().parent / ".work"
WORK = Path(os.environ.get("BENCH_WORK") or WORK_ROOT / "adhoc")
"""Scratch space outside /tmp (codex refuses to create helper binaries under /tmp); one directory per run, set by
the parent in ``BENCH_WORK`` and removed when the run ends."""
RESULT_PREFIX = "BENCH_RESULT "


class WorkerError(RuntimeError):
    """A worker failed, timed out or printed no result."""


@dataclass
class Harness:
    """Options shared by every benchmark, and the run-wide bookkeeping."""

    quick: bool = False
    src: str | None = None
    """Run the workers against another ``src`` tree (e.g. a patched copy) instead of the installed package."""
    compare_src: str | None = None
    """A second source tree (e.g. with a proposed patch): benchmarks that support it add its variants side by side."""
    reaped: int = 0
    total_seconds: float = 0.0
    loads: list[float] = field(default_factory=list)
    """The 1-minute load average when each worker started."""
    work: Path = field(default_factory=lambda: WORK_ROOT / f"run-{os.getpid()}")

    def rounds(self, full: int) -> int:
        return 1 if self.quick else full

    def run(
        self, module: str, func: str, timeout: float = 300.0, src: str | None = None, **kwargs: Any
    ) -> dict[str, Any]:
        """Run ``benchmarks.<module>.<func>(**kwargs)`` in a fresh worker process (importing codex_runtime from
        ``src`` when given, else from the harness's tree); its JSON result.

        Raises:
            WorkerError: the worker failed, timed out or printed no result (its stderr tail is in the message).
        """
        self.loads.append(os.getloadavg()[0])
        token = uuid.uuid4().hex
        env = dict(os.environ)
        env["BENCH_REAP_TOKEN"] = token
        env["BENCH_WORK"] = str(self.work)
        env["PYTHONPATH"] = os.pathsep.join(p for p in (src or self.src, str(REPO), env.get("PYTHONPATH")) if p)
        env.setdefault("PYTHONHASHSEED", "0")
        argv = [sys.executable, "-m", "benchmarks._worker", module, func, json.dumps(kwargs)]
        proc = subprocess.Popen(
            argv,
            cwd=REPO,
            env=env,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            start_new_session=True,
        )
        try:
            out, err = proc.communicate(timeout=timeout)
        except subprocess.TimeoutExpired:
            kill_group(proc.pid)
            out, err = proc.communicate()
            raise WorkerError(f"{module}.{func} timed out after {timeout:g}s\n{_tail(err)}") from None
        finally:
            kill_group(proc.pid)
            if proc.poll() is None:
                proc.kill()
                proc.wait()
            self.reaped += reap(token)
        for line in reversed(out.decode("utf-8", "replace").splitlines()):
            if line.startswith(RESULT_PREFIX):
                result: dict[str, Any] = json.loads(line[len(RESULT_PREFIX) :])
                return result
        raise WorkerError(f"{module}.{func} exited {proc.returncode} without a result\n{_tail(err)}")


def _tail(data: bytes, limit: int = 3000) -> str:
    return data.decode("utf-8", "replace")[-limit:]


# --- processes ---------------------------------------------------------------------------------------------------


def kill_group(pgid: int) -> None:
    """SIGKILL a process group we created (never our own)."""
    if pgid <= 1 or pgid == os.getpgrp():
        return
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(pgid, signal.SIGKILL)


def reap(token: str) -> int:
    """Kill every process (and its group) whose environment carries ``BENCH_REAP_TOKEN=token``; how many."""
    needle = f"BENCH_REAP_TOKEN={token}".encode()
    me = os.getpid()
    killed = 0
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit() or int(entry.name) == me:
            continue
        try:
            environ = (entry / "environ").read_bytes()
        except OSError:
            continue
        if needle not in environ.split(b"\0"):
            continue
        pid = int(entry.name)
        with contextlib.suppress(ProcessLookupError, PermissionError):
            kill_group(os.getpgid(pid))
            os.kill(pid, signal.SIGKILL)
            killed += 1
    return killed


# --- statistics --------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Summary:
    median: float
    low: float
    high: float
    n: int

    @classmethod
    def of(cls, values: Iterable[float]) -> Summary:
        data = sorted(values)
        if not data:
            return cls(float("nan"), float("nan"), float("nan"), 0)
        return cls(statistics.median(data), data[0], data[-1], len(data))

    def fmt(self, digits: int = 2, scale: float = 1.0, unit: str = "") -> str:
        """``median (min-max)``."""
        if self.n == 0:
            return "n/a"
        m, lo, hi = (v * scale for v in (self.median, self.low, self.high))
        if self.n == 1:
            return f"{m:,.{digits}f}{unit}"
        return f"{m:,.{digits}f}{unit} ({lo:,.{digits}f}-{hi:,.{digits}f})"


@dataclass
class Row:
    """One line of the summary table."""

    benchmark: str
    figure: str
    ours: str
    baseline: str
    ratio: str
    target: str
    status: str


@dataclass
class Section:
    """What one benchmark contributes to RESULTS.md: summary rows and its own detail section."""

    name: str
    title: str
    rows: list[Row]
    body: str


def verdict(met: bool) -> str:
    return "**MET**" if met else "**NOT MET**"


def rotate(items: Sequence[str], round_index: int) -> list[str]:
    """The variants in a different order each round, so no variant always runs first (or right after another)."""
    k = round_index % len(items)
    return list(items[k:]) + list(items[:k])


# --- worker-side helpers -----------------------------------------------------------------------------------------


def rss_mib() -> float:
    return _status_kib("VmRSS") / 1024


def peak_rss_mib() -> float:
    return _status_kib("VmHWM") / 1024


def reset_peak_rss() -> bool:
    """Reset VmHWM to the current RSS (Linux ``clear_refs`` 5); False when the kernel refuses."""
    try:
        Path("/proc/self/clear_refs").write_text("5")
    except OSError:
        return False
    return True


def _status_kib(key: str) -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(key + ":"):
            return float(line.split()[1])
    return float("nan")


# --- machine -----------------------------------------------------------------------------------------------------


def machine_facts(src: str | None) -> dict[str, str]:
    cpu = platform.processor() or "unknown"
    with contextlib.suppress(OSError):
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    facts = {
        "date (UTC)": datetime.now(UTC).strftime("%Y-%m-%d %H:%M"),
        "CPU": cpu,
        "cores": str(os.cpu_count()),
        "OS": f"{platform.system()} {platform.release()}",
        "Python": platform.python_version(),
        "codex": _codex_version(),
        "openai-codex (official SDK)": _dist_version("openai-codex"),
        "codex-runtime": _dist_version("codex-runtime") + (f" (workers use src tree {src})" if src else ""),
        "pydantic-core / orjson": f"{_dist_version('pydantic-core')} / {_dist_version('orjson')}",
        "load average at start": " ".join(f"{x:.2f}" for x in os.getloadavg()),
    }
    return facts


def _dist_version(name: str) -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version(name)
    except PackageNotFoundError:
        return "not installed"


def _codex_version() -> str:
    try:
        from codex_runtime.cli_bin import resolve_codex_binary

        path = resolve_codex_binary().path
        out = subprocess.run([str(path), "--version"], capture_output=True, text=True, timeout=20)
        return out.stdout.strip() or "unknown"
    except Exception as exc:  # a machine fact, never a reason to fail the run
        return f"unknown ({exc})"
