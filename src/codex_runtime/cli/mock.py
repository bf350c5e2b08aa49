"""``codex-runtime mock-model FILE``: serves a conversation file (see :mod:`codex_runtime.cli.conversation`) until
Ctrl-C and prints the ``CODEX_HOME`` that points codex at it, so ``run``, ``chat`` and ``serve`` can be tried in
another terminal with no account. (The global ``--mock FILE`` starts the same model inside one command.)
"""

from __future__ import annotations

import threading
from pathlib import Path

import click

from codex_runtime.cli.conversation import load_conversation
from codex_runtime.cli.options import CliState, pass_state
from codex_runtime.cli.scripted import running_mock


@click.command("mock-model")
@click.argument("script", metavar="FILE")
@click.option(
    "--home",
    type=click.Path(file_okay=False, resolve_path=True),
    help="Write the offline CODEX_HOME here (default: a temporary directory, removed at exit).",
)
@pass_state
def mock_model_cmd(state: CliState, /, script: str, home: str | None) -> int:
    """Serve a scripted model from a conversation FILE (JSON or YAML; `demo` for the demo's script) until Ctrl-C,
    and print the CODEX_HOME that points codex at it: try `run`, `chat`, `serve` with no account.

    \b
    A conversation file lists the model's answers, one per model request:
      answers:
        - say: Hello!                          # a text answer
        - think: Checking first.               # reasoning, then an answer
          say: Done.
        - run: ls -la                          # a command (then an entry for the answer after it)
        - write: {path: NOTES.md, content: hi} # a new file (relative: to the directory you start in)
      after: echo                              # then: echo the prompt (default) or fail
    """
    conversation = load_conversation(script)
    console = state.console()
    with running_mock(conversation, Path.cwd(), Path(home) if home else None) as mock:
        console.print(
            f"mock model on {mock.model.base_url} · {len(conversation.answers)} answers from {conversation.source}"
        )
        console.print(f"CODEX_HOME={mock.codex_home}")
        console.print(f'try, in another terminal: CODEX_HOME={mock.codex_home} codex-runtime run "Say hello."')
        console.print("Ctrl-C stops it.", style="dim")
        try:
            threading.Event().wait()  # until Ctrl-C: the model serves from its own thread
        except KeyboardInterrupt:
            console.print("stopped")
    return 0


__all__ = ["mock_model_cmd"]
