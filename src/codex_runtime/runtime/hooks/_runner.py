"""Running hooks: bounded calls of user code, pre/post phases, approval observers, and HookRun."""

from __future__ import annotations

import asyncio
import logging
import os
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any, TypeVar

from codex_runtime.errors import BlockedByHookError, HookOutputError, HookTimeoutError, InvalidArgumentError
from codex_runtime.runtime.hooks._registry import Hooks, as_hooks
from codex_runtime.runtime.hooks._types import (
    DEFAULT_HOOK_TIMEOUT,
    ApprovalPoint,
    HookAction,
    HookContext,
    HookIssueKind,
    HookPatch,
    HookPhase,
    HookReport,
    _invoke,
    _name_of,
    _new_correlation_id,
    _own_timeout,
)

logger = logging.getLogger("codex_runtime.hooks")


_T = TypeVar("_T")


# --- calling user code -------------------------------------------------------------------------------------------


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
        InvalidArgumentError: ``ctx.phase`` is not a pre phase.
    """
    if not ctx.phase.is_pre:
        raise InvalidArgumentError(f"{ctx.phase} is not a pre phase; use run_post")
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
        InvalidArgumentError: ``ctx.phase`` is a pre phase.
    """
    if not ctx.phase.is_post:
        raise InvalidArgumentError(f"{ctx.phase} is not a post phase; use run_pre")
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
        InvalidArgumentError: a non-positive ``timeout``.
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
            raise InvalidArgumentError("timeout must be positive")
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
