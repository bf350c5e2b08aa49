"""Blocking twin of :func:`codex_runtime.ray.run_batch` (needs the ``ray`` extra), on the one portal loop of
:mod:`codex_runtime.sync` (``on_progress`` runs on the portal's loop thread)."""

from __future__ import annotations

from codex_runtime.ray.batch import run_batch as _run_batch
from codex_runtime.sync._portal import blocking

run_batch = blocking(_run_batch)

__all__ = ["run_batch"]
