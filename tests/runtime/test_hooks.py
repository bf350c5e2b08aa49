"""Hooks: merge rules, the pre/post runner (mutate, block, contained failures), matchers, observers, HookRun."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from codex_runtime.api.attachments import FileMention, ImageUrl
from codex_runtime.errors import BlockedByHookError, InvalidArgumentError
from codex_runtime.runtime.decisions import COMMAND_APPROVAL, FILE_CHANGE_APPROVAL, LEGACY_EXEC_APPROVAL
from codex_runtime.runtime.hooks import (
    ApprovalPoint,
    FilteredPostHook,
    FilteredPreHook,
    HookAction,
    HookContext,
    HookIssueKind,
    HookMatcher,
    HookPatch,
    HookPhase,
    HookReport,
    HookRun,
    Hooks,
    as_hooks,
    merge_scopes,
    observe_after_decision,
    observe_before_request,
    run_post,
    run_pre,
    tool_name_for,
)


class Rec:
    """A sync hook that records what it saw and answers ``answer`` (a value, or a callable of the context)."""

    def __init__(self, name: str, answer: Any = None, *, wants_prompt: bool = False) -> None:
        self.name = name
        self.answer = answer
        self.wants_prompt = wants_prompt
        self.seen: list[HookContext] = []
        self.threads: list[int] = []

    def call(self, ctx: HookContext) -> Any:
        self.seen.append(ctx)
        self.threads.append(threading.get_ident())
        return self.answer(ctx) if callable(self.answer) else self.answer


class AsyncRec(Rec):
    async def call(self, ctx: HookContext) -> Any:
        return super().call(ctx)


class Raises:
    def __init__(self, name: str, exc: BaseException) -> None:
        self.name = name
        self.exc = exc

    def call(self, ctx: HookContext) -> None:
        raise self.exc


class HangsAsync:
    def __init__(self, name: str, timeout: float | None = None) -> None:
        self.name = name
        if timeout is not None:
            self.timeout = timeout

    async def call(self, ctx: HookContext) -> None:
        await asyncio.Event().wait()


def names(hooks: Any) -> list[str]:
    return [h.name for h in hooks]


def mutate(**patch: Any) -> HookAction:
    return HookAction.mutate(HookPatch(**patch))


def ctx(phase: HookPhase = HookPhase.PRE_TURN, **fields: Any) -> HookContext:
    return HookContext(phase=phase, **fields)


# --- merge rules -------------------------------------------------------------------------------------------------


def test_merged_with_puts_self_first_and_the_other_wins_a_name_clash_in_its_own_position() -> None:
    a1, b1, c1, b2, d2 = Rec("a"), Rec("b"), Rec("c"), Rec("b"), Rec("d")
    merged = Hooks(pre=[a1, b1, c1]).merged_with(Hooks(pre=[b2, d2]))
    assert merged.pre == (a1, c1, b2, d2)


def test_pre_and_post_lists_are_deduplicated_separately_so_one_hook_can_be_both() -> None:
    both = Rec("audit")
    merged = Hooks(pre=[both], post=[both]).merged_with(Hooks(post=[Rec("other")]))
    assert names(merged.pre) == ["audit"] and names(merged.post) == ["audit", "other"]


def test_merge_scopes_runs_client_then_session_then_call_and_the_narrowest_scope_wins() -> None:
    client = Hooks(pre=[Rec("shared"), Rec("client-only")])
    session = Hooks(pre=[Rec("shared"), Rec("session-only")])
    call_hook = Rec("shared")
    merged = merge_scopes(client, session, Hooks(pre=[call_hook]))
    assert names(merged.pre) == ["client-only", "session-only", "shared"]
    assert merged.pre[-1] is call_hook


def test_a_profile_wins_over_its_session_on_a_name_clash_as_session_merge_hooks_expects() -> None:
    session_hook, profile_hook = Rec("guard"), Rec("guard")
    merged = Hooks(pre=[session_hook]).merged_with(Hooks(pre=[profile_hook]))
    assert merged.pre == (profile_hook,)


def test_merging_builds_new_objects_and_leaves_every_scope_unchanged() -> None:
    client = Hooks(pre=[Rec("a")])
    first = merge_scopes(client, Hooks(pre=[Rec("s1")]))
    second = merge_scopes(client, Hooks(pre=[Rec("s2")]))
    assert names(client.pre) == ["a"]
    assert names(first.pre) == ["a", "s1"] and names(second.pre) == ["a", "s2"]


def test_missing_scopes_merge_to_empty_hooks_and_merged_with_none_is_self() -> None:
    hooks = Hooks(pre=[Rec("a")])
    assert merge_scopes(None, None, None).is_empty
    assert hooks.merged_with(None) is hooks
    assert as_hooks(None).is_empty


def test_merging_with_something_that_is_not_hooks_is_a_type_error() -> None:
    with pytest.raises(TypeError):
        Hooks().merged_with([Rec("a")])  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        as_hooks({"pre": []})


def test_hooks_without_a_name_or_a_call_method_are_refused_at_registration() -> None:
    class NoName:
        def call(self, ctx: HookContext) -> None: ...

    class NoCall:
        name = "x"

    with pytest.raises(TypeError, match="name"):
        Hooks(pre=[NoName()])  # type: ignore[list-item]
    with pytest.raises(TypeError, match="call"):
        Hooks(post=[NoCall()])  # type: ignore[list-item]
    with pytest.raises(TypeError, match="observer"):
        Hooks(approval_observers=[object()])  # type: ignore[list-item]


def test_named_observers_deduplicate_by_name_and_unnamed_ones_only_by_identity() -> None:
    class Obs:
        def __init__(self, name: str | None = None) -> None:
            if name:
                self.name = name

        def before_request(self, request: Any) -> None: ...

        def after_decision(self, request: Any, decision: Any) -> None: ...

    named_a, named_b, anon1, anon2 = Obs("audit"), Obs("audit"), Obs(), Obs()
    merged = Hooks(approval_observers=[named_a, anon1]).merged_with(Hooks(approval_observers=[named_b, anon1, anon2]))
    assert merged.approval_observers == (named_b, anon1, anon2)


# --- pre runner -------------------------------------------------------------------------------------------------


async def test_mutations_accumulate_later_overrides_win_and_each_hook_sees_the_changes_before_it(
    tmp_path: Path,
) -> None:
    (tmp_path / "one.txt").write_text("1")
    (tmp_path / "two.txt").write_text("2")
    first = Rec(
        "first",
        mutate(prompt_override="p1", model_override="m1", add_attachments=["one.txt"], metadata_delta={"a": 1, "b": 1}),
    )
    second = AsyncRec(
        "second", mutate(prompt_override="p2", add_attachments=[FileMention("two.txt")], metadata_delta={"b": 2})
    )
    third = Rec("third")
    report = HookReport()
    outcome = await run_pre(
        Hooks(pre=[first, second, third]),
        ctx(prompt="original", model="m0", cwd=str(tmp_path), metadata={"base": True}),
        report=report,
    )
    assert (outcome.prompt, outcome.model) == ("p2", "m1")
    assert outcome.attachments == ("one.txt", FileMention("two.txt"))
    assert dict(outcome.metadata) == {"base": True, "a": 1, "b": 2}
    assert report.metadata == {"a": 1, "b": 2} and report.ok
    assert third.seen[0].model == "m1" and dict(third.seen[0].metadata) == {"base": True, "a": 1, "b": 2}


async def test_no_hooks_leaves_the_prompt_and_model_as_they_were() -> None:
    outcome = await run_pre(None, ctx(prompt="p", model="m"))
    assert (outcome.prompt, outcome.model, outcome.attachments) == ("p", "m", ())


async def test_the_first_block_raises_with_its_phase_and_no_later_hook_runs() -> None:
    before = Rec("before", mutate(metadata_delta={"k": "v"}))
    blocker = AsyncRec("blocker", HookAction.block("not today"))
    after = Rec("after")
    report = HookReport()
    with pytest.raises(BlockedByHookError) as caught:
        await run_pre(
            Hooks(pre=[before, blocker, after, Rec("also-blocks", HookAction.block("x"))]), ctx(), report=report
        )
    err = caught.value
    assert (err.hook_name, err.phase, err.message) == ("blocker", HookPhase.PRE_TURN, "not today")
    assert isinstance(err.phase, HookPhase)
    assert after.seen == []
    assert report.metadata == {}  # a blocked phase applies nothing


async def test_a_hook_that_raises_is_recorded_and_the_run_goes_on() -> None:
    report = HookReport()
    outcome = await run_pre(
        Hooks(pre=[Raises("boom", RuntimeError("kaput")), Rec("next", mutate(model_override="m2"))]),
        ctx(phase=HookPhase.PRE_RUN, model="m"),
        report=report,
    )
    assert outcome.model == "m2"
    [issue] = report.issues
    assert (issue.hook_name, issue.phase, issue.kind) == ("boom", HookPhase.PRE_RUN, HookIssueKind.RAISED)
    assert "kaput" in issue.message and issue.kind == "raised"


async def test_an_async_hook_that_hangs_times_out_is_recorded_and_the_next_hook_still_runs() -> None:
    report = HookReport()
    after = Rec("after", mutate(prompt_override="still here"))
    outcome = await run_pre(Hooks(pre=[HangsAsync("stuck"), after]), ctx(prompt="p"), timeout=0.2, report=report)
    assert outcome.prompt == "still here"
    assert [(i.hook_name, i.kind) for i in report.issues] == [("stuck", HookIssueKind.TIMEOUT)]


@pytest.mark.timeout(10)
async def test_a_hooks_own_timeout_attribute_overrides_the_runner_default() -> None:
    report = HookReport()
    await run_pre(Hooks(pre=[HangsAsync("quick-deadline", timeout=0.2)]), ctx(), timeout=3600, report=report)
    assert [i.kind for i in report.issues] == [HookIssueKind.TIMEOUT]


async def test_a_sync_hook_that_hangs_times_out_without_blocking_the_event_loop() -> None:
    release = threading.Event()

    def hang(_ctx: HookContext) -> None:
        release.wait(30)

    report = HookReport()
    ticks = 0

    async def ticker() -> None:
        nonlocal ticks
        while True:
            ticks += 1
            await asyncio.sleep(0)

    tick_task = asyncio.create_task(ticker())
    try:
        await run_pre(Hooks(pre=[Rec("sync-stuck", hang)]), ctx(), timeout=0.2, report=report)
    finally:
        release.set()
        tick_task.cancel()
    assert [i.kind for i in report.issues] == [HookIssueKind.TIMEOUT]
    assert ticks > 1  # the loop kept running while the hook blocked its worker thread


async def test_sync_hooks_run_in_a_worker_thread() -> None:
    hook = Rec("sync")
    await run_pre(Hooks(pre=[hook]), ctx())
    assert hook.threads and hook.threads[0] != threading.get_ident()


async def test_a_timeout_error_raised_by_the_hook_itself_counts_as_raised_not_as_a_timeout() -> None:
    report = HookReport()
    await run_pre(Hooks(pre=[Raises("own", TimeoutError("upstream slow"))]), ctx(), report=report)
    assert [i.kind for i in report.issues] == [HookIssueKind.RAISED]


async def test_an_answer_that_is_not_a_hook_action_is_bad_output_and_none_is_noop() -> None:
    report = HookReport()
    outcome = await run_pre(Hooks(pre=[Rec("yes", "yes"), Rec("none", None)]), ctx(prompt="p"), report=report)
    assert outcome.prompt == "p"
    assert [(i.hook_name, i.kind) for i in report.issues] == [("yes", HookIssueKind.BAD_OUTPUT)]


async def test_a_missing_attachment_is_dropped_with_an_issue_and_the_rest_are_kept(tmp_path: Path) -> None:
    (tmp_path / "here.txt").write_text("x")
    url = ImageUrl("https://example.com/a.png")
    report = HookReport()
    patch = mutate(add_attachments=["here.txt", "gone.txt", FileMention(str(tmp_path / "nope")), url])
    outcome = await run_pre(Hooks(pre=[Rec("att", patch)]), ctx(cwd=str(tmp_path)), report=report)
    assert outcome.attachments == ("here.txt", url)
    assert [i.kind for i in report.issues] == [HookIssueKind.MISSING_ATTACHMENT] * 2
    assert "gone.txt" in report.issues[0].message


async def test_pre_session_start_may_only_change_model_and_metadata_and_records_the_rest(tmp_path: Path) -> None:
    (tmp_path / "f.txt").write_text("x")
    report = HookReport()
    patch = mutate(prompt_override="new", model_override="m2", add_attachments=["f.txt"], metadata_delta={"k": 1})
    outcome = await run_pre(
        Hooks(pre=[Rec("eager", patch)]),
        ctx(phase=HookPhase.PRE_SESSION_START, prompt="old", model="m1", cwd=str(tmp_path)),
        report=report,
    )
    assert (outcome.prompt, outcome.model, outcome.attachments) == ("old", "m2", ())
    assert dict(outcome.metadata) == {"k": 1}
    [issue] = report.issues
    assert issue.kind == HookIssueKind.BAD_OUTPUT
    assert "prompt_override" in issue.message and "add_attachments" in issue.message


async def test_pre_tool_use_hooks_can_block_or_add_metadata_but_not_change_the_model() -> None:
    report = HookReport()
    outcome = await run_pre(
        Hooks(pre=[Rec("t", mutate(model_override="m2", metadata_delta={"seen": "ls"}))]),
        ctx(phase=HookPhase.PRE_TOOL_USE, model="m1", tool_name="commandExecution"),
        report=report,
    )
    assert outcome.model == "m1" and dict(outcome.metadata) == {"seen": "ls"}
    assert [i.kind for i in report.issues] == [HookIssueKind.BAD_OUTPUT]
    with pytest.raises(BlockedByHookError) as caught:
        await run_pre(Hooks(pre=[Rec("deny", HookAction.block("no rm"))]), ctx(phase=HookPhase.PRE_TOOL_USE))
    assert caught.value.phase is HookPhase.PRE_TOOL_USE


async def test_the_runners_refuse_the_wrong_kind_of_phase() -> None:
    # A usage error under the package's root (and still a ValueError for callers catching that).
    with pytest.raises(InvalidArgumentError, match=r"^post_turn is not a pre phase; use run_post$"):
        await run_pre(Hooks(), ctx(phase=HookPhase.POST_TURN))
    with pytest.raises(InvalidArgumentError, match=r"^pre_turn is not a post phase; use run_pre$"):
        await run_post(Hooks(), ctx(phase=HookPhase.PRE_TURN))


async def test_cancelling_a_run_cancels_its_hook_and_is_not_recorded_as_an_issue() -> None:
    entered = asyncio.Event()
    seen_cancel: list[bool] = []

    class Stuck:
        name = "stuck"

        async def call(self, ctx: HookContext) -> HookAction:
            entered.set()
            try:
                await asyncio.Event().wait()
            except asyncio.CancelledError:
                seen_cancel.append(True)
                raise
            return HookAction.noop()

    report = HookReport()
    task = asyncio.create_task(run_pre(Hooks(pre=[Stuck()]), ctx(), timeout=3600, report=report))
    await asyncio.wait_for(entered.wait(), 5)
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await asyncio.wait_for(task, 5)
    assert seen_cancel == [True]  # the hook itself was cancelled, not left running
    assert report.ok


# --- post runner ------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("phase", [p for p in HookPhase if p.is_post])
async def test_post_hooks_run_at_every_post_phase_and_session_end(phase: HookPhase) -> None:
    hook = AsyncRec("audit", HookAction.block("ignored"))
    await run_post(Hooks(post=[hook]), ctx(phase=phase, status="completed"))
    assert [c.phase for c in hook.seen] == [phase]


async def test_a_failing_post_hook_is_recorded_and_the_following_ones_still_run() -> None:
    report = HookReport()
    after = Rec("after")
    await run_post(
        Hooks(post=[Raises("boom", ValueError("bad")), HangsAsync("stuck"), after]),
        ctx(phase=HookPhase.POST_RUN),
        timeout=0.2,
        report=report,
    )
    assert len(after.seen) == 1
    assert [(i.hook_name, i.kind) for i in report.issues] == [
        ("boom", HookIssueKind.RAISED),
        ("stuck", HookIssueKind.TIMEOUT),
    ]


# --- prompt visibility ------------------------------------------------------------------------------------------


async def test_the_prompt_is_hidden_from_hooks_unless_they_opt_in() -> None:
    plain, curious = Rec("plain"), AsyncRec("curious", wants_prompt=True)
    post_plain, post_curious = Rec("post-plain"), Rec("post-curious", wants_prompt=True)
    outcome = await run_pre(Hooks(pre=[plain, curious]), ctx(prompt="secret"))
    await run_post(Hooks(post=[post_plain, post_curious]), ctx(phase=HookPhase.POST_TURN, prompt="secret"))
    assert plain.seen[0].prompt is None and post_plain.seen[0].prompt is None
    assert curious.seen[0].prompt == "secret" and post_curious.seen[0].prompt == "secret"
    assert outcome.prompt == "secret"  # hiding it from a hook never loses it


def test_the_context_json_leaves_the_prompt_out_unless_it_is_set() -> None:
    assert '"prompt"' not in ctx().to_json()
    assert '"prompt":"p"' in ctx(prompt="p").to_json()


def test_a_context_holds_a_private_read_only_copy_of_its_metadata() -> None:
    source = {"k": 1}
    c = ctx(metadata=source)
    source["k"] = 2
    assert c.metadata["k"] == 1
    with pytest.raises(TypeError):
        c.metadata["k"] = 3  # type: ignore[index]


def test_the_context_json_converts_values_json_does_not_know(tmp_path: Path) -> None:
    from pydantic import BaseModel

    class Params(BaseModel):
        command: str

    text = ctx(tool_input=Params(command="ls"), metadata={"path": tmp_path, "tags": {"b", "a"}}).to_json()
    assert '"tool_input":{"command":"ls"}' in text and str(tmp_path) in text and '["a","b"]' in text


# --- matchers ---------------------------------------------------------------------------------------------------


def test_a_matcher_checks_phases_given_as_one_phase_or_several() -> None:
    one = HookMatcher(phases=HookPhase.PRE_TURN)
    several = HookMatcher(phases=[HookPhase.PRE_RUN, HookPhase.POST_RUN])
    assert one.matches(ctx(phase=HookPhase.PRE_TURN)) and not one.matches(ctx(phase=HookPhase.PRE_RUN))
    assert several.matches(ctx(phase=HookPhase.POST_RUN)) and not several.matches(ctx(phase=HookPhase.PRE_TURN))
    assert HookMatcher().matches(ctx())


def test_a_matcher_tool_name_is_exact_and_never_matches_a_context_without_a_tool() -> None:
    m = HookMatcher(tool_name="commandExecution")
    assert m.matches(ctx(tool_name="commandExecution"))
    assert not m.matches(ctx(tool_name="commandExecution2"))
    assert not m.matches(ctx(tool_name="command"))
    assert not m.matches(ctx())


@pytest.mark.parametrize(
    ("cwd", "expected"),
    [
        ("/a/b", True),
        ("/a/b/", True),
        ("/a/b/c", True),
        ("/a/b/c/d", True),
        ("/a/bc", False),
        ("/a", False),
        ("/x/a/b", False),
        (None, False),
    ],
)
def test_a_matcher_cwd_prefix_matches_on_a_path_boundary(cwd: str | None, expected: bool) -> None:
    assert HookMatcher(cwd_prefix="/a/b").matches(ctx(cwd=cwd)) is expected
    assert HookMatcher(cwd_prefix="/a/b/").matches(ctx(cwd=cwd)) is expected


def test_a_root_cwd_prefix_matches_every_absolute_cwd() -> None:
    assert HookMatcher(cwd_prefix="/").matches(ctx(cwd="/anything/below"))


async def test_a_filtered_pre_hook_runs_only_where_its_matcher_matches() -> None:
    inner = Rec("guard", HookAction.block("no"), wants_prompt=True)
    inner.timeout = 1.5  # type: ignore[attr-defined]
    filtered = FilteredPreHook(inner, HookMatcher(phases=[HookPhase.PRE_TOOL_USE], tool_name="fileChange"))
    assert (filtered.name, filtered.wants_prompt, filtered.timeout) == ("guard", True, 1.5)
    hooks = Hooks(pre=[filtered])
    await run_pre(hooks, ctx(phase=HookPhase.PRE_TOOL_USE, tool_name="commandExecution"))
    await run_pre(hooks, ctx(phase=HookPhase.PRE_TURN, tool_name="fileChange"))
    assert inner.seen == []
    with pytest.raises(BlockedByHookError):
        await run_pre(hooks, ctx(phase=HookPhase.PRE_TOOL_USE, tool_name="fileChange"))
    assert len(inner.seen) == 1


async def test_a_filtered_post_hook_runs_only_where_its_matcher_matches(tmp_path: Path) -> None:
    inner = AsyncRec("audit")
    hooks = Hooks(
        post=[FilteredPostHook(inner, HookMatcher(phases=[HookPhase.POST_TOOL_USE], cwd_prefix=str(tmp_path)))]
    )
    await run_post(hooks, ctx(phase=HookPhase.POST_TOOL_USE, cwd="/elsewhere"))
    await run_post(hooks, ctx(phase=HookPhase.POST_TURN, cwd=str(tmp_path)))
    await run_post(hooks, ctx(phase=HookPhase.POST_TOOL_USE, cwd=str(tmp_path / "sub")))
    assert [c.cwd for c in inner.seen] == [str(tmp_path / "sub")]


async def test_a_filtered_hook_that_fails_is_recorded_under_the_wrapped_hooks_name() -> None:
    report = HookReport()
    filtered = FilteredPreHook(Raises("inner", RuntimeError("x")), HookMatcher())
    await run_pre(Hooks(pre=[filtered]), ctx(), report=report)
    assert [(i.hook_name, i.kind) for i in report.issues] == [("inner", HookIssueKind.RAISED)]


# --- approval observers -----------------------------------------------------------------------------------------


class Observer:
    def __init__(self, name: str, log: list[Any], fail: bool = False) -> None:
        self.name = name
        self.log = log
        self.fail = fail

    def before_request(self, request: Any) -> None:
        if self.fail:
            raise RuntimeError("observer broke")
        self.log.append((self.name, "before", request))

    async def after_decision(self, request: Any, decision: Any) -> None:
        if self.fail:
            raise RuntimeError("observer broke")
        self.log.append((self.name, "after", request, decision))


async def test_observers_see_every_request_and_decision_in_order_and_a_failing_one_is_contained() -> None:
    log: list[Any] = []
    hooks = Hooks(approval_observers=[Observer("broken", log, fail=True), Observer("audit", log)])
    report = HookReport()
    await observe_before_request(hooks, "req-1", report=report)
    await observe_after_decision(hooks, "req-1", "decline", report=report)
    assert log == [("audit", "before", "req-1"), ("audit", "after", "req-1", "decline")]
    assert [(i.hook_name, i.phase) for i in report.issues] == [
        ("broken", ApprovalPoint.BEFORE_REQUEST),
        ("broken", ApprovalPoint.AFTER_DECISION),
    ]


async def test_an_observer_may_implement_only_one_of_the_two_methods() -> None:
    seen: list[Any] = []

    class AfterOnly:
        def after_decision(self, request: Any, decision: Any) -> None:
            seen.append(decision)

    hooks = Hooks(approval_observers=[AfterOnly()])  # type: ignore[list-item]
    await observe_before_request(hooks, "r")
    await observe_after_decision(hooks, "r", "accept")
    assert seen == ["accept"]


# --- HookRun ----------------------------------------------------------------------------------------------------


async def test_a_hook_run_accumulates_metadata_across_its_phases_under_one_correlation_id() -> None:
    seen: list[HookContext] = []

    def tag(ctx: HookContext) -> HookAction:
        seen.append(ctx)
        return mutate(metadata_delta={str(ctx.phase): True})

    post = Rec("post")
    run = HookRun(Hooks(pre=[Rec("tag", tag)], post=[post]), cwd="/w", model="m", prompt="p")
    await run.pre(HookPhase.PRE_RUN)
    run.thread_id = "thr"
    await run.pre(HookPhase.PRE_TURN)
    await run.post(HookPhase.POST_RUN, status="completed")
    assert dict(seen[1].metadata) == {"pre_run": True}
    assert dict(post.seen[0].metadata) == {"pre_run": True, "pre_turn": True}
    assert post.seen[0].status == "completed" and post.seen[0].thread_id == "thr"
    assert len({c.correlation_id for c in [*seen, *post.seen]}) == 1


async def test_two_hook_runs_share_no_metadata_or_issues() -> None:
    hooks = Hooks(
        pre=[Rec("tag", lambda c: mutate(metadata_delta={"run": c.correlation_id}))],
        post=[Raises("boom", RuntimeError("x"))],
    )
    first, second = HookRun(hooks), HookRun(hooks)
    await first.pre(HookPhase.PRE_RUN)
    await first.post(HookPhase.POST_RUN)
    assert second.report.metadata == {} and second.report.ok
    assert first.report.metadata == {"run": first.correlation_id} and len(first.report.issues) == 1
    assert first.correlation_id != second.correlation_id


async def test_a_hook_run_carries_the_overridden_prompt_and_model_into_later_phases() -> None:
    run = HookRun(
        Hooks(pre=[Rec("m", lambda c: mutate(model_override="big") if c.phase == "pre_run" else None)]),
        model="small",
        prompt="p",
    )
    outcome = await run.pre(HookPhase.PRE_RUN)
    assert outcome.model == "big" and run.model == "big"
    assert run.context(HookPhase.POST_RUN).model == "big"


async def test_a_hook_run_passes_approvals_to_its_observers() -> None:
    log: list[Any] = []
    run = HookRun(Hooks(approval_observers=[Observer("audit", log)]))
    await run.before_request("r")
    await run.after_decision("r", "accept")
    assert [entry[1] for entry in log] == ["before", "after"]


# --- small pieces -----------------------------------------------------------------------------------------------


def test_tool_names_are_the_same_for_a_tools_approval_and_its_completed_item() -> None:
    assert tool_name_for(COMMAND_APPROVAL) == tool_name_for("commandExecution") == "commandExecution"
    assert tool_name_for(LEGACY_EXEC_APPROVAL) == "commandExecution"
    assert tool_name_for(FILE_CHANGE_APPROVAL) == tool_name_for("fileChange") == "fileChange"
    assert tool_name_for("agentMessage") is None


def test_hook_actions_are_built_by_their_constructors_and_validated() -> None:
    assert HookAction.noop().kind == "noop"
    assert HookAction.block("m").message == "m"
    assert HookAction.mutate(HookPatch(model_override="x")).patch == HookPatch(model_override="x")
    with pytest.raises(TypeError):
        HookAction("mutate")
    with pytest.raises(ValueError):
        HookAction("approve")  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        HookPatch(add_attachments="one/path")


def test_phases_know_whether_they_are_pre_or_post() -> None:
    pre: Callable[[HookPhase], bool] = lambda p: p.is_pre  # noqa: E731
    assert [p for p in HookPhase if pre(p)] == [
        HookPhase.PRE_RUN,
        HookPhase.PRE_SESSION_START,
        HookPhase.PRE_TURN,
        HookPhase.PRE_TOOL_USE,
    ]
    assert HookPhase.SESSION_END.is_post and str(HookPhase.PRE_TOOL_USE) == "pre_tool_use"
