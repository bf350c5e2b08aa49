"""A state snapshot saved by one runtime is loaded back into a new one at connect (``ClientConfig.restore_state``),
against the real binary + MockModel; a snapshot of another protocol schema is refused before anything starts."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from codex_runtime import Client, ClientConfig, SessionConfig
from codex_runtime.errors import SnapshotMismatchError
from codex_runtime.runtime.snapshot_store import InMemorySnapshotStore
from codex_runtime.testing import MockModel, responses


async def test_a_saved_snapshot_is_the_new_runtimes_state_at_connect(
    client_config: ClientConfig, mock_model: MockModel, workdir: Path, tmp_path: Path
) -> None:
    mock_model.enqueue(responses.exec_command("echo restored-output"), responses.text("answer before the restart"))
    path = tmp_path / "state.json"
    async with Client(client_config) as client:
        session = await client.start_session(SessionConfig(cwd=str(workdir)))  # never + read-only: echo runs
        result = await session.ask("go")
        client.runtime.save_state(path)
        saved = client.runtime.state_snapshot()

    async with Client(client_config.replace(restore_state=path)) as client:
        restored = client.runtime.state_snapshot()

    assert restored["threads"] == saved["threads"]
    turn = restored["threads"][result.thread_id]["turns"][result.turn_id]
    assert turn["status"] == "completed"
    by_type = {item["type"]: item for item in turn["items"].values()}
    assert by_type["agentMessage"]["text"] == "answer before the restart"
    assert (by_type["commandExecution"]["output"], by_type["commandExecution"]["exit_code"]) == ("restored-output\n", 0)


async def test_a_snapshot_of_another_schema_is_refused_before_the_server_starts(
    client_config: ClientConfig, tmp_path: Path
) -> None:
    path = tmp_path / "state.json"
    path.write_text(json.dumps({"format": 1, "schema_sha256": "0" * 64, "saved_at": "x", "state": {"threads": {}}}))

    with pytest.raises(SnapshotMismatchError, match="refusing to load it"):
        await Client.connect(client_config.replace(restore_state=path, cli_bin="/nonexistent/codex"))


async def test_a_store_object_works_the_same(client_config: ClientConfig) -> None:
    store = InMemorySnapshotStore()
    store.save({"threads": {"thr_1": {"id": "thr_1", "status": "idle", "turns": {}}}, "evictions": {"turns": 2}})

    async with Client(client_config.replace(restore_state=store)) as client:
        state = client.runtime.state_snapshot()

    assert state["threads"]["thr_1"]["status"] == "idle"
    assert state["evictions"] == {"threads": 0, "turns": 2, "items": 0, "pending_requests": 0}
