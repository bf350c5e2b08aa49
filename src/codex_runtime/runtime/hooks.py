"""Hooks: user code that runs before and after the phases of a run, and observers of every approval.

Knows: the phases, what a hook sees (:class:`HookContext`) and may answer (:class:`HookAction`), the scope merge
rules, and how to call user code safely: sync code in a worker thread (never on the loop), every call bounded by a
deadline, every error contained in a :class:`HookReport` (fail-open). Only an explicit block stops anything.
Must not: talk to codex. The api layer decides when each phase fires, typically through one :class:`HookRun` per run.

A hook is any object with ``name: str`` and ``call(ctx)``, sync or async. Two optional attributes:

- ``timeout``: seconds for this hook's call (the runner's default, 5 s, otherwise);
- ``wants_prompt``: ``True`` to see the prompt text in ``ctx.prompt``. Every other hook gets ``ctx.prompt = None``,
  so prompts do not leak into audit or shell hooks by accident.

Pre hooks run at every ``PRE_*`` phase, post hooks at every ``POST_*`` phase and ``SESSION_END``; ``ctx.phase`` says
which. Wrap a hook in :class:`FilteredPreHook` / :class:`FilteredPostHook` with a :class:`HookMatcher` to narrow it.
"""

from __future__ import annotations

import asyncio
import dataclasses
import enum
import inspect
import json
import logging
import os
import time
import uuid
from collections.abc import Awaitable, Callable, Collection, Mapping, Sequence
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any, Literal, Protocol, TypeVar, cast

from codex_runtime.errors import BlockedByHookError, CodexRuntimeError
from codex_runtime.runtime.decisions import (
    COMMAND_APPROVAL,
    FILE_CHANGE_APPROVAL,
    LEGACY_EXEC_APPROVAL,
    LEGACY_PATCH_APPROVAL,
)

logger = logging.getLogger("codex_runtime.hooks")

DEFAULT_HOOK_TIMEOUT = 5.0
"""Seconds one hook call may take unless the hook has its own ``timeout`` attribute."""

_T = TypeVar("_T")


# --- vocabulary ------------------------------------------------------------------------------------------------


class HookPhase(enum.StrEnum):
    """Where in a run a hook fires. ``str(phase)`` is the lowercase name, e.g. ``"pre_tool_use"``."""

    PRE_RUN = enum.auto()
    POST_RUN = enum.auto()
    PRE_SESSION_START = enum.auto()
    POST_SESSION_START = enum.auto()
    PRE_TURN = enum.auto()
    POST_TURN = enum.auto()
    PRE_TOOL_USE = enum.auto()
    POST_TOOL_USE = enum.auto()
    SESSION_END = enum.auto()

    @property
    def is_pre(self) -> bool:
        return self.name.startswith("PRE_")

    @property
    def is_post(self) -> bool:
        """``POST_*`` and ``SESSION_END``."""
        return not self.is_pre


class ApprovalPoint(enum.StrEnum):
    """Where an approval observer was called (the ``phase`` of an observer's :class:`HookIssue`)."""

    BEFORE_REQUEST = "approval_before_request"
    AFTER_DECISION = "approval_after_decision"


TOOL_COMMAND = "commandExecution"
TOOL_FILE_CHANGE = "fileChange"
_TOOL_NAMES = {
    COMMAND_APPROVAL: TOOL_COMMAND,
    LEGACY_EXEC_APPROVAL: TOOL_COMMAND,
    TOOL_COMMAND: TOOL_COMMAND,
    FILE_CHANGE_APPROVAL: TOOL_FILE_CHANGE,
    LEGACY_PATCH_APPROVAL: TOOL_FILE_CHANGE,
    TOOL_FILE_CHANGE: TOOL_FILE_CHANGE,
}


def tool_name_for(method_or_item_type: str) -> str | None:
    """The ``ctx.tool_name`` for an approval method or a thread item type (``"commandExecution"`` or
    ``"fileChange"``), so PRE_TOOL_USE and POST_TOOL_USE of one tool carry the same name; None for others."""
    return _TOOL_NAMES.get(method_or_item_type)


def _new_correlation_id() -> str:
    return uuid.uuid4().hex


@dataclass(frozen=True, slots=True, kw_only=True)
class HookContext:
    """What a hook sees. Immutable; the runner hands each hook a copy fitted to it.

    Attributes:
        phase: which phase fires.
        correlation_id: the same for every phase of one run.
        timestamp: ``time.time()`` when the context was made.
        thread_id, turn_id, cwd, model: where the run is (None when not known yet, e.g. before thread/start).
        status: the main status: a run/turn outcome at POST_RUN/POST_TURN (``"completed"``, ``"failed"``,
            ``"interrupted"``, ``"blocked"``, ...), the item status at POST_TOOL_USE.
        error: the error message at a failed post phase.
        metadata: accumulated across the phases of one run (pre hooks add to it with ``metadata_delta``).
        tool_name, tool_input, tool_result: tool phases only (see :func:`tool_name_for`); plain JSON-like data.
        prompt: the prompt text, only for hooks with ``wants_prompt = True``; None for every other hook.

    Raises:
        ValueError: ``phase`` is not a HookPhase (or its value).
    """

    phase: HookPhase
    correlation_id: str = field(default_factory=_new_correlation_id)
    timestamp: float = field(default_factory=time.time)
    thread_id: str | None = None
    turn_id: str | None = None
    cwd: str | None = None
    model: str | None = None
    status: str | None = None
    error: str | None = None
    metadata: Mapping[str, Any] = field(default_factory=dict)
    tool_name: str | None = None
    tool_input: Any = None
    tool_result: Any = None
    prompt: str | None = None

    def __post_init__(self) -> None:
        object.__setattr__(self, "phase", HookPhase(self.phase))
        # A private copy behind a read-only view: no hook can reach another run's metadata through it.
        object.__setattr__(self, "metadata", MappingProxyType(dict(self.metadata)))

    def replace(self, **changes: Any) -> HookContext:
        """A copy with ``changes`` applied."""
        return dataclasses.replace(self, **changes)

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready dict; ``prompt`` appears only when it is set."""
        data: dict[str, Any] = {
            "phase": self.phase.value,
            "correlation_id": self.correlation_id,
            "timestamp": self.timestamp,
            "thread_id": self.thread_id,
            "turn_id": self.turn_id,
            "cwd": self.cwd,
            "model": self.model,
            "status": self.status,
            "error": self.error,
            "metadata": dict(self.metadata),
            "tool_name": self.tool_name,
            "tool_input": self.tool_input,
            "tool_result": self.tool_result,
        }
        if self.prompt is not None:
            data["prompt"] = self.prompt
        return data

    def to_json(self) -> str:
        """The context as one line of JSON (what a shell hook reads on stdin). Values JSON does not know are
        converted: pydantic models dumped, paths and anything else as ``str``.

        Raises:
            ValueError: the metadata holds a circular reference.
        """
        return json.dumps(self.to_dict(), default=_json_default, separators=(",", ":"))


def _json_default(value: Any) -> Any:
    dump = getattr(value, "model_dump", None)
    if callable(dump):
        return dump(mode="json", by_alias=True)
    if isinstance(value, Mapping):
        return dict(value)
    if isinstance(value, set | frozenset):
        return sorted(value, key=str)
    if isinstance(value, os.PathLike):
        return os.fsdecode(value)
    return str(value)


@dataclass(frozen=True, slots=True, kw_only=True)
class HookPatch:
    """What a mutating pre hook changes. Unset fields change nothing.

    ``add_attachments`` takes what ``RunProfile.attachments`` takes (a path, ``FileMention``, ``LocalImage``,
    ``ImageUrl``, ``Skill``); local paths are checked (relative to ``ctx.cwd``) and a missing one is dropped with a
    ``missing_attachment`` issue.

    Raises:
        TypeError: ``add_attachments`` is a single string instead of a list.
    """

    prompt_override: str | None = None
    model_override: str | None = None
    add_attachments: Sequence[Any] = ()
    metadata_delta: Mapping[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if isinstance(self.add_attachments, str | bytes):
            raise TypeError("add_attachments takes a list of attachments, not one path string")
        object.__setattr__(self, "add_attachments", tuple(self.add_attachments))
        object.__setattr__(self, "metadata_delta", MappingProxyType(dict(self.metadata_delta)))

    def changed_fields(self) -> tuple[str, ...]:
        """Names of the fields this patch sets, in declaration order."""
        changed = {
            "prompt_override": self.prompt_override is not None,
            "model_override": self.model_override is not None,
            "add_attachments": bool(self.add_attachments),
            "metadata_delta": bool(self.metadata_delta),
        }
        return tuple(name for name, is_set in changed.items() if is_set)


ActionKind = Literal["noop", "mutate", "block"]


@dataclass(frozen=True, slots=True)
class HookAction:
    """A pre hook's answer. Build it with :meth:`noop`, :meth:`mutate` or :meth:`block`; returning None is noop.

    Raises:
        ValueError: an unknown ``kind``.
        TypeError: ``mutate`` without a HookPatch.
    """

    kind: ActionKind
    patch: HookPatch | None = None
    message: str = ""

    def __post_init__(self) -> None:
        if self.kind not in ("noop", "mutate", "block"):
            raise ValueError(f"unknown hook action {self.kind!r}")
        if self.kind == "mutate" and not isinstance(self.patch, HookPatch):
            raise TypeError("a mutate action needs a HookPatch")

    @classmethod
    def noop(cls) -> HookAction:
        return cls("noop")

    @classmethod
    def mutate(cls, patch: HookPatch) -> HookAction:
        return cls("mutate", patch=patch)

    @classmethod
    def block(cls, message: str) -> HookAction:
        """Stop the phase: nothing is sent and the caller gets :class:`BlockedByHookError` with ``message``."""
        return cls("block", message=str(message))


# --- hook shapes -----------------------------------------------------------------------------------------------


class PreHook(Protocol):
    """``call(ctx)`` returns a :class:`HookAction` (or None for noop), directly or as an awaitable."""

    @property
    def name(self) -> str: ...

    def call(self, ctx: HookContext) -> HookAction | Awaitable[HookAction | None] | None: ...


class PostHook(Protocol):
    """``call(ctx)``; what it returns is ignored."""

    @property
    def name(self) -> str: ...

    def call(self, ctx: HookContext) -> object: ...


class ApprovalObserver(Protocol):
    """Sees every server request before any handler decides (``before_request``) and every answer given
    (``after_decision``), sync or async. It cannot change the decision; its errors are contained and reported.
    An optional ``name: str`` attribute names it in reports and de-duplicates it across scopes."""

    def before_request(self, request: Any) -> object: ...

    def after_decision(self, request: Any, decision: Any) -> object: ...


# --- report ----------------------------------------------------------------------------------------------------


class HookIssueKind(enum.StrEnum):
    RAISED = "raised"
    TIMEOUT = "timeout"
    BAD_OUTPUT = "bad_output"
    """An answer that is not a valid action for this phase (including patch fields the phase does not allow)."""
    MISSING_ATTACHMENT = "missing_attachment"


@dataclass(frozen=True, slots=True)
class HookIssue:
    hook_name: str
    phase: HookPhase | ApprovalPoint
    kind: HookIssueKind
    message: str


@dataclass(slots=True)
class HookReport:
    """What the hooks of one run did wrong (each issue was contained; the run went on) and the metadata they
    accumulated. One per run; never share it between runs."""

    issues: list[HookIssue] = field(default_factory=list)
    metadata: dict[str, Any] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return not self.issues

    def record(self, hook_name: str, phase: HookPhase | ApprovalPoint, kind: HookIssueKind, message: str) -> HookIssue:
        issue = HookIssue(hook_name, phase, kind, message)
        self.issues.append(issue)
        logger.warning("hook %r at %s: %s: %s (contained; the run goes on)", hook_name, phase, kind, message)
        return issue


class HookError(CodexRuntimeError):
    """A hook misbehaved. Recorded in the :class:`HookReport`; the runner never lets it reach the caller."""


class HookOutputError(HookError):
    """The hook answered something that is not a valid action (recorded as ``bad_output``)."""


class HookTimeoutError(HookError):
    """The hook did not finish in time (recorded as ``timeout``); raised by hooks that enforce their own deadline."""

    def __init__(self, hook_name: str, timeout: float) -> None:
        self.hook_name = hook_name
        self.timeout = timeout
        super().__init__(f"hook {hook_name!r} did not finish within {timeout:g}s")


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
    def __init__(self, hook: Any, matcher: HookMatcher) -> None:
        _check_hook(hook, "hook")
        self.hook = hook
        self.matcher = matcher

    @property
    def name(self) -> str:
        return cast(str, self.hook.name)

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
    return as_hooks(client).merged_with(as_hooks(session)).merged_with(as_hooks(call))


# --- calling user code -------------------------------------------------------------------------------------------


def _own_timeout(hook: Any) -> float | None:
    value = getattr(hook, "timeout", None)
    if isinstance(value, int | float) and not isinstance(value, bool) and value > 0:
        return float(value)
    return None


def _name_of(obj: Any) -> str:
    name = getattr(obj, "name", None)
    return name if isinstance(name, str) and name else type(obj).__name__


async def _invoke(fn: Callable[..., Any], *args: Any) -> Any:
    """Call user code: async directly; sync in a worker thread, because it may block and must not stall the loop.

    A sync hook that passes its deadline keeps its worker thread until it returns; Python cannot stop a thread.
    """
    if inspect.iscoroutinefunction(fn):
        return await fn(*args)
    result = await asyncio.to_thread(fn, *args)
    if inspect.isawaitable(result):
        result = await result
    return result


async def _contained(
    name: str,
    where: HookPhase | ApprovalPoint,
    limit: float,
    report: HookReport,
    fn: Callable[..., Any],
    *args: Any,
) -> tuple[bool, Any]:
    """``(True, result)``, or ``(False, None)`` with the failure recorded. Cancellation passes through."""
    deadline = asyncio.timeout(limit)
    try:
        async with deadline:
            return True, await _invoke(fn, *args)
    except HookTimeoutError as exc:
        report.record(name, where, HookIssueKind.TIMEOUT, str(exc))
    except HookOutputError as exc:
        report.record(name, where, HookIssueKind.BAD_OUTPUT, str(exc))
    except TimeoutError as exc:
        if deadline.expired():
            report.record(name, where, HookIssueKind.TIMEOUT, f"hook {name!r} did not finish within {limit:g}s")
        else:  # the hook's own code timed out on something: that is the hook raising
            report.record(name, where, HookIssueKind.RAISED, f"TimeoutError: {exc}")
    except Exception as exc:
        logger.debug("hook %r raised", name, exc_info=True)
        report.record(name, where, HookIssueKind.RAISED, f"{type(exc).__name__}: {exc}")
    return False, None


def _visible_to(hook: Any, ctx: HookContext) -> HookContext:
    if ctx.prompt is not None and getattr(hook, "wants_prompt", False) is not True:
        return ctx.replace(prompt=None)
    return ctx


# --- the runner ------------------------------------------------------------------------------------------------

_ALL_PATCH_FIELDS = frozenset({"prompt_override", "model_override", "add_attachments", "metadata_delta"})
_PATCHABLE: dict[HookPhase, frozenset[str]] = {
    HookPhase.PRE_RUN: _ALL_PATCH_FIELDS,
    HookPhase.PRE_TURN: _ALL_PATCH_FIELDS,
    # Nothing is prompted at session start; a tool call has already been decided by the model.
    HookPhase.PRE_SESSION_START: frozenset({"model_override", "metadata_delta"}),
    HookPhase.PRE_TOOL_USE: frozenset({"metadata_delta"}),
}


@dataclass(frozen=True, slots=True)
class PreOutcome:
    """The result of a pre phase that was not blocked.

    Attributes:
        prompt, model: the effective values (``ctx``'s unless a hook overrode them; the last override wins).
        attachments: extra attachments from hooks, in order, each local path checked; strings are paths
            (turn them into attachments with ``as_attachment``).
        metadata: ``ctx.metadata`` plus this phase's deltas (later deltas win per key).
        report: the run's report (the one passed in, or a new one).
    """

    phase: HookPhase
    prompt: str | None
    model: str | None
    attachments: tuple[Any, ...]
    metadata: Mapping[str, Any]
    report: HookReport


def _local_path(attachment: Any) -> str | None:
    if isinstance(attachment, str | bytes | os.PathLike):
        return os.fsdecode(attachment)
    path = getattr(attachment, "path", None)  # FileMention, LocalImage, Skill; an ImageUrl has nothing local
    return path if isinstance(path, str) else None


async def run_pre(
    hooks: Hooks | None,
    ctx: HookContext,
    *,
    timeout: float = DEFAULT_HOOK_TIMEOUT,
    report: HookReport | None = None,
) -> PreOutcome:
    """Run every pre hook, in order, for ``ctx.phase``.

    Each hook sees the context as changed by the hooks before it. Mutations accumulate: later prompt/model
    overrides win, attachments add up (a missing local path is dropped with an issue), metadata deltas merge.
    Patch fields the phase does not allow (PRE_SESSION_START: model and metadata only; PRE_TOOL_USE: metadata only)
    are ignored with a ``bad_output`` issue. A hook that raises, times out or answers nonsense is recorded and
    skipped. The phase is atomic: ``report.metadata`` gets this phase's deltas only when no hook blocked.

    Raises:
        BlockedByHookError: the first hook that answered block (no later hook runs; ``phase`` is a HookPhase).
        ValueError: ``ctx.phase`` is not a pre phase.
    """
    if not ctx.phase.is_pre:
        raise ValueError(f"{ctx.phase} is not a pre phase; use run_post")
    report = report if report is not None else HookReport()
    phase = ctx.phase
    allowed = _PATCHABLE[phase]
    current = ctx
    attachments: list[Any] = []
    delta: dict[str, Any] = {}
    for hook in hooks.pre if hooks is not None else ():
        name = _name_of(hook)
        ok, action = await _contained(
            name, phase, _own_timeout(hook) or timeout, report, hook.call, _visible_to(hook, current)
        )
        if not ok or action is None:
            continue
        if not isinstance(action, HookAction):
            report.record(name, phase, HookIssueKind.BAD_OUTPUT, f"returned {type(action).__name__}, not a HookAction")
            continue
        if action.kind == "block":
            raise BlockedByHookError(name, phase, action.message)
        if action.kind == "mutate" and action.patch is not None:
            current = _apply(name, action.patch, current, allowed, report, attachments, delta)
    report.metadata.update(delta)
    return PreOutcome(phase, current.prompt, current.model, tuple(attachments), current.metadata, report)


def _apply(
    name: str,
    patch: HookPatch,
    current: HookContext,
    allowed: frozenset[str],
    report: HookReport,
    attachments: list[Any],
    delta: dict[str, Any],
) -> HookContext:
    phase = current.phase
    refused = [f for f in patch.changed_fields() if f not in allowed]
    if refused:
        report.record(
            name,
            phase,
            HookIssueKind.BAD_OUTPUT,
            f"{phase} may only change {', '.join(sorted(allowed))}; ignored {', '.join(refused)}",
        )
    changes: dict[str, Any] = {}
    if patch.prompt_override is not None and "prompt_override" in allowed:
        changes["prompt"] = patch.prompt_override
    if patch.model_override is not None and "model_override" in allowed:
        changes["model"] = patch.model_override
    if "add_attachments" in allowed:
        for attachment in patch.add_attachments:
            path = _local_path(attachment)
            if path is not None and not os.path.exists(os.path.join(current.cwd or "", os.path.expanduser(path))):
                report.record(name, phase, HookIssueKind.MISSING_ATTACHMENT, f"attachment not found: {path}; ignored")
                continue
            attachments.append(attachment)
    if patch.metadata_delta and "metadata_delta" in allowed:
        delta.update(patch.metadata_delta)
        changes["metadata"] = {**current.metadata, **patch.metadata_delta}
    return current.replace(**changes) if changes else current


async def run_post(
    hooks: Hooks | None,
    ctx: HookContext,
    *,
    timeout: float = DEFAULT_HOOK_TIMEOUT,
    report: HookReport | None = None,
) -> None:
    """Run every post hook, in order, for ``ctx.phase`` (``POST_*`` or ``SESSION_END``). Return values are
    ignored; errors and timeouts go to ``report`` (or only to the log when it is None).

    Raises:
        ValueError: ``ctx.phase`` is a pre phase.
    """
    if not ctx.phase.is_post:
        raise ValueError(f"{ctx.phase} is not a post phase; use run_pre")
    report = report if report is not None else HookReport()
    for hook in hooks.post if hooks is not None else ():
        await _contained(
            _name_of(hook), ctx.phase, _own_timeout(hook) or timeout, report, hook.call, _visible_to(hook, ctx)
        )


async def observe_before_request(
    hooks: Hooks | None, request: Any, *, timeout: float = DEFAULT_HOOK_TIMEOUT, report: HookReport | None = None
) -> None:
    """Show ``request`` to every approval observer, in order, before any handler sees it. Errors are contained."""
    await _observe(hooks, ApprovalPoint.BEFORE_REQUEST, timeout, report, request)


async def observe_after_decision(
    hooks: Hooks | None,
    request: Any,
    decision: Any,
    *,
    timeout: float = DEFAULT_HOOK_TIMEOUT,
    report: HookReport | None = None,
) -> None:
    """Show the answer given to ``request`` to every approval observer, in order. Errors are contained."""
    await _observe(hooks, ApprovalPoint.AFTER_DECISION, timeout, report, request, decision)


async def _observe(
    hooks: Hooks | None, point: ApprovalPoint, timeout: float, report: HookReport | None, *args: Any
) -> None:
    report = report if report is not None else HookReport()
    method = "before_request" if point is ApprovalPoint.BEFORE_REQUEST else "after_decision"
    for observer in hooks.approval_observers if hooks is not None else ():
        fn = getattr(observer, method, None)
        if callable(fn):
            await _contained(_name_of(observer), point, _own_timeout(observer) or timeout, report, fn, *args)


class HookRun:
    """One run's hook state: the merged hooks, one correlation id, the accumulated metadata and the report.

    Make one per run (or per session start / close) and never share it: that is what keeps metadata and issues
    from leaking between runs. ``thread_id``, ``turn_id``, ``cwd``, ``model`` and ``prompt`` are plain attributes
    the caller updates as the run goes; :meth:`pre` updates ``prompt`` and ``model`` from the outcome.

    Raises:
        ValueError: a non-positive ``timeout``.
        TypeError: ``hooks`` is neither a Hooks nor None.
    """

    def __init__(
        self,
        hooks: Hooks | None,
        *,
        cwd: str | None = None,
        model: str | None = None,
        prompt: str | None = None,
        thread_id: str | None = None,
        turn_id: str | None = None,
        metadata: Mapping[str, Any] | None = None,
        correlation_id: str | None = None,
        timeout: float = DEFAULT_HOOK_TIMEOUT,
    ) -> None:
        if timeout <= 0:
            raise ValueError("timeout must be positive")
        self.hooks = as_hooks(hooks)
        self.cwd = cwd
        self.model = model
        self.prompt = prompt
        self.thread_id = thread_id
        self.turn_id = turn_id
        self.correlation_id = correlation_id or _new_correlation_id()
        self.timeout = timeout
        self.report = HookReport(metadata=dict(metadata or {}))

    def context(self, phase: HookPhase, **fields: Any) -> HookContext:
        """A context for ``phase`` from the run's state; ``fields`` (e.g. ``status``, ``tool_name``,
        ``tool_input``, ``tool_result``, ``error``) add to or override it.

        Raises:
            TypeError: an unknown field.
        """
        base: dict[str, Any] = {
            "correlation_id": self.correlation_id,
            "thread_id": self.thread_id,
            "turn_id": self.turn_id,
            "cwd": self.cwd,
            "model": self.model,
            "prompt": self.prompt,
            "metadata": self.report.metadata,
        }
        return HookContext(phase=phase, **{**base, **fields})

    async def pre(self, phase: HookPhase, **fields: Any) -> PreOutcome:
        """:func:`run_pre` with this run's context; applies the outcome's prompt and model to the run.

        Raises:
            BlockedByHookError: a hook blocked; send nothing.
        """
        outcome = await run_pre(self.hooks, self.context(phase, **fields), timeout=self.timeout, report=self.report)
        self.prompt, self.model = outcome.prompt, outcome.model
        return outcome

    async def post(self, phase: HookPhase, **fields: Any) -> None:
        """:func:`run_post` with this run's context; never raises for a hook's failure."""
        await run_post(self.hooks, self.context(phase, **fields), timeout=self.timeout, report=self.report)

    async def before_request(self, request: Any) -> None:
        await observe_before_request(self.hooks, request, timeout=self.timeout, report=self.report)

    async def after_decision(self, request: Any, decision: Any) -> None:
        await observe_after_decision(self.hooks, request, decision, timeout=self.timeout, report=self.report)


__all__ = [
    "DEFAULT_HOOK_TIMEOUT",
    "EMPTY_HOOKS",
    "TOOL_COMMAND",
    "TOOL_FILE_CHANGE",
    "ApprovalObserver",
    "ApprovalPoint",
    "FilteredPostHook",
    "FilteredPreHook",
    "HookAction",
    "HookContext",
    "HookError",
    "HookIssue",
    "HookIssueKind",
    "HookMatcher",
    "HookOutputError",
    "HookPatch",
    "HookPhase",
    "HookReport",
    "HookRun",
    "HookTimeoutError",
    "Hooks",
    "PostHook",
    "PreHook",
    "PreOutcome",
    "as_hooks",
    "merge_scopes",
    "observe_after_decision",
    "observe_before_request",
    "run_post",
    "run_pre",
    "tool_name_for",
]
