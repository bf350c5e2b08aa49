"""ShellCommandHook: the stdin/exit-code protocol, the deadline that kills the whole process group, the parser."""

from __future__ import annotations

import asyncio
import json
import os
import select
import sys
import time
from pathlib import Path
from typing import Any

import psutil  # type: ignore[import-untyped]
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from codex_runtime.errors import BlockedByHookError
from codex_runtime.runtime.hooks import (
    HookAction,
    HookContext,
    HookIssueKind,
    HookOutputError,
    HookPatch,
    HookPhase,
    HookReport,
    Hooks,
    HookTimeoutError,
    run_post,
    run_pre,
)
from codex_runtime.runtime.shell_hook import MAX_STDOUT_BYTES, ShellCommandHook, parse_shell_output

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="process groups are POSIX")


def ctx(phase: HookPhase = HookPhase.PRE_TURN, **fields: Any) -> HookContext:
    return HookContext(phase=phase, **fields)


def answer(payload: dict[str, Any], code: int = 0) -> str:
    """A shell command that drains stdin, prints ``payload`` as JSON and exits with ``code``."""
    return f"cat >/dev/null; printf '%s' '{json.dumps(payload)}'; exit {code}"


def wait_gone(pid: int, timeout: float = 5.0) -> bool:
    """True once ``pid`` has terminated (a zombie counts): waits on a pidfd, so no polling where Linux has one."""
    if hasattr(os, "pidfd_open"):
        try:
            fd = os.pidfd_open(pid)
        except ProcessLookupError:
            return True
        try:
            return bool(select.select([fd], [], [], timeout)[0])
        finally:
            os.close(fd)
    deadline = time.monotonic() + timeout  # portable fallback, bounded
    while time.monotonic() < deadline:
        try:
            if psutil.Process(pid).status() == psutil.STATUS_ZOMBIE:
                return True
        except psutil.NoSuchProcess:
            return True
        time.sleep(0.01)
    return False


# --- the protocol -----------------------------------------------------------------------------------------------


async def test_exit_zero_with_empty_stdout_is_noop() -> None:
    assert await ShellCommandHook("quiet", "cat >/dev/null").call(ctx()) == HookAction.noop()


async def test_the_context_arrives_as_json_on_stdin_without_the_prompt_unless_asked(tmp_path: Path) -> None:
    out = tmp_path / "ctx.json"
    command = 'cat > "$OUT"'
    await ShellCommandHook("plain", command, env={"OUT": str(out)}).call(
        ctx(prompt="secret", cwd=str(tmp_path), metadata={"k": 1}, tool_name="commandExecution")
    )
    seen = json.loads(out.read_text())
    assert seen["phase"] == "pre_turn" and seen["metadata"] == {"k": 1} and seen["tool_name"] == "commandExecution"
    assert "prompt" not in seen

    hooks = Hooks(pre=[ShellCommandHook("curious", command, env={"OUT": str(out)}, wants_prompt=True)])
    await run_pre(hooks, ctx(prompt="secret"))
    assert json.loads(out.read_text())["prompt"] == "secret"


async def test_exit_zero_with_a_mutate_object_is_a_mutation_the_runner_applies(tmp_path: Path) -> None:
    (tmp_path / "notes.md").write_text("x")
    payload = {
        "action": "mutate",
        "prompt_override": "rewritten",
        "model_override": "m2",
        "add_attachments": ["notes.md"],
        "metadata_delta": {"ticket": "T-1"},
    }
    hook = ShellCommandHook("rewrite", answer(payload))
    action = await hook.call(ctx())
    assert action == HookAction.mutate(
        HookPatch(
            prompt_override="rewritten",
            model_override="m2",
            add_attachments=["notes.md"],
            metadata_delta={"ticket": "T-1"},
        )
    )
    outcome = await run_pre(Hooks(pre=[hook]), ctx(prompt="p", model="m1", cwd=str(tmp_path)))
    assert (outcome.prompt, outcome.model, outcome.attachments) == ("rewritten", "m2", ("notes.md",))
    assert dict(outcome.metadata) == {"ticket": "T-1"}


async def test_exit_two_blocks_with_the_json_message() -> None:
    hook = ShellCommandHook("guard", answer({"message": "no deploys on Friday"}, code=2))
    with pytest.raises(BlockedByHookError) as caught:
        await run_pre(Hooks(pre=[hook]), ctx(phase=HookPhase.PRE_RUN))
    assert (caught.value.hook_name, caught.value.phase, caught.value.message) == (
        "guard",
        HookPhase.PRE_RUN,
        "no deploys on Friday",
    )


async def test_exit_two_blocks_with_the_raw_stdout_when_it_is_not_json() -> None:
    action = await ShellCommandHook("guard", "cat >/dev/null; echo 'plain refusal'; exit 2").call(ctx())
    assert action == HookAction.block("plain refusal")


async def test_another_exit_code_is_recorded_as_bad_output_and_the_run_goes_on() -> None:
    report = HookReport()
    hook = ShellCommandHook("crashy", "cat >/dev/null; echo oops >&2; exit 3")
    outcome = await run_pre(Hooks(pre=[hook]), ctx(prompt="p"), report=report)
    assert outcome.prompt == "p"
    [issue] = report.issues
    assert issue.kind == HookIssueKind.BAD_OUTPUT and "3" in issue.message and "oops" in issue.message


@pytest.mark.parametrize(
    "stdout",
    [
        "not json",
        "[1, 2]",
        '{"action": "approve"}',
        '{"action": "mutate", "prompt": "typo"}',
        '{"action": "mutate", "add_attachments": "one.txt"}',
        '{"action": "mutate", "model_override": 7}',
    ],
)
async def test_stdout_that_is_not_a_valid_answer_is_bad_output(stdout: str) -> None:
    hook = ShellCommandHook("bad", f"cat >/dev/null; printf '%s' '{stdout}'")
    with pytest.raises(HookOutputError):
        await hook.call(ctx())


async def test_too_much_stdout_is_bad_output_and_never_stalls_the_command() -> None:
    hook = ShellCommandHook("chatty", f"head -c {MAX_STDOUT_BYTES * 2} /dev/zero", timeout=30)
    with pytest.raises(HookOutputError, match="exceeded"):
        await hook.call(ctx())


async def test_a_command_that_ignores_a_large_context_on_stdin_still_answers() -> None:
    big = ctx(metadata={"blob": "x" * 500_000})
    assert await ShellCommandHook("deaf", "exit 0").call(big) == HookAction.noop()


async def test_env_is_merged_over_the_current_environment() -> None:
    hook = ShellCommandHook("env", 'cat >/dev/null; echo "$HOOK_MSG" | tr a-z A-Z; exit 2', env={"HOOK_MSG": "halt"})
    assert await hook.call(ctx()) == HookAction.block("HALT")  # tr is found through the inherited PATH


async def test_an_argv_list_runs_without_a_shell_in_the_contexts_cwd(tmp_path: Path) -> None:
    script = "import json, os, sys; json.load(sys.stdin); print(os.getcwd()); sys.exit(2)"
    action = await ShellCommandHook("py", [sys.executable, "-c", script]).call(ctx(cwd=str(tmp_path)))
    assert action is not None and action.message == str(tmp_path)  # pytest's tmp_path is already resolved


async def test_a_command_that_cannot_start_is_recorded_as_raised() -> None:
    report = HookReport()
    await run_pre(Hooks(pre=[ShellCommandHook("ghost", ["/nonexistent/hook-binary"])]), ctx(), report=report)
    assert [i.kind for i in report.issues] == [HookIssueKind.RAISED]


async def test_at_post_phases_only_a_failing_exit_code_matters() -> None:
    report = HookReport()
    hooks = Hooks(
        post=[
            ShellCommandHook("chatty-ok", "cat >/dev/null; echo 'not json'"),
            ShellCommandHook("fails", "cat >/dev/null; exit 1"),
        ]
    )
    await run_post(hooks, ctx(phase=HookPhase.POST_TURN, status="completed"), report=report)
    assert [(i.hook_name, i.kind) for i in report.issues] == [("fails", HookIssueKind.BAD_OUTPUT)]


def test_a_shell_hook_refuses_a_blank_command_or_a_bad_timeout() -> None:
    with pytest.raises(ValueError):
        ShellCommandHook("x", "  ")
    with pytest.raises(ValueError):
        ShellCommandHook("x", [])
    with pytest.raises(ValueError):
        ShellCommandHook("x", "true", timeout=0)
    with pytest.raises(TypeError):
        ShellCommandHook("x", "true", env={"N": 1})  # type: ignore[dict-item]


# --- deadlines --------------------------------------------------------------------------------------------------


async def test_a_hanging_command_times_out_and_the_run_goes_on() -> None:
    report = HookReport()
    hooks = Hooks(pre=[ShellCommandHook("stuck", "exec sleep 100", timeout=0.2)])
    outcome = await run_pre(hooks, ctx(prompt="p"), report=report)
    assert outcome.prompt == "p"
    assert [(i.hook_name, i.kind) for i in report.issues] == [("stuck", HookIssueKind.TIMEOUT)]


def _group_script(pidfile: Path) -> str:
    # The shell, and a grandchild in the background; both must die with the group.
    return f"sleep 100 & echo \"$$ $!\" > '{pidfile}'; wait"


def _pids(pidfile: Path) -> list[int]:
    assert pidfile.exists(), "the hook did not start in time"
    return [int(p) for p in pidfile.read_text().split()]


async def test_on_timeout_the_whole_process_group_is_killed_grandchildren_included(tmp_path: Path) -> None:
    pidfile = tmp_path / "pids"
    hook = ShellCommandHook("spawner", _group_script(pidfile), timeout=1.0)
    with pytest.raises(HookTimeoutError):
        await hook.call(ctx())
    shell, grandchild = _pids(pidfile)
    assert wait_gone(shell) and wait_gone(grandchild)


async def test_cancelling_a_running_shell_hook_kills_its_process_group_too(tmp_path: Path) -> None:
    pidfile = tmp_path / "pids"
    hook = ShellCommandHook("spawner", _group_script(pidfile), timeout=60)
    with pytest.raises(TimeoutError):
        await asyncio.wait_for(hook.call(ctx()), 1.0)  # an outer deadline cancels the call
    shell, grandchild = _pids(pidfile)
    assert wait_gone(shell) and wait_gone(grandchild)


# --- the parser -------------------------------------------------------------------------------------------------

_json_scalars = st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20)
_json_values = st.recursive(
    _json_scalars,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=10), inner, max_size=4),
    max_leaves=10,
)
_answers = st.fixed_dictionaries(
    {"action": st.sampled_from(["noop", "mutate", "block", "approve", None])},
    optional={
        "prompt_override": _json_values,
        "model_override": _json_values,
        "add_attachments": _json_values | st.lists(st.text(max_size=10), max_size=3),
        "metadata_delta": _json_values,
        "message": _json_values,
        "extra": _json_values,
    },
).map(lambda d: json.dumps(d).encode())
_stdouts = st.binary(max_size=200) | _answers | _json_values.map(lambda v: json.dumps(v).encode())


@settings(max_examples=400, deadline=None)
@given(
    returncode=st.integers(min_value=-255, max_value=255) | st.sampled_from([0, 2]),
    stdout=_stdouts,
    stderr=st.binary(max_size=50),
    phase=st.sampled_from(list(HookPhase)),
)
def test_the_output_parser_only_ever_yields_a_typed_answer_or_a_hook_output_error(
    returncode: int, stdout: bytes, stderr: bytes, phase: HookPhase
) -> None:
    try:
        result = parse_shell_output(returncode, stdout, stderr, phase=phase)
    except HookOutputError:
        assert not (phase.is_pre and returncode == 2)  # exit 2 always blocks
        return
    if phase.is_post:
        assert result is None and returncode == 0
        return
    assert isinstance(result, HookAction)
    if returncode == 2:
        assert result.kind == "block" and result.message
    else:
        assert returncode == 0
    if result.kind == "mutate":
        assert isinstance(result.patch, HookPatch)


def test_the_parser_survives_deeply_nested_json() -> None:
    with pytest.raises(HookOutputError):
        parse_shell_output(0, b"[" * 100_000 + b"]" * 100_000)
    assert parse_shell_output(2, b"[" * 100_000).kind == "block"  # type: ignore[union-attr]
