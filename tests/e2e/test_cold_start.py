"""A one-shot script on the real binary: the answer arrives without building a wire model; the items are typed the
moment they are read."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

from codex_runtime.testing import MockModel, responses

SCRIPT = """
import json, sys
from codex_runtime.sync import quick_run

result = quick_run(sys.argv[1], "hello")
PREFIX = "codex_runtime.protocol._generated.models."
models = lambda: sorted(m.removeprefix(PREFIX) for m in sys.modules if m.startswith(PREFIX))
report = {"text": result.assistant_text, "count": len(result.items), "models_before": models()}
report["types"] = [type(item).__name__ for item in result.items]
report["thread_item_after"] = "thread_item" in models()
print(json.dumps(report))
"""


def run_one_shot(script: str, workdir: Path, codex_env: dict[str, str]) -> dict[str, Any]:
    """Run ``script`` (a one-shot that prints a JSON report last) in a fresh interpreter; its report."""
    out = subprocess.run(
        [sys.executable, "-c", script, str(workdir)],
        env={**os.environ, **codex_env},
        capture_output=True,
        text=True,
        timeout=90,
        check=True,
    )
    report: dict[str, Any] = json.loads(out.stdout.splitlines()[-1])
    return report


def test_a_one_shot_run_builds_no_wire_model_until_its_items_are_read(
    codex_env: dict[str, str], mock_model: MockModel, workdir: Path
) -> None:
    mock_model.enqueue(responses.text("cold answer"))

    report = run_one_shot(SCRIPT, workdir, codex_env)

    assert report["text"] == "cold answer"
    assert report["count"] == 2
    assert "thread_item" not in report["models_before"]
    assert report["types"] == ["UserMessageThreadItem", "AgentMessageThreadItem"]
    assert report["thread_item_after"] is True


ORDER_SCRIPT = """
import json, sys
spawned_with = []
def audit(event, args):
    if event == "subprocess.Popen" and not spawned_with:
        spawned_with.append(sorted(m for m in ("asyncio", "codex_runtime.api.client") if m in sys.modules))
sys.addaudithook(audit)
from codex_runtime import ClientConfig
from codex_runtime.sync import quick_run

wire = []
config = ClientConfig(observers=[lambda event: wire.append([event.direction, event.kind, event.method, event.id])])
result = quick_run(sys.argv[1], "hello", client_config=config)
report = {"text": result.assistant_text, "spawned_with": spawned_with[0], "first": wire[0]}
report["out"] = [w for w in wire if w[0] == "out"][:3]
report["replies"] = [w for w in wire if w[1] == "response" and w[0] == "in"][:1]
print(json.dumps(report))
"""


def test_a_one_shot_starts_codex_before_asyncio_and_its_transcript_opens_with_the_early_initialize(
    codex_env: dict[str, str], mock_model: MockModel, workdir: Path
) -> None:
    mock_model.enqueue(responses.text("early answer"))

    report = run_one_shot(ORDER_SCRIPT, workdir, codex_env)

    assert report["text"] == "early answer"
    assert report["spawned_with"] == []  # codex was started before asyncio or the client were imported
    assert report["first"] == ["out", "request", "initialize", 1]  # written at spawn, adopted by the connection
    assert report["replies"] == [["in", "response", "initialize", 1]]
    assert report["out"] == [
        ["out", "request", "initialize", 1],
        ["out", "notification", "initialized", None],  # only after the version guard read the reply
        ["out", "request", "account/read", 2],
    ]
