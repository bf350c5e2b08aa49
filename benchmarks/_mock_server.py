"""A MockModel helper process: prints its base URL, answers every POST with ``echo: <last user text>`` (word
deltas), and stops when its stdin closes (so it never outlives the worker that started it)."""

from __future__ import annotations

import sys

from codex_runtime.testing import MockModel, RecordedRequest, responses
from codex_runtime.testing.mock_model import MockResponse


def echo(request: RecordedRequest) -> MockResponse:
    return responses.text(f"echo: {request.last_user_text}")


def main() -> None:
    with MockModel() as model:
        model.set_fallback(echo)
        print(model.base_url, flush=True)
        sys.stdin.buffer.read()  # until the worker closes our stdin (or dies)


if __name__ == "__main__":
    main()
