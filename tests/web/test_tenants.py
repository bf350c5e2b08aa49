"""Tenant isolation: a tenant sees and touches only its own sessions, turns, events and approvals."""

from __future__ import annotations

import pytest

from codex_runtime.errors import InvalidArgumentError
from codex_runtime.testing import responses
from codex_runtime.web.auth import TenantDirectory, default_tenant_name
from tests.web.conftest import ALICE, BOB, Web


def session_routes(session_id: str, turn_id: str, approval_id: str) -> list[tuple[str, str, dict[str, str] | None]]:
    base = f"/api/sessions/{session_id}"
    return [
        ("get", base, None),
        ("post", f"{base}/close", None),
        ("post", f"{base}/turns", {"prompt": "hijack"}),
        ("get", f"{base}/turns/{turn_id}", None),
        ("post", f"{base}/turns/{turn_id}/interrupt", None),
        ("post", f"{base}/turns/{turn_id}/steer", {"prompt": "hijack"}),
        ("get", f"{base}/approvals", None),
        ("post", f"{base}/approvals/{approval_id}", {"decision": "accept"}),
        ("get", f"{base}/events?follow=false", None),
    ]


async def test_a_missing_or_unknown_token_is_401_everywhere_but_the_page_and_health(web: Web) -> None:
    session_id = (await web.new_session())["session_id"]
    routes = [("get", "/api/sessions", None), ("post", "/api/sessions", {}), *session_routes(session_id, "t", "a")]
    bad_headers: list[dict[str, str]] = [
        {},
        {"Authorization": "Bearer not-a-known-token"},
        {"Authorization": "Basic dG9rZW4tZm9yLWFsaWNlLTAwMDE="},
        {"Authorization": "Bearer"},
    ]

    for headers in bad_headers:
        for method, path, body in routes:
            response = await web.http.request(method, path, json=body, headers=headers)
            assert response.status_code == 401, (method, path, headers, response.text)
            assert response.headers["www-authenticate"] == "Bearer"
            assert "bearer token" in response.json()["detail"]
    assert (await web.http.get("/")).status_code == 200


async def test_another_tenants_session_turn_and_approval_are_404_and_untouched(web: Web) -> None:
    web.model.enqueue(responses.exec_command("echo alice-only"), responses.text("done"))
    session_id = (await web.new_session(approval_policy="untrusted"))["session_id"]
    turn_id = await web.start_turn(session_id, "run it")
    [approval] = await web.pending_approvals(session_id)

    bob_list = (await web.http.get("/api/sessions", headers=BOB)).json()
    for method, path, body in session_routes(session_id, turn_id, approval["approval_id"]):
        response = await web.http.request(method, path, json=body, headers=BOB)
        assert response.status_code == 404, (method, path, response.text)
        assert response.json() == {"detail": "no such session"}
    still_pending = await web.pending_approvals(session_id)
    turn = (await web.http.get(f"/api/sessions/{session_id}/turns/{turn_id}", headers=ALICE)).json()
    await web.http.post(
        f"/api/sessions/{session_id}/approvals/{approval['approval_id']}", json={"decision": "decline"}, headers=ALICE
    )
    await web.finished_turn(session_id, turn_id)

    assert bob_list == {"sessions": []}
    assert [a["approval_id"] for a in still_pending] == [approval["approval_id"]]
    assert turn["status"] == "running"
    assert [r.last_user_text for r in web.model.requests[:1]] == ["run it"]  # bob's "hijack" never reached the model


async def test_each_tenant_lists_only_its_own_sessions(web: Web) -> None:
    alice = (await web.new_session(headers=ALICE))["session_id"]
    bob = (await web.new_session(headers=BOB))["session_id"]

    alice_sees = [s["session_id"] for s in (await web.http.get("/api/sessions", headers=ALICE)).json()["sessions"]]
    bob_sees = [s["session_id"] for s in (await web.http.get("/api/sessions", headers=BOB)).json()["sessions"]]

    assert (alice_sees, bob_sees) == ([alice], [bob])


def test_tokens_map_to_tenants_and_bare_tokens_get_opaque_names() -> None:
    named = TenantDirectory({"first-token-1": "alice", "second-token": "bob"})
    bare = TenantDirectory(["only-a-token-here"])

    assert named.tenant_for("first-token-1") == "alice" and named.tenant_for("second-token") == "bob"
    assert named.tenant_for("first-token-") is None and named.tenant_for("") is None
    assert named.tenant_for_header("bearer second-token") == "bob"
    assert bare.tenants == [default_tenant_name("only-a-token-here")]
    assert "only-a-token-here" not in bare.tenants[0]


@pytest.mark.parametrize(
    "tokens", [[], ["short"], ["has a space in it"], ["duplicate-token", "duplicate-token"], {"good-token-1": " "}]
)
def test_unusable_token_sets_are_refused(tokens: object) -> None:
    with pytest.raises(InvalidArgumentError):  # under CodexRuntimeError, and a ValueError
        TenantDirectory(tokens)  # type: ignore[arg-type]
