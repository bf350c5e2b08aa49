"""Thread and turn options: typed like the schema, checked before anything is sent, sent only when set."""

from __future__ import annotations

from typing import get_args

import pytest

from codex_runtime import PromptRunParams, RunProfile, SessionConfig
from codex_runtime.api.guards import check_privileged_escalation
from codex_runtime.api.profiles import ApprovalsReviewer, Personality, ReasoningSummary
from codex_runtime.api.thread_options import check_turn_options
from codex_runtime.api.thread_params import thread_params
from codex_runtime.api.turn_params import turn_start_params
from codex_runtime.errors import InvalidArgumentError, PrivilegedEscalationError
from codex_runtime.protocol import types as t


def test_the_literals_are_the_generated_enums() -> None:
    assert set(get_args(Personality)) == {str(v.value) for v in t.Personality}
    assert set(get_args(ApprovalsReviewer)) == {str(v.value) for v in t.ApprovalsReviewer}
    assert set(get_args(ReasoningSummary)) == {str(v.value) for v in t.ReasoningSummary}


def test_nothing_is_sent_for_options_left_unset(tmp_path: object) -> None:
    config = SessionConfig(cwd="/repo")
    assert thread_params(config, config.cwd) == {"approvalPolicy": "never", "sandbox": "read-only", "cwd": "/repo"}
    wire = turn_start_params("thr", PromptRunParams(cwd="", prompt="hi"))
    assert set(wire) == {"threadId", "input", "approvalPolicy", "sandboxPolicy", "effort"}


def test_each_option_goes_where_the_schema_has_it() -> None:
    config = SessionConfig(
        cwd="/repo",
        developer_instructions="Be brief.",
        base_instructions="You are a reviewer.",
        personality="pragmatic",
        service_tier="flex",
        ephemeral=True,
        approvals_reviewer="user",
        model_provider="openai",
        thread_config={"model_verbosity": "low"},
        summary="concise",
    )
    assert thread_params(config, config.cwd) == {
        "approvalPolicy": "never",
        "sandbox": "read-only",
        "cwd": "/repo",
        "developerInstructions": "Be brief.",
        "baseInstructions": "You are a reviewer.",
        "modelProvider": "openai",
        "config": {"model_verbosity": "low"},
        "personality": "pragmatic",
        "serviceTier": "flex",
        "approvalsReviewer": "user",
        "ephemeral": True,
    }
    assert "ephemeral" not in thread_params(config, config.cwd, resume=True)
    wire = turn_start_params("thr", PromptRunParams.from_profile("", "hi", config.profile()))
    assert {k: wire[k] for k in ("personality", "serviceTier", "approvalsReviewer", "summary")} == {
        "personality": "pragmatic",
        "serviceTier": "flex",
        "approvalsReviewer": "user",
        "summary": "concise",
    }
    assert "developerInstructions" not in wire and "config" not in wire


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"personality": "cheerful"}, "personality must be one of ['none', 'friendly', 'pragmatic'] or None"),
        ({"summary": "long"}, "summary must be one of ['auto', 'concise', 'detailed', 'none'] or None"),
        (
            {"approvals_reviewer": "me"},
            "approvals_reviewer must be one of ['user', 'auto_review', 'guardian_subagent'] or",
        ),
        ({"developer_instructions": "  "}, "developer_instructions must be a non-blank string or None"),
        ({"service_tier": 3}, "service_tier must be a non-blank string or None, not 3"),
        ({"ephemeral": "yes"}, "ephemeral must be True, False or None, not 'yes'"),
        ({"thread_config": ["model_verbosity"]}, "thread_config must be a mapping of codex config keys"),
    ],
)
def test_bad_values_are_refused_when_the_profile_is_built(fields: dict[str, object], message: str) -> None:
    with pytest.raises(InvalidArgumentError, match=message.replace("[", r"\[").replace("]", r"\]")):
        RunProfile(**fields)  # type: ignore[arg-type]


def test_options_that_widen_need_the_escalation_opt_in() -> None:
    with pytest.raises(PrivilegedEscalationError, match="approvals_reviewer='auto_review' lets a model answer"):
        check_privileged_escalation(RunProfile(approvals_reviewer="auto_review"), "/repo")
    with pytest.raises(PrivilegedEscalationError, match=r"thread_config keys \['mcp_servers', 'sandbox_mode'\]"):
        check_privileged_escalation(
            RunProfile(thread_config={"sandbox_mode": "danger-full-access", "mcp_servers": {}, "model_verbosity": 1}),
            "/repo",
        )
    check_privileged_escalation(RunProfile(thread_config={"model_verbosity": "low"}, approvals_reviewer="user"), "/r")
    opted_in = RunProfile(approvals_reviewer="auto_review", allow_privileged_escalation=True)
    check_privileged_escalation(opted_in, "/repo")


def test_a_turn_cannot_change_what_its_thread_started_with() -> None:
    session = SessionConfig(cwd="/repo", developer_instructions="Be brief.").profile()
    check_turn_options(session, RunProfile(timeout=30.0, personality="none"))
    check_turn_options(session, RunProfile(developer_instructions="Be brief."))  # the same value: no change
    with pytest.raises(InvalidArgumentError, match="developer_instructions is fixed when a thread starts"):
        check_turn_options(session, RunProfile(developer_instructions="Be verbose."))
    with pytest.raises(InvalidArgumentError, match="ephemeral is fixed when a thread starts"):
        check_turn_options(session, RunProfile(ephemeral=True))


def test_a_per_call_profile_overrides_only_the_options_it_sets() -> None:
    session = SessionConfig(cwd="/repo", service_tier="flex", summary="detailed").profile()
    merged = RunProfile(summary="concise").merged_over(session)
    assert (merged.service_tier, merged.summary) == ("flex", "concise")
