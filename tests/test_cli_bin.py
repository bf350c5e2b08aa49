"""Which codex binary runs: explicit > $CODEX_RUNTIME_CLI_BIN > bundled > PATH, with typed errors."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from codex_runtime import cli_bin
from codex_runtime.cli_bin import resolve_codex_binary
from codex_runtime.errors import CodexBinaryNotFoundError


def make_executable(path: Path) -> Path:
    path.write_text("#!/bin/sh\necho codex-cli 9.9.9\n")
    path.chmod(path.stat().st_mode | stat.S_IXUSR)
    return path


def test_the_bundled_binary_is_the_default_and_brings_its_helper_dirs() -> None:
    resolved = resolve_codex_binary(env={"PATH": "/usr/bin"})
    assert resolved.source == "bundled openai-codex-cli-bin"
    assert resolved.path.name == "codex" and os.access(resolved.path, os.X_OK)
    assert {p.name for p in resolved.extra_path} == {"codex-path", "codex-resources"}
    path_entries = resolved.child_env({}, base={"PATH": "/usr/bin"})["PATH"].split(os.pathsep)
    assert path_entries[-1] == "/usr/bin" and path_entries[0].endswith("codex-path")


def test_an_explicit_path_wins_over_the_environment_variable(tmp_path: Path) -> None:
    explicit = make_executable(tmp_path / "explicit-codex")
    other = make_executable(tmp_path / "env-codex")
    resolved = resolve_codex_binary(explicit, env={"CODEX_RUNTIME_CLI_BIN": str(other)})
    assert resolved.path == explicit.resolve() and resolved.source == "explicit cli_bin"


def test_the_environment_variable_wins_over_the_bundled_binary(tmp_path: Path) -> None:
    from_env = make_executable(tmp_path / "env-codex")
    resolved = resolve_codex_binary(env={"CODEX_RUNTIME_CLI_BIN": str(from_env)})
    assert resolved.path == from_env.resolve() and resolved.source == "$CODEX_RUNTIME_CLI_BIN"


def test_a_missing_explicit_path_is_a_typed_error_naming_it(tmp_path: Path) -> None:
    missing = tmp_path / "nope"
    with pytest.raises(CodexBinaryNotFoundError, match="does not exist") as caught:
        resolve_codex_binary(missing)
    assert caught.value.tried == [("explicit cli_bin", f"{missing} does not exist")]


def test_a_non_executable_file_is_refused(tmp_path: Path) -> None:
    plain = tmp_path / "codex"
    plain.write_text("not a program")
    with pytest.raises(CodexBinaryNotFoundError, match="not executable"):
        resolve_codex_binary(env={"CODEX_RUNTIME_CLI_BIN": str(plain)})


def test_codex_on_path_is_the_last_resort(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(cli_bin, "bundled_codex_binary", lambda: None)
    on_path = make_executable(tmp_path / "codex")
    resolved = resolve_codex_binary(env={"PATH": str(tmp_path)})
    assert resolved.path == on_path.resolve() and resolved.source == "codex on PATH"


def test_nothing_found_lists_every_candidate_tried(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(cli_bin, "bundled_codex_binary", lambda: None)
    with pytest.raises(CodexBinaryNotFoundError) as caught:
        resolve_codex_binary(env={"PATH": str(tmp_path)})
    assert [source for source, _ in caught.value.tried] == [
        "explicit cli_bin",
        "$CODEX_RUNTIME_CLI_BIN",
        "bundled openai-codex-cli-bin",
        "codex on PATH",
    ]
    assert "codex on PATH: not found" in str(caught.value)
