"""Errors of the artifact domain. They hang under the package's one root::

CodexRuntimeError
└── ArtifactError                      a document store operation failed; nothing was written
    ├── InvalidArtifactNameError       a name that could escape the store or collide with its own files
    ├── ArtifactNotFoundError(name)
    ├── ArtifactExistsError(name)      create() of a name that is taken
    ├── ArtifactConflictError(name, expected_revision, actual_revision)
    ├── ArtifactLockedError(name, holder)   a live writer kept the lock past the wait
    ├── ArtifactCorruptError(name, reason)  a stored document that does not verify
    └── InvalidPatchError(reason, edit_index)   overlapping, out-of-range or malformed edits
"""

from __future__ import annotations

from codex_runtime.errors import CodexRuntimeError


class ArtifactError(CodexRuntimeError):
    """A document store operation failed; the store is unchanged."""


class InvalidArtifactNameError(ArtifactError, ValueError):
    """A document name that is not a plain file-name-safe token."""


class ArtifactNotFoundError(ArtifactError):
    """No document of that name."""

    name: str

    def __init__(self, name: str) -> None:
        super().__init__(f"no document named {name!r}", name=name)


class ArtifactExistsError(ArtifactError):
    """``create`` of a name that already holds a document."""

    name: str

    def __init__(self, name: str) -> None:
        super().__init__(f"a document named {name!r} already exists", name=name)


class ArtifactConflictError(ArtifactError):
    """The document is not at the revision the writer (or the agent) based its change on."""

    name: str
    expected_revision: str
    actual_revision: str

    def __init__(self, name: str, *, expected_revision: str, actual_revision: str, detail: str = "") -> None:
        message = (
            f"document {name!r} is at revision {actual_revision[:12]}, not {expected_revision[:12]}; "
            "nothing was written"
        )
        super().__init__(
            f"{message} ({detail})" if detail else message,
            name=name,
            expected_revision=expected_revision,
            actual_revision=actual_revision,
        )


class ArtifactLockedError(ArtifactError):
    """Another live process held the document's lock for longer than the store waits."""

    name: str
    holder: object

    def __init__(self, name: str, holder: object) -> None:
        super().__init__(f"document {name!r} is locked by {holder}; try again later", name=name, holder=holder)


class ArtifactCorruptError(ArtifactError):
    """A stored document that cannot be read back or whose revision does not match its text."""

    name: str
    reason: str

    def __init__(self, name: str, reason: str) -> None:
        super().__init__(f"document {name!r} is corrupt: {reason}", name=name, reason=reason)


class InvalidPatchError(ArtifactError):
    """A structured patch that cannot be applied: overlapping or out-of-range edits, or fields that do not fit the
    edit kind. Nothing was written."""

    reason: str
    edit_index: int | None

    def __init__(self, reason: str, *, edit_index: int | None = None) -> None:
        where = f"edit #{edit_index}: " if edit_index is not None else ""
        super().__init__(f"invalid patch: {where}{reason}", reason=reason, edit_index=edit_index)


__all__ = [
    "ArtifactConflictError",
    "ArtifactCorruptError",
    "ArtifactError",
    "ArtifactExistsError",
    "ArtifactLockedError",
    "ArtifactNotFoundError",
    "InvalidArtifactNameError",
    "InvalidPatchError",
]
