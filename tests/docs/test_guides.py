"""Every ```python block of the docs guides runs against the real codex binary + MockModel, and prints what the
```text block right after it shows. A block that defines pytest tests is run by pytest in a fresh project
directory (the installed plugin's fixtures, pytest-asyncio in strict mode). A block the README also holds verbatim
is covered by tests/test_readme.py and not run twice."""

from __future__ import annotations

import logging
import os
import re
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

from codex_runtime.testing import MockModel, MockResponse, RecordedRequest, responses

ROOT = Path(__file__).resolve().parents[2]
GUIDES = sorted((ROOT / "docs").rglob("*.md"))
README = (ROOT / "README.md").read_text()
FENCE = re.compile(r"```(\w+)\n(.*?)```", flags=re.DOTALL)
RUN_REQUEST = re.compile(r"^Run `([^`]+)`")


@dataclass(frozen=True)
class Example:
    where: str
    code: str
    expected: str  # the text block that follows it


def examples() -> list[Example]:
    found = []
    for path in GUIDES:
        fences = FENCE.findall(path.read_text())
        for index, (lang, body) in enumerate(fences):
            if lang != "python":
                continue
            assert index + 1 < len(fences) and fences[index + 1][0] == "text", f"{path.name}: no output after a block"
            found.append(Example(f"{path.relative_to(ROOT)}#{index}", body, fences[index + 1][1]))
    return found


EXAMPLES = examples()
TO_RUN = [example for example in EXAMPLES if example.code not in README]


def answer(request: RecordedRequest) -> MockResponse:
    """The docs' scripted model: a command for "Run `...`", a fixed line after a tool result, an echo otherwise."""
    last = request.input_items[-1] if request.input_items else {}
    if last.get("type") == "function_call_output":
        return responses.text("The command finished.")
    if request.output_schema is not None:
        return responses.structured({"ok": True, "reason": None})
    prompt = request.last_user_text
    command = RUN_REQUEST.match(prompt)
    if command:
        return responses.exec_command(command.group(1))
    return responses.text(f"mock answer to: {prompt}")


def test_the_guides_hold_examples_and_each_is_covered() -> None:
    assert len(GUIDES) >= 10
    assert len(EXAMPLES) >= 15
    skipped_here = [example.where for example in EXAMPLES if example not in TO_RUN]
    # the Ray example and the one-prompt quickstart, run by tests/test_readme.py
    assert skipped_here == ["docs/guides/pool-and-ray.md#2", "docs/guides/quickstart.md#1"]


@pytest.mark.parametrize("example", TO_RUN, ids=[example.where for example in TO_RUN])
def test_guide_example_prints_what_the_guide_shows(
    example: Example,
    mock_model: MockModel,
    codex_home: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    mock_model.set_fallback(answer)
    monkeypatch.setenv("CODEX_HOME", str(codex_home))
    workdir = tmp_path / "project"
    workdir.mkdir()
    (workdir / "README.md").write_text("# A project\n")
    monkeypatch.chdir(workdir)

    if "def test_" in example.code:
        (workdir / "test_agent.py").write_text(example.code)
        env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
        done = subprocess.run(
            [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "test_agent.py"],
            capture_output=True,
            text=True,
            timeout=180,
            env=env,
            cwd=workdir,
        )
        assert done.returncode == 0, done.stdout[-4000:] + done.stderr[-2000:]
        printed = done.stdout
    else:
        # the logging guide configures logging: give the next tests the logging state they had
        package_logger, root = logging.getLogger("codex_runtime"), logging.getLogger()
        saved = (package_logger.level, root.level, list(root.handlers))
        try:
            exec(compile(example.code, example.where, "exec"), {"__name__": "__docs__"})
        finally:
            package_logger.setLevel(saved[0])
            root.setLevel(saved[1])
            root.handlers[:] = saved[2]
        printed = capsys.readouterr().out
    for line in example.expected.strip().splitlines():
        assert line in printed, (line, printed)


def test_every_conversation_file_in_the_guides_is_one_the_mock_model_accepts() -> None:
    from codex_runtime.cli.conversation import parse_conversation

    blocks = [(path.name, body) for path in GUIDES for lang, body in FENCE.findall(path.read_text()) if lang == "yaml"]
    assert [name for name, _ in blocks] == ["cli.md"]
    import yaml

    conversation = parse_conversation(yaml.safe_load(blocks[0][1]), "cli.md")
    assert [answer.kind for answer in conversation.answers] == ["say", "think", "run", "say", "write", "say"]
    assert conversation.answers[4].path == "NOTES.md" and conversation.answers[4].text == "# Notes"
    assert conversation.after == "echo"
