"""``codex-runtime automate PROMPT --every 10m``: the same prompt on one session at a fixed cadence
(:func:`codex_runtime.automation.spawn`). Ctrl-C stops after the running turn; a second Ctrl-C stops at once.
"""

from __future__ import annotations

import time
from typing import Any

import click
from rich.status import Status
from rich.text import Text

from codex_runtime.api.client import Client
from codex_runtime.api.profiles import SessionConfig
from codex_runtime.api.results import PromptRunResult
from codex_runtime.automation import AutomationHandle, AutomationSpec, AutomationStatus, RetryPolicy, spawn
from codex_runtime.cli.errors import describe
from codex_runtime.cli.jsonl import JsonLinesWriter
from codex_runtime.cli.options import (
    DURATION_OPTION,
    CliState,
    format_duration,
    pass_state,
    turn_options,
    turn_options_from,
)
from codex_runtime.cli.render import describe_request
from codex_runtime.cli.runner import Interrupts, run_command
from codex_runtime.runtime.server_requests import PendingServerRequest

POLL = 0.5
"""Seconds between refreshes of the spinner's status line (display only; nothing waits on it)."""


@click.command("automate")
@click.argument("prompt")
@click.option("--every", required=True, help="Cadence, e.g. 30s, 10m, 1h.", **DURATION_OPTION)
@click.option("--max-runs", type=click.IntRange(min=1), help="Stop after N successful runs [default: until Ctrl-C].")
@click.option("--retries", type=click.IntRange(min=0), default=0, show_default=True, help="Retries per failing run.")
@turn_options
@pass_state
def automate_cmd(state: CliState, /, prompt: str, every: float, max_runs: int | None, retries: int, **kw: Any) -> int:
    """Ask PROMPT on one thread every --every, one turn at a time (missed ticks collapse into one run).

    Runs unattended: approval requests are declined.
    """
    config = turn_options_from(kw).session_config()
    retry = RetryPolicy(attempts=retries + 1) if retries else None
    spec_args = {"prompt": prompt, "every": every, "max_runs": max_runs, "retry": retry}
    return run_command(lambda interrupts: Automation(state, config, spec_args, interrupts).run())


class Automation:
    """One ``automate`` invocation: the session, the automation handle, and its output."""

    def __init__(
        self, state: CliState, config: SessionConfig, spec_args: dict[str, Any], interrupts: Interrupts
    ) -> None:
        self.state = state
        self.console = state.console()
        self.writer = JsonLinesWriter() if state.json else None
        self.config = config.replace(approval_handler=self._decline)
        self.spec = AutomationSpec(on_result=self._on_result, **spec_args)
        self.interrupts = interrupts
        self.thread_id = ""
        self.started_at = 0.0

    async def run(self) -> int:
        status_line = self.console.status("Starting codex…") if self._live else None
        if status_line is not None:
            status_line.start()
        try:
            async with Client(self.state.client_config()) as client:
                session = await client.start_session(self.config)
                self.thread_id = session.thread_id
                self._announce()
                self.started_at = time.monotonic()
                handle = spawn(session, self.spec)
                with self.interrupts.handler(lambda: self._stop(handle)):
                    final = await self._wait(handle, status_line)
        finally:
            if status_line is not None:
                status_line.stop()
        return self._finish(handle, final)

    async def _wait(self, handle: AutomationHandle, status_line: Status | None) -> AutomationStatus:
        if status_line is None:
            return await handle.wait()
        while True:
            try:
                return await handle.wait(timeout=POLL)
            except TimeoutError:
                status_line.update(self._status_text(handle))

    @property
    def _live(self) -> bool:
        return not self.state.json and self.console.is_terminal

    def _stop(self, handle: AutomationHandle) -> None:
        handle.stop()
        if not self.state.json:
            self.console.print(Text("stopping after the running turn (Ctrl-C again to stop now)", style="yellow"))

    def _announce(self) -> None:
        every = format_duration(self.spec.interval)
        limit = f", {self.spec.max_runs} run(s)" if self.spec.max_runs else ""
        if self.writer is not None:
            self.writer.write(
                {
                    "kind": "automation_started",
                    "thread_id": self.thread_id,
                    "turn_id": None,
                    "every": self.spec.interval,
                }
            )
        else:
            self.console.print(Text(f"thread {self.thread_id} · every {every}{limit} · Ctrl-C stops", style="dim"))

    def _status_text(self, handle: AutomationHandle) -> str:
        if handle.status is AutomationStatus.RUNNING:
            return f"run {handle.run_count + 1} in progress…"
        interval = self.spec.interval
        elapsed = time.monotonic() - self.started_at
        wait = interval - (elapsed % interval)
        return f"{handle.run_count} run(s) done · next in {format_duration(max(wait, 1.0))}"

    async def _on_result(self, result: PromptRunResult) -> None:
        stamp = time.strftime("%H:%M:%S")
        if self.writer is not None:
            self.writer.write(
                {
                    "kind": "automation_run",
                    "thread_id": result.thread_id,
                    "turn_id": result.turn_id,
                    "at": stamp,
                    "result": result,
                }
            )
            return
        self.console.print(Text.assemble((f"[{stamp}] ", "dim"), (result.assistant_text or "(no answer)", "")))

    async def _decline(self, request: PendingServerRequest) -> str:
        message = f"declined (unattended): {describe_request(request)}"
        if self.writer is None:
            self.console.print(Text(message, style="yellow"))
        return "decline"

    def _finish(self, handle: AutomationHandle, final: AutomationStatus) -> int:
        error = handle.last_error if final is AutomationStatus.FAILED else None
        if self.writer is not None:
            self.writer.write(
                {
                    "kind": "automation_ended",
                    "thread_id": self.thread_id,
                    "turn_id": None,
                    "status": str(final),
                    "run_count": handle.run_count,
                    "error": error,
                }
            )
        else:
            style = "red" if error is not None else "dim"
            line = f"automation {final} after {handle.run_count} run(s)"
            if error is not None:
                line += f": {describe(error)[0]}"
            self.console.print(Text(line, style=style))
        return 1 if error is not None else 0


__all__ = ["Automation", "automate_cmd"]
