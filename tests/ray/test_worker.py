"""CodexWorker (the actor body) driven directly, in-process: real codex binary + MockModel, no Ray cluster."""

from __future__ import annotations

from pathlib import Path

import pytest

from codex_runtime import ClientConfig, RunProfile
from codex_runtime.ray import BatchTask, CodexWorker
from codex_runtime.testing import MockModel, RecordedRequest, responses

pytestmark = pytest.mark.timeout(60)


async def test_a_worker_runs_tasks_on_its_pool_and_returns_failures_as_data(
    codex_env: dict[str, str], mock_model: MockModel, workdir: Path, tmp_path: Path
) -> None:
    def answer(request: RecordedRequest) -> responses.MockResponse:
        if request.last_user_text == "quota":
            return responses.usage_limit()
        return responses.text(f"echo: {request.last_user_text}")

    mock_model.set_fallback(answer)
    worker = CodexWorker(ClientConfig(process_env=codex_env), pool_size=2, max_turns_per_member=1)
    try:
        info = await worker.start()
        ok = await worker.run(0, BatchTask(cwd=str(workdir), prompt="hi", profile=RunProfile(effort="low")))
        quota = await worker.run(1, BatchTask(cwd=str(workdir), prompt="quota"), attempt=2)
        missing = await worker.run(2, BatchTask(cwd=str(tmp_path / "absent"), prompt="x"))
        stats = await worker.stats()
    finally:
        await worker.shutdown()
        await worker.shutdown()  # idempotent

    assert info["capacity"] == 2 and info["worker"] == worker.name
    assert ok.unwrap().assistant_text == "echo: hi" and ok.worker == worker.name and ok.seconds > 0
    assert mock_model.requests[0].body["reasoning"]["effort"] == "low"
    assert quota.failure is not None and quota.failure.kind == "quota_exceeded" and quota.attempts == 2
    assert missing.failure is not None and missing.failure.kind == "workspace_not_found"
    assert [m["turns_completed"] + m["turns_failed"] for m in stats] == [1, 1]
    assert await worker.stats() == []
