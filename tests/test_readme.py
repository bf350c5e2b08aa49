"""Every ```python block of the README runs against the real codex binary + MockModel."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from codex_runtime.testing import MockModel, MockResponse, RecordedRequest, mock_codex_home, responses

README = Path(__file__).resolve().parents[1] / "README.md"
BLOCKS = re.findall(r"```python\n(.*?)```", README.read_text(), flags=re.DOTALL)


EXPECTED: list[tuple[str, tuple[str, ...]]] = [
    # (text that identifies the block, what it must print)
    ("quick_run(", ("mock answer to: Summarize this repository in one sentence.",)),
    ("WorkflowConfig(", ("mock answer to: List the top-level folders.", "mock answer to: Now in detail.")),
    ("output_schema=Verdict", ("ok=True reason=None", "mock answer to: What did it say?")),
    ("AutomationSpec(", ("stopped 2 mock answer to: Check the build status.",)),
    ("AppServer()", ("['mock-model']",)),
    ("RuntimePool(", ("mock answer to: Review part 3.", "mock answer to: Go on.", "'alive': True")),
    ("run_batch(", ("finished 0", "finished 1", "mock answer to: List the open TODOs.")),
    ('session.ask("Hello?")', ("mock answer to: Hello?", "turn_completed")),
    ("@tool", ("mock answer to: Run the tests, then add 2 and 3.",)),
    ("MockModel() as model", ("It printed hi.", "2 POSTs")),
    ("ReviewTarget.custom(", ("model: mock-model", "Check the README for typos. | mock answer to: Check the README")),
    ("mcp_servers={", ("demo ['add', 'greet']", "{'result': 'sum=5'}")),
    ("login_api_key(", ("not logged in: the configured model provider needs an OpenAI login", "apiKey True")),
    ("JsonlTranscriptSink(", (" completed",)),
    ("RestartPolicy(", ("True mock answer to: What was the number?", "alive 1")),
    ("CodexTelemetry(", ("'invoke_agent codex'", "'handle request'", "'turn/start'")),
]


def answer(request: RecordedRequest) -> MockResponse:
    if request.output_schema is not None:
        return responses.structured({"ok": True, "reason": None})
    return responses.text(f"mock answer to: {request.last_user_text}")


@pytest.mark.parametrize("code", BLOCKS, ids=[f"block{n}" for n in range(len(BLOCKS))])
def test_readme_example_runs(
    code: str,
    mock_model: MockModel,
    codex_home: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    mock_model.set_fallback(answer)
    monkeypatch.setenv("CODEX_HOME", str(codex_home))
    if "login_api_key(" in code:  # the login example: codex's built-in OpenAI provider, which needs a login
        monkeypatch.setenv("CODEX_HOME", str(mock_codex_home(tmp_path / "openai-home", mock_model, provider="openai")))
        monkeypatch.setenv("OPENAI_API_KEY", "sk-readme-example")
    workdir = tmp_path / "project"
    workdir.mkdir()
    (workdir / "README.md").write_text("# A project\n")
    if "McpServer(" in code:  # the MCP example starts the e2e tests' demo server as its own
        shutil.copy(Path(__file__).parent / "e2e" / "mcp_demo_server.py", workdir / "my_mcp_server.py")
    monkeypatch.chdir(workdir)

    if "codex_runtime.ray" in code:
        # Ray starts once per process (a second ray.init after shutdown can hang): run it in a fresh interpreter.
        done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=240)
        assert done.returncode == 0, done.stderr[-3000:]
        printed = done.stdout
    else:
        exec(compile(code, str(README), "exec"), {"__name__": "__readme__"})
        printed = capsys.readouterr().out
    [expected] = [lines for marker, lines in EXPECTED if marker in code]  # every block has exactly one entry
    for line in expected:
        assert line in printed, (line, printed)
