"""6. Scale out: RuntimePool turns per second for 1, 2 and 4 members, and Ray's batch overhead per task.

The measurements live in :mod:`benchmarks.pool_bench` (also runnable alone); this module turns its rows into the
report's summary rows and detail table. They are informational: the issue sets no target for them.
"""

from __future__ import annotations

from typing import Any

from benchmarks import pool_bench
from benchmarks._harness import Harness, Row, Section


def _fmt(value: Any, unit: str) -> str:
    return "skipped (no ray)" if value is None else f"{value} {unit}"


def run(harness: Harness) -> Section:
    rows = pool_bench.run(quick=harness.quick)
    summary = [
        Row("6. pool", str(r["case"]), _fmt(r["value"], str(r["unit"])), "—", "—", "informational", "—") for r in rows
    ]
    extra_keys = sorted({k for r in rows for k in r} - {"benchmark", "case", "value", "unit"})
    table = ["| case | value | " + " | ".join(extra_keys) + " |", "|---|---|" + "---|" * len(extra_keys)]
    table += [
        f"| {r['case']} | {_fmt(r['value'], str(r['unit']))} | "
        + " | ".join(str(r.get(k, "")) for k in extra_keys)
        + " |"
        for r in rows
    ]
    body = (
        "The real bundled codex binary against an echo MockModel (every POST answered at once), so the figures\n"
        "measure codex_runtime + app-server on this 2-core machine, not a model: more members cannot add CPU here.\n"
        "Ray runs as a loopback-only local cluster; its one-time start (~3-4 s) is not in the per-task figure.\n\n"
        + "\n".join(table)
    )
    return Section("pool", "6. Scale out: RuntimePool and Ray", summary, body)
