"""Matching (HookMatcher, filtered hooks) and registration: the Hooks container and scope merging."""

from __future__ import annotations

import logging
import os
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar, cast

from codex_runtime.runtime.hooks._types import (
    ApprovalObserver,
    HookAction,
    HookContext,
    HookPhase,
    PostHook,
    PreHook,
    _invoke,
    _own_timeout,
)

logger = logging.getLogger("codex_runtime.hooks")


_T = TypeVar("_T")


# --- matching --------------------------------------------------------------------------------------------------


def _norm_dir(path: str | os.PathLike[str]) -> str:
    return os.path.normpath(os.path.abspath(os.fspath(path)))


@dataclass(frozen=True, slots=True)
class HookMatcher:
    """Which contexts a filtered hook sees. Every given criterion must hold; an unset one matches anything.

    Attributes:
        phases: one phase or a collection of phases.
        tool_name: exact ``ctx.tool_name`` (so it never matches a context without a tool).
        cwd_prefix: ``ctx.cwd`` is this directory or below it, on a path boundary (``/a/b`` matches ``/a/b`` and
            ``/a/b/c`` but not ``/a/bc``). A relative prefix is made absolute when the matcher is built.

    Raises:
        ValueError: a phase that is not a HookPhase.
    """

    phases: HookPhase | Collection[HookPhase] | None = None
    tool_name: str | None = None
    cwd_prefix: str | None = None

    def __post_init__(self) -> None:
        if self.phases is not None:
            given = (self.phases,) if isinstance(self.phases, str) else self.phases
            object.__setattr__(self, "phases", frozenset(HookPhase(p) for p in given))
        if self.cwd_prefix is not None:
            object.__setattr__(self, "cwd_prefix", _norm_dir(self.cwd_prefix))

    def matches(self, ctx: HookContext) -> bool:
        if self.phases is not None and ctx.phase not in cast("frozenset[HookPhase]", self.phases):
            return False
        if self.tool_name is not None and ctx.tool_name != self.tool_name:
            return False
        if self.cwd_prefix is not None:
            if ctx.cwd is None:
                return False
            cwd = _norm_dir(ctx.cwd)
            # Compare on a separator boundary, so /a/b never claims /a/bc.
            if cwd != self.cwd_prefix and not cwd.startswith(self.cwd_prefix.rstrip(os.sep) + os.sep):
                return False
        return True


class _Filtered:
    def __init__(self, hook: PreHook | PostHook, matcher: HookMatcher) -> None:
        _check_hook(hook, "hook")
        self.hook = hook
        self.matcher = matcher

    @property
    def name(self) -> str:
        return self.hook.name

    @property
    def wants_prompt(self) -> bool:
        return getattr(self.hook, "wants_prompt", False) is True

    @property
    def timeout(self) -> float | None:
        return _own_timeout(self.hook)

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.hook!r}, {self.matcher!r})"


class FilteredPreHook(_Filtered):
    """``hook`` runs only where ``matcher`` matches; elsewhere it is a noop. Name, ``timeout`` and
    ``wants_prompt`` are the wrapped hook's."""

    def __init__(self, hook: PreHook, matcher: HookMatcher) -> None:
        super().__init__(hook, matcher)

    async def call(self, ctx: HookContext) -> HookAction | None:
        if not self.matcher.matches(ctx):
            return None
        return cast("HookAction | None", await _invoke(self.hook.call, ctx))


class FilteredPostHook(_Filtered):
    """``hook`` runs only where ``matcher`` matches. Name, ``timeout`` and ``wants_prompt`` are the wrapped hook's."""

    def __init__(self, hook: PostHook, matcher: HookMatcher) -> None:
        super().__init__(hook, matcher)

    async def call(self, ctx: HookContext) -> None:
        if self.matcher.matches(ctx):
            await _invoke(self.hook.call, ctx)


# --- registration and merging ------------------------------------------------------------------------------------


def _check_hook(hook: Any, kind: str) -> None:
    name = getattr(hook, "name", None)
    if not isinstance(name, str) or not name:
        raise TypeError(f"{kind} {hook!r} needs a non-empty `name: str`")
    if not callable(getattr(hook, "call", None)):
        raise TypeError(f"{kind} {name!r} needs a `call(ctx)` method")


def _check_observer(observer: Any) -> None:
    if not any(callable(getattr(observer, m, None)) for m in ("before_request", "after_decision")):
        raise TypeError(f"approval observer {observer!r} needs before_request(request) and/or after_decision(...)")


def _observer_key(observer: Any) -> object:
    name = getattr(observer, "name", None)
    return name if isinstance(name, str) and name else ("id", id(observer))


def _dedup_last_wins(items: Sequence[_T], key: Callable[[_T], object]) -> tuple[_T, ...]:
    last = {key(item): index for index, item in enumerate(items)}
    return tuple(item for index, item in enumerate(items) if last[key(item)] == index)


def _hook_key(hook: Any) -> object:
    return hook.name


@dataclass(frozen=True, slots=True)
class Hooks:
    """The hooks of one scope (client, session or call). Immutable; lists are copied into tuples.

    Raises:
        TypeError: a hook without a ``name: str`` or ``call``, or an observer without either observer method.
    """

    pre: Sequence[PreHook] = ()
    post: Sequence[PostHook] = ()
    approval_observers: Sequence[ApprovalObserver] = ()

    def __post_init__(self) -> None:
        for name, check in (("pre", _check_hook), ("post", _check_hook)):
            items = tuple(getattr(self, name))
            for item in items:
                check(item, f"{name} hook")
            object.__setattr__(self, name, items)
        observers = tuple(self.approval_observers)
        for observer in observers:
            _check_observer(observer)
        object.__setattr__(self, "approval_observers", observers)

    @property
    def is_empty(self) -> bool:
        return not (self.pre or self.post or self.approval_observers)

    def merged_with(self, other: Hooks | None) -> Hooks:
        """``self``'s hooks, then ``other``'s, de-duplicated by name (separately for pre, post and observers).

        On a name clash ``other`` wins and its hook runs in ``other``'s position, i.e. after every hook of ``self``
        (the narrower scope runs last). Within one list the later of two same-named hooks wins the same way.
        Observers without a ``name`` are only de-duplicated when they are the very same object.

        Raises:
            TypeError: ``other`` is neither a Hooks nor None.
        """
        if other is None:
            return self
        if not isinstance(other, Hooks):
            raise TypeError(f"cannot merge hooks with {type(other).__name__}; use Hooks(pre=..., post=...)")
        return Hooks(
            pre=_dedup_last_wins([*self.pre, *other.pre], _hook_key),
            post=_dedup_last_wins([*self.post, *other.post], _hook_key),
            approval_observers=_dedup_last_wins([*self.approval_observers, *other.approval_observers], _observer_key),
        )


EMPTY_HOOKS = Hooks()


def as_hooks(value: object) -> Hooks:
    """``value`` as a :class:`Hooks` (None is empty); for config fields typed loosely.

    Raises:
        TypeError: ``value`` is something else.
    """
    if value is None:
        return EMPTY_HOOKS
    if isinstance(value, Hooks):
        return value
    raise TypeError(f"hooks must be a Hooks object or None, not {type(value).__name__}")


def merge_scopes(client: Hooks | None, session: Hooks | None = None, call: Hooks | None = None) -> Hooks:
    """Client-wide hooks first, then the session's, then the call's (profile's), de-duplicated by name with the
    narrower scope winning. Builds a new object; no scope's Hooks is changed, so nothing leaks between sessions.

    Raises:
        TypeError: a scope is neither a Hooks nor None.
    """
    scopes = (as_hooks(client), as_hooks(session), as_hooks(call))
    if all(scope.is_empty for scope in scopes):
        return EMPTY_HOOKS  # the common case, on every turn: nothing to merge
    return scopes[0].merged_with(scopes[1]).merged_with(scopes[2])
