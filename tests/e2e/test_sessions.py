"""Sessions against the real codex binary driven by the MockModel."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest
from pydantic import BaseModel

from codex_runtime import (
    AttachmentNotFoundError,
    Client,
    ClientConfig,
    FailureKind,
    LocalImage,
    PrivilegedEscalationError,
    PromptTimeoutError,
    RunProfile,
    SessionClosedError,
    SessionConfig,
    TurnFailedError,
    TurnInterruptedError,
)
from codex_runtime.testing import MockModel, MockResponse, RecordedRequest, responses


async def test_two_asks_on_one_session_share_history(
    client_config: ClientConfig, mock_model: MockModel, workdir: Path
) -> None:
    mock_model.enqueue(responses.text("first answer"), responses.text("second answer"))
    async with Client(client_config) as client:
        session = await client.start_session(SessionConfig(cwd=workdir))
        first = await session.ask("one")
        second = await session.ask("two")

    assert (first.assistant_text, second.assistant_text) == ("first answer", "second answer")
    assert first.thread_id == second.thread_id and first.turn_id != second.turn_id
    assert mock_model.requests[1].user_texts()[-2:] == ["one", "two"]
    assert second.usage is not None and second.usage.total.total_tokens > 0


async def test_the_safe_defaults_are_sent_on_thread_and_turn_start(
    client_config: ClientConfig, mock_model: MockModel, workdir: Path
) -> None:
    mock_model.enqueue(responses.text("ok"))
    async with Client(client_config) as client:
        session = await client.start_session(SessionConfig(cwd=workdir))
        await session.ask("hi")
        state = client.runtime.state_snapshot()

    assert mock_model.requests[0].body["reasoning"]["effort"] == "medium"
    assert session.thread_id in str(state)


async def test_streaming_yields_deltas_in_order_and_the_terminal_event_last(
    client_config: ClientConfig, mock_model: MockModel, workdir: Path
) -> None:
    mock_model.enqueue(responses.text("a b c d", deltas=["a", " b", " c", " d"]))
    async with Client(client_config) as client:
        session = await client.start_session(SessionConfig(cwd=workdir))
        stream = await session.ask_stream("go")
        async with stream:
            events = [event async for event in stream]

    deltas = [e.delta for e in events if e.kind == "agent_message_delta"]  # type: ignore[attr-defined]
    assert deltas == ["a", " b", " c", " d"]
    assert events[-1].kind == "turn_completed"
    assert events[-1].result.assistant_text == "a b c d"  # type: ignore[attr-defined]
    assert {e.turn_id for e in events} == {stream.turn_id}


async def test_leaving_a_stream_early_interrupts_and_the_session_goes_on(
    client_config: ClientConfig, mock_model: MockModel, workdir: Path
) -> None:
    mock_model.enqueue(responses.slow("one two three four five six", delay=0.3), responses.text("after"))
    async with Client(client_config) as client:
        session = await client.start_session(SessionConfig(cwd=workdir))
        stream = await session.ask_stream("slow please")
        async with stream:
            async for event in stream:
                if event.kind == "agent_message_delta":
                    break
        following = await session.ask("next")

    assert following.assistant_text == "after"
    assert client.runtime.state_snapshot() is not None


async def test_resume_after_a_full_client_restart_keeps_the_thread(
    client_config: ClientConfig, mock_model: MockModel, workdir: Path
) -> None:
    mock_model.enqueue(responses.text("remember 42"), responses.text("it was 42"))
    async with Client(client_config) as client:
        session = await client.start_session(SessionConfig(cwd=workdir))
        await session.ask("remember a number")
        thread_id = session.thread_id

    async with Client(client_config) as client:
        resumed = await client.resume_session(thread_id, SessionConfig(cwd=workdir))
        answer = await resumed.ask("what was it?")

    assert resumed.thread_id == thread_id and answer.assistant_text == "it was 42"
    assert mock_model.requests[1].user_texts() == ["remember a number", "what was it?"]


@pytest.mark.parametrize(
    ("answer", "kind"),
    [
        (responses.usage_limit(), FailureKind.QUOTA_EXCEEDED),
        (responses.rate_limit(), FailureKind.RATE_LIMIT),
        (responses.failed("rate_limit_exceeded"), FailureKind.RATE_LIMIT),
        (responses.failed("context_length_exceeded"), FailureKind.CONTEXT_WINDOW),
        (responses.http_error(500), FailureKind.OTHER),
        (responses.disconnect(), FailureKind.OTHER),
    ],
)
async def test_each_failure_kind_maps_to_its_failure_kind(
    client_config: ClientConfig, mock_model: MockModel, workdir: Path, answer: MockResponse, kind: FailureKind
) -> None:
    mock_model.enqueue(answer)
    async with Client(client_config) as client:
        session = await client.start_session(SessionConfig(cwd=workdir))
        with pytest.raises(TurnFailedError) as caught:
            await session.ask("fail")

    assert caught.value.failure.kind is kind
    assert caught.value.is_quota_exceeded is (kind is FailureKind.QUOTA_EXCEEDED)


async def test_a_timeout_interrupts_and_carries_the_partial_text(
    client_config: ClientConfig, mock_model: MockModel, workdir: Path
) -> None:
    mock_model.enqueue(responses.slow("early words then much more", delay=0.25), responses.text("recovered"))
    async with Client(client_config) as client:
        session = await client.start_session(SessionConfig(cwd=workdir, timeout=1.0))
        with pytest.raises(PromptTimeoutError) as caught:
            await session.ask("slow")
        following = await session.ask("again")

    assert caught.value.timeout == 1.0
    assert caught.value.partial.assistant_text.startswith("early")
    assert following.assistant_text == "recovered"


class Verdict(BaseModel):
    ok: bool
    reason: str | None = None


async def test_structured_output_is_strict_on_the_wire_and_parsed_into_the_model(
    client_config: ClientConfig, mock_model: MockModel, workdir: Path
) -> None:
    mock_model.enqueue(responses.structured({"ok": True, "reason": None}))
    async with Client(client_config) as client:
        session = await client.start_session(SessionConfig(cwd=workdir, output_schema=Verdict))
        result = await session.ask("judge")

    assert result.parsed == Verdict(ok=True)
    schema = mock_model.requests[0].output_schema
    assert schema is not None and schema["additionalProperties"] is False
    assert sorted(schema["required"]) == ["ok", "reason"]


async def test_file_mentions_reach_the_server_with_utf8_byte_ranges(
    client_config: ClientConfig, mock_model: MockModel, workdir: Path
) -> None:
    note = workdir / "nöte.md"
    note.write_text("x")
    mock_model.enqueue(responses.text("seen"))
    async with Client(client_config) as client:
        session = await client.start_session(SessionConfig(cwd=workdir, attachments=[note]))
        await session.ask("lire ça")
        stream = client.runtime.state_snapshot()

    sent = mock_model.requests[0].last_user_text
    assert sent.startswith("lire ça") and f"@{note}" in sent
    assert stream is not None


async def test_a_missing_attachment_and_an_unsafe_sandbox_are_refused_before_sending(
    client_config: ClientConfig, mock_model: MockModel, workdir: Path
) -> None:
    async with Client(client_config) as client:
        session = await client.start_session(SessionConfig(cwd=workdir))
        sent_before = client.runtime.rpc.stats.requests_sent
        with pytest.raises(AttachmentNotFoundError):
            await session.ask_with_profile("x", RunProfile(attachments=(LocalImage("missing.png"),)))
        with pytest.raises(PrivilegedEscalationError):
            await session.ask_with_profile("x", RunProfile(sandbox="workspace-write"))
        with pytest.raises(PrivilegedEscalationError):
            await client.start_session(SessionConfig(cwd=workdir, sandbox="danger-full-access"))
        assert client.runtime.rpc.stats.requests_sent == sent_before
    assert mock_model.requests == []


async def test_close_is_idempotent_and_a_closed_session_refuses_asks(
    client_config: ClientConfig, mock_model: MockModel, workdir: Path
) -> None:
    async with Client(client_config) as client:
        session = await client.start_session(SessionConfig(cwd=workdir))
        await asyncio.gather(session.close(), session.close())
        await session.close()
        assert session.is_closed
        with pytest.raises(SessionClosedError, match="session is closed"):
            await session.ask("x")
        archive_calls = client.runtime.rpc.stats.requests_sent
    assert archive_calls == 3  # initialize, thread/start, ONE thread/archive


async def test_a_cancelled_approval_ends_the_turn_interrupted(
    client_config: ClientConfig, mock_model: MockModel, workdir: Path
) -> None:
    mock_model.enqueue(responses.exec_command("echo hi"), responses.text("never"))
    async with Client(client_config) as client:
        config = SessionConfig(cwd=workdir, approval_policy="untrusted", approval_handler=lambda _r: "cancel")
        session = await client.start_session(config)
        with pytest.raises(TurnInterruptedError):
            await session.ask("run it")


async def test_eight_concurrent_sessions_on_one_client_do_not_cross_talk(
    client_config: ClientConfig, mock_model: MockModel, workdir: Path
) -> None:
    def echo(request: RecordedRequest) -> MockResponse:
        return responses.text(f"echo: {request.last_user_text}")

    mock_model.set_fallback(echo)
    async with Client(client_config) as client:
        sessions = await asyncio.gather(*(client.start_session(SessionConfig(cwd=workdir)) for _ in range(8)))
        results = await asyncio.gather(*(s.ask(f"prompt {n}") for n, s in enumerate(sessions)))

    assert [r.assistant_text for r in results] == [f"echo: prompt {n}" for n in range(8)]
    assert len({r.thread_id for r in results}) == 8


async def test_leaving_a_stream_right_after_it_starts_interrupts_it(
    client_config: ClientConfig, mock_model: MockModel, workdir: Path
) -> None:
    def answer(request: RecordedRequest) -> MockResponse:
        if request.last_user_text == "slow":
            return responses.slow("one two three four five six seven", delay=0.5)
        return responses.text("next")

    mock_model.set_fallback(answer)
    async with Client(client_config) as client:
        session = await client.start_session(SessionConfig(cwd=workdir))
        stream = await session.ask_stream("slow")
        async with stream:
            pass  # leave before any event: the interrupt races the server's turn/started and is re-sent
        following = await session.ask("again")
        turns = (await client.runtime.thread_read(session.thread_id, include_turns=True)).thread.turns

    assert str(turns[0].status) == "interrupted"
    assert following.assistant_text == "next"
