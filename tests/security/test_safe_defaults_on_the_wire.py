"""The safe defaults are written on each message separately (thread/start, thread/resume, turn/start), so a user's
config.toml cannot weaken any of them: the params of every message, as written to the real binary, against
literals."""

from __future__ import annotations

from pathlib import Path

from codex_runtime import Client, ClientConfig, SessionConfig
from codex_runtime.testing import MockModel, responses
from tests.security.conftest import Wire


async def test_each_message_carries_the_safe_defaults(
    client_config: ClientConfig, mock_model: MockModel, workdir: Path, wire: Wire
) -> None:
    mock_model.enqueue(responses.text("first"), responses.text("second"))
    cwd = str(workdir)
    async with Client(client_config) as client:
        session = await client.start_session(SessionConfig(cwd=cwd))
        await session.ask("one")
        resumed = await client.resume_session(session.thread_id, SessionConfig(cwd=cwd))
        await resumed.ask("two")

    assert wire.params("thread/start") == [{"approvalPolicy": "never", "sandbox": "read-only", "cwd": cwd}]
    assert wire.params("thread/resume") == [
        {"threadId": session.thread_id, "approvalPolicy": "never", "sandbox": "read-only", "cwd": cwd}
    ]
    turn_defaults = {"approvalPolicy": "never", "sandboxPolicy": {"type": "readOnly"}, "effort": "medium", "cwd": cwd}
    assert [
        {key: value for key, value in params.items() if key not in ("threadId", "input")}
        for params in wire.params("turn/start")
    ] == [turn_defaults, turn_defaults]
