"""Reasoning effort is a closed Literal: every value the OpenAI models take passes, anything else is refused when the
profile is built (codex itself passes any string through to the model)."""

from __future__ import annotations

from pathlib import Path
from typing import get_args

import pytest

from codex_runtime import CodexRuntimeError, RunProfile, SessionConfig
from codex_runtime.api.profiles import ReasoningEffort, reasoning_effort
from codex_runtime.cli.options import EFFORTS
from codex_runtime.errors import InvalidArgumentError

EXPECTED = ("none", "minimal", "low", "medium", "high", "xhigh")


def test_the_effort_literal_lists_the_six_model_efforts_and_the_cli_offers_the_same() -> None:
    assert get_args(ReasoningEffort) == EXPECTED
    assert EFFORTS == EXPECTED  # the CLI's --effort choices, read from the Literal


@pytest.mark.parametrize("effort", EXPECTED)
def test_every_model_effort_builds_a_profile(effort: ReasoningEffort) -> None:
    assert RunProfile(effort=effort).effort == effort
    assert reasoning_effort(effort) == effort


@pytest.mark.parametrize("effort", ["enormous", "HIGH", "", " medium", None, 3])
def test_an_unknown_effort_is_a_typed_error_naming_the_choices(effort: object) -> None:
    with pytest.raises(InvalidArgumentError) as caught:
        RunProfile(effort=effort)  # type: ignore[arg-type]
    assert isinstance(caught.value, CodexRuntimeError)
    assert str(caught.value) == (
        f"effort must be one of ['none', 'minimal', 'low', 'medium', 'high', 'xhigh'], not {effort!r}"
    )


def test_with_effort_and_session_config_check_it_too(tmp_path: Path) -> None:
    with pytest.raises(InvalidArgumentError, match="not 'extreme'"):
        RunProfile().with_effort("extreme")  # type: ignore[arg-type]
    with pytest.raises(InvalidArgumentError, match="not 'max'"):
        SessionConfig(cwd=str(tmp_path), effort="max")  # type: ignore[arg-type]
    assert SessionConfig(cwd=str(tmp_path)).effort == "medium"
