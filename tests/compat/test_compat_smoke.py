"""Compatibility smoke: the core user paths on one real codex binary, driven by the MockModel.

By default this runs against the bundled (pinned) binary. ``scripts/compat.py`` (``make compat``, and ``.ci/run``
for three versions) runs it once per installed ``openai-codex-cli-bin`` version with ``$CODEX_RUNTIME_CLI_BIN``
pointing at that version's binary and ``$CODEX_RUNTIME_COMPAT_EXPECT`` naming the version it must report, so a
run can never silently test the wrong binary.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest

from codex_runtime import Client, ClientConfig, SessionConfig, UnsupportedByServerError, quick_run
from codex_runtime.errors import TransportError
from codex_runtime.protocol import SCHEMA_CODEX_VERSION
from codex_runtime.protocol.versions import parse_version
from codex_runtime.runtime.endpoint import open_transport
from codex_runtime.runtime.runtime import Runtime
from codex_runtime.runtime.server_requests import PendingServerRequest
from codex_runtime.testing import MockModel, responses
from codex_runtime.transport import Transport

EXPECT_ENV = "CODEX_RUNTIME_COMPAT_EXPECT"


def expected_version() -> str:
    """The version under test: the one the runner installed, else the pinned one (``codex-cli 0.163.0``)."""
    return os.environ.get(EXPECT_ENV) or SCHEMA_CODEX_VERSION.split()[-1]


async def test_connect_reports_the_version_under_test(client_config: ClientConfig) -> None:
    async with Client(client_config) as client:
        assert client.runtime.codex_version == expected_version()


async def test_quick_run_answers(client_config: ClientConfig, mock_model: MockModel, workdir: Path) -> None:
    mock_model.enqueue(responses.text("quick answer"))
    result = await quick_run(str(workdir), "hello", client_config=client_config)

    assert (result.status, result.assistant_text) == ("completed", "quick answer")


async def test_a_stream_yields_the_deltas_then_the_terminal_event(
    client_config: ClientConfig, mock_model: MockModel, workdir: Path
) -> None:
    mock_model.enqueue(responses.text("a b c", deltas=["a", " b", " c"]))
    async with Client(client_config) as client:
        session = await client.start_session(SessionConfig(cwd=workdir))
        async with await session.ask_stream("go") as stream:
            events = [event async for event in stream]

    assert [e.delta for e in events if e.kind == "agent_message_delta"] == ["a", " b", " c"]  # type: ignore[attr-defined]
    assert events[-1].kind == "turn_completed"
    assert events[-1].result.assistant_text == "a b c"  # type: ignore[attr-defined]


async def test_an_accepted_approval_runs_the_command(
    client_config: ClientConfig, mock_model: MockModel, workdir: Path
) -> None:
    seen: list[str] = []

    def accept(request: PendingServerRequest) -> str:
        seen.append(request.method)
        return "accept"

    mock_model.enqueue(responses.exec_command("python3 -c 'print(\"compat-approved\")'"), responses.text("ran it"))
    async with Client(client_config) as client:
        session = await client.start_session(
            SessionConfig(cwd=workdir, approval_policy="untrusted", approval_handler=accept)
        )
        result = await session.ask("run it")

    # The command ran: its output went back to the model. (Not checked through result.items: 0.133.0 can send the
    # command's item/completed after turn/completed, measured, so the turn's result may not list it.)
    [output] = mock_model.requests[1].function_call_outputs()
    assert seen == ["item/commandExecution/requestApproval"]
    assert "compat-approved" in str(output["output"])
    assert result.assistant_text == "ran it"


async def test_resume_after_a_restart_keeps_the_history(
    client_config: ClientConfig, mock_model: MockModel, workdir: Path
) -> None:
    mock_model.enqueue(responses.text("remember 42"), responses.text("it was 42"))
    async with Client(client_config) as client:
        session = await client.start_session(SessionConfig(cwd=workdir))
        await session.ask("remember a number")

    async with Client(client_config) as client:
        resumed = await client.resume_session(session.thread_id, SessionConfig(cwd=workdir))
        answer = await resumed.ask("what was it?")

    assert (resumed.thread_id, answer.assistant_text) == (session.thread_id, "it was 42")
    assert mock_model.requests[1].user_texts() == ["remember a number", "what was it?"]


async def test_the_thread_read_helper_returns_the_typed_thread(
    client_config: ClientConfig, mock_model: MockModel, workdir: Path
) -> None:
    mock_model.enqueue(responses.text("one"), responses.text("two"))
    async with Client(client_config) as client:
        session = await client.start_session(SessionConfig(cwd=workdir))
        first = await session.ask("first")
        second = await session.ask("second")
        read = await client.runtime.thread_read(session.thread_id, include_turns=True)

    assert read.thread.id == session.thread_id
    assert [(t.id, str(t.status)) for t in read.thread.turns] == [
        (first.turn_id, "completed"),
        (second.turn_id, "completed"),
    ]


class RecordingTransport(Transport):
    """The real stdio transport, with every outbound frame recorded: what was on the wire, not what we meant."""

    def __init__(self, inner: Transport) -> None:
        super().__init__()
        self.inner = inner
        self.sent: list[dict[str, Any]] = []

    async def send(self, frame: bytes) -> None:
        self.sent.append(json.loads(frame))
        await self.inner.send(frame)

    async def receive(self) -> list[bytes]:
        return await self.inner.receive()

    async def close(self) -> None:
        await self.inner.close()

    @property
    def terminal_error(self) -> TransportError | None:
        return self.inner.terminal_error


def a_method_this_version_lacks(version: str) -> str:
    """Measured with each release's ``generate-json-schema``: ``thread/attachmentOwner/list`` arrived in 0.162.0,
    ``thread/rollback`` left in 0.156.0."""
    return "thread/attachmentOwner/list" if parse_version(version) < (0, 162, 0) else "thread/rollback"  # type: ignore[operator]


async def test_a_method_the_server_lacks_raises_before_anything_is_on_the_wire(
    client_config: ClientConfig, workdir: Path
) -> None:
    version = expected_version()
    missing = a_method_this_version_lacks(version)
    wire = RecordingTransport(await open_transport(client_config))
    runtime = await Runtime.connect(client_config, transport=wire)
    try:
        with pytest.raises(UnsupportedByServerError) as raised:
            await runtime.request(missing, {"threadId": "00000000-0000-0000-0000-000000000000"})
        sent_after_refusal = [frame.get("method") for frame in wire.sent]
        started = await runtime.thread_start(cwd=str(workdir))
    finally:
        await runtime.shutdown()

    assert (raised.value.method, raised.value.server_version) == (missing, version)
    assert sent_after_refusal == ["initialize", "initialized"]
    assert [frame.get("method") for frame in wire.sent] == ["initialize", "initialized", "thread/start"]
    assert started.thread.id
