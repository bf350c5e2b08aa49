"""codex_runtime.artifact: documents an agent creates and edits safely.

Knows: a file-backed :class:`ArtifactStore` (sha256 revisions, metadata, atomic writes under a lock file that
survives crashed writers), structured patches (:class:`DocumentPatch`), and the agent tasks that use them
(:func:`generate_document`, :func:`edit_document`, :func:`passthrough`), built on the public ``api`` layer.
Must not: let the agent write the store itself (turns run with approval policy ``never`` and a read-only sandbox;
this package writes what the agent returns, and only onto the revision the agent saw).

Example::

    store = ArtifactStore("docs")
    await generate_document(session, store, "plan.md", "Write a three-step release plan.")
    await edit_document(session, store, "plan.md", "Add a rollback step after step 2.")
"""

from codex_runtime.artifact import errors
from codex_runtime.artifact.errors import *  # noqa: F403  (re-exported: errors.__all__ lists them)
from codex_runtime.artifact.patch import DocumentPatch, Edit, apply_edits
from codex_runtime.artifact.store import ArtifactStore, Document, revision_of
from codex_runtime.artifact.tasks import DocumentDraft, edit_document, generate_document, passthrough

__all__ = [
    *errors.__all__,
    "ArtifactStore",
    "Document",
    "DocumentDraft",
    "DocumentPatch",
    "Edit",
    "apply_edits",
    "edit_document",
    "generate_document",
    "passthrough",
    "revision_of",
]
