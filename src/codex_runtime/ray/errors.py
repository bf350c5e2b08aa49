"""The error :mod:`codex_runtime.ray` adds to the tree::

CodexRuntimeError
└── PromptRunError
    └── BatchTaskError       a batch task failed (``TaskOutcome.unwrap()``); ``failure`` says why

Defined next to :class:`~codex_runtime.ray.TaskOutcome` (it carries one, and ``unwrap()`` raises it), so the two
modules do not import each other; this module names it where the other packages keep their errors.
"""

from __future__ import annotations

from codex_runtime.ray.tasks import BatchTaskError

__all__ = ["BatchTaskError"]
