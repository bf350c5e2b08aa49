"""The Runtime's typed helpers against the real binary: threads, turns, commands, fs, models, skills, account."""

from __future__ import annotations

import asyncio
import os
from pathlib import Path

import pytest

from codex_runtime import Client, ClientConfig, SessionConfig
from codex_runtime.testing import MockModel, responses


async def test_thread_helpers_cover_the_thread_lifecycle(
    client_config: ClientConfig, mock_model: MockModel, workdir: Path
) -> None:
    mock_model.enqueue(responses.text("one"), responses.text("two"))
    async with Client(client_config) as client:
        rt = client.runtime
        session = await client.start_session(SessionConfig(cwd=workdir))
        first = await session.ask("first")
        second = await session.ask("second")
        thread_id = session.thread_id

        read = await rt.thread_read(thread_id, include_turns=True)
        assert [turn.id for turn in read.thread.turns] == [first.turn_id, second.turn_id]
        turns = await rt.thread_turns_list(thread_id)
        assert {turn.id for turn in turns.data} == {first.turn_id, second.turn_id}
        items = await rt.thread_items_list(thread_id)
        assert any(getattr(entry.item, "text", None) == "two" for entry in items.data)
        await rt.thread_set_name(thread_id, "named thread")
        assert (await rt.thread_read(thread_id)).thread.name == "named thread"
        loaded = await rt.thread_loaded_list()
        assert thread_id in loaded.data
        listed = await rt.thread_list()
        assert thread_id in [t.id for t in listed.data]

        forked = await rt.thread_fork(thread_id)
        assert forked.thread.id != thread_id
        await rt.thread_revert(thread_id, second.turn_id)
        reverted = await rt.thread_read(thread_id, include_turns=True)
        assert [turn.id for turn in reverted.thread.turns] == [first.turn_id]

        await rt.thread_archive(thread_id)
        await rt.thread_unarchive(thread_id)
        assert thread_id in [t.id for t in (await rt.thread_list()).data]


async def test_turn_steer_adds_input_to_the_running_turn(
    client_config: ClientConfig, mock_model: MockModel, workdir: Path
) -> None:
    mock_model.enqueue(responses.slow("slow answer words", delay=0.3))
    mock_model.set_fallback(lambda _r: responses.text("steered"))
    async with Client(client_config) as client:
        session = await client.start_session(SessionConfig(cwd=workdir))
        stream = await session.ask_stream("start")
        async with stream:
            steered = await client.runtime.turn_steer(session.thread_id, stream.turn_id, "also this")
            result = await stream.finish()
    assert steered.turn_id == stream.turn_id
    assert result.status == "completed"
    assert any("also this" in r.user_texts() for r in mock_model.requests)


async def test_command_exec_buffered_and_streaming(client_config: ClientConfig, workdir: Path) -> None:
    async with Client(client_config) as client:
        rt = client.runtime
        done = await rt.command_exec(["echo", "buffered"], cwd=str(workdir))
        assert done.exit_code == 0 and done.stdout.strip() == "buffered"

        process = rt.command_exec_stream(["cat"], cwd=str(workdir))
        chunks: list[bytes] = []

        async def collect() -> None:
            async for _stream, data in process.output():
                chunks.append(data)

        collector = asyncio.create_task(collect())
        await process.write(b"streamed line\n", close_stdin=True)
        finished = await process.wait(timeout=10)
        await asyncio.wait_for(collector, 10)
        assert finished.exit_code == 0
        assert b"".join(chunks) == b"streamed line\n"

        sleeper = rt.command_exec_stream(["sleep", "30"], cwd=str(workdir))
        await sleeper.terminate()
        ended = await sleeper.wait(timeout=10)
        assert ended.exit_code != 0


async def test_fs_helpers_and_watch(client_config: ClientConfig, workdir: Path) -> None:
    async with Client(client_config) as client:
        rt = client.runtime
        target = workdir / "dir" / "file.txt"
        await rt.fs_create_directory(str(workdir / "dir"), recursive=True)
        await rt.fs_write_file(str(target), b"hello fs")
        assert await rt.fs_read_file(str(target)) == b"hello fs"
        assert (await rt.fs_get_metadata(str(target))).is_file
        names = [e.file_name for e in (await rt.fs_read_directory(str(workdir / "dir"))).entries]
        assert names == ["file.txt"]
        await rt.fs_copy(str(target), str(workdir / "copy.txt"))
        assert (workdir / "copy.txt").read_bytes() == b"hello fs"
        await rt.fs_remove(str(workdir / "copy.txt"))
        assert not (workdir / "copy.txt").exists()

        async with rt.fs_watch(str(workdir)) as watch:
            (workdir / "new.txt").write_text("x")
            changed = await watch.next(timeout=10)
        assert any(path.endswith("new.txt") for path in changed)


async def test_model_skills_and_account_helpers(client_config: ClientConfig, workdir: Path) -> None:
    async with Client(client_config) as client:
        rt = client.runtime
        assert [m.id for m in (await rt.model_list()).data] == ["mock-model"]
        skills = await rt.skills_list(cwds=[str(workdir)])
        assert [str(entry.cwd) for entry in skills.data] == [str(workdir)]
        assert skills.data[0].errors == []
        account = await rt.account_read()
        assert account.account is None  # the offline home has no login


async def test_the_state_snapshot_saves_to_a_file_and_refuses_another_schema(
    client_config: ClientConfig, mock_model: MockModel, workdir: Path, tmp_path: Path
) -> None:
    from codex_runtime.errors import SnapshotMismatchError
    from codex_runtime.runtime.snapshot_store import JsonFileSnapshotStore

    mock_model.enqueue(responses.text("stateful"))
    async with Client(client_config) as client:
        session = await client.start_session(SessionConfig(cwd=workdir))
        result = await session.ask("go")
        client.runtime.save_state(tmp_path / "state.json")

    from codex_runtime.protocol import SCHEMA_SHA256

    assert [n for n in os.listdir(tmp_path) if "state" in n] == ["state.json"]  # no temp file left behind
    state = JsonFileSnapshotStore(tmp_path / "state.json", schema_sha256=SCHEMA_SHA256).load()
    assert state is not None
    turn = state["threads"][session.thread_id]["turns"][result.turn_id]
    assert turn["status"] == "completed"
    with pytest.raises(SnapshotMismatchError):
        JsonFileSnapshotStore(tmp_path / "state.json", schema_sha256="0" * 64).load()


async def test_server_pid_is_the_app_server_process_group_leader_and_none_once_remote(
    client_config: ClientConfig,
) -> None:
    async with Client(client_config) as client:
        pid = client.runtime.server_pid
        assert pid is not None and os.getpgid(pid) == pid  # its own process group, led by app-server
        cmdline = await asyncio.to_thread(Path(f"/proc/{pid}/cmdline").read_bytes)
        assert b"app-server" in cmdline.split(b"\0")
