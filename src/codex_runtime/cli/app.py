"""The ``codex-runtime`` command group and :func:`main`: exit codes and one-line errors, never a traceback.

Exit codes: 0 ok, 1 runtime error (a codex_runtime error, a failed turn, a failed check), 2 usage error,
130 Ctrl-C. ``CODEX_RUNTIME_DEBUG=1`` shows the traceback of an unexpected error.
"""

from __future__ import annotations

import importlib
import os
import sys
import traceback
from typing import TYPE_CHECKING, Any

import click

from codex_runtime._version import __version__
from codex_runtime.cli.console import make_console, print_error
from codex_runtime.cli.errors import CliError, ExitCode, exit_code_for
from codex_runtime.cli.options import CliState, global_options
from codex_runtime.errors import CodexRuntimeError

if TYPE_CHECKING:
    from rich.console import Console

EPILOG = """\b
Examples:
  codex-runtime run "Summarize this repository"
  codex-runtime run "Fix the failing test" --sandbox workspace-write --approval untrusted
  codex-runtime chat --resume 01a2...            # continue a thread
  codex-runtime --json run "List the TODOs" | jq .kind
  codex-runtime automate "Check the CI status" --every 10m --max-runs 6
  codex-runtime login                             # ChatGPT in a browser (--device-code: on another device)
  printenv OPENAI_API_KEY | codex-runtime login --api-key-stdin
  codex-runtime whoami                            # account, plan, rate limits
  codex-runtime doctor                            # which codex runs, is it logged in
  codex-runtime demo                              # offline: bundled codex + a scripted model
  codex-runtime --mock demo chat                  # any command offline, answered from a conversation file
  codex-runtime mock-model my-script.yaml         # serve a scripted model; prints the CODEX_HOME to use
  codex-runtime replay transcript.jsonl           # show a recorded transcript like run does
  codex-runtime serve --token s3cret-token-for-alice   # browser UI (needs the web extra)
"""


COMMANDS: dict[str, str] = {
    "automate": "codex_runtime.cli.automate:automate_cmd",
    "chat": "codex_runtime.cli.chat:chat_cmd",
    "demo": "codex_runtime.cli.demo:demo_cmd",
    "doctor": "codex_runtime.cli.doctor:doctor_cmd",
    "login": "codex_runtime.cli.account:login_cmd",
    "logout": "codex_runtime.cli.account:logout_cmd",
    "mock-model": "codex_runtime.cli.mock:mock_model_cmd",
    "models": "codex_runtime.cli.listing:models_cmd",
    "replay": "codex_runtime.cli.replay:replay_cmd",
    "review": "codex_runtime.cli.review:review_cmd",
    "run": "codex_runtime.cli.run:run_cmd",
    "serve": "codex_runtime.cli.web:serve_cmd",
    "threads": "codex_runtime.cli.listing:threads_group",
    "whoami": "codex_runtime.cli.account:whoami_cmd",
}
"""Each command and where it is defined ("module:attribute")."""


class _LazyGroup(click.Group):
    """A group that imports a command's module only when that command runs (or help lists it).

    Why: ``codex-runtime run`` should pay for the run command alone, not for the web adapter, the demo's YAML,
    the login flows and the scheduler that the other commands import.
    """

    def __init__(self, *args: Any, lazy: dict[str, str], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._lazy = dict(lazy)

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted({*super().list_commands(ctx), *self._lazy})

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        where = self._lazy.pop(cmd_name, None)
        if where is not None:
            module, _, attribute = where.partition(":")
            command = getattr(importlib.import_module(module), attribute)
            if not isinstance(command, click.Command):  # a wrong table entry is our bug, not the user's input
                raise TypeError(f"{where} is not a click command")
            self.add_command(command, cmd_name)
        return super().get_command(ctx, cmd_name)


@click.group(
    name="codex-runtime",
    cls=_LazyGroup,
    lazy=COMMANDS,
    epilog=EPILOG,
    context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 110},
)
@click.version_option(__version__, "--version", "-V", prog_name="codex-runtime")
@global_options
@click.pass_context
def cli(ctx: click.Context) -> None:
    """Drive OpenAI's `codex app-server` from the terminal: run prompts, chat, manage threads, automate."""
    ctx.ensure_object(CliState)


def _no_color_requested(argv: list[str]) -> bool:
    return "--no-color" in argv


def main(argv: list[str] | None = None) -> int:
    """Run the CLI with ``argv`` (default: ``sys.argv[1:]``) and return the exit code."""
    args = list(sys.argv[1:] if argv is None else argv)

    def errors() -> Console:  # made on the first error only: a console costs a rich import (~50 ms)
        return make_console(stderr=True, no_color=_no_color_requested(args))

    try:
        result = cli.main(args=args, prog_name="codex-runtime", standalone_mode=False)
    except click.exceptions.Abort:
        errors().print("interrupted")
        return ExitCode.INTERRUPTED
    except KeyboardInterrupt:
        errors().print("\ninterrupted")
        return ExitCode.INTERRUPTED
    except click.ClickException as exc:
        exc.show()
        return exc.exit_code
    except (CodexRuntimeError, CliError) as exc:
        print_error(errors(), exc)
        return exit_code_for(exc)
    except BrokenPipeError:
        # stdout was closed early (e.g. `| head`): not an error worth a message.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return ExitCode.RUNTIME_ERROR
    except Exception as exc:
        if os.environ.get("CODEX_RUNTIME_DEBUG"):
            traceback.print_exc()
        print_error(errors(), exc)
        return ExitCode.RUNTIME_ERROR
    return int(result) if isinstance(result, int) else ExitCode.OK


__all__ = ["cli", "main"]
