"""Finding 4: the SSE resume point. Only a canonical decimal event id that exists (0 .. newest) is accepted (400
otherwise), and a pending approval is replayed whatever the resume point, against the real binary."""

from __future__ import annotations

import pytest

from codex_runtime.testing import responses
from tests.web.conftest import ALICE, Web, parse_sse


@pytest.mark.parametrize(
    "last_event_id",
    ["1" + "0" * 30, "1_0", "010", "-1", "+1", "1.0", "0x1", "\u0661", "1 ", " 1", "", "99"],
)
async def test_a_resume_point_that_is_not_a_canonical_existing_id_is_a_400(web: Web, last_event_id: str) -> None:
    session = await web.new_session()
    url = f"/api/sessions/{session['session_id']}/events"
    by_header = await web.http.get(
        url, headers={**ALICE, "Last-Event-ID": last_event_id.encode()}, params={"follow": "false"}
    )
    by_query = await web.http.get(url, headers=ALICE, params={"follow": "false", "after": last_event_id})

    assert (by_header.status_code, by_query.status_code) == (400, 400)


async def test_a_resume_point_in_range_is_accepted(web: Web) -> None:
    session = await web.new_session()
    assert session["last_event_id"] == 1  # session_created
    url = f"/api/sessions/{session['session_id']}/events"
    codes = [
        (await web.http.get(url, headers={**ALICE, "Last-Event-ID": value}, params={"follow": "false"})).status_code
        for value in ("0", "1")
    ]
    assert codes == [200, 200]


async def test_a_pending_approval_is_replayed_even_after_the_newest_id(web: Web) -> None:
    web.model.enqueue(responses.exec_command("echo hi"), responses.text("done"))
    session_id = (await web.new_session(approval_policy="untrusted"))["session_id"]
    await web.start_turn(session_id, "run it")
    [approval] = await web.pending_approvals(session_id)
    newest = (await web.http.get(f"/api/sessions/{session_id}", headers=ALICE)).json()["last_event_id"]

    response = await web.http.get(
        f"/api/sessions/{session_id}/events",
        headers={**ALICE, "Last-Event-ID": str(newest)},
        params={"follow": "false"},
    )
    frames = parse_sse(response.text)
    replayed = [frame for frame in frames if frame["event"] == "approval_requested"]

    assert response.status_code == 200
    assert len(replayed) == 1 and replayed[0]["id"] is None  # no id line: the client's Last-Event-ID stays put
    assert replayed[0]["data"]["data"]["approval"]["approval_id"] == approval["approval_id"]
    assert replayed[0]["data"]["id"] <= newest  # at or before the resume point, yet sent
