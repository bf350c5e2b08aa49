"""A supervised web app (as ``codex-runtime serve`` runs it) keeps its sessions working across an app-server restart:
the session's approvals are asked and answered through the web API on the new app-server."""

from __future__ import annotations

import os
import signal
from pathlib import Path

from codex_runtime import ClientConfig, RestartPolicy
from codex_runtime.testing import MockModel, responses
from tests.web.conftest import ALICE, WAIT, open_web

MARKER = "approved-after-restart"


async def test_after_a_restart_a_web_session_still_gets_its_approvals_and_the_answer_reaches_the_new_server(
    codex_env: dict[str, str], mock_model: MockModel, workdir: Path
) -> None:
    config = ClientConfig(process_env=codex_env, restart=RestartPolicy(heartbeat_interval=None))
    async with open_web(config, mock_model, workdir) as web:
        session_id = (await web.new_session(approval_policy="untrusted"))["session_id"]
        mock_model.enqueue(responses.text("before the crash"))
        before = await web.finished_turn(session_id, await web.start_turn(session_id, "hello"))
        lost = web.client.runtime
        os.killpg(lost.server_pid or 0, signal.SIGKILL)
        assert await lost.wait_closed(WAIT) is not None
        await web.client.supervisor.ready()

        mock_model.enqueue(responses.exec_command(f"echo {MARKER}"), responses.text("The command ran."))
        turn_id = await web.start_turn(session_id, "run the marker command")
        [approval] = await web.pending_approvals(session_id)
        accepted = await web.http.post(
            f"/api/sessions/{session_id}/approvals/{approval['approval_id']}",
            json={"decision": "accept"},
            headers=ALICE,
        )
        after = await web.finished_turn(session_id, turn_id)
        restarts = web.client.supervisor.restarts

    assert before["assistant_text"] == "before the crash" and restarts == 1
    assert approval["turn_id"] == turn_id and MARKER in str(approval["command"])
    assert accepted.status_code == 200 and accepted.json()["status"] == "answered"
    assert after["status"] == "completed" and after["assistant_text"] == "The command ran."
