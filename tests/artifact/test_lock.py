"""The document lock: a stale lock of a dead (or replaced) process is recovered; a live holder's is never stolen."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from codex_runtime.artifact import ArtifactLockedError, ArtifactStore
from codex_runtime.artifact.lock import UNREADABLE_GRACE, LockHolder, process_state, read_holder

HOLDER = """
import sys
from codex_runtime.artifact import ArtifactStore
lock = ArtifactStore(sys.argv[1]).lock_for("doc")
lock.acquire()
print("locked", flush=True)
sys.stdin.read()          # hold it until the parent closes our stdin
if sys.argv[2] == "release":
    lock.release()
"""


def start_holder(directory: Path, mode: str) -> subprocess.Popen[str]:
    process = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(directory), mode], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )
    assert process.stdout is not None
    assert process.stdout.readline().strip() == "locked"
    return process


def finish(process: subprocess.Popen[str]) -> None:
    assert process.stdin is not None
    process.stdin.close()
    process.wait(timeout=20)


def write_lock(path: Path, **fields: object) -> None:
    holder = {"pid": os.getpid(), "host": socket.gethostname(), "token": "t", "created": time.time()}
    path.write_text(json.dumps({**holder, **fields}))


def test_a_live_holder_is_waited_for_then_refused_and_never_robbed(tmp_path: Path) -> None:
    store = ArtifactStore(tmp_path, lock_timeout=0.3)
    old = store.create("doc", "old")
    holder = start_holder(tmp_path, "release")
    try:
        started = time.monotonic()
        with pytest.raises(ArtifactLockedError) as caught:
            store.write("doc", "new", old.revision)
        waited = time.monotonic() - started
        still_held = read_holder(store.lock_for("doc").path)
    finally:
        finish(holder)

    assert waited >= 0.3  # it waited for the live lock instead of stealing it
    assert isinstance(caught.value.holder, LockHolder) and caught.value.holder.pid == holder.pid
    assert still_held is not None and still_held.pid == holder.pid
    assert store.get("doc") == old
    assert store.write("doc", "new", old.revision).text == "new"  # released normally: free again


def test_the_stale_lock_of_a_dead_process_is_recovered(tmp_path: Path) -> None:
    store = ArtifactStore(tmp_path, lock_timeout=0.3)
    old = store.create("doc", "old")
    dead = start_holder(tmp_path, "exit-holding-it")
    finish(dead)
    left = read_holder(store.lock_for("doc").path)

    new = store.write("doc", "new", old.revision)

    assert left is not None and left.pid == dead.pid and process_state(dead.pid) is None
    assert store.get("doc") == new and not store.lock_for("doc").path.exists()


def test_a_reused_pid_is_recognised_by_its_start_time(tmp_path: Path) -> None:
    store = ArtifactStore(tmp_path, lock_timeout=0.3)
    old = store.create("doc", "old")
    state = process_state(os.getpid())
    assert state is not None
    write_lock(store.lock_for("doc").path, start_ticks=state[1] - 1)  # "our" pid, but an older process

    assert store.write("doc", "new", old.revision).text == "new"


def test_locks_of_other_hosts_and_fresh_half_written_locks_count_as_live(tmp_path: Path) -> None:
    store = ArtifactStore(tmp_path, lock_timeout=0.2)
    old = store.create("doc", "old")
    lock_path = store.lock_for("doc").path

    write_lock(lock_path, pid=999_999_999, host="some-other-host")
    with pytest.raises(ArtifactLockedError, match="some-other-host"):
        store.write("doc", "new", old.revision)
    lock_path.write_text("")  # a creator between open() and write()
    with pytest.raises(ArtifactLockedError, match="still starting"):
        store.write("doc", "new", old.revision)
    past = time.time() - UNREADABLE_GRACE - 1
    os.utime(lock_path, (past, past))  # ...that never finished: stale after the grace

    assert store.write("doc", "new", old.revision).text == "new"


def test_release_never_removes_a_lock_it_no_longer_owns(tmp_path: Path) -> None:
    store = ArtifactStore(tmp_path)
    lock = store.lock_for("doc")
    lock.acquire()
    write_lock(lock.path, token="someone-else")  # e.g. an operator broke and re-took it

    lock.release()

    holder = read_holder(lock.path)
    assert holder is not None and holder.token == "someone-else"
