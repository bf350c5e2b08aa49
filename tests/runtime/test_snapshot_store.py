"""Snapshot stores: atomic JSON files that refuse foreign or corrupt snapshots, and an in-memory twin."""

from __future__ import annotations

import json
import os
import random
import select
import signal
import stat
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from codex_runtime.errors import CodexRuntimeError
from codex_runtime.runtime.snapshot_store import (
    InMemorySnapshotStore,
    JsonFileSnapshotStore,
    SnapshotCorruptError,
    SnapshotMismatchError,
    SnapshotStore,
)

SHA = "a" * 64
STATE: dict[str, Any] = {"threads": {"thr_1": {"id": "thr_1", "name": "é \ud800"}}, "evictions": {"threads": 0}}


def test_a_saved_snapshot_loads_back_with_its_format_schema_hash_and_time(tmp_path: Path) -> None:
    path = tmp_path / "state.json"
    store = JsonFileSnapshotStore(path, SHA)
    assert store.load() is None
    store.save(STATE)

    assert store.load() == STATE
    document = json.loads(path.read_bytes())
    assert (document["format"], document["schema_sha256"], document["state"]) == (1, SHA, STATE)
    assert isinstance(document["saved_at"], str)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert os.listdir(tmp_path) == ["state.json"]  # no temporary file left behind


def test_a_snapshot_written_under_another_schema_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "state.json"
    JsonFileSnapshotStore(path, SHA).save(STATE)
    with pytest.raises(SnapshotMismatchError) as caught:
        JsonFileSnapshotStore(path, "b" * 64).load()
    assert (caught.value.expected, caught.value.found) == ("b" * 64, SHA)
    assert isinstance(caught.value, CodexRuntimeError)


def test_a_snapshot_of_another_file_format_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "state.json"
    path.write_text(json.dumps({"format": 2, "schema_sha256": SHA, "saved_at": "x", "state": {}}))
    with pytest.raises(SnapshotMismatchError, match="format"):
        JsonFileSnapshotStore(path, SHA).load()


@pytest.mark.parametrize(
    "content",
    [
        b"",
        b'{"format": 1, "schema_sha256": "' + SHA.encode() + b'", "state": {"threads": {',
        b"\xff\xfe not utf-8",
        b"[1, 2, 3]",
        b"[" * 100_000,
        json.dumps({"format": 1, "schema_sha256": SHA, "saved_at": "x"}).encode(),
        json.dumps({"format": 1, "schema_sha256": SHA, "saved_at": "x", "state": [1]}).encode(),
    ],
    ids=["empty", "truncated", "not-utf8", "array", "too-deep", "no-state", "state-not-object"],
)
def test_a_corrupt_file_raises_a_typed_error_never_a_raw_decode_error(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "state.json"
    path.write_bytes(content)
    with pytest.raises(SnapshotCorruptError) as caught:
        JsonFileSnapshotStore(path, SHA).load()
    assert caught.value.path == str(path)


def test_a_snapshot_json_cannot_hold_is_refused_and_the_old_file_kept(tmp_path: Path) -> None:
    path = tmp_path / "state.json"
    store = JsonFileSnapshotStore(path, SHA)
    store.save(STATE)
    with pytest.raises(TypeError):
        store.save({"bad": object()})
    with pytest.raises(ValueError):
        store.save({"bad": float("nan")})
    assert store.load() == STATE
    assert os.listdir(tmp_path) == ["state.json"]


def test_the_in_memory_store_returns_detached_copies_and_refuses_what_json_cannot_hold() -> None:
    store = InMemorySnapshotStore()
    assert store.load() is None
    state = json.loads(json.dumps(STATE))
    store.save(state)
    state["threads"].clear()
    loaded = store.load()
    assert loaded == STATE
    assert loaded is not None
    loaded["evictions"]["threads"] = 9
    assert store.load() == STATE
    with pytest.raises(TypeError):
        store.save({"bad": {1, 2}})


def test_both_stores_satisfy_the_protocol(tmp_path: Path) -> None:
    assert isinstance(InMemorySnapshotStore(), SnapshotStore)
    assert isinstance(JsonFileSnapshotStore(tmp_path / "s.json", SHA), SnapshotStore)


# --- a writer killed mid-write never leaves a torn file ------------------------------------------------------------

WRITER = """
import os, sys, tempfile
from codex_runtime.runtime.snapshot_store import JsonFileSnapshotStore

n = 0
real_mkstemp, real_replace = tempfile.mkstemp, os.replace

def mkstemp(*args, **kwargs):
    created = real_mkstemp(*args, **kwargs)
    print("write", n, flush=True)  # the temp file exists; write + fsync follow
    return created

def replace(*args):
    print("replace", n, flush=True)
    real_replace(*args)
    print("replaced", n, flush=True)  # the directory fsync follows

tempfile.mkstemp, os.replace = mkstemp, replace
store = JsonFileSnapshotStore(sys.argv[1], "a" * 64)
while True:
    n += 1
    print("save", n, flush=True)  # serialization comes first
    store.save({"n": n, "blob": [str(n) * 64] * 40_000})  # ~2.6 MB of JSON: each phase takes a while
"""
PHASES = ["save", "write", "replace", "replaced"]


def read_line(proc: subprocess.Popen[bytes], pending: bytearray, deadline: float) -> str:
    """One line of the child's stdout, waiting at most until ``deadline``."""
    assert proc.stdout is not None
    fd = proc.stdout.fileno()
    while b"\n" not in pending:
        remaining = deadline - time.monotonic()
        assert remaining > 0, "the writer said nothing in time"
        ready, _, _ = select.select([fd], [], [], remaining)
        if ready:
            chunk = os.read(fd, 4096)
            assert chunk, f"the writer exited early: {proc.poll()}"
            pending += chunk
    line, _, rest = bytes(pending).partition(b"\n")
    pending[:] = rest
    return line.decode()


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")
@pytest.mark.parametrize("run", range(8))
def test_a_writer_killed_in_any_phase_of_a_save_leaves_the_old_or_the_new_snapshot(tmp_path: Path, run: int) -> None:
    path = tmp_path / "state.json"
    kill_phase, kill_n = PHASES[run % len(PHASES)], random.Random(run).randint(2, 5)
    proc = subprocess.Popen([sys.executable, "-c", WRITER, str(path)], stdout=subprocess.PIPE)
    try:
        pending = bytearray()
        deadline = time.monotonic() + 60
        while True:
            phase, n = read_line(proc, pending, deadline).split()
            if phase == kill_phase and int(n) >= kill_n:
                break
        proc.send_signal(signal.SIGKILL)  # the writer is somewhere past that phase of save(n) right now
    finally:
        proc.kill()
        proc.wait(timeout=10)

    state = JsonFileSnapshotStore(path, SHA).load()
    assert state is not None
    assert state["n"] >= kill_n - 1
    assert state["blob"] == [str(state["n"]) * 64] * 40_000
