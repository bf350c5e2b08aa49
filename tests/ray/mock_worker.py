"""A test-only WorkerSetup: each Ray worker starts its own MockModel and an offline CODEX_HOME pointing at it.

Scripted by the prompt, so that every worker answers alike: ``echo: <prompt>`` by default; ``quota`` -> a usage
limit (never retried); ``rate-limit-once:<name>`` -> an HTTP 429 rate limit the first time any worker sees
``<name>`` (a marker file in ``state_dir``, shared by the workers of this one-machine cluster), then the echo;
``rate-limit-always`` -> always rate limited; ``slow`` -> a slow stream (about 3 s).
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from codex_runtime import ClientConfig
from codex_runtime.testing import MockModel, MockResponse, RecordedRequest, mock_codex_home, responses


@dataclass(frozen=True)
class MockWorkerSetup:
    state_dir: str

    @contextlib.contextmanager
    def __call__(self, config: ClientConfig) -> Iterator[ClientConfig]:
        with MockModel() as model, tempfile.TemporaryDirectory(prefix="codex-ray-worker-") as tmp:
            model.set_fallback(self.answer)
            home = mock_codex_home(Path(tmp) / "home", model)
            yield config.replace(process_env={**config.process_env, "CODEX_HOME": str(home)})

    def answer(self, request: RecordedRequest) -> MockResponse:
        text = request.last_user_text
        if text == "quota":
            return responses.usage_limit()
        if text == "slow":
            return responses.slow("one two three four five six", delay=0.5)
        if text == "rate-limit-always":
            return responses.rate_limit()
        if text.startswith("rate-limit-once:"):
            marker = Path(self.state_dir) / text.removeprefix("rate-limit-once:")
            try:
                os.close(os.open(marker, os.O_CREAT | os.O_EXCL | os.O_WRONLY))
            except FileExistsError:
                return responses.text(f"echo: {text}")
            return responses.rate_limit()
        return responses.text(f"echo: {text}")
