"""``codex-runtime run PROMPT``: one turn on a new thread, streamed; approvals asked on a terminal."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import click

from codex_runtime.api.attachments import validate_attachments
from codex_runtime.api.profiles import SessionConfig
from codex_runtime.cli.options import CliState, pass_state, turn_options, turn_options_from
from codex_runtime.cli.runner import Interrupts, run_command
from codex_runtime.runtime.handshake import EarlyStart, start_with_initialize


def load_output_schema(path: str | None) -> dict[str, Any] | None:
    """The JSON schema in ``path``.

    Raises:
        click.BadParameter: not a JSON object.
    """
    if path is None:
        return None
    try:
        schema = json.loads(Path(path).read_text())
    except (OSError, ValueError) as exc:
        raise click.BadParameter(f"cannot read a JSON schema from {path}: {exc}", param_hint="--output-schema") from exc
    if not isinstance(schema, dict):
        raise click.BadParameter(f"{path} must hold a JSON object (a JSON schema)", param_hint="--output-schema")
    return schema


@click.command("run")
@click.argument("prompt")
@turn_options
@click.option(
    "--attach",
    "attachments",
    metavar="PATH",
    multiple=True,
    help="Attach a file or directory (mentioned as @PATH). Repeatable.",
)
@click.option(
    "--output-schema",
    type=click.Path(exists=True, dir_okay=False),
    help="JSON schema file the final answer must follow (structured output).",
)
@pass_state
def run_cmd(state: CliState, /, prompt: str, attachments: tuple[str, ...], output_schema: str | None, **kw: Any) -> int:
    """Run PROMPT as one turn on a new thread and stream it.

    Approval requests (see --approval) are asked on a terminal (y / n / a = always for this session) and declined
    when there is no terminal. The thread stays in CODEX_HOME: continue it with `codex-runtime chat --resume ID`.
    """
    options = turn_options_from(kw)
    config = options.session_config(attachments=attachments, output_schema=load_output_schema(output_schema))
    validate_attachments(list(config.attachments), config.cwd)  # before anything is started
    # codex boots and answers initialize while the turn machinery, the client and the renderer are imported
    early = start_with_initialize(state.client_config())
    try:
        return run_command(lambda interrupts: run_turn(state, config, prompt, interrupts, early))
    finally:
        if early is not None:
            early.abort()  # only if nothing adopted and ended it (e.g. interrupted first): never leave codex running


async def run_turn(
    state: CliState, config: SessionConfig, prompt: str, interrupts: Interrupts, early: EarlyStart | None = None
) -> int:
    """Start codex (or adopt ``early``), run one streamed turn, return the exit code."""
    from codex_runtime.cli.turns import drive_on_new_thread, exit_code

    terminal, driver = await drive_on_new_thread(
        state, config, lambda session: session.ask_stream(prompt), interrupts, early
    )
    return exit_code(terminal, driver)


__all__ = ["load_output_schema", "run_cmd", "run_turn"]
