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

from codex_runtime.errors import HookError, HookOutputError, HookTimeoutError
from codex_runtime.runtime.hooks._registry import (
    EMPTY_HOOKS,
    FilteredPostHook,
    FilteredPreHook,
    HookMatcher,
    Hooks,
    as_hooks,
    merge_scopes,
)
from codex_runtime.runtime.hooks._runner import (
    HookRun,
    PreOutcome,
    observe_after_decision,
    observe_before_request,
    run_post,
    run_pre,
)
from codex_runtime.runtime.hooks._types import (
    DEFAULT_HOOK_TIMEOUT,
    TOOL_COMMAND,
    TOOL_FILE_CHANGE,
    ApprovalObserver,
    ApprovalPoint,
    HookAction,
    HookContext,
    HookIssue,
    HookIssueKind,
    HookPatch,
    HookPhase,
    HookReport,
    PostHook,
    PreHook,
    tool_name_for,
)

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
