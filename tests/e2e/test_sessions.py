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
from codex_runtime.testing import MockModel, MockResponse, RecordedRequest, mock_codex_home, responses


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
    assert second.usage is not None and second.usage.total_tokens > 0


async def test_the_safe_defaults_are_sent_so_a_permissive_config_toml_cannot_weaken_them(
    mock_model: MockModel, workdir: Path, tmp_path: Path
) -> None:
    # A user's config with no sandbox and on-request approvals (config.toml refuses "untrusted" since 0.163), and
    # a command asking for escalation: our explicit never / read-only win, so nobody is asked and nothing is written.
    home = mock_codex_home(
        tmp_path / "permissive-home",
        mock_model,
        extra_config={
            "approval_policy": "on-request",
            "sandbox_mode": "danger-full-access",
            "model_reasoning_effort": "high",
        },
    )
    target = workdir / "written.txt"
    escalating = responses.exec_command(f"echo x > {target}", sandbox_permissions="require_escalated")
    plain = responses.exec_command(f"echo x > {target}")
    mock_model.enqueue(escalating, plain, responses.text("tried"))
    asked: list[str] = []
    async with Client(ClientConfig(process_env={"CODEX_HOME": str(home)})) as client:
        client.runtime.set_method_handler("item/commandExecution/requestApproval", lambda r: asked.append(r.method))
        session = await client.start_session(SessionConfig(cwd=workdir))
        await session.ask("write a file")

    assert asked == []  # approval policy "never" was sent, not the config's "on-request"
    assert not target.exists()  # sandbox "read-only" was sent, not the config's "danger-full-access"
    refused, ran = (str(o["output"]) for o in mock_model.requests[2].function_call_outputs())
    assert "approval policy is Never" in refused
    assert "Read-only file system" in ran
    assert mock_model.requests[0].body["reasoning"]["effort"] == "medium"  # effort sent on every turn


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
        turns = (await client.runtime.thread_read(session.thread_id, include_turns=True)).thread.turns

    assert following.assistant_text == "after"
    assert [str(t.status) for t in turns] == ["interrupted", "completed"]


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
        turns = (await client.runtime.thread_read(session.thread_id, include_turns=True)).thread.turns

    assert [str(t.status) for t in turns] == ["interrupted", "completed"]  # the deadline interrupted the turn
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
        user_item = (await client.runtime.thread_items_list(session.thread_id)).data[0].item

    sent = mock_model.requests[0].last_user_text
    assert sent.startswith("lire ça") and f"@{note}" in sent
    # The server kept the byte range we sent: it covers exactly the mention in the UTF-8 text.
    [element] = user_item.content[0].text_elements
    encoded = sent.encode("utf-8")
    assert encoded[element.byte_range.start : element.byte_range.end].decode() == f"@{note}"


async def test_a_missing_attachment_and_an_unsafe_sandbox_are_refused_before_sending(
    client_config: ClientConfig, mock_model: MockModel, workdir: Path
) -> None:
    async with Client(client_config) as client:
        session = await client.start_session(SessionConfig(cwd=workdir))
        sent_before = client.runtime.metrics_snapshot().requests_sent
        with pytest.raises(AttachmentNotFoundError):
            await session.ask_with_profile("x", RunProfile(attachments=(LocalImage("missing.png"),)))
        with pytest.raises(PrivilegedEscalationError):
            await session.ask_with_profile("x", RunProfile(sandbox="workspace-write"))
        with pytest.raises(PrivilegedEscalationError):
            await client.start_session(SessionConfig(cwd=workdir, sandbox="danger-full-access"))
        assert client.runtime.metrics_snapshot().requests_sent == sent_before
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
        archive_calls = client.runtime.metrics_snapshot().requests_sent
    assert archive_calls == 4  # initialize, account/read (the login check), thread/start, ONE thread/archive


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
