"""Colour only on a terminal, never with NO_COLOR or --no-color; nothing but text when piped."""

from __future__ import annotations

from tests.cli._cli import SpawnCli, finish, run_cli

MISSING_BINARY = ("doctor", "--cli-bin", "/nonexistent/codex")  # fails fast, before any codex starts


def test_a_terminal_gets_colour(spawn_cli: SpawnCli, cli_env: dict[str, str]) -> None:
    env = {k: v for k, v in cli_env.items() if k != "NO_COLOR"}
    child = spawn_cli(*MISSING_BINARY, env=env)
    child.expect_exact("some checks failed")
    assert "\x1b[1;31m" in (child.before or "")  # the red cross
    assert finish(child) == 1


def test_no_color_env_and_flag_turn_styling_off_on_a_terminal(spawn_cli: SpawnCli, cli_env: dict[str, str]) -> None:
    without_env = {k: v for k, v in cli_env.items() if k != "NO_COLOR"}
    for child in (spawn_cli(*MISSING_BINARY, env=cli_env), spawn_cli("--no-color", *MISSING_BINARY, env=without_env)):
        child.expect_exact("some checks failed")
        assert "\x1b[" not in (child.before or "")
        assert finish(child) == 1


def test_piped_output_has_no_escape_codes(cli_env: dict[str, str]) -> None:
    env = {k: v for k, v in cli_env.items() if k != "NO_COLOR"}
    proc = run_cli(*MISSING_BINARY, env=env)
    assert proc.returncode == 1
    assert "\x1b[" not in proc.stdout + proc.stderr
