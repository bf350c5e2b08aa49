"""Blocking twin of :func:`codex_runtime.ray.run_batch` (needs the ``ray`` extra)."""

from codex_runtime.ray._twin import run_batch

__all__ = ["run_batch"]
