"""Every route of the web API over httpx, against the real codex binary + MockModel."""

from __future__ import annotations

import asyncio
from pathlib import Path

from codex_runtime import ClientConfig
from codex_runtime.testing import MockModel, responses
from codex_runtime.web import WebSettings
from tests.web.conftest import ALICE, Web, open_web

API_ROUTES = {
    ("get", "/api/health"),
    ("post", "/api/sessions"),
    ("get", "/api/sessions"),
    ("get", "/api/sessions/{session_id}"),
    ("post", "/api/sessions/{session_id}/close"),
    ("post", "/api/sessions/{session_id}/turns"),
    ("get", "/api/sessions/{session_id}/turns/{turn_id}"),
    ("post", "/api/sessions/{session_id}/turns/{turn_id}/interrupt"),
    ("post", "/api/sessions/{session_id}/turns/{turn_id}/steer"),
    ("get", "/api/sessions/{session_id}/approvals"),
    ("post", "/api/sessions/{session_id}/approvals/{approval_id}"),
    ("get", "/api/sessions/{session_id}/events"),
}


async def test_the_page_and_its_assets_are_served_without_a_token(web: Web) -> None:
    page = await web.http.get("/")
    script = await web.http.get("/static/app.js")
    missing = await web.http.get("/static/secrets.txt")

    assert page.status_code == 200 and 'id="token"' in page.text and "/static/app.js" in page.text
    assert "default-src 'self'" in page.headers["content-security-policy"]
    assert script.status_code == 200 and "Last-Event-ID" in script.text
    assert missing.status_code == 404


async def test_openapi_describes_every_api_route_with_bearer_auth(web: Web) -> None:
    spec = (await web.http.get("/openapi.json")).json()

    described = {(method, path) for path, item in spec["paths"].items() for method in item}
    assert described == API_ROUTES
    assert spec["components"]["securitySchemes"]["HTTPBearer"]["scheme"] == "bearer"
    events = spec["paths"]["/api/sessions/{session_id}/events"]["get"]
    assert "text/event-stream" in events["responses"]["200"]["content"]


async def test_health_needs_no_token(web: Web) -> None:
    response = await web.http.get("/api/health")

    assert response.status_code == 200 and response.json() == {"status": "ok"}


async def test_a_session_is_created_listed_fetched_and_closed_idempotently(web: Web) -> None:
    created = await web.new_session(approval_policy="untrusted")
    session_id = created["session_id"]

    listed = (await web.http.get("/api/sessions", headers=ALICE)).json()["sessions"]
    fetched = (await web.http.get(f"/api/sessions/{session_id}", headers=ALICE)).json()
    closed = await web.http.post(f"/api/sessions/{session_id}/close", headers=ALICE)
    again = await web.http.post(f"/api/sessions/{session_id}/close", headers=ALICE)
    late_turn = await web.http.post(f"/api/sessions/{session_id}/turns", json={"prompt": "hi"}, headers=ALICE)

    assert created["state"] == "open" and created["thread_id"] == session_id and created["cwd"] == "."
    assert (created["approval_policy"], created["sandbox"]) == ("untrusted", "read-only")
    assert [s["session_id"] for s in listed] == [session_id]
    assert fetched["session_id"] == session_id and fetched["turns"] == []
    assert closed.status_code == 200 and closed.json()["state"] == "closed"
    assert again.status_code == 200 and again.json()["state"] == "closed"
    assert late_turn.status_code == 409 and "closed" in late_turn.json()["detail"]


async def test_a_turn_start_returns_its_ids_at_once_and_the_answer_arrives(web: Web) -> None:
    web.model.enqueue(responses.text("Hello from the mock model"))
    session_id = (await web.new_session())["session_id"]

    response = await web.http.post(f"/api/sessions/{session_id}/turns", json={"prompt": "say hello"}, headers=ALICE)
    started = response.json()
    turn = await web.finished_turn(session_id, started["turn_id"])
    session = (await web.http.get(f"/api/sessions/{session_id}", headers=ALICE)).json()

    assert response.status_code == 202
    assert started["thread_id"] == session_id and started["turn_id"] and started["status"] == "running"
    assert turn["status"] == "completed" and turn["assistant_text"] == "Hello from the mock model"
    assert turn["prompt"] == "say hello" and turn["error"] is None
    assert session["active_turn_id"] is None and [t["turn_id"] for t in session["turns"]] == [started["turn_id"]]
    assert web.model.requests[0].last_user_text == "say hello"


async def test_a_second_turn_while_one_runs_is_refused_and_interrupt_ends_the_first(web: Web) -> None:
    web.model.enqueue(responses.slow("a b c d e f g h i j", delay=0.3))
    session_id = (await web.new_session())["session_id"]
    turn_id = await web.start_turn(session_id, "take your time")

    second = await web.http.post(f"/api/sessions/{session_id}/turns", json={"prompt": "again"}, headers=ALICE)
    interrupt = await web.http.post(f"/api/sessions/{session_id}/turns/{turn_id}/interrupt", headers=ALICE)
    turn = await web.finished_turn(session_id, turn_id)
    late = await web.http.post(f"/api/sessions/{session_id}/turns/{turn_id}/interrupt", headers=ALICE)

    assert second.status_code == 409 and "already running" in second.json()["detail"]
    assert interrupt.status_code == 202 and interrupt.json()["turn_id"] == turn_id
    assert turn["status"] == "interrupted" and turn["error"]["error_type"] == "TurnInterruptedError"
    assert late.status_code == 409 and "interrupted" in late.json()["detail"]


async def test_steer_adds_input_to_the_running_turn(web: Web) -> None:
    web.model.enqueue(responses.slow("one two three four five six", delay=0.2), responses.text("steered answer"))
    session_id = (await web.new_session())["session_id"]
    turn_id = await web.start_turn(session_id, "start")
    web.model.wait_for_requests(1)

    steer = await web.http.post(
        f"/api/sessions/{session_id}/turns/{turn_id}/steer", json={"prompt": "also this"}, headers=ALICE
    )
    turn = await web.finished_turn(session_id, turn_id)
    after = await web.http.post(
        f"/api/sessions/{session_id}/turns/{turn_id}/steer", json={"prompt": "too late"}, headers=ALICE
    )

    assert steer.status_code == 200 and steer.json() == {"turn_id": turn_id}
    assert turn["status"] == "completed" and turn["assistant_text"] == "steered answer"
    assert "also this" in web.model.requests[-1].user_texts()
    assert after.status_code == 409


async def test_close_interrupts_the_running_turn_first(web: Web) -> None:
    web.model.enqueue(responses.slow("x " * 50, delay=0.2))
    session_id = (await web.new_session())["session_id"]
    turn_id = await web.start_turn(session_id, "long")

    closed = await web.http.post(f"/api/sessions/{session_id}/close", headers=ALICE)
    turn = (await web.http.get(f"/api/sessions/{session_id}/turns/{turn_id}", headers=ALICE)).json()

    assert closed.status_code == 200 and closed.json()["state"] == "closed"
    assert turn["status"] == "interrupted"


async def test_a_failed_archive_rolls_back_to_open_and_the_close_can_be_retried(web: Web) -> None:
    web.model.enqueue(responses.text("first"), responses.text("still usable"))
    session_id = (await web.new_session())["session_id"]
    await web.finished_turn(session_id, await web.start_turn(session_id, "make a rollout"))
    await web.client.runtime.request("thread/archive", {"threadId": session_id})  # behind the app's back

    failed = await web.http.post(f"/api/sessions/{session_id}/close", headers=ALICE)
    state_after_failure = (await web.http.get(f"/api/sessions/{session_id}", headers=ALICE)).json()["state"]
    await web.client.runtime.request("thread/unarchive", {"threadId": session_id})
    retried = await web.http.post(f"/api/sessions/{session_id}/close", headers=ALICE)
    events = [e["event"] for e in await web.buffered_events(session_id)]

    assert failed.status_code == 502 and "open again" in failed.json()["detail"]
    assert state_after_failure == "open"
    assert retried.status_code == 200 and retried.json()["state"] == "closed"
    assert events[-4:] == ["session_closing", "session_close_failed", "session_closing", "session_closed"]


BAD_INPUT = [
    ("post", "/api/sessions", {"approval_policy": "always"}, 422, "approval_policy"),
    ("post", "/api/sessions", {"sandbox": "workspace-write"}, 403, "not allowed"),
    ("post", "/api/sessions", {"unknown": 1}, 422, "unknown"),
    ("post", "/api/sessions", {"cwd": "../.."}, 400, "workspace root"),
    ("post", "/api/sessions", {"cwd": "missing-dir"}, 400, "existing directory"),
    ("post", "/api/sessions", {"effort": "HIGH; rm"}, 422, "effort"),
    ("post", "/api/sessions", {"turn_timeout": 99999}, 422, "at most"),
    ("post", "/api/sessions/{sid}/turns", {"prompt": ""}, 422, "prompt"),
    ("post", "/api/sessions/{sid}/turns", {"prompt": "   "}, 422, "blank"),
    ("post", "/api/sessions/{sid}/turns", {"prompt": "x" * 100_001}, 422, "longer than 100000"),
    ("post", "/api/sessions/{sid}/turns", {"prompt": "x" * 2_000_000}, 413, "Content Too Large"),
    ("post", "/api/sessions/{sid}/turns", {"text": "hi"}, 422, "prompt"),
    ("post", "/api/sessions/{sid}/approvals/apr_missing", {"decision": "allow"}, 422, "decision"),
    ("post", "/api/sessions/{sid}/approvals/apr_missing", {"decision": "accept"}, 404, "no such approval"),
    ("get", "/api/sessions/{sid}/turns/turn-missing", None, 404, "no such turn"),
    ("get", "/api/sessions/{sid}/approvals?wait=1000", None, 422, "wait"),
    ("get", "/api/sessions/nope", None, 404, "no such session"),
]


async def test_bad_input_gets_a_clear_4xx(web: Web) -> None:
    session_id = (await web.new_session())["session_id"]

    for method, path, body, status, detail in BAD_INPUT:
        response = await web.http.request(method, path.format(sid=session_id), json=body, headers=ALICE)
        assert (response.status_code, detail in response.text) == (status, True), (method, path, response.text)


async def test_a_long_prompt_is_refused_by_the_servers_cap(
    client_config: ClientConfig, mock_model: MockModel, workdir: Path
) -> None:
    settings = WebSettings(workspace_root=str(workdir), max_prompt_chars=10)
    async with open_web(client_config, mock_model, workdir, settings) as web:
        session_id = (await web.new_session())["session_id"]
        response = await web.http.post(f"/api/sessions/{session_id}/turns", json={"prompt": "x" * 11}, headers=ALICE)

    assert response.status_code == 422 and "longer than 10" in response.json()["detail"]


async def test_a_bad_last_event_id_is_400(web: Web) -> None:
    session_id = (await web.new_session())["session_id"]

    response = await web.http.get(
        f"/api/sessions/{session_id}/events", headers={**ALICE, "Last-Event-ID": "abc"}, params={"follow": "false"}
    )

    assert response.status_code == 400 and "Last-Event-ID" in response.json()["detail"]


async def test_the_per_tenant_session_cap_answers_429_until_one_is_closed(
    client_config: ClientConfig, mock_model: MockModel, workdir: Path
) -> None:
    settings = WebSettings(workspace_root=str(workdir), max_sessions_per_tenant=2)
    async with open_web(client_config, mock_model, workdir, settings) as web:
        first = await web.new_session()
        await web.new_session()
        refused = await web.http.post("/api/sessions", json={}, headers=ALICE)
        await web.http.post(f"/api/sessions/{first['session_id']}/close", headers=ALICE)
        accepted = await web.http.post("/api/sessions", json={}, headers=ALICE)
        concurrent = await asyncio.gather(*(web.http.post("/api/sessions", json={}, headers=ALICE) for _ in range(3)))

    assert refused.status_code == 429 and "at most 2" in refused.json()["detail"]
    assert accepted.status_code == 201
    assert sorted(r.status_code for r in concurrent) == [429, 429, 429]


async def test_a_dead_app_server_shows_in_health_and_turns_get_503(web: Web) -> None:
    session_id = (await web.new_session())["session_id"]
    await web.client.shutdown()

    health = await web.http.get("/api/health")
    turn = await web.http.post(f"/api/sessions/{session_id}/turns", json={"prompt": "hello?"}, headers=ALICE)

    assert health.status_code == 503 and health.json() == {"status": "unavailable"}
    assert turn.status_code == 503 and "connection to app-server is gone" in turn.json()["detail"]
