"""Worker entry point: ``python -m benchmarks._worker MODULE FUNC JSON_KWARGS``.

Runs ``benchmarks.MODULE.FUNC(**kwargs)`` (a coroutine function is run with ``asyncio.run``) and prints its JSON
result on one line prefixed with ``BENCH_RESULT``, plus the worker's peak RSS and where codex_runtime came from.
"""

from __future__ import annotations

import asyncio
import importlib
import inspect
import json
import sys
from typing import Any

from benchmarks._harness import RESULT_PREFIX, peak_rss_mib


def main(argv: list[str]) -> int:
    module_name, func_name, raw_kwargs = argv
    module = importlib.import_module(f"benchmarks.{module_name}")
    func = getattr(module, func_name)
    kwargs: dict[str, Any] = json.loads(raw_kwargs)
    result = asyncio.run(func(**kwargs)) if inspect.iscoroutinefunction(func) else func(**kwargs)
    result = dict(result)
    result.setdefault("worker_peak_rss_mib", round(peak_rss_mib(), 1))
    codex_runtime = sys.modules.get("codex_runtime")
    if codex_runtime is not None:
        result.setdefault("codex_runtime_from", str(getattr(codex_runtime, "__file__", "?")))
    sys.stdout.flush()
    print(RESULT_PREFIX + json.dumps(result), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
