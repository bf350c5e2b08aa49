"""Web sessions survive a restart of the app: stored in SQLite, restored per tenant with their history, resumed on
the same thread at their first action. Plus the store's own promises: versioned migrations, a newer database
refused untouched, and a writer killed mid-write never leaving a corrupt file."""

from __future__ import annotations

import asyncio
import os
import selectors
import signal
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import httpx
import psutil
import pytest

from codex_runtime import ClientConfig
from codex_runtime.testing import MockModel, MockResponse, RecordedRequest, Usage, responses
from codex_runtime.web import WebSettings
from codex_runtime.web.errors import SessionStoreError, SessionStoreVersionError
from codex_runtime.web.sqlite_store import SqliteSessionStore
from codex_runtime.web.store import InMemorySessionStore, SessionRow, StoredSession, TurnRow
from codex_runtime.web.store_schema import APPLICATION_ID, MIGRATIONS, Migration, migrate
from tests.web.conftest import ALICE, BOB, BROWSER_TOKEN, WAIT, open_web, serve_in_thread
from tests.web.test_browser import ARTIFACTS, CHROMIUM, CHROMIUM_ARGS, TIMEOUT_MS, require_browser

USAGE = {
    "input_tokens": 12,
    "cached_input_tokens": 0,
    "output_tokens": 7,
    "reasoning_output_tokens": 0,
    "total_tokens": 19,
}


def kinds(events: list[dict[str, Any]]) -> list[str]:
    return [event["event"] for event in events]


async def test_after_a_restart_the_session_its_history_and_its_thread_come_back(
    client_config: ClientConfig, mock_model: MockModel, workdir: Path, tmp_path: Path
) -> None:
    db = tmp_path / "data" / "web.sqlite3"
    mock_model.enqueue(responses.text("The first answer.", usage=Usage(input_tokens=12, output_tokens=7)))
    async with open_web(client_config, mock_model, workdir, store=SqliteSessionStore(db)) as web:
        created = await web.new_session()
        session_id = created["session_id"]
        first_turn = await web.start_turn(session_id, "First question?")
        first = await web.finished_turn(session_id, first_turn)
        seen = (await web.http.get("/api/sessions", headers=ALICE)).json()["sessions"][0]["last_event_id"]
    with sqlite3.connect(db) as conn:
        [(stored_last_event_id,)] = conn.execute("SELECT last_event_id FROM sessions").fetchall()

    mock_model.enqueue(responses.text("The second answer."))
    async with open_web(client_config, mock_model, workdir, store=SqliteSessionStore(db)) as web:
        listed = (await web.http.get("/api/sessions", headers=ALICE)).json()["sessions"]
        history = (await web.http.get(f"/api/sessions/{session_id}", headers=ALICE)).json()
        restored_events = await web.buffered_events(session_id)
        second_turn = await web.start_turn(session_id, "Second question?")
        second = await web.finished_turn(session_id, second_turn)
        after_events = await web.buffered_events(session_id, after=str(restored_events[-1]["id"]))

    assert first["status"] == "completed"
    assert [(s["session_id"], s["thread_id"], s["state"], s["cwd"], s["first_prompt"]) for s in listed] == [
        (session_id, session_id, "open", ".", "First question?")
    ]
    assert history["created_at"] == created["created_at"]
    assert [
        (t["turn_id"], t["status"], t["prompt"], t["assistant_text"], t["usage"], t["started_at"], t["ended_at"])
        for t in history["turns"]
    ] == [
        (first_turn, "completed", "First question?", "The first answer.", USAGE, first["started_at"], first["ended_at"])
    ]
    # the event log goes on after the previous run's ids, and starts with a summary a page renders as usual
    assert stored_last_event_id >= seen  # written at the stop, after the last event
    assert restored_events[0]["id"] == stored_last_event_id + 1
    assert kinds(restored_events) == ["session_restored", "turn_started", "turn_completed"]
    assert restored_events[2]["data"]["data"] == {
        "status": "completed",
        "assistant_text": "The first answer.",
        "usage": USAGE,
        "restored": True,
    }
    # the first action resumed the same thread: the model got the whole conversation
    assert (second["status"], second["assistant_text"]) == ("completed", "The second answer.")
    assert kinds(after_events)[:2] == ["session_resumed", "turn_started"]
    assert mock_model.requests[-1].user_texts() == ["First question?", "Second question?"]


async def test_after_a_restart_each_tenant_sees_only_its_own_sessions(
    client_config: ClientConfig, mock_model: MockModel, workdir: Path, tmp_path: Path
) -> None:
    db = tmp_path / "web.sqlite3"
    mock_model.enqueue(responses.text("for alice"), responses.text("for bob"))
    async with open_web(client_config, mock_model, workdir, store=SqliteSessionStore(db)) as web:
        alice = (await web.new_session(headers=ALICE))["session_id"]
        bob = (await web.new_session(headers=BOB))["session_id"]
        await web.finished_turn(alice, await web.start_turn(alice, "alice asks"))
        bob_turn = await web.http.post(f"/api/sessions/{bob}/turns", json={"prompt": "bob asks"}, headers=BOB)
        await web.http.get(f"/api/sessions/{bob}/turns/{bob_turn.json()['turn_id']}?wait={WAIT}", headers=BOB)

    async with open_web(client_config, mock_model, workdir, store=SqliteSessionStore(db)) as web:
        alice_sees = (await web.http.get("/api/sessions", headers=ALICE)).json()["sessions"]
        bob_sees = (await web.http.get("/api/sessions", headers=BOB)).json()["sessions"]
        bob_reads_alice = await web.http.get(f"/api/sessions/{alice}", headers=BOB)
        bob_asks_alice = await web.http.post(f"/api/sessions/{alice}/turns", json={"prompt": "x"}, headers=BOB)
        bob_history = (await web.http.get(f"/api/sessions/{bob}", headers=BOB)).json()["turns"]

    assert [s["session_id"] for s in alice_sees] == [alice]
    assert [s["session_id"] for s in bob_sees] == [bob]
    assert (bob_reads_alice.status_code, bob_asks_alice.status_code) == (404, 404)
    assert [(t["prompt"], t["assistant_text"]) for t in bob_history] == [("bob asks", "for bob")]
    assert len(mock_model.requests) == 2  # bob's attempt on alice's session never reached the model


async def test_an_approval_pending_at_shutdown_is_declined_and_shown_declined_after_the_restart(
    client_config: ClientConfig, mock_model: MockModel, workdir: Path, tmp_path: Path
) -> None:
    db = tmp_path / "web.sqlite3"
    # the answer after the decline is slow: the turn is still running when the app stops, whatever the timing
    mock_model.enqueue(responses.exec_command("echo never-runs"), responses.slow("declined, fine", delay=5))
    async with open_web(client_config, mock_model, workdir, store=SqliteSessionStore(db)) as web:
        session_id = (await web.new_session(approval_policy="untrusted"))["session_id"]
        turn_id = await web.start_turn(session_id, "run it")
        [pending] = await web.pending_approvals(session_id)

    async with open_web(client_config, mock_model, workdir, store=SqliteSessionStore(db)) as web:
        turn = (await web.http.get(f"/api/sessions/{session_id}/turns/{turn_id}", headers=ALICE)).json()
        still_pending = await web.pending_approvals_now(session_id)
        events = await web.buffered_events(session_id)
        answer = await web.http.post(
            f"/api/sessions/{session_id}/approvals/{pending['approval_id']}", json={"decision": "accept"}, headers=ALICE
        )

    assert pending["status"] == "pending"
    assert (turn["status"], turn["error"]) == (
        "interrupted",
        {"error_type": "Cancelled", "message": "the web app stopped"},
    )
    assert still_pending == []
    assert kinds(events) == ["session_restored", "turn_started", "approval_restored", "turn_interrupted"]
    restored = events[2]["data"]["data"]["approval"]
    assert (restored["approval_id"], restored["status"], restored["decision"], restored["command"]) == (
        pending["approval_id"],
        "declined",
        None,
        pending["command"],
    )
    assert (answer.status_code, answer.json()) == (409, {"detail": "the approval is already declined"})


async def test_a_turn_running_when_the_previous_app_died_comes_back_interrupted_and_is_corrected_in_the_store(
    client_config: ClientConfig, mock_model: MockModel, workdir: Path
) -> None:
    store = InMemorySessionStore()
    await store.save_session(session_row("thread-that-died", cwd=str(workdir)))
    await store.save_turns([turn_row("thread-that-died", "turn-1", status="running")])

    async with open_web(client_config, mock_model, workdir, store=store) as web:
        turn = (await web.http.get("/api/sessions/thread-that-died/turns/turn-1", headers=ALICE)).json()

    [stored] = await store.load()
    expected_error = {"error_type": "ServerStopped", "message": "the web server stopped while this turn was running"}
    assert (turn["status"], turn["error"]) == ("interrupted", expected_error)
    assert [(t.status, t.error) for t in stored.turns] == [("interrupted", expected_error)]


async def test_a_client_holding_an_event_id_the_crashed_run_never_stored_resumes_from_the_restored_summary(
    client_config: ClientConfig, mock_model: MockModel, workdir: Path
) -> None:
    store = InMemorySessionStore()
    await store.save_session(session_row("thread-that-died", cwd=str(workdir)))  # stored last_event_id: 7
    await store.save_turns([turn_row("thread-that-died", "turn-1", status="running")])

    async with open_web(client_config, mock_model, workdir, store=store) as web:
        beyond = await web.buffered_events("thread-that-died", after="500")  # the tab saw 500 before the crash
        within = await web.buffered_events("thread-that-died", after="8")
        new_session = (await web.new_session())["session_id"]
        too_far = await web.http.get(f"/api/sessions/{new_session}/events", params={"after": "500"}, headers=ALICE)

    assert [(e["id"], e["event"]) for e in beyond] == [
        (8, "session_restored"),
        (9, "turn_started"),
        (10, "turn_interrupted"),
    ]
    assert [e["id"] for e in within] == [9, 10]
    assert too_far.status_code == 400  # a session of this run still refuses an id it never sent


async def test_a_restored_session_the_server_no_longer_allows_is_refused_before_its_thread_is_resumed(
    client_config: ClientConfig, mock_model: MockModel, workdir: Path
) -> None:
    store = InMemorySessionStore()
    wider = {"approval_policy": "untrusted", "sandbox": "workspace-write", "effort": "medium", "timeout": 60.0}
    await store.save_session(session_row("thread-with-writes", cwd=str(workdir), settings=wider))

    async with open_web(client_config, mock_model, workdir, store=store) as web:  # allows read-only only
        refused = await web.http.post("/api/sessions/thread-with-writes/turns", json={"prompt": "go"}, headers=ALICE)

    assert (refused.status_code, refused.json()) == (
        403,
        {"detail": "sandbox 'workspace-write' is no longer allowed by this server"},
    )
    assert mock_model.requests == []


async def test_closing_keeps_the_closed_session_and_forgetting_one_deletes_it_from_the_store(
    client_config: ClientConfig, mock_model: MockModel, workdir: Path, tmp_path: Path
) -> None:
    db = tmp_path / "web.sqlite3"
    settings = WebSettings(workspace_root=str(workdir), max_closed_sessions_per_tenant=1)
    async with open_web(client_config, mock_model, workdir, settings, store=SqliteSessionStore(db)) as web:
        first = (await web.new_session())["session_id"]
        second = (await web.new_session())["session_id"]
        await web.http.post(f"/api/sessions/{first}/close", headers=ALICE)
        await web.http.post(f"/api/sessions/{second}/close", headers=ALICE)

    async with open_web(client_config, mock_model, workdir, settings, store=SqliteSessionStore(db)) as web:
        listed = (await web.http.get("/api/sessions", headers=ALICE)).json()["sessions"]
        events = await web.buffered_events(second)
    with sqlite3.connect(db) as conn:
        stored_ids = [row[0] for row in conn.execute("SELECT session_id FROM sessions")]

    assert [(s["session_id"], s["state"]) for s in listed] == [(second, "closed")]
    assert kinds(events) == ["session_restored", "session_closed"]
    assert stored_ids == [second]


# --- the SQLite file ------------------------------------------------------------------------------------------


def session_row(
    session_id: str, *, cwd: str, tenant: str = "alice", settings: dict[str, Any] | None = None
) -> SessionRow:
    return SessionRow(
        session_id=session_id,
        tenant=tenant,
        thread_id=session_id,
        cwd=cwd,
        cwd_label=".",
        settings=settings or {"approval_policy": "never", "sandbox": "read-only", "effort": "medium", "timeout": 60.0},
        state="open",
        created_at=1000.0,
        closed_at=None,
        last_event_id=7,
    )


def turn_row(session_id: str, turn_id: str, *, status: str = "completed") -> TurnRow:
    return TurnRow(
        session_id=session_id,
        turn_id=turn_id,
        status=status,
        prompt="p",
        assistant_text="a" if status == "completed" else "",
        error=None,
        usage=None,
        started_at=1001.0,
        ended_at=1002.0 if status != "running" else None,
    )


def pragma(db: Path, name: str) -> Any:
    with sqlite3.connect(db) as conn:
        return conn.execute(f"PRAGMA {name}").fetchone()[0]


async def test_a_new_database_gets_the_latest_schema_marked_as_a_session_store_readable_by_its_owner_only(
    tmp_path: Path,
) -> None:
    db = tmp_path / "new" / "dir" / "web.sqlite3"
    store = SqliteSessionStore(db)
    await store.open()
    await store.close()

    with sqlite3.connect(db) as conn:
        tables = sorted(row[0] for row in conn.execute("SELECT name FROM sqlite_schema WHERE type = 'table'"))
    assert (pragma(db, "user_version"), pragma(db, "application_id"), pragma(db, "journal_mode")) == (
        1,
        APPLICATION_ID,
        "wal",
    )
    assert tables == ["approvals", "sessions", "turns"]
    assert (db.stat().st_mode & 0o777, db.parent.stat().st_mode & 0o777) == (0o600, 0o700)


async def test_a_database_from_a_newer_version_is_refused_and_left_untouched(tmp_path: Path) -> None:
    db = tmp_path / "web.sqlite3"
    store = SqliteSessionStore(db)
    await store.open()
    await store.close()
    with sqlite3.connect(db) as conn:
        conn.execute("PRAGMA user_version = 99")
        conn.execute("PRAGMA journal_mode = DELETE")
    content = db.read_bytes()

    with pytest.raises(SessionStoreVersionError) as caught:
        await SqliteSessionStore(db).open()

    assert (caught.value.found, caught.value.supported) == (99, 1)
    assert "schema version 99 was written by a newer codex-runtime (this one knows up to 1)" in str(caught.value)
    assert db.read_bytes() == content
    assert pragma(db, "journal_mode") == "delete"


async def test_another_applications_database_and_a_file_that_is_no_database_are_refused(tmp_path: Path) -> None:
    foreign = tmp_path / "foreign.sqlite3"
    with sqlite3.connect(foreign) as conn:
        conn.execute("CREATE TABLE notes (text TEXT)")
    garbage = tmp_path / "garbage.sqlite3"
    garbage.write_bytes(b"this is not an SQLite database, just text long enough to have a header" * 20)

    with pytest.raises(SessionStoreError, match="another application's SQLite database"):
        await SqliteSessionStore(foreign).open()
    with pytest.raises(SessionStoreError, match="cannot be read as an SQLite database"):
        await SqliteSessionStore(garbage).open()


async def test_a_second_store_on_the_same_file_is_refused_while_the_first_is_open_and_readers_still_read(
    tmp_path: Path,
) -> None:
    db = tmp_path / "web.sqlite3"
    first = SqliteSessionStore(db)
    await first.open()
    await first.save_session(session_row("s", cwd=str(tmp_path)))
    try:
        with pytest.raises(SessionStoreError, match="is in use by another server"):
            await SqliteSessionStore(db).open()
        with sqlite3.connect(db) as reader:  # a backup or an inspection is not locked out
            read_while_open = reader.execute("SELECT session_id FROM sessions").fetchall()
    finally:
        await first.close()
    second = SqliteSessionStore(db)
    await second.open()
    reopened = await second.load()
    await second.close()

    assert read_while_open == [("s",)]
    assert [stored.row.session_id for stored in reopened] == ["s"]


def test_migrations_apply_in_order_keep_the_data_and_a_failing_one_rolls_back_to_the_previous_version(
    tmp_path: Path,
) -> None:
    db = tmp_path / "web.sqlite3"
    conn = sqlite3.connect(db, isolation_level=None)
    assert migrate(conn, str(db)) == 1
    conn.execute("INSERT INTO sessions VALUES ('s', 'alice', 's', '/w', '.', '{}', 'open', 1.0, NULL, 3, 'hi')")
    broken = (*MIGRATIONS, Migration(2, "broken", ("ALTER TABLE sessions ADD COLUMN note TEXT", "NOT SQL")))
    with pytest.raises(SessionStoreError, match=r"migration to schema version 2 \(broken\) failed"):
        migrate(conn, str(db), broken)
    columns_after_failure = [row[1] for row in conn.execute("PRAGMA table_info(sessions)")]
    version_after_failure = conn.execute("PRAGMA user_version").fetchone()[0]
    later = (*MIGRATIONS, Migration(2, "a note per session", ("ALTER TABLE sessions ADD COLUMN note TEXT",)))
    reached = migrate(conn, str(db), later)
    row = conn.execute("SELECT session_id, tenant, last_event_id, note FROM sessions").fetchone()
    conn.close()

    assert version_after_failure == 1
    assert "note" not in columns_after_failure
    assert reached == 2
    assert row == ("s", "alice", 3, None)


WRITER = """
import asyncio, sys
from codex_runtime.web.sqlite_store import SqliteSessionStore
from codex_runtime.web.store import SessionRow, TurnRow

async def main() -> None:
    store = SqliteSessionStore(sys.argv[1])
    await store.open()
    session = SessionRow(session_id="s", tenant="alice", thread_id="s", cwd="/w", cwd_label=".", settings={},
                         state="open", created_at=1.0, closed_at=None, last_event_id=0)
    await store.save_session(session)
    n = 0
    while True:
        n += 1
        turn = TurnRow(session_id="s", turn_id=f"t{n}", status="completed", prompt="p" * 2000,
                       assistant_text="a" * 20000, error=None, usage={"total_tokens": n}, started_at=float(n),
                       ended_at=float(n))
        await store.save_turns([turn])
        await store.save_session(SessionRow(**{**session.__dict__, "last_event_id": n}))
        print(n, flush=True)   # acknowledged: both transactions committed

asyncio.run(main())
"""


async def load(db: Path) -> list[StoredSession]:
    store = SqliteSessionStore(db)
    await store.open()
    try:
        return await store.load()
    finally:
        await store.close()


def acknowledged_after(process: subprocess.Popen[bytes], count: int, timeout: float) -> int:
    """Read the writer's acknowledgements until ``count`` arrived; the last one read."""
    assert process.stdout is not None
    fd, data = process.stdout.fileno(), b""
    with selectors.DefaultSelector() as selector:
        selector.register(fd, selectors.EVENT_READ)
        while data.count(b"\n") < count:
            assert selector.select(timeout), f"the writer acknowledged too few writes: {data[-200:]!r}"
            chunk = os.read(fd, 65536)
            assert chunk, f"the writer exited early: {process.wait(5)}"
            data += chunk
    complete_lines = data.split(b"\n")[:-1]  # the last piece is an unfinished line (or empty)
    return int(complete_lines[-1])


@pytest.mark.parametrize("writes_before_kill", [1, 40, 150])
def test_a_writer_killed_mid_write_leaves_an_intact_database_with_every_acknowledged_write(
    tmp_path: Path, writes_before_kill: int
) -> None:
    db = tmp_path / "web.sqlite3"
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(p for p in sys.path if p)}
    process = subprocess.Popen([sys.executable, "-c", WRITER, str(db)], stdout=subprocess.PIPE, env=env)
    try:
        last = acknowledged_after(process, writes_before_kill, timeout=WAIT)
        process.send_signal(signal.SIGKILL)
    finally:
        process.kill()
        process.wait(10)
        assert process.stdout is not None
        process.stdout.close()

    with sqlite3.connect(db) as conn:
        integrity = conn.execute("PRAGMA integrity_check").fetchall()
    [stored] = asyncio.run(load(db))

    assert process.returncode == -signal.SIGKILL
    assert integrity == [("ok",)]
    turn_ids = [turn.turn_id for turn in stored.turns]
    assert turn_ids[:last] == [f"t{n}" for n in range(1, last + 1)]  # every acknowledged turn, in order
    assert len(turn_ids) - last in (0, 1)  # at most the one in flight, whole
    assert all(len(t.assistant_text) == 20000 and t.usage == {"total_tokens": int(t.turn_id[1:])} for t in stored.turns)
    assert stored.row.last_event_id >= last


def test_serve_refuses_a_database_from_a_newer_version_in_one_line_and_exits_1_before_starting(
    tmp_path: Path, codex_home: Path
) -> None:
    db = tmp_path / "web.sqlite3"
    with sqlite3.connect(db) as conn:
        conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        conn.execute("PRAGMA user_version = 7")
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join(p for p in sys.path if p),
        "CODEX_HOME": str(codex_home),
        "NO_COLOR": "1",
    }

    done = subprocess.run(
        [sys.executable, "-m", "codex_runtime", "serve", "--port", "0", "--token", "a-long-token-1", "--db", str(db)],
        env=env,
        capture_output=True,
        text=True,
        timeout=WAIT,
    )

    assert done.returncode == 1
    assert done.stdout == ""  # nothing was bound or started
    assert f"session store {db}: schema version 7 was written by a newer codex-runtime" in done.stderr
    assert "Traceback" not in done.stderr


SERVE_TOKEN = "serve-token-0001"
T = TypeVar("T")


def serve_process(codex_home: Path, data_dir: Path, workspace: Path) -> subprocess.Popen[bytes]:
    """``codex-runtime serve`` with a fixed token and the default database under ``data_dir``."""
    env = {
        **{k: v for k, v in os.environ.items() if k != "CODEX_RUNTIME_SERVE_TOKENS"},
        "PYTHONPATH": os.pathsep.join(p for p in sys.path if p),
        "PYTHONUNBUFFERED": "1",
        "CODEX_RUNTIME_DATA_DIR": str(data_dir),
        "NO_COLOR": "1",
    }
    command = ["serve", "--port", "0", "--token", SERVE_TOKEN, "--workspace-root", str(workspace)]
    return subprocess.Popen(
        [sys.executable, "-m", "codex_runtime", "--codex-home", str(codex_home), *command],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
    )


def serve_lines(process: subprocess.Popen[bytes], count: int) -> list[str]:
    assert process.stdout is not None
    fd, data = process.stdout.fileno(), b""
    with selectors.DefaultSelector() as selector:
        selector.register(fd, selectors.EVENT_READ)
        while data.count(b"\n") < count:
            assert selector.select(WAIT), f"serve printed only {data!r}"
            chunk = os.read(fd, 4096)
            assert chunk, f"serve exited early ({process.wait(5)}): {data!r}"
            data += chunk
    return [line.strip() for line in data.decode().splitlines()[:count]]


def run_in_serve(
    codex_home: Path, data_dir: Path, workspace: Path, act: Callable[[httpx.Client], T]
) -> tuple[list[str], T, int]:
    """Start serve, call ``act(http)``, stop it with SIGINT; its first lines, what ``act`` returned, its exit code."""
    process = serve_process(codex_home, data_dir, workspace)
    try:
        lines = serve_lines(process, 3)
        url = lines[0].split(" ")[3]  # "codex-runtime web on URL (...)"
        with httpx.Client(base_url=url, timeout=WAIT, headers={"Authorization": f"Bearer {SERVE_TOKEN}"}) as http:
            result = act(http)
        process.send_signal(signal.SIGINT)
        code = process.wait(timeout=WAIT)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait(5)
        for pipe in (process.stdout, process.stderr):
            if pipe is not None:
                pipe.close()
    return lines, result, code


def test_a_restarted_serve_process_shows_the_session_and_answers_on_the_same_thread(
    codex_home: Path, mock_model: MockModel, tmp_path: Path
) -> None:
    data_dir, workspace = tmp_path / "data", tmp_path / "workspace"
    workspace.mkdir()
    mock_model.enqueue(responses.text("Before the restart."), responses.text("After the restart."))

    def ask(http: httpx.Client, session_id: str, prompt: str) -> dict[str, Any]:
        turn_id = http.post(f"/api/sessions/{session_id}/turns", json={"prompt": prompt}).json()["turn_id"]
        turn: dict[str, Any] = http.get(f"/api/sessions/{session_id}/turns/{turn_id}", params={"wait": WAIT}).json()
        return turn

    def first_run(http: httpx.Client) -> tuple[str, dict[str, Any]]:
        session_id = str(http.post("/api/sessions", json={}).json()["session_id"])
        return session_id, ask(http, session_id, "Question one?")

    def second_run(http: httpx.Client) -> tuple[list[dict[str, Any]], dict[str, Any]]:
        listed = http.get("/api/sessions").json()["sessions"]
        return listed, ask(http, listed[0]["session_id"], "Question two?")

    first_lines, (session_id, first), first_code = run_in_serve(codex_home, data_dir, workspace, first_run)
    _, (listed, second), second_code = run_in_serve(codex_home, data_dir, workspace, second_run)

    db = data_dir / "web-sessions.sqlite3"
    assert first_lines[2] == f"sessions kept in {db}"
    assert (first_code, second_code) == (0, 0)
    assert (first["status"], first["assistant_text"]) == ("completed", "Before the restart.")
    assert [(s["session_id"], s["state"]) for s in listed] == [(session_id, "open")]
    assert (second["status"], second["assistant_text"]) == ("completed", "After the restart.")
    assert mock_model.requests[-1].user_texts() == ["Question one?", "Question two?"]


def test_a_serve_process_killed_mid_turn_comes_back_with_that_turn_interrupted_and_answers_again(
    codex_home: Path, mock_model: MockModel, tmp_path: Path
) -> None:
    data_dir, workspace = tmp_path / "data", tmp_path / "workspace"
    workspace.mkdir()
    mock_model.enqueue(responses.slow("never finished", delay=5), responses.text("After the crash."))
    process = serve_process(codex_home, data_dir, workspace)
    try:
        url = serve_lines(process, 3)[0].split(" ")[3]
        with httpx.Client(base_url=url, timeout=WAIT, headers={"Authorization": f"Bearer {SERVE_TOKEN}"}) as http:
            session_id = http.post("/api/sessions", json={}).json()["session_id"]
            turn_id = http.post(f"/api/sessions/{session_id}/turns", json={"prompt": "Question one?"}).json()["turn_id"]
            mock_model.wait_for_requests(1, timeout=WAIT)  # the turn is running on the model's side
        app_servers = psutil.Process(process.pid).children(recursive=True)
        process.send_signal(signal.SIGKILL)
        killed = process.wait(timeout=WAIT)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait(5)
        for pipe in (process.stdout, process.stderr):
            if pipe is not None:
                pipe.close()
    _, left = psutil.wait_procs(app_servers, timeout=WAIT)  # they see their stdin close and exit
    for orphan in left:
        orphan.kill()

    def after_the_crash(http: httpx.Client) -> tuple[dict[str, Any], dict[str, Any]]:
        before = http.get(f"/api/sessions/{session_id}/turns/{turn_id}").json()
        new_turn = http.post(f"/api/sessions/{session_id}/turns", json={"prompt": "Question two?"}).json()["turn_id"]
        return before, http.get(f"/api/sessions/{session_id}/turns/{new_turn}", params={"wait": WAIT}).json()

    _, (crashed, second), code = run_in_serve(codex_home, data_dir, workspace, after_the_crash)

    assert killed == -signal.SIGKILL
    assert left == []
    assert (crashed["status"], crashed["error"]) == (
        "interrupted",
        {"error_type": "ServerStopped", "message": "the web server stopped while this turn was running"},
    )
    assert (code, second["status"], second["assistant_text"]) == (0, "completed", "After the crash.")
    # the resumed thread holds the killed turn; codex itself tells the model that turn was aborted
    texts = mock_model.requests[-1].user_texts()
    assert (texts[0], texts[1].split("\n")[0], texts[2:]) == ("Question one?", "<turn_aborted>", ["Question two?"])


def test_the_page_shows_a_restored_session_like_a_live_one_and_asks_again_on_it(
    mock_model: MockModel, codex_env: dict[str, str], workdir: Path, tmp_path: Path
) -> None:
    require_browser()
    from playwright.sync_api import expect, sync_playwright

    db = tmp_path / "web.sqlite3"
    mock_model.enqueue(responses.text("Hello before the restart."), responses.exec_command("rm -rf build"))

    def later(request: RecordedRequest) -> MockResponse:
        # whether codex still posts the declined command's output before the shutdown interrupts it is a race
        if request.last_user_text == "Say hello again":
            return responses.text("Hello after the restart.")
        return responses.slow("never shown", delay=5)

    mock_model.set_fallback(later)
    browser_auth = {"Authorization": f"Bearer {BROWSER_TOKEN}"}
    with (
        serve_in_thread(codex_env, workdir, SqliteSessionStore(db)) as url,
        httpx.Client(base_url=url, timeout=WAIT, headers=browser_auth) as http,
    ):
        session_id = http.post("/api/sessions", json={"approval_policy": "untrusted"}).json()["session_id"]
        first = http.post(f"/api/sessions/{session_id}/turns", json={"prompt": "Say hello"}).json()["turn_id"]
        http.get(f"/api/sessions/{session_id}/turns/{first}", params={"wait": WAIT})
        http.post(f"/api/sessions/{session_id}/turns", json={"prompt": "Clean the build"})
        pending = http.get(f"/api/sessions/{session_id}/approvals", params={"wait": WAIT}).json()["approvals"]

    ARTIFACTS.mkdir(exist_ok=True)
    with serve_in_thread(codex_env, workdir, SqliteSessionStore(db)) as url, sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, timeout=TIMEOUT_MS)
        try:
            page = browser.new_page(viewport={"width": 1280, "height": 900})
            page.set_default_timeout(TIMEOUT_MS)
            page.goto(f"{url}#token={BROWSER_TOKEN}")
            session_button = page.locator("#sessions button").nth(0)
            expect(session_button.locator(".what")).to_have_text("Say hello")
            session_button.click()
            expect(page.locator("#session-state")).to_have_text("open")
            first_turn, second_turn = page.locator(".turn").nth(0), page.locator(".turn").nth(1)
            expect(first_turn.locator(".answer")).to_have_text("Hello before the restart.")
            expect(first_turn.locator(".turn-head .badge")).to_have_text("completed")
            expect(second_turn.locator(".approval code")).to_contain_text("rm -rf build")
            expect(second_turn.locator(".approval .badge")).to_have_text("declined: not run")
            expect(second_turn.get_by_role("button", name="Approve")).to_have_count(0)
            expect(second_turn.locator(".turn-head .badge")).to_have_text("interrupted")
            page.screenshot(path=str(ARTIFACTS / "web-restored-session.png"), full_page=True)

            page.fill("#prompt", "Say hello again")
            page.click("#send")
            third_turn = page.locator(".turn").nth(2)
            expect(third_turn.locator(".answer")).to_have_text("Hello after the restart.")
            expect(third_turn.locator(".turn-head .badge")).to_have_text("completed")
        finally:
            browser.close()

    assert len(pending) == 1
    assert mock_model.requests[-1].user_texts()[0] == "Say hello"  # the same thread, resumed
    assert (ARTIFACTS / "web-restored-session.png").stat().st_size > 5_000
