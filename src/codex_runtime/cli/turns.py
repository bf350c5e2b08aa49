"""Driving one streamed turn: show every event, answer approvals as they come, interrupt on Ctrl-C.

Approvals are answered inline, in event order: the turn cannot go on before the answer anyway, and one consumer
keeps the output in order. Ctrl-C while a question is open cancels that approval (``cancel``: the turn ends
interrupted); otherwise it sends turn/interrupt. The stream's ``async with`` interrupts the turn on any other exit.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Awaitable, Callable

from codex_runtime import _defaults
from codex_runtime.api._connection import connect_started
from codex_runtime.api.client import Client
from codex_runtime.api.profiles import SessionConfig
from codex_runtime.api.prompt_run import PromptRunStream
from codex_runtime.api.results import TERMINAL_KINDS, ApprovalRequested, PromptRunEvent
from codex_runtime.api.session import Session
from codex_runtime.cli.approvals import APPROVAL_METHODS, ApprovalMode, Approver
from codex_runtime.cli.errors import ExitCode
from codex_runtime.cli.json_view import JsonView
from codex_runtime.cli.line_input import LineInput, TtyInput, stdin_is_tty
from codex_runtime.cli.options import CliState
from codex_runtime.cli.render import ApprovalOutcome, HumanView, TurnView
from codex_runtime.cli.runner import Interrupts
from codex_runtime.errors import (
    CodexRuntimeError,
    InvalidServerResponseError,
    ServerRequestAlreadyAnsweredError,
)
from codex_runtime.runtime.decisions import is_decision
from codex_runtime.runtime.handshake import EarlyStart
from codex_runtime.runtime.server_requests import PendingServerRequest


class TurnDriver:
    """Shows turns through ``view`` and answers their approvals with ``approver``.

    Attributes:
        interrupted_by_user: Ctrl-C (or ``/interrupt``) stopped the last turn.
    """

    def __init__(self, view: TurnView, approver: Approver, interrupts: Interrupts) -> None:
        self.view = view
        self.approver = approver
        self.interrupts = interrupts
        self.interrupted_by_user = False
        self._stream: PromptRunStream | None = None
        self._asking: asyncio.Future[ApprovalOutcome] | None = None
        self._tasks: set[asyncio.Task[None]] = set()

    async def drive(self, stream: PromptRunStream) -> PromptRunEvent:
        """Show ``stream`` to its end and return its terminal event.

        Raises:
            TransportError, PromptTimeoutError: the stream ended without a terminal event.
        """
        self._stream = stream
        self.interrupted_by_user = False
        terminal: PromptRunEvent | None = None
        try:
            with self.interrupts.handler(self.interrupt):
                async with stream:
                    self.view.turn_started(stream.thread_id, stream.turn_id)
                    async for event in stream:
                        self.view.event(event)
                        if isinstance(event, ApprovalRequested):
                            await self._answer(event.request)
                        if event.kind in TERMINAL_KINDS:
                            terminal = event
        finally:
            self._stream = None
            self.view.close()
        if terminal is None:  # the stream contract says the terminal event is always last; be defensive
            raise CodexRuntimeError("the turn's event stream ended without a terminal event")
        return terminal

    def interrupt(self) -> None:
        """Stop the running turn (cancel the open approval question first, if any). Safe to call any time."""
        if self._stream is None:
            return
        self.interrupted_by_user = True
        if self._asking is not None and not self._asking.done():
            self._asking.cancel()
            return
        task = asyncio.get_running_loop().create_task(self._stream.interrupt())
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def _answer(self, request: PendingServerRequest) -> None:
        if not request.is_pending:
            return  # the server resolved it already (e.g. after an interrupt)
        self._asking = asyncio.ensure_future(self.approver.decide(request))
        try:
            outcome = await self._asking
        except asyncio.CancelledError:
            current = asyncio.current_task()
            if current is not None and current.cancelling():
                raise  # the command itself is being cancelled
            outcome = ApprovalOutcome("cancel", "you", "interrupted")
        finally:
            self._asking = None
        try:
            if outcome.response is not None:
                await request.respond(outcome.response)
            elif request.method in APPROVAL_METHODS and is_decision(outcome.decision):
                await request.respond(outcome.decision)
            else:
                await request.decline()
        except ServerRequestAlreadyAnsweredError:
            outcome = ApprovalOutcome(outcome.decision, outcome.by, "too late: the request had already ended")
        except InvalidServerResponseError as exc:
            with contextlib.suppress(CodexRuntimeError):
                await request.decline()
            outcome = ApprovalOutcome("decline", "policy", f"answer refused ({exc}); declined")
        self.view.approval_decided(request, outcome)


# --- setting a turn command up ------------------------------------------------------------------------------


def make_view(state: CliState) -> TurnView:
    """The JSON Lines view under ``--json``, else the terminal view."""
    if state.json:
        return JsonView(state.console(stderr=True))
    return HumanView(state.console())


def can_ask(state: CliState, lines: LineInput | None) -> bool:
    """Whether a person can answer questions: stdin and the console questions go to are terminals."""
    return lines is not None and lines.interactive and state.console(stderr=state.json).is_terminal


def make_approver(state: CliState, view: TurnView, lines: LineInput | None) -> Approver:
    """Ask on a terminal, decline otherwise."""
    if lines is not None and can_ask(state, lines):
        source = lines

        async def ask(question: str) -> str | None:
            view.ask(question)
            return await source.next_line()

        return Approver(ApprovalMode.ASK, ask=ask)
    return Approver(ApprovalMode.DECLINE, reason="no terminal to ask on; pass --approval never to avoid asking")


def for_a_person(approver: Approver, config: SessionConfig) -> tuple[SessionConfig, float]:
    """The session config and the ``server_request_timeout`` for turns whose approvals ``approver`` decides.

    When it asks a person, the model may ask them questions too (``user_input``, unless the config says), and a
    server request waits up to the turn's deadline: a person needs longer than the SDK's default to read a command
    (the turn deadline still bounds it). Otherwise both stay the SDK's.
    """
    if approver.mode is not ApprovalMode.ASK:
        return config, _defaults.SERVER_REQUEST_TIMEOUT
    if config.user_input is None:
        config = config.replace(user_input=True)
    return config, max(config.timeout, _defaults.SERVER_REQUEST_TIMEOUT)


async def drive_on_new_thread(
    state: CliState,
    config: SessionConfig,
    start: Callable[[Session], Awaitable[PromptRunStream]],
    interrupts: Interrupts,
    early: EarlyStart | None = None,
) -> tuple[PromptRunEvent, TurnDriver]:
    """Start codex (or adopt ``early``, started for ``state``'s client config before the command imported this),
    open a thread with ``config``, show the turn ``start`` begins on it to its end (approvals asked on a terminal,
    declined without one); the terminal event and the driver. Shared by ``run`` and ``review``.

    Raises:
        CodexRuntimeError: codex could not be started, the thread not opened or the turn not started.
    """
    view = make_view(state)
    lines: LineInput | None = TtyInput() if stdin_is_tty() else None
    approver = make_approver(state, view, lines)
    config, request_timeout = for_a_person(approver, config)
    try:
        view.waiting("Starting codex…")
        client_config = state.client_config(server_request_timeout=request_timeout)
        async with await connect_started(Client, client_config, early) as client:
            session = await client.start_session(config)
            view.session_started(session.thread_id)
            driver = TurnDriver(view, approver, interrupts)
            return await driver.drive(await start(session)), driver
    finally:
        view.close()
        if lines is not None:
            lines.close()


def exit_code(terminal: PromptRunEvent, driver: TurnDriver) -> ExitCode:
    """0 for a completed turn, 130 when the user interrupted it, else 1."""
    if terminal.kind == "turn_completed":
        return ExitCode.OK
    if terminal.kind == "turn_interrupted" and driver.interrupted_by_user:
        return ExitCode.INTERRUPTED
    return ExitCode.RUNTIME_ERROR


__all__ = [
    "TurnDriver",
    "can_ask",
    "drive_on_new_thread",
    "exit_code",
    "for_a_person",
    "make_approver",
    "make_view",
]
