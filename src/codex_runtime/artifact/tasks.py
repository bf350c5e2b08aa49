"""Agent tasks on documents: generate one, edit one through a structured patch, or pass output through verbatim.

Every turn here runs in the default ``read-only`` sandbox whatever the session's own sandbox is, with every approval
declined (the approval policy stays the session's: a call may never ask less than its session): the agent only ever
*returns* text or a patch, and this module writes it to the store, under the store's lock and revision check.
Store calls run in a worker thread (a lock wait must not stall the event loop).
"""

from __future__ import annotations

import asyncio
import logging
import os
from collections.abc import Mapping

from pydantic import BaseModel, ConfigDict, Field

from codex_runtime import _defaults
from codex_runtime.api.client import Client
from codex_runtime.api.output_schema import OutputSchema
from codex_runtime.api.profiles import RunProfile, SessionConfig
from codex_runtime.api.results import PromptRunResult
from codex_runtime.api.session import Session
from codex_runtime.artifact.errors import ArtifactConflictError, ArtifactExistsError
from codex_runtime.artifact.patch import DocumentPatch, apply_edits, numbered
from codex_runtime.artifact.store import ArtifactStore, Document
from codex_runtime.errors import CodexRuntimeError
from codex_runtime.runtime.approval_presets import decline_all

logger = logging.getLogger("codex_runtime.artifact")


class DocumentDraft(BaseModel):
    """What an agent returns when asked to write a new document."""

    model_config = ConfigDict(extra="forbid")

    text: str = Field(description="the complete document text")


def safe_profile(session: Session, output_schema: OutputSchema | None = None) -> RunProfile:
    """The session's model, effort and timeout, the default (read-only) sandbox, and a handler that declines every
    approval of the turn. The approval policy stays the session's (a call may not ask less than its session); an
    approved command could run outside the sandbox, so nothing the session would ask about runs at all."""
    config = session.config
    return RunProfile(
        model=config.model,
        effort=config.effort,
        timeout=config.timeout,
        output_schema=output_schema,
        sandbox=_defaults.SANDBOX,
        approval_handler=decline_all(),
    )


async def _ask(session: Session, prompt: str, output_schema: OutputSchema | None = None) -> PromptRunResult:
    return await session.ask_with_profile(prompt, safe_profile(session, output_schema))


async def generate_document(
    session_or_client: Session | Client,
    store: ArtifactStore,
    name: str,
    instruction: str,
    *,
    cwd: str | os.PathLike[str] | None = None,
    metadata: Mapping[str, object] | None = None,
) -> Document:
    """Ask the agent to write document ``name`` from ``instruction`` and store it.

    With a :class:`Client`, a session is started in ``cwd`` (default: the current directory) and closed afterwards.

    Raises:
        ArtifactExistsError: ``name`` is taken (checked before asking, and again when storing).
        InvalidArtifactNameError: a bad name (before asking).
        OutputParseError: the answer does not fit :class:`DocumentDraft`.
        PromptRunError, TransportError, RpcError: the turn failed.
        ArtifactLockedError: the store stayed locked by a live writer.
    """
    if await asyncio.to_thread(store.exists, name):
        raise ArtifactExistsError(name)
    prompt = (
        f"{instruction}\n\nWrite the complete text of the document {name!r}. Answer with JSON: "
        '{"text": "<the document>"}. Do not create or modify files.'
    )
    if isinstance(session_or_client, Session):
        result = await _ask(session_or_client, prompt, DocumentDraft)
    else:
        session = await session_or_client.start_session(SessionConfig(cwd=os.fspath(cwd or os.getcwd())))
        try:
            result = await _ask(session, prompt, DocumentDraft)
        finally:
            await _close_quietly(session)
    draft = result.parsed
    assert isinstance(draft, DocumentDraft)  # _ask parsed the answer with this model (or raised OutputParseError)
    return await asyncio.to_thread(store.create, name, draft.text, dict(metadata or {}))


def edit_prompt(document: Document, instruction: str) -> str:
    """What the agent is shown: the instruction, the rules of a patch, the numbered document and its revision."""
    return (
        f"{instruction}\n\n"
        f"Edit the document {document.name!r} shown below at revision {document.revision}. Answer with a JSON patch:\n"
        f'- "base_revision": "{document.revision}" (the revision you were shown);\n'
        '- "edits": a list of {"kind", "start_line", "end_line", "text"}. Line numbers are the ones shown, 1-based '
        "and inclusive, and always refer to this revision:\n"
        '  - "replace": lines start_line..end_line become text (empty text deletes them);\n'
        '  - "insert": text goes before start_line (line count + 1 = at the end); end_line null;\n'
        '  - "append": text goes after the last line; start_line and end_line null.\n'
        "Edits must not overlap. Do not create or modify files.\n\n"
        f"<document name={document.name!r} revision={document.revision!r}>\n"
        f"{numbered(document.text)}\n"
        "</document>"
    )


async def edit_document(session: Session, store: ArtifactStore, name: str, instruction: str) -> Document:
    """Ask the agent for a :class:`DocumentPatch` of document ``name`` and apply it, only if the document is still
    at the revision the agent saw. Returns the stored document (unchanged when the patch has no edits).

    Raises:
        ArtifactNotFoundError: no such document (before asking).
        ArtifactConflictError: the patch names another base revision, or the document changed while the agent
            worked; nothing was written.
        InvalidPatchError: overlapping, out-of-range or malformed edits; nothing was written.
        OutputParseError: the answer is not a DocumentPatch.
        PromptRunError, TransportError, RpcError: the turn failed.
        ArtifactLockedError: the store stayed locked by a live writer.
    """
    document = await asyncio.to_thread(store.get, name)
    result = await _ask(session, edit_prompt(document, instruction), DocumentPatch)
    patch = result.parsed
    assert isinstance(patch, DocumentPatch)  # _ask parsed the answer with this model (or raised OutputParseError)
    if patch.base_revision != document.revision:
        raise ArtifactConflictError(
            name,
            expected_revision=patch.base_revision,
            actual_revision=document.revision,
            detail="the agent's patch names a revision it was not shown",
        )
    new_text = apply_edits(document.text, patch.edits)
    if new_text == document.text:
        return document
    return await asyncio.to_thread(store.write, name, new_text, patch.base_revision)


async def passthrough(session: Session, prompt: str) -> str:
    """One turn with the safe defaults; the agent's final message exactly as it sent it (not trimmed).

    Raises:
        PromptRunError, TransportError, RpcError: the turn failed.
    """
    result = await _ask(session, prompt)
    for item in reversed(result.items):
        text = getattr(item, "text", None)
        if getattr(item, "type", None) == "agentMessage" and isinstance(text, str):
            return text
    return result.assistant_text


async def _close_quietly(session: Session) -> None:
    try:
        await session.close()
    except CodexRuntimeError as exc:  # the document matters more than archiving a helper thread
        logger.warning("closing the helper session %s failed: %s", session.thread_id, exc)


__all__ = ["DocumentDraft", "edit_document", "edit_prompt", "generate_document", "passthrough", "safe_profile"]
