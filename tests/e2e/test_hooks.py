"""Hooks around every phase, against the real codex binary + MockModel."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest

from codex_runtime import (
    BlockedByHookError,
    Client,
    ClientConfig,
    FilteredPreHook,
    HookAction,
    HookContext,
    HookMatcher,
    HookPatch,
    HookPhase,
    Hooks,
    RunProfile,
    SessionConfig,
    ShellCommandHook,
)
from codex_runtime.testing import MockModel, responses


class Recorder:
    """A pre and post hook that records every phase it sees."""

    def __init__(self, name: str = "recorder") -> None:
        self.name = name
        self.contexts: list[HookContext] = []

    def call(self, ctx: HookContext) -> HookAction:
        self.contexts.append(ctx)
        return HookAction.noop()

    @property
    def phases(self) -> list[str]:
        return [str(c.phase) for c in self.contexts]


class Blocker:
    def __init__(self, name: str, message: str) -> None:
        self.name = name
        self.message = message

    async def call(self, ctx: HookContext) -> HookAction:
        return HookAction.block(self.message)


class Auditor:
    name = "auditor"

    def __init__(self) -> None:
        self.decisions: list[tuple[str, Any]] = []

    def before_request(self, request: Any) -> None:
        self.decisions.append(("before", request.method))

    def after_decision(self, request: Any, decision: Any) -> None:
        self.decisions.append(("after", decision))


def recorder_hooks(recorder: Recorder) -> Hooks:
    return Hooks(pre=[recorder], post=[recorder])


async def test_hook_order_around_a_run_and_session_end_on_close(
    client_config: ClientConfig, mock_model: MockModel, workdir: Path
) -> None:
    recorder = Recorder()
    mock_model.enqueue(responses.text("hi"))
    async with Client(client_config) as client:
        session = await client.start_session(SessionConfig(cwd=str(workdir), hooks=recorder_hooks(recorder)))
        result = await session.ask("hello")
        await session.close()

    assert recorder.phases == [
        "pre_session_start",
        "post_session_start",
        "pre_run",
        "pre_turn",
        "post_turn",
        "post_run",
        "session_end",
    ]
    post_turn = recorder.contexts[4]
    assert (post_turn.thread_id, post_turn.turn_id, post_turn.status) == (
        session.thread_id,
        result.turn_id,
        "completed",
    )
    assert all(c.prompt is None for c in recorder.contexts)  # the prompt is hidden unless a hook opts in
    assert len({c.correlation_id for c in recorder.contexts[2:6]}) == 1


async def test_a_pre_run_block_raises_and_sends_nothing(
    client_config: ClientConfig, mock_model: MockModel, workdir: Path
) -> None:
    async with Client(client_config) as client:
        session = await client.start_session(SessionConfig(cwd=str(workdir)))
        sent = client.runtime.metrics_snapshot().requests_sent
        blocked = RunProfile(
            hooks=Hooks(pre=[FilteredPreHook(Blocker("policy", "not today"), HookMatcher(phases={HookPhase.PRE_RUN}))])
        )
        with pytest.raises(BlockedByHookError) as caught:
            await session.ask_with_profile("anything", blocked)
        assert client.runtime.metrics_snapshot().requests_sent == sent
    assert (caught.value.hook_name, caught.value.phase) == ("policy", HookPhase.PRE_RUN)
    assert mock_model.requests == []


async def test_pre_tool_use_block_declines_the_command_and_post_tool_use_sees_it(
    client_config: ClientConfig, mock_model: MockModel, workdir: Path
) -> None:
    recorder = Recorder("tool-recorder")
    auditor = Auditor()
    no_rm = FilteredPreHook(
        Blocker("no-rm", "rm is not allowed"),
        HookMatcher(phases={HookPhase.PRE_TOOL_USE}, tool_name="commandExecution"),
    )
    hooks = Hooks(pre=[no_rm], post=[recorder], approval_observers=[auditor])
    approvals: list[str] = []

    def approve(request: Any) -> str:
        approvals.append(request.method)
        return "accept"

    mock_model.enqueue(responses.exec_command("echo should-not-run"), responses.text("blocked, fine"))
    async with Client(client_config) as client:
        session = await client.start_session(
            SessionConfig(cwd=str(workdir), approval_policy="untrusted", approval_handler=approve, hooks=hooks)
        )
        result = await session.ask("run it")

    assert approvals == []  # the block declined before any handler was asked
    [command] = [i for i in result.items if getattr(i, "type", "") == "commandExecution"]
    assert str(command.status) == "declined"
    tool_posts = [c for c in recorder.contexts if c.phase is HookPhase.POST_TOOL_USE]
    assert [(c.tool_name, c.status) for c in tool_posts] == [("commandExecution", "declined")]
    assert auditor.decisions[0] == ("before", "item/commandExecution/requestApproval")
    assert auditor.decisions[1][0] == "after" and auditor.decisions[1][1] == {"decision": "decline"}


def shell_hook(tmp_path: Path, name: str, body: str) -> ShellCommandHook:
    script = tmp_path / f"{name}.py"
    script.write_text(body)
    return ShellCommandHook(name, [sys.executable, str(script)], timeout=10.0)


async def test_shell_hooks_mutate_the_prompt_and_block(
    client_config: ClientConfig, mock_model: MockModel, workdir: Path, tmp_path: Path
) -> None:
    mutate = shell_hook(
        tmp_path,
        "rewrite",
        (
            "import json, sys\n"
            "ctx = json.load(sys.stdin)\n"
            "if ctx['phase'] == 'pre_turn':\n"
            "    print(json.dumps({'action': 'mutate', 'prompt_override': 'rewritten by shell'}))\n"
        ),
    )
    block = shell_hook(
        tmp_path,
        "deny",
        (
            "import json, sys\n"
            "ctx = json.load(sys.stdin)\n"
            "if ctx['phase'] == 'pre_run':\n"
            "    print(json.dumps({'message': 'denied by shell policy'}))\n"
            "    sys.exit(2)\n"
        ),
    )
    mock_model.enqueue(responses.text("ok"))
    async with Client(client_config) as client:
        session = await client.start_session(SessionConfig(cwd=str(workdir)))
        result = await session.ask_with_profile("original", RunProfile(hooks=Hooks(pre=[mutate])))
        with pytest.raises(BlockedByHookError, match="denied by shell policy"):
            await session.ask_with_profile("again", RunProfile(hooks=Hooks(pre=[block])))

    assert mock_model.requests[0].last_user_text == "rewritten by shell"
    assert result.hook_report is not None and result.hook_report.ok


async def test_a_raising_hook_is_reported_and_the_run_goes_on(
    client_config: ClientConfig, mock_model: MockModel, workdir: Path
) -> None:
    class Broken:
        name = "broken"

        def call(self, ctx: HookContext) -> HookAction:
            raise RuntimeError("hook bug")

    class Model:
        name = "model-picker"

        def call(self, ctx: HookContext) -> HookAction:
            return HookAction.mutate(HookPatch(metadata_delta={"picked": True}))

    mock_model.enqueue(responses.text("still fine"))
    async with Client(
        ClientConfig(process_env=client_config.process_env, hooks=Hooks(pre=[Broken(), Model()]))
    ) as client:
        session = await client.start_session(SessionConfig(cwd=str(workdir)))
        result = await session.ask("go")

    assert result.assistant_text == "still fine"
    assert {issue.hook_name for issue in result.hook_report.issues} == {"broken"}
    assert result.hook_report.metadata == {"picked": True}
