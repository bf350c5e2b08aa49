"""``ArtifactStore``: documents on disk with a sha256 revision and metadata, written atomically under a lock.

One JSON file per document (``<name>.json``: text, metadata, revision), so a document and its metadata change
together or not at all. Every write:

1. takes the document's lock (:mod:`codex_runtime.artifact.lock`: stale locks of dead processes are recovered,
   live ones waited for, bounded);
2. re-reads the current revision and refuses with :class:`ArtifactConflictError` if it is not the expected one;
3. writes a temp file in the same directory, fsyncs it, ``os.replace``-s it over the document, fsyncs the
   directory. A crash at any point leaves either the old or the new document, never a mix; leftover temp files
   are swept the next time that document is written.

Reads take no lock: ``os.replace`` is atomic, so a reader sees a whole document. A document whose stored revision
does not match its text is reported as :class:`ArtifactCorruptError`, never returned.
"""

from __future__ import annotations

import builtins
import contextlib
import hashlib
import json
import os
import re
import secrets
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from codex_runtime.artifact.errors import (
    ArtifactConflictError,
    ArtifactCorruptError,
    ArtifactExistsError,
    ArtifactNotFoundError,
    InvalidArtifactNameError,
)
from codex_runtime.artifact.lock import DocumentLock

FORMAT_VERSION = 1
DEFAULT_LOCK_TIMEOUT = 5.0
"""Seconds a writer waits for a live holder of a document's lock."""

_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,127}")
_SUFFIX = ".json"


def revision_of(text: str) -> str:
    """A document's revision: the sha256 of its UTF-8 text, in hex."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@dataclass(frozen=True, slots=True)
class Document:
    """One stored document. ``revision`` is :func:`revision_of` ``text``."""

    name: str
    text: str
    revision: str
    metadata: Mapping[str, object] = field(default_factory=dict)


def check_name(name: str) -> str:
    """Validate a document name: 1-128 of ``A-Z a-z 0-9 . _ -``, not starting with a dot or dash.

    Raises:
        InvalidArtifactNameError: it is not.
    """
    if not isinstance(name, str) or not _NAME.fullmatch(name):
        raise InvalidArtifactNameError(
            f"invalid document name {name!r}: use 1-128 of A-Z a-z 0-9 . _ -, starting with a letter or digit"
        )
    return name


class ArtifactStore:
    """Documents under ``directory`` (created if missing). See the module docstring.

    Safe to share between threads and processes: every write goes through the document's lock file.
    """

    def __init__(self, directory: str | os.PathLike[str], *, lock_timeout: float = DEFAULT_LOCK_TIMEOUT) -> None:
        self.directory = Path(directory).resolve()
        self.directory.mkdir(parents=True, exist_ok=True)
        self.lock_timeout = lock_timeout

    def __repr__(self) -> str:
        return f"ArtifactStore({str(self.directory)!r})"

    # --- paths -----------------------------------------------------------------------------------------------

    def path_for(self, name: str) -> Path:
        """The file holding document ``name``.

        Raises:
            InvalidArtifactNameError: a bad name.
        """
        return self.directory / f"{check_name(name)}{_SUFFIX}"

    def lock_for(self, name: str) -> DocumentLock:
        """The (not yet acquired) lock of document ``name``: ``<name>.lock``.

        Raises:
            InvalidArtifactNameError: a bad name.
        """
        return DocumentLock(self.directory / f"{check_name(name)}.lock", name=name, timeout=self.lock_timeout)

    # --- reading ---------------------------------------------------------------------------------------------

    def get(self, name: str) -> Document:
        """The current document ``name``.

        Raises:
            ArtifactNotFoundError: there is none.
            ArtifactCorruptError: the stored file does not verify.
            InvalidArtifactNameError: a bad name.
        """
        path = self.path_for(name)
        try:
            raw = path.read_bytes()
        except FileNotFoundError:
            raise ArtifactNotFoundError(name) from None
        return _decode(name, raw)

    def exists(self, name: str) -> bool:
        """Whether document ``name`` is stored.

        Raises:
            InvalidArtifactNameError: a bad name.
        """
        return self.path_for(name).exists()

    def list(self) -> builtins.list[Document]:
        """Every document, sorted by name.

        Raises:
            ArtifactCorruptError: a stored file does not verify.
        """
        documents = []
        for path in sorted(self.directory.glob(f"*{_SUFFIX}")):
            name = path.name.removesuffix(_SUFFIX)
            if _NAME.fullmatch(name):
                with contextlib.suppress(ArtifactNotFoundError):  # deleted while we listed
                    documents.append(self.get(name))
        return documents

    # --- writing ---------------------------------------------------------------------------------------------

    def create(self, name: str, text: str, metadata: Mapping[str, object] | None = None) -> Document:
        """Store a new document.

        Raises:
            ArtifactExistsError: ``name`` is taken (nothing written).
            ArtifactLockedError: another live writer holds the lock past ``lock_timeout``.
            InvalidArtifactNameError: a bad name.
            TypeError: metadata that is not JSON-serializable.
        """
        with self.lock_for(name):
            if self.path_for(name).exists():
                raise ArtifactExistsError(name)
            return self._store(name, text, dict(metadata or {}))

    def write(
        self,
        name: str,
        text: str,
        expected_revision: str,
        *,
        metadata: Mapping[str, object] | None = None,
    ) -> Document:
        """Replace document ``name`` if it is still at ``expected_revision`` (metadata kept unless given).

        Raises:
            ArtifactConflictError: the document is at another revision (nothing written).
            ArtifactNotFoundError: there is no such document.
            ArtifactLockedError: another live writer holds the lock past ``lock_timeout``.
            ArtifactCorruptError: the current file does not verify.
        """
        with self.lock_for(name):
            current = self.get(name)
            if current.revision != expected_revision:
                raise ArtifactConflictError(name, expected_revision=expected_revision, actual_revision=current.revision)
            merged = dict(current.metadata) if metadata is None else dict(metadata)
            return self._store(name, text, merged)

    def _store(self, name: str, text: str, metadata: dict[str, object]) -> Document:
        """Write atomically; call with the lock held."""
        document = Document(name=name, text=text, revision=revision_of(text), metadata=metadata)
        payload = json.dumps(
            {
                "format": FORMAT_VERSION,
                "name": name,
                "revision": document.revision,
                "metadata": metadata,
                "text": text,
            },
            ensure_ascii=False,
            indent=1,
        ).encode("utf-8")
        self._sweep_temp_files(name)
        temp = self.directory / f".{name}~{os.getpid()}~{secrets.token_hex(4)}.tmp"
        _atomic_write(self.path_for(name), payload, temp=temp)
        return document

    def _sweep_temp_files(self, name: str) -> None:
        """Remove temp files a crashed writer of ``name`` left behind (we hold the lock: none is live)."""
        for leftover in self.directory.glob(f".{name}~*.tmp"):
            with contextlib.suppress(FileNotFoundError):
                leftover.unlink()


def _atomic_write(target: Path, payload: bytes, *, temp: Path) -> None:
    fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
    try:
        try:
            view = memoryview(payload)
            while view:
                view = view[os.write(fd, view) :]
            os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(temp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            temp.unlink()
        raise
    _fsync_directory(target.parent)


def _fsync_directory(directory: Path) -> None:
    """Make the rename itself durable."""
    fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _decode(name: str, raw: bytes) -> Document:
    try:
        data = json.loads(raw)
        text = data["text"]
        revision = data["revision"]
        metadata = data.get("metadata") or {}
    except (ValueError, KeyError, TypeError) as exc:
        raise ArtifactCorruptError(name, f"unreadable ({exc})") from exc
    if not isinstance(text, str) or not isinstance(revision, str) or not isinstance(metadata, dict):
        raise ArtifactCorruptError(name, "unexpected field types")
    if data.get("name") != name:
        raise ArtifactCorruptError(name, f"the file names another document ({data.get('name')!r})")
    if revision_of(text) != revision:
        raise ArtifactCorruptError(name, "the stored revision does not match the text")
    return Document(name=name, text=text, revision=revision, metadata=metadata)


__all__ = ["DEFAULT_LOCK_TIMEOUT", "ArtifactStore", "Document", "check_name", "revision_of"]
