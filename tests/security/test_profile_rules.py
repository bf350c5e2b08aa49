"""Finding 2: a per-call profile overrides only what its caller set, and never makes approvals less asking or the
sandbox wider than the session's without its own ``allow_privileged_escalation=True``. Proven on the wire: the
params of every thread/start and turn/start written to the real binary."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from codex_runtime import (
    Client,
    ClientConfig,
    PendingServerRequest,
    PrivilegedEscalationError,
    PromptRunParams,
    RunProfile,
    SessionConfig,
    Workflow,
    WorkflowConfig,
)
from codex_runtime.api.guards import asks_less
from codex_runtime.testing import MockModel, responses
from tests.security.conftest import Wire

SECRET = "outside-the-workspace-7f3a"


def policy_fields(params: dict[str, Any]) -> dict[str, Any]:
    keep = ("approvalPolicy", "sandbox", "sandboxPolicy", "effort")
    return {key: params[key] for key in keep if key in params}


@pytest.fixture
def outside_file(tmp_path: Path) -> Path:
    path = tmp_path / "outside" / "secret.txt"
    path.parent.mkdir()
    path.write_text(SECRET)
    return path


def test_a_profile_remembers_only_the_fields_its_caller_set() -> None:
    profile = RunProfile(timeout=30)
    assert profile.given_fields == frozenset({"timeout"})
    assert profile.with_effort("low").given_fields == frozenset({"timeout", "effort"})
    assert profile.with_sandbox("workspace-write").given_fields == frozenset({"timeout", "sandbox"})
    session = SessionConfig(cwd="/", approval_policy="untrusted", effort="high")
    merged = profile.merged_over(session.profile())
    assert (merged.approval_policy, merged.effort, merged.timeout, merged.sandbox) == (
        "untrusted",
        "high",
        30,
        "read-only",
    )


@pytest.mark.parametrize(
    ("policy", "than", "less"),
    [
        ("never", "on-request", True),
        ("never", "untrusted", True),
        ("on-request", "untrusted", True),
        ("untrusted", "never", False),
        ("on-request", "on-request", False),
        ({"granular": {"rules": True, "sandbox_approval": True, "mcp_elicitations": True}}, "untrusted", True),
        ({"granular": {"rules": True, "sandbox_approval": True, "mcp_elicitations": True}}, "never", False),
        ("never", {"granular": {"rules": False, "sandbox_approval": False, "mcp_elicitations": False}}, True),
        (
            {"granular": {"rules": True, "sandbox_approval": False, "mcp_elicitations": True}},
            {"granular": {"rules": True, "sandbox_approval": True, "mcp_elicitations": True}},
            True,
        ),
        (
            {"granular": {"rules": True, "sandbox_approval": True, "mcp_elicitations": True}},
            {"granular": {"rules": True, "sandbox_approval": False, "mcp_elicitations": False}},
            False,
        ),
    ],
)
def test_less_asking_follows_never_on_request_untrusted(policy: Any, than: Any, less: bool) -> None:
    assert asks_less(policy, than) is less


async def test_a_timeout_only_profile_keeps_the_sessions_approvals_and_no_outside_file_reaches_the_model(
    client_config: ClientConfig, mock_model: MockModel, workdir: Path, wire: Wire, outside_file: Path
) -> None:
    asked: list[str] = []

    def decline(request: PendingServerRequest) -> str:
        asked.append(request.method)
        return "decline"

    mock_model.enqueue(responses.exec_command(f"cat {outside_file}"), responses.text("could not read it"))
    async with Client(client_config) as client:
        session = await client.start_session(
            SessionConfig(cwd=str(workdir), approval_policy="untrusted", approval_handler=decline)
        )
        result = await session.ask_with_profile("read the secret", RunProfile(timeout=30))

    assert result.assistant_text == "could not read it"
    assert asked == ["item/commandExecution/requestApproval"]
    assert SECRET not in str([request.body for request in mock_model.requests])
    [turn_start] = wire.params("turn/start")
    assert policy_fields(turn_start) == {
        "approvalPolicy": "untrusted",
        "sandboxPolicy": {"type": "readOnly"},
        "effort": "medium",
    }


async def test_a_profile_that_asks_less_or_widens_is_refused_before_turn_start(
    client_config: ClientConfig, mock_model: MockModel, workdir: Path, wire: Wire
) -> None:
    mock_model.enqueue(responses.text("allowed with its own opt-in"))
    async with Client(client_config) as client:
        session = await client.start_session(SessionConfig(cwd=str(workdir), approval_policy="untrusted"))
        for loosening in (
            RunProfile(approval_policy="never"),
            RunProfile(approval_policy="on-request"),
            RunProfile(sandbox="workspace-write", approval_policy="untrusted"),
        ):
            with pytest.raises(PrivilegedEscalationError, match="allow_privileged_escalation=True"):
                await session.ask_with_profile("loosen", loosening)
        assert wire.params("turn/start") == []
        opted_in = await session.ask_with_profile(
            "loosen", RunProfile(approval_policy="never", allow_privileged_escalation=True)
        )

        with pytest.raises(PrivilegedEscalationError):  # ask_with: verbatim params, same rule
            await session.ask_with(PromptRunParams(cwd=str(workdir), prompt="loosen", approval_policy="never"))

    assert opted_in.assistant_text == "allowed with its own opt-in"
    [turn_start] = wire.params("turn/start")
    assert turn_start["approvalPolicy"] == "never"


async def test_a_wider_session_keeps_its_sandbox_and_a_call_cannot_widen_it_further(
    client_config: ClientConfig, mock_model: MockModel, workdir: Path, wire: Wire
) -> None:
    mock_model.enqueue(responses.text("ok"))
    wide = SessionConfig(
        cwd=str(workdir), approval_policy="untrusted", sandbox="workspace-write", allow_privileged_escalation=True
    )
    async with Client(client_config) as client:
        session = await client.start_session(wide)
        with pytest.raises(PrivilegedEscalationError, match="wider than the session's"):
            await session.ask_with_profile("wider", RunProfile(sandbox="danger-full-access"))
        await session.ask_with_profile("same", RunProfile(effort="low"))

    [turn_start] = wire.params("turn/start")
    assert policy_fields(turn_start) == {
        "approvalPolicy": "untrusted",
        "sandboxPolicy": {"type": "workspaceWrite"},
        "effort": "low",
    }


async def test_workflow_run_with_profile_overrides_only_the_given_fields(
    client_config: ClientConfig, mock_model: MockModel, workdir: Path, wire: Wire
) -> None:
    mock_model.enqueue(responses.text("one"))
    config = WorkflowConfig(
        cwd=str(workdir),
        client_config=client_config,
        run_profile=RunProfile(approval_policy="untrusted", effort="low"),
    )
    async with Workflow(config) as workflow:
        result = await workflow.run_with_profile("timeout only", RunProfile(timeout=30))
        with pytest.raises(PrivilegedEscalationError):
            await workflow.run_with_profile("less asking", RunProfile(approval_policy="never"))

    assert result.assistant_text == "one"
    assert [policy_fields(p) for p in wire.params("thread/start")] == [
        {"approvalPolicy": "untrusted", "sandbox": "read-only"}
    ]
    assert [policy_fields(p) for p in wire.params("turn/start")] == [
        {"approvalPolicy": "untrusted", "sandboxPolicy": {"type": "readOnly"}, "effort": "low"}
    ]


async def test_client_run_with_profile_starts_from_the_safe_defaults(
    client_config: ClientConfig, mock_model: MockModel, workdir: Path, wire: Wire
) -> None:
    mock_model.enqueue(responses.text("two"))
    async with Client(client_config) as client:
        await client.run_with_profile(workdir, "timeout only", RunProfile(timeout=30))
        with pytest.raises(PrivilegedEscalationError):
            await client.run_with_profile(workdir, "wider", RunProfile(sandbox="workspace-write"))

    assert [policy_fields(p) for p in wire.params("thread/start")] == [
        {"approvalPolicy": "never", "sandbox": "read-only"}
    ]
    assert [policy_fields(p) for p in wire.params("turn/start")] == [
        {"approvalPolicy": "never", "sandboxPolicy": {"type": "readOnly"}, "effort": "medium"}
    ]
