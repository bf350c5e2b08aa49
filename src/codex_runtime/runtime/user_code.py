"""Calling user code (handlers, hooks, predicates, tools, callbacks) the one safe way.

Async callables (functions, or objects with ``async def __call__``) are awaited; sync ones run in a worker thread,
because they may block and must never stall the event loop; an awaitable a sync callable returns is awaited too.
A sync call that outlives its caller's deadline keeps its worker thread until it returns (Python cannot stop one).
"""

from __future__ import annotations

import asyncio
import inspect
from collections.abc import Callable
from typing import Any


def is_async_callable(fn: Any) -> bool:
    return inspect.iscoroutinefunction(fn) or inspect.iscoroutinefunction(getattr(fn, "__call__", None))  # noqa: B004


async def call_user(fn: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
    """``fn(*args, **kwargs)`` awaited or run off the loop; see the module docstring."""
    if is_async_callable(fn):
        return await fn(*args, **kwargs)
    result = await asyncio.to_thread(fn, *args, **kwargs)
    if inspect.isawaitable(result):
        result = await result
    return result
