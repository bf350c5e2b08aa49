"""The blocking ``quick_run`` twins, on their own so a one-shot script imports nothing else of the sync layer."""

from __future__ import annotations

from codex_runtime.api import quick as _quick
from codex_runtime.sync._portal import blocking

quick_run = blocking(_quick.quick_run)
quick_run_with_profile = blocking(_quick.quick_run_with_profile)

__all__ = ["quick_run", "quick_run_with_profile"]
