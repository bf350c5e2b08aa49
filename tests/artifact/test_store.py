"""ArtifactStore: documents with sha256 revisions and metadata; writes conditional on the revision, atomic, and
safe against torn writes (a crash at any point leaves the old or the new document)."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from codex_runtime.artifact import (
    ArtifactConflictError,
    ArtifactCorruptError,
    ArtifactExistsError,
    ArtifactNotFoundError,
    ArtifactStore,
    InvalidArtifactNameError,
    revision_of,
)
from codex_runtime.errors import CodexRuntimeError


def test_create_get_list_and_write_keep_text_revision_and_metadata(tmp_path: Path) -> None:
    store = ArtifactStore(tmp_path / "docs")
    created = store.create("plan.md", "step 1\n", {"author": "agent", "tags": ["a"]})
    updated = store.write("plan.md", "step 1\nstep 2\n", created.revision)
    relabelled = store.write("plan.md", updated.text, updated.revision, metadata={"author": "me"})
    store.create("notes", "")

    assert created.revision == hashlib.sha256(b"step 1\n").hexdigest() == revision_of("step 1\n")
    assert store.get("plan.md") == relabelled and relabelled.revision == updated.revision
    assert updated.metadata == {"author": "agent", "tags": ["a"]} and relabelled.metadata == {"author": "me"}
    assert [d.name for d in store.list()] == ["notes", "plan.md"]
    assert not list((tmp_path / "docs").glob("*.tmp")) and not list((tmp_path / "docs").glob("*.lock"))


def test_a_write_at_a_stale_revision_is_a_typed_conflict_and_writes_nothing(tmp_path: Path) -> None:
    store = ArtifactStore(tmp_path)
    first = store.create("doc", "v1")
    store.write("doc", "v2", first.revision)
    before = store.path_for("doc").read_bytes()

    with pytest.raises(ArtifactConflictError) as caught:
        store.write("doc", "v3 from a stale reader", first.revision)

    assert caught.value.expected_revision == first.revision and caught.value.actual_revision == revision_of("v2")
    assert isinstance(caught.value, CodexRuntimeError)
    assert store.path_for("doc").read_bytes() == before


def test_missing_existing_and_badly_named_documents_are_typed_errors(tmp_path: Path) -> None:
    store = ArtifactStore(tmp_path)
    store.create("doc", "x")

    with pytest.raises(ArtifactExistsError):
        store.create("doc", "again")
    with pytest.raises(ArtifactNotFoundError):
        store.get("nope")
    with pytest.raises(ArtifactNotFoundError):
        store.write("nope", "x", revision_of(""))
    for bad in ("", "../escape", "a/b", ".hidden", "-dash", "x" * 129, "sp ace", "tilde~1"):
        with pytest.raises(InvalidArtifactNameError):
            store.get(bad)
    assert store.get("doc").text == "x"


def test_a_tampered_file_is_reported_corrupt_never_returned(tmp_path: Path) -> None:
    store = ArtifactStore(tmp_path)
    store.create("doc", "original")
    raw = json.loads(store.path_for("doc").read_text())
    raw["text"] = "tampered"
    store.path_for("doc").write_text(json.dumps(raw))

    with pytest.raises(ArtifactCorruptError, match="revision"):
        store.get("doc")


def test_concurrent_writers_never_lose_an_update(tmp_path: Path) -> None:
    store = ArtifactStore(tmp_path)
    store.create("counter", "0")
    conflicts: list[int] = []

    def increment(times: int) -> None:
        for _ in range(times):
            while True:
                current = store.get("counter")
                try:
                    store.write("counter", str(int(current.text) + 1), current.revision)
                    break
                except ArtifactConflictError:
                    conflicts.append(1)

    threads = [threading.Thread(target=increment, args=(5,)) for _ in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)

    assert store.get("counter").text == "30"


# --- torn writes --------------------------------------------------------------------------------------------------

CRASHING_WRITER = """
import os, sys
from codex_runtime.artifact import ArtifactStore
store = ArtifactStore(sys.argv[1])
current = store.get("doc")
where = sys.argv[2]
if where == "before-replace":
    os.replace = lambda *args: os._exit(9)        # the new file is complete on disk, the rename never happens
else:
    real_write, calls = os.write, []

    def write(fd, data):
        calls.append(fd)
        if len(calls) == 1:                        # the lock file: written whole
            return real_write(fd, data)
        real_write(fd, bytes(data)[:10])           # the temp file: dies halfway through it
        os._exit(9)

    os.write = write
store.write("doc", "NEW TEXT " * 1000, current.revision)
"""


@pytest.mark.parametrize("where", ["before-replace", "mid-temp-write"])
def test_a_writer_killed_mid_write_leaves_the_old_document_and_the_next_writer_recovers(
    tmp_path: Path, where: str
) -> None:
    store = ArtifactStore(tmp_path)
    old = store.create("doc", "old text\n", {"v": 1})

    crashed = subprocess.run([sys.executable, "-c", CRASHING_WRITER, str(tmp_path), where], timeout=30, check=False)

    assert crashed.returncode == 9
    assert store.get("doc") == old  # never half-written
    assert store.lock_for("doc").path.exists() and list(tmp_path.glob(".doc~*.tmp"))  # the crash's leftovers
    new = store.write("doc", "new text\n", old.revision)  # stale lock of the dead writer recovered
    assert store.get("doc") == new and new.metadata == {"v": 1}
    assert not list(tmp_path.glob(".doc~*.tmp")) and not store.lock_for("doc").path.exists()


def test_a_failed_rename_raises_removes_the_temp_and_releases_the_lock(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = ArtifactStore(tmp_path)
    old = store.create("doc", "old")

    def failing_replace(*_args: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", failing_replace)
    with pytest.raises(OSError, match="No space"):
        store.write("doc", "new", old.revision)
    monkeypatch.undo()

    assert store.get("doc") == old
    assert sorted(p.name for p in tmp_path.iterdir()) == [".artifact-locks.guard", "doc.json"]
