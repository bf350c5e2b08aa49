"""Agent tasks on documents against the real codex binary + MockModel: generate, patch (only onto the revision the
agent saw), conflicts, refused patches, verbatim passthrough, and the safe defaults of every turn."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from codex_runtime import Client, ClientConfig, PendingServerRequest, SessionConfig
from codex_runtime.artifact import (
    ArtifactConflictError,
    ArtifactExistsError,
    ArtifactStore,
    InvalidPatchError,
    edit_document,
    generate_document,
    passthrough,
)
from codex_runtime.testing import MockModel, RecordedRequest, responses


def patch(base_revision: str, *edits: dict[str, Any]) -> dict[str, Any]:
    return {
        "base_revision": base_revision,
        "edits": [{"start_line": None, "end_line": None, **edit} for edit in edits],
    }


async def test_generate_stores_the_drafted_document(
    client_config: ClientConfig, mock_model: MockModel, workdir: Path
) -> None:
    store = ArtifactStore(workdir / "docs")
    mock_model.enqueue(responses.structured({"text": "# Release plan\n1. Build\n2. Ship\n"}))
    async with Client(client_config) as client:
        session = await client.start_session(SessionConfig(cwd=str(workdir)))
        document = await generate_document(session, store, "plan.md", "Write a release plan.", metadata={"by": "t"})

    assert store.get("plan.md") == document and document.text == "# Release plan\n1. Build\n2. Ship\n"
    assert document.metadata == {"by": "t"}
    request = mock_model.requests[0]
    assert "Write a release plan." in request.last_user_text
    assert request.output_schema is not None and request.output_schema["required"] == ["text"]


async def test_generate_with_a_client_uses_a_disposable_session_and_refuses_a_taken_name_before_asking(
    client_config: ClientConfig, mock_model: MockModel, workdir: Path
) -> None:
    store = ArtifactStore(workdir / "docs")
    mock_model.enqueue(responses.structured({"text": "hello\n"}))
    async with Client(client_config) as client:
        document = await generate_document(client, store, "hello.txt", "Say hello.", cwd=workdir)
        with pytest.raises(ArtifactExistsError):
            await generate_document(client, store, "hello.txt", "Again.", cwd=workdir)

    assert document.text == "hello\n" and len(mock_model.requests) == 1


async def test_edit_applies_the_agents_patch_to_the_revision_it_saw(
    client_config: ClientConfig, mock_model: MockModel, workdir: Path
) -> None:
    store = ArtifactStore(workdir / "docs")
    original = store.create("plan.md", "1. Build\n2. Ship\n", {"owner": "ops"})
    mock_model.enqueue(
        responses.structured(
            patch(
                original.revision,
                {"kind": "insert", "start_line": 2, "text": "1b. Test"},
                {"kind": "replace", "start_line": 2, "end_line": 2, "text": "2. Ship it"},
                {"kind": "append", "text": "3. Roll back if needed"},
            )
        )
    )
    async with Client(client_config) as client:
        session = await client.start_session(SessionConfig(cwd=str(workdir)))
        edited = await edit_document(session, store, "plan.md", "Add testing and a rollback step.")

    assert edited.text == "1. Build\n1b. Test\n2. Ship it\n3. Roll back if needed\n"
    assert store.get("plan.md") == edited and edited.metadata == {"owner": "ops"}
    prompt = mock_model.requests[0].last_user_text
    assert original.revision in prompt and "1| 1. Build\n2| 2. Ship" in prompt
    schema = mock_model.requests[0].output_schema
    assert schema is not None and schema["properties"]["edits"]["items"]["$ref"].endswith("Edit")


async def test_a_document_changed_while_the_agent_worked_is_a_conflict_and_nothing_is_written(
    client_config: ClientConfig, mock_model: MockModel, workdir: Path
) -> None:
    store = ArtifactStore(workdir / "docs")
    original = store.create("doc", "a\nb\n")

    def someone_else_writes_meanwhile(_request: RecordedRequest) -> Any:
        store.write("doc", "a\nb\nby someone else\n", original.revision)
        return responses.structured(patch(original.revision, {"kind": "append", "text": "by the agent"}))

    mock_model.enqueue(someone_else_writes_meanwhile)
    async with Client(client_config) as client:
        session = await client.start_session(SessionConfig(cwd=str(workdir)))
        with pytest.raises(ArtifactConflictError) as caught:
            await edit_document(session, store, "doc", "append a line")

    assert caught.value.expected_revision == original.revision
    assert store.get("doc").text == "a\nb\nby someone else\n"


async def test_a_patch_naming_another_revision_or_overlapping_edits_is_refused(
    client_config: ClientConfig, mock_model: MockModel, workdir: Path
) -> None:
    store = ArtifactStore(workdir / "docs")
    original = store.create("doc", "a\nb\nc\n")
    mock_model.enqueue(
        responses.structured(patch("0" * 64, {"kind": "append", "text": "x"})),
        responses.structured(
            patch(
                original.revision,
                {"kind": "replace", "start_line": 1, "end_line": 2, "text": "x"},
                {"kind": "replace", "start_line": 2, "end_line": 3, "text": "y"},
            )
        ),
        responses.structured(
            patch(original.revision, {"kind": "replace", "start_line": 3, "end_line": 9, "text": "z"})
        ),
    )
    async with Client(client_config) as client:
        session = await client.start_session(SessionConfig(cwd=str(workdir)))
        with pytest.raises(ArtifactConflictError, match="not shown"):
            await edit_document(session, store, "doc", "edit")
        with pytest.raises(InvalidPatchError, match="overlaps"):
            await edit_document(session, store, "doc", "edit")
        with pytest.raises(InvalidPatchError, match="outside"):
            await edit_document(session, store, "doc", "edit")

    assert store.get("doc") == original


async def test_passthrough_returns_the_agents_message_verbatim(
    client_config: ClientConfig, mock_model: MockModel, workdir: Path
) -> None:
    answer = "  Indented first line\n\n  and trailing space  \n"
    mock_model.enqueue(responses.text(answer))
    async with Client(client_config) as client:
        session = await client.start_session(SessionConfig(cwd=str(workdir)))
        text = await passthrough(session, "answer exactly")

    assert text == answer


async def test_task_turns_run_read_only_and_still_ask_the_sessions_approval_handler(
    client_config: ClientConfig, mock_model: MockModel, workdir: Path
) -> None:
    asked: list[PendingServerRequest] = []

    def approve_everything(request: PendingServerRequest) -> str:
        asked.append(request)
        return "accept"

    target = workdir / "written-by-the-agent"
    mock_model.enqueue(responses.exec_command(f"touch {target}"), responses.text("tried"))
    permissive = SessionConfig(
        cwd=str(workdir),
        approval_policy="untrusted",
        sandbox="workspace-write",
        allow_privileged_escalation=True,
        approval_handler=approve_everything,
    )
    async with Client(client_config) as client:
        session = await client.start_session(permissive)
        text = await passthrough(session, "write a file")

    assert text == "tried"
    # The session's "untrusted" still applies (a call may never ask less than its session), but the task's own
    # handler declines first: the session's approve-everything handler is never reached, nothing runs.
    assert asked == []
    assert not target.exists()
