"""``codex-runtime demo``: the real bundled codex binary, offline, driven by the built-in MockModel, shown exactly
the way ``run`` shows a turn (same view, same approval prompt).

The demo's "model" IS the scripted mock: it uses the private machinery behind ``codex_runtime.testing``
(``codex_runtime._scripted``), never the testing kit itself. Its approvals are asked on a terminal (``--yes``
approves them); without a terminal they are approved with a note, so the demo runs unattended in CI. Real runs
never do that: there, no terminal means declined.
"""

from __future__ import annotations

import contextlib
import tempfile
from pathlib import Path

import click
from rich.text import Text

from codex_runtime.api.client import Client
from codex_runtime.api.profiles import SessionConfig
from codex_runtime.cli.approvals import ApprovalMode, Approver
from codex_runtime.cli.conversation import load_conversation
from codex_runtime.cli.errors import ExitCode
from codex_runtime.cli.line_input import LineInput, TtyInput, stdin_is_tty
from codex_runtime.cli.options import CliState, pass_state
from codex_runtime.cli.render import TurnView
from codex_runtime.cli.runner import Interrupts, run_command
from codex_runtime.cli.scripted import running_mock
from codex_runtime.cli.turns import TurnDriver, can_ask, exit_code, make_approver, make_view
from codex_runtime.cli_bin import resolve_codex_binary

PROMPTS = ("Say hello.", "List the workspace.", "Create HELLO.md.")


def demo_approver(state: CliState, view: TurnView, lines: LineInput | None, *, yes: bool) -> Approver:
    """``--yes``: approve; a terminal: ask; otherwise approve with a note (the demo must run unattended)."""
    if yes:
        return Approver(ApprovalMode.ACCEPT, by="--yes")
    if can_ask(state, lines):
        return make_approver(state, view, lines)
    return Approver(
        ApprovalMode.ACCEPT, by="demo", reason="no terminal: the demo approves by itself; real runs decline"
    )


@click.command("demo")
@click.option("--yes", "-y", is_flag=True, help="Approve the demo's command and file change without asking.")
@pass_state
def demo_cmd(state: CliState, yes: bool) -> int:
    """Offline demo: the bundled codex + a scripted mock model stream an answer, run a command that needs approval
    and write a file, in a temporary workspace (no account, no network; --codex-home is not used)."""
    return run_command(lambda interrupts: run_demo(state, interrupts, yes=yes))


async def run_demo(state: CliState, interrupts: Interrupts, *, yes: bool = False) -> int:
    """The demo's three turns; returns the exit code."""
    view = make_view(state)
    lines: LineInput | None = TtyInput() if stdin_is_tty() else None
    approver = demo_approver(state, view, lines, yes=yes)
    console = state.console(stderr=state.json)
    try:
        with tempfile.TemporaryDirectory(prefix="codex-runtime-demo-") as tmp, contextlib.ExitStack() as stack:
            workspace = Path(tmp) / "workspace"
            workspace.mkdir()
            (workspace / "notes.txt").write_text("Things to try: run, chat, threads, automate, doctor.\n")
            # The demo's model answers from the built-in conversation file (the same format as `mock-model FILE`).
            mock = stack.enter_context(running_mock(load_conversation("demo"), workspace, Path(tmp) / "codex-home"))
            env = {"CODEX_HOME": str(mock.codex_home)}
            config = state.client_config(process_env=env, server_request_timeout=300.0)
            view.waiting("Starting codex…")
            async with Client(config) as client:
                view.close()
                source = resolve_codex_binary(state.cli_bin).source
                console.print(
                    Text.assemble(
                        (f"codex {client.runtime.codex_version}", "bold"),
                        (f" ({source}) · offline demo with a scripted model · workspace {workspace}", "dim"),
                    )
                )
                session = await client.start_session(
                    SessionConfig(
                        cwd=str(workspace),
                        approval_policy="untrusted",
                        sandbox="workspace-write",
                        allow_privileged_escalation=True,
                    )
                )
                view.session_started(session.thread_id)
                driver = TurnDriver(view, approver, interrupts)
                for prompt in PROMPTS:
                    console.print()
                    console.print(Text.assemble(("> ", "bold cyan"), (prompt, "bold")))
                    terminal = await driver.drive(await session.ask_stream(prompt))
                    code = exit_code(terminal, driver)
                    if code != ExitCode.OK:
                        return code
            written = workspace / "HELLO.md"
            console.print()
            if written.exists():
                console.print(Text("HELLO.md now says:", style="bold"))
                console.print(written.read_text().rstrip("\n"))
            else:
                console.print(Text("HELLO.md was not written (the change was declined).", style="yellow"))
    finally:
        view.close()
        if lines is not None:
            lines.close()
    return ExitCode.OK


__all__ = ["PROMPTS", "demo_cmd", "run_demo"]
