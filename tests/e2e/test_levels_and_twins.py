"""quick_run (level 1), Workflow (level 2), AppServer (level 5), Runtime events (level 6), and the blocking twins,
against the real codex binary + MockModel."""

from __future__ import annotations

import asyncio
from pathlib import Path

import psutil
import pytest

import codex_runtime
from codex_runtime import AppServer, ClientConfig, RunProfile, SessionConfig, Workflow, WorkflowConfig
from codex_runtime import sync as blocking
from codex_runtime.errors import InvalidRequestError, ProtocolError, TurnFailedError
from codex_runtime.protocol import ClientRequests
from codex_runtime.protocol.types import ModelListResponse
from codex_runtime.testing import MockModel, MockResponse, RecordedRequest, responses


async def test_quick_run_answers_and_shuts_the_server_down(
    client_config: ClientConfig, mock_model: MockModel, workdir: Path
) -> None:
    mock_model.enqueue(responses.text("quick answer"))
    result = await codex_runtime.quick_run(workdir, "hello", client_config=client_config)
    assert result.assistant_text == "quick answer" and result.status == "completed"
    assert [p for p in psutil.Process().children(recursive=True) if p.name() == "codex"] == []


async def test_quick_run_with_profile_raises_the_runs_own_error(
    client_config: ClientConfig, mock_model: MockModel, workdir: Path
) -> None:
    mock_model.enqueue(responses.usage_limit())
    with pytest.raises(TurnFailedError) as caught:
        await codex_runtime.quick_run_with_profile(workdir, "x", RunProfile(effort="low"), client_config=client_config)
    assert caught.value.is_quota_exceeded
    assert mock_model.requests[0].body["reasoning"]["effort"] == "low"


async def test_workflow_runs_repeatedly_in_its_directory_and_shares_its_client(
    client_config: ClientConfig, mock_model: MockModel, workdir: Path
) -> None:
    mock_model.set_fallback(lambda request: responses.text(f"re: {request.last_user_text}"))
    async with Workflow(WorkflowConfig(cwd=workdir, client_config=client_config)) as workflow:
        first = await workflow.run("one")
        high = await workflow.run_with_profile("two", RunProfile(effort="high"))
        sessions = [await workflow.setup_session() for _ in range(3)]
        answers = await asyncio.gather(*(s.ask(f"s{n}") for n, s in enumerate(sessions)))
        client = await workflow.client()
        thread = (await client.runtime.thread_read(first.thread_id)).thread

    assert (first.assistant_text, high.assistant_text) == ("re: one", "re: two")
    assert [a.assistant_text for a in answers] == ["re: s0", "re: s1", "re: s2"]
    assert [r.body["reasoning"]["effort"] for r in mock_model.requests[:2]] == ["medium", "high"]
    assert str(thread.cwd) == str(workdir)  # runs happen in the workflow's directory
    assert all(s.runtime is client.runtime for s in sessions)  # one shared client


async def test_app_server_speaks_raw_and_typed_json_rpc(client_config: ClientConfig, workdir: Path) -> None:
    async with AppServer(client_config) as server:
        raw = await server.request("thread/start", {"cwd": str(workdir)})
        typed = await server.request_typed(ClientRequests.MODEL_LIST, {})
        by_name = await server.request_typed("model/list")
        with pytest.raises(InvalidRequestError):
            await server.request("no/such/method", {})
        with pytest.raises(ProtocolError):
            await server.request("thread/start", {"cwd": 42})

    assert raw["thread"]["id"]
    assert [m.id for m in typed.data] == ["mock-model"]
    assert isinstance(by_name, ModelListResponse) and [m.id for m in by_name.data] == ["mock-model"]


async def test_runtime_events_are_typed_and_filterable(
    client_config: ClientConfig, mock_model: MockModel, workdir: Path
) -> None:
    mock_model.enqueue(responses.text("x y"))
    async with codex_runtime.Client(client_config) as client:
        session = await client.start_session(SessionConfig(cwd=workdir))
        async with client.runtime.events(thread_id=session.thread_id) as events:
            await session.ask("go")
            seen = []
            while not seen or seen[-1].method != "turn/completed":
                seen.append(await events.next(timeout=5))

    assert all(e.thread_id == session.thread_id for e in seen)
    deltas = [e for e in seen if e.method == "item/agentMessage/delta"]
    assert [d.params.delta for d in deltas] == ["x", " y"]


def test_the_blocking_twins_run_the_same_scenarios(
    client_config: ClientConfig, mock_model: MockModel, workdir: Path
) -> None:
    def echo(request: RecordedRequest) -> MockResponse:
        return responses.text(f"sync {request.last_user_text}")

    mock_model.set_fallback(echo)
    with blocking.Client(client_config) as client:
        session = client.start_session(SessionConfig(cwd=workdir))
        assert session.ask("one").assistant_text == "sync one"
        with session.ask_stream("two") as stream:
            kinds = [event.kind for event in stream]
        assert kinds[-1] == "turn_completed" and "agent_message_delta" in kinds
        assert session.ask_wait("three").assistant_text == "sync three"
        session.close()
        assert session.is_closed

    assert blocking.quick_run(workdir, "four", client_config=client_config).assistant_text == "sync four"
    with blocking.Workflow(WorkflowConfig(cwd=workdir, client_config=client_config)) as workflow:
        assert workflow.run("five").assistant_text == "sync five"
    with blocking.AppServer(client_config) as server:
        assert server.request("thread/start", {"cwd": str(workdir)})["thread"]["id"]


def test_the_blocking_runtime_answers_server_requests_and_runs_helpers(
    client_config: ClientConfig, mock_model: MockModel, workdir: Path
) -> None:
    import threading

    mock_model.enqueue(responses.exec_command("echo from-sync"), responses.text("done"))
    with blocking.Client(client_config) as client:
        session = client.start_session(SessionConfig(cwd=str(workdir), approval_policy="untrusted"))
        answered: list[str] = []

        def approve_one() -> None:
            for request in client.server_requests():
                answered.append(request.method)
                request.respond("accept")
                return

        approver = threading.Thread(target=approve_one, daemon=True)
        approver.start()
        result = session.ask("run it")
        approver.join(timeout=10)
        runtime = client.runtime
        turns = runtime.thread_read(session.thread_id, include_turns=True).thread.turns
        assert runtime.metrics_snapshot().server_requests.answered == 1
        mock_model.enqueue(responses.text("streamed"))
        with runtime.events(thread_id=session.thread_id) as events:
            session.ask("again")
            seen = [events.next(timeout=5)]
            while seen[-1].method != "turn/completed":
                seen.append(events.next(timeout=5))
        assert {e.thread_id for e in seen} == {session.thread_id}
        assert "item/agentMessage/delta" in {e.method for e in seen}

    assert answered == ["item/commandExecution/requestApproval"]
    [command] = [i for i in result.items if getattr(i, "type", "") == "commandExecution"]
    assert "from-sync" in command.aggregated_output
    assert turns[0].id == result.turn_id


def test_the_blocking_twins_have_the_async_signatures() -> None:
    import inspect

    from codex_runtime.api import app_server, client, session, workflow

    pairs = [
        (client.Client, blocking.Client),
        (session.Session, blocking.Session),
        (workflow.Workflow, blocking.Workflow),
        (app_server.AppServer, blocking.AppServer),
    ]
    for async_cls, sync_cls in pairs:
        public = {n for n in dir(async_cls) if not n.startswith("_")}
        assert public <= {n for n in dir(sync_cls) if not n.startswith("_")}, (async_cls, public - set(dir(sync_cls)))
        for name in public:
            member = getattr(async_cls, name)
            if inspect.iscoroutinefunction(member):
                assert (
                    inspect.signature(member).parameters.keys()
                    == inspect.signature(getattr(sync_cls, name)).parameters.keys()
                ), (async_cls.__name__, name)
    for name in ("quick_run", "quick_run_with_profile"):
        assert inspect.signature(getattr(blocking, name)) == inspect.signature(getattr(codex_runtime, name))
