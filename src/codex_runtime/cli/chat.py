"""``codex-runtime chat``: an interactive session on one thread, resumable with ``--resume THREAD_ID``.

At the ``you>`` prompt (readline: history and editing) a line starts a turn. While the turn streams, typing is not
echoed (it would interleave with the answer) and a background reader takes lines from the terminal: ``/interrupt``
stops the turn, ``/steer TEXT`` adds input to it with turn/steer, ``/exit`` stops it and leaves; approval questions
are answered there too. Plain text typed during the turn is held and becomes the next prompt when the answer ends.
Ctrl-C interrupts the running turn (a second one quits); at the prompt it quits, as does Ctrl-D or ``/exit``.

``--resume`` shows the thread's last turns first. When stdin is not a terminal, each input line is one prompt,
taken after the previous turn ended, and approvals are declined.
"""

from __future__ import annotations

import asyncio
import contextlib
from typing import Any

import click
from rich.text import Text

from codex_runtime.api.client import Client
from codex_runtime.api.profiles import SessionConfig
from codex_runtime.api.prompt_run import PromptRunStream
from codex_runtime.api.session import Session
from codex_runtime.cli.approvals import ApprovalMode, Approver
from codex_runtime.cli.console import print_error
from codex_runtime.cli.line_input import LineInput, open_line_input
from codex_runtime.cli.options import CliState, pass_state, turn_options, turn_options_from
from codex_runtime.cli.render import HumanView
from codex_runtime.cli.runner import Interrupts, run_command
from codex_runtime.cli.turns import TurnDriver, can_ask, for_a_person, make_view
from codex_runtime.errors import CodexRuntimeError, PromptRunError, RpcError

HISTORY_TURNS = 5
"""How many of a resumed thread's latest turns ``--resume`` shows."""

HELP = (
    "/interrupt  stop the running turn (or Ctrl-C)\n"
    "/steer TEXT add TEXT to the running turn (other text typed during a turn waits for the next prompt)\n"
    "/exit       quit (or Ctrl-D); the thread stays resumable\n"
    "/help       this help"
)


@click.command("chat")
@turn_options
@click.option("--resume", metavar="THREAD_ID", help="Continue an existing thread (its id is printed at start).")
@pass_state
def chat_cmd(state: CliState, /, resume: str | None, **kw: Any) -> int:
    """Chat with codex on one thread. Commands: /interrupt, /steer TEXT, /exit, /help."""
    config = turn_options_from(kw).session_config()
    return run_command(lambda interrupts: Chat(state, config, resume, interrupts).run())


class Chat:
    """One chat session: the prompt loop, the turns, and the reader that runs beside each turn."""

    def __init__(self, state: CliState, config: SessionConfig, resume: str | None, interrupts: Interrupts) -> None:
        self.state = state
        self.config = config
        self.resume = resume
        self.interrupts = interrupts
        self.view = make_view(state)
        self.lines: LineInput = open_line_input(echo=None if state.json else self._echo)
        if can_ask(state, self.lines):
            self.approver = Approver(ApprovalMode.ASK, ask=self._ask)
        else:
            self.approver = Approver(ApprovalMode.DECLINE, reason="no terminal to ask on")
        self.config, self._request_timeout = for_a_person(self.approver, config)
        self.driver = TurnDriver(self.view, self.approver, interrupts)
        self._answer: asyncio.Future[str | None] | None = None
        self._exit_requested = False
        self._client: Client | None = None

    @property
    def prompt_text(self) -> str:
        if self.state.json:
            return ""
        if self.state.console().color_system is None:
            return "you> "
        return "\001\x1b[1;36m\002you>\001\x1b[0m\002 "  # \001..\002 tell readline the codes take no width

    def _echo(self, line: str) -> None:
        self.state.console().print(Text(line.replace("\001", "").replace("\002", ""), style="dim"))

    async def run(self) -> int:
        """The prompt loop; returns the exit code (0 on /exit or end of input)."""
        try:
            self.view.waiting("Starting codex…")
            async with Client(self.state.client_config(server_request_timeout=self._request_timeout)) as client:
                self._client = client
                if self.resume:
                    session = await client.resume_session(self.resume, self.config)
                else:
                    session = await client.start_session(self.config)
                self.view.close()
                self._banner(session.thread_id)
                if self.resume and isinstance(self.view, HumanView):
                    await self._show_history(client, session.thread_id)
                await self._loop(session)
        finally:
            self.view.close()
            self.lines.close()
        return 0

    def _banner(self, thread_id: str) -> None:
        self.view.session_started(thread_id, resumed=bool(self.resume))
        if not self.state.json:
            self.view.note(f"resume later with: codex-runtime chat --resume {thread_id}")
            if self.lines.interactive:
                self.view.note("/help for commands · Ctrl-C interrupts a turn · /exit or Ctrl-D quits")

    async def _show_history(self, client: Client, thread_id: str) -> None:
        """The resumed thread's last turns, shown the way they ran, so the chat goes on where it stopped."""
        read = await client.runtime.thread_read(thread_id, include_turns=True)
        turns = list(read.thread.turns)
        if not turns:
            return
        shown = turns[-HISTORY_TURNS:]
        if len(turns) > len(shown):
            self.view.note(f"… {len(turns) - len(shown)} earlier turns (codex-runtime threads read {thread_id})")
        history = HumanView(self.state.console(), show_thread=False)
        for turn in shown:
            history.replay(list(turn.items))
        self.state.console().print()

    async def _loop(self, session: Session) -> None:
        while not self._exit_requested:
            line = await self.lines.prompt(self.prompt_text)
            if line is None:
                if not self.state.json and self.lines.interactive:
                    self.state.console().print()
                return
            text = line.strip()
            if not text:
                continue
            if text.startswith("/"):
                self._idle_command(text)
                continue
            await self._turn(session, text)

    def _idle_command(self, text: str) -> None:
        name = text.split(maxsplit=1)[0].lower()
        if name in ("/exit", "/quit"):
            self._exit_requested = True
        elif name == "/help":
            self.view.note(HELP)
        elif name in ("/interrupt", "/steer"):
            self.view.note(f"{name}: no turn is running (type a prompt to start one)")
        else:
            self.view.note(f"unknown command {name}; /help lists them")

    # --- one turn ----------------------------------------------------------------------------------------------

    async def _turn(self, session: Session, prompt: str) -> None:
        """One turn; its failures (refused, timed out, RPC error) are reported and the chat goes on. A lost
        connection ends the chat."""
        try:
            stream = await session.ask_stream(prompt)
        except (PromptRunError, RpcError) as exc:
            print_error(self.state.console(stderr=True), exc)
            return
        reader = asyncio.ensure_future(self._read_during_turn(stream)) if self.lines.interactive else None
        try:
            with self.lines.quiet() if reader is not None else contextlib.nullcontext():
                await self.driver.drive(stream)
        except (PromptRunError, RpcError) as exc:
            print_error(self.state.console(stderr=True), exc)
        finally:
            if reader is not None:
                reader.cancel()
                with contextlib.suppress(asyncio.CancelledError):
                    await reader
            self._answer = None

    async def _ask(self, question: str) -> str | None:
        """The approver's question: the answer is the next line the turn's reader takes."""
        self.view.ask(question)
        self._answer = asyncio.get_running_loop().create_future()
        try:
            with self.lines.answering():
                return await self._answer
        finally:
            self._answer = None

    async def _read_during_turn(self, stream: PromptRunStream) -> None:
        while True:
            line = await self.lines.next_line()
            if self._answer is not None and not self._answer.done():
                self._answer.set_result(line)
                continue
            if line is None:
                return  # end of input during a turn: the prompt after it sees it again
            text = line.strip()
            if text:
                await self._turn_command(stream, text)

    async def _turn_command(self, stream: PromptRunStream, text: str) -> None:
        name, _, rest = text.partition(" ")
        name = name.lower()
        if name == "/interrupt":
            self.view.note("interrupting…")
            self.driver.interrupt()
        elif name in ("/exit", "/quit"):
            self._exit_requested = True
            self.driver.interrupt()
        elif name == "/help":
            self.view.note(HELP)
        elif name == "/steer":
            if rest.strip():
                await self._steer(stream, rest.strip())
            else:
                self.view.note("usage: /steer TEXT")
        elif text.startswith("/"):
            self.view.note(f"unknown command {name}; /help lists them")
        else:
            self.lines.hold(text)  # the next prompt, once this answer has ended

    async def _steer(self, stream: PromptRunStream, text: str) -> None:
        assert self._client is not None
        try:
            await self._client.runtime.turn_steer(stream.thread_id, stream.turn_id, text)
        except CodexRuntimeError as exc:
            self.view.note(f"could not steer: {exc}")
            return
        self.view.note(f"steered: {text}")


__all__ = ["Chat", "HELP", "chat_cmd"]
