"""The public types hold under a type checker: mypy (the project's strict config) on the files of this folder."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from mypy import api

HERE = Path(__file__).parent
ROOT = HERE.parent.parent


def mypy(monkeypatch: pytest.MonkeyPatch, *files: str) -> tuple[str, int]:
    monkeypatch.chdir(ROOT)  # the project's config and cache
    monkeypatch.setenv("MYPYPATH", os.fspath(ROOT / "src"))
    stdout, stderr, status = api.run(["--config-file", "pyproject.toml", *(os.fspath(HERE / f) for f in files)])
    return stdout + stderr, status


def test_a_typed_request_returns_its_specs_result_type(monkeypatch: pytest.MonkeyPatch) -> None:
    output, status = mypy(monkeypatch, "request_typed.py")
    assert (status, output) == (0, "Success: no issues found in 1 source file\n")


def test_a_wrong_result_type_or_params_type_is_reported(monkeypatch: pytest.MonkeyPatch) -> None:
    output, status = mypy(monkeypatch, "request_typed_errors.py")
    reported = [line.split(": error: ")[0].rsplit(":", 1)[1] for line in output.splitlines() if ": error: " in line]
    assert (status, reported) == (1, ["14", "15", "16"])


def test_results_tools_handlers_and_profiles_are_typed(monkeypatch: pytest.MonkeyPatch) -> None:
    output, status = mypy(monkeypatch, "public_types.py")
    assert (status, output) == (0, "Success: no issues found in 1 source file\n")


def test_a_wrong_tool_call_handler_sandbox_approval_policy_or_effort_is_reported(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    output, status = mypy(monkeypatch, "public_types_errors.py")
    reported = [line.split(": error: ")[0].rsplit(":", 1)[1] for line in output.splitlines() if ": error: " in line]
    assert (status, reported) == (1, ["18", "19", "20", "21", "22"])


def test_a_command_approval_handler_receives_the_command_approval_params(monkeypatch: pytest.MonkeyPatch) -> None:
    output, status = mypy(monkeypatch, "handlers.py")
    assert (status, output) == (0, "Success: no issues found in 1 source file\n")


def test_a_handler_of_another_method_or_a_wrong_params_field_is_reported(monkeypatch: pytest.MonkeyPatch) -> None:
    output, status = mypy(monkeypatch, "handlers_errors.py")
    errors = [line for line in output.splitlines() if ": error: " in line]
    assert (status, [_line_and_code(error) for error in errors]) == (
        1,
        [("15", "assignment"), ("16", "attr-defined"), ("21", "arg-type")],
    )


def _line_and_code(error: str) -> tuple[str, str]:
    """``tests/typing/x.py:15: error: ... [assignment]`` -> ``("15", "assignment")``."""
    return error.split(": error: ")[0].rsplit(":", 1)[1], error.rsplit("[", 1)[1].rstrip("]")
