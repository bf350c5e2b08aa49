"""Finding 3: a working directory that is missing, is a file, or contains NUL is refused with
``InvalidWorkspaceError`` before anything is sent (quick_run: before the app-server is even started); the web
adapter answers it with 400, never a 500."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from pathlib import Path

import pytest

from codex_runtime import (
    Client,
    ClientConfig,
    InvalidWorkspaceError,
    SessionConfig,
    UsageError,
    Workflow,
    WorkflowConfig,
    quick_run,
)
from codex_runtime.testing import MockModel
from tests.security.conftest import Wire
from tests.web.conftest import ALICE, open_web

CASES = ["missing", "file", "nul"]


def bad_cwd(tmp_path: Path, case: str) -> tuple[str, str]:
    """(path, expected reason) for one kind of unusable workspace."""
    if case == "missing":
        return str(tmp_path / "does-not-exist"), "it does not exist"
    if case == "file":
        path = tmp_path / "a-file"
        path.write_text("x")
        return str(path), "it is not a directory"
    return str(tmp_path) + "/a\x00b", "the path contains a NUL character"


@pytest.mark.parametrize("case", CASES)
async def test_client_entry_points_refuse_a_bad_cwd_before_sending(
    case: str, client_config: ClientConfig, tmp_path: Path, wire: Wire
) -> None:
    cwd, reason = bad_cwd(tmp_path, case)
    async with Client(client_config) as client:
        calls: list[Callable[[], Awaitable[object]]] = [
            lambda: client.start_session(SessionConfig(cwd=cwd)),
            lambda: client.resume_session("01a20ad0-f31c-7410-87c5-75239baf0f70", SessionConfig(cwd=cwd)),
            lambda: client.run(cwd, "hello"),
        ]
        for call in calls:
            with pytest.raises(InvalidWorkspaceError) as raised:
                await call()
            assert (raised.value.path, raised.value.reason) == (cwd, reason)
            assert isinstance(raised.value, UsageError)

    assert wire.methods() == ["initialize", "initialized"]


@pytest.mark.parametrize("case", CASES)
async def test_quick_run_and_workflow_refuse_a_bad_cwd_before_starting_anything(
    case: str, client_config: ClientConfig, tmp_path: Path, wire: Wire
) -> None:
    cwd, reason = bad_cwd(tmp_path, case)
    with pytest.raises(InvalidWorkspaceError) as quick:
        await quick_run(cwd, "hello", client_config=client_config)
    with pytest.raises(InvalidWorkspaceError) as workflow:
        async with Workflow(WorkflowConfig(cwd=cwd, client_config=client_config)):
            pass

    assert (quick.value.reason, workflow.value.reason) == (reason, reason)
    assert wire.sent == []


@pytest.mark.parametrize(
    ("cwd", "detail"),
    [
        ("a\x00b", "cwd must not contain a NUL character"),
        ("nope", "cwd is not an existing directory inside the workspace root"),
    ],
)
async def test_the_web_adapter_answers_a_bad_cwd_with_400(
    cwd: str, detail: str, client_config: ClientConfig, mock_model: MockModel, workdir: Path
) -> None:
    async with open_web(client_config, mock_model, workdir) as web:
        response = await web.http.post("/api/sessions", json={"cwd": cwd}, headers=ALICE)

    assert (response.status_code, response.json()) == (400, {"detail": detail})
