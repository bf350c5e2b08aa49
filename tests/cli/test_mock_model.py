"""Offline try-out with no account: `codex-runtime mock-model FILE` serves a conversation file and prints the
CODEX_HOME for it; `--mock FILE` answers any command from one; a bad file is a usage error; chat holds what is
typed while an answer streams until the answer has ended."""

from __future__ import annotations

import json
import re
import signal
from pathlib import Path

import httpx

from codex_runtime.testing import MockModel, responses
from tests.cli._cli import SpawnCli, finish, run_cli
from tests.cli.test_chat import PROMPT, slow_answer

WAIT = 20.0
"""Seconds the web API's long-poll waits for the scripted turn to end."""

CONVERSATION = """\
# two turns: a plain answer, then a command and the answer after it
answers:
  - say: Hello from the conversation file.
  - run: echo from-the-script
  - say: The scripted command ran.
"""


def test_mock_model_serves_a_file_that_run_then_uses_through_its_codex_home(
    spawn_cli: SpawnCli, cli_env: dict[str, str], tmp_path: Path
) -> None:
    script = tmp_path / "conversation.yaml"
    script.write_text(CONVERSATION)
    server = spawn_cli("mock-model", str(script))
    server.expect_exact(f"3 answers from {script}")
    server.expect(r"CODEX_HOME=(\S+)")
    home = server.match.group(1)

    env = {**cli_env, "CODEX_HOME": home}
    first = run_cli("run", "Say hello.", "--cwd", str(tmp_path), env=env)
    assert first.returncode == 0, first.stderr
    assert "Hello from the conversation file." in first.stdout
    second = run_cli("--json", "run", "Run it.", "--cwd", str(tmp_path), env=env)
    assert second.returncode == 0, second.stderr
    kinds = [json.loads(line)["kind"] for line in second.stdout.splitlines()]
    assert "turn_completed" in kinds
    assert "from-the-script" in second.stdout and "The scripted command ran." in second.stdout
    third = run_cli("run", "Anything else?", "--cwd", str(tmp_path), env=env)
    assert "(end of the script) You said: Anything else?" in third.stdout
    chat = spawn_cli("chat", "--cwd", str(tmp_path), env=env)  # the same home serves an interactive chat
    chat.expect_exact(PROMPT)
    chat.sendline("And now?")
    chat.expect_exact("(end of the script) You said: And now?")
    chat.expect_exact(PROMPT)
    chat.sendline("/exit")
    assert finish(chat) == 0

    server.kill(signal.SIGINT)
    server.expect_exact("stopped")
    assert finish(server) == 0


def test_mock_option_answers_chat_from_a_json_file(
    spawn_cli: SpawnCli, cli_env: dict[str, str], tmp_path: Path
) -> None:
    script = tmp_path / "conversation.json"
    script.write_text(json.dumps(["First scripted answer.", {"think": "Thinking.", "say": "Second scripted answer."}]))
    env = {k: v for k, v in cli_env.items() if k != "CODEX_HOME"}  # no account, no home: the mock brings its own
    child = spawn_cli("--mock", str(script), "chat", "--cwd", str(tmp_path), env=env)
    child.expect_exact(PROMPT)
    child.sendline("one")
    child.expect_exact("First scripted answer.")
    child.expect_exact(PROMPT)
    child.sendline("two")
    child.expect_exact("Second scripted answer.")
    child.expect_exact(PROMPT)
    child.sendline("/exit")
    assert finish(child) == 0


def test_serve_with_mock_answers_the_web_api_from_the_file_and_serves_its_reference_offline(
    spawn_cli: SpawnCli, cli_env: dict[str, str], tmp_path: Path
) -> None:
    script = tmp_path / "conversation.yaml"
    script.write_text("answers:\n  - say: Hello from the scripted web.\n")
    env = {k: v for k, v in cli_env.items() if k not in ("CODEX_HOME", "CODEX_RUNTIME_SERVE_TOKENS")}
    server = spawn_cli("--mock", str(script), "serve", "--port", "0", "--workspace-root", str(tmp_path), env=env)
    server.expect(r"codex-runtime web on (http://127\.0\.0\.1:\d+/) ")
    url = server.match.group(1)
    server.expect(r"generated token \(the page's token / the API's bearer token\): (\S+)")
    auth = {"Authorization": f"Bearer {server.match.group(1)}"}
    with httpx.Client(base_url=url, timeout=WAIT + 10) as http:
        session = http.post("/api/sessions", json={}, headers=auth)
        assert session.status_code == 201, session.text
        session_id = session.json()["session_id"]
        started = http.post(f"/api/sessions/{session_id}/turns", json={"prompt": "Hi"}, headers=auth)
        assert started.status_code == 202, started.text
        turn = http.get(
            f"/api/sessions/{session_id}/turns/{started.json()['turn_id']}", params={"wait": WAIT}, headers=auth
        )
        reference = http.get("/docs")
    assert (tmp_path / "data" / "web-sessions.sqlite3").is_file()  # the session store stays in the test's directory
    assert turn.json()["status"] == "completed"
    assert turn.json()["assistant_text"] == "Hello from the scripted web."
    assert reference.status_code == 200
    # packaged assets only: the page links its own stylesheet and nothing from another host
    assert 'href="/static/docs.css"' in reference.text
    assert re.findall(r'(?:src|href)="(?:https?:)?//', reference.text) == []
    server.kill(signal.SIGINT)
    server.expect_exact("stopped")
    assert finish(server) == 0


def test_mock_demo_runs_the_demo_script_and_a_bad_file_is_a_usage_error(
    cli_env: dict[str, str], tmp_path: Path
) -> None:
    done = run_cli("--mock", "demo", "run", "Say hello.", "--cwd", str(tmp_path), env=cli_env)
    assert done.returncode == 0, done.stderr
    assert "Hello! I am codex app-server, running offline against a scripted model." in done.stdout

    bad = tmp_path / "bad.yaml"
    bad.write_text("answers:\n  - shout: hi\n")
    refused = run_cli("--mock", str(bad), "run", "hi", env=cli_env)
    assert refused.returncode == 2
    assert f"{bad}: answer 1 has unknown keys ['shout']" in refused.stderr


def test_text_typed_while_an_answer_streams_waits_for_the_next_prompt(
    spawn_cli: SpawnCli, mock_model: MockModel, workdir: Path
) -> None:
    mock_model.enqueue(slow_answer("streaming-begins"), responses.text("answer to the held line"))
    child = spawn_cli("chat", "--cwd", str(workdir))
    child.expect_exact(PROMPT)
    child.sendline("first question")
    child.expect_exact("streaming-begins")
    child.send("typed during the answer")  # in a terminal, typing would otherwise be drawn inside the answer
    child.sendline("")
    child.expect_exact(PROMPT)
    streamed = child.before
    assert "typed during the answer" not in streamed
    assert " ".join(f"w{i}" for i in range(30)) in streamed  # the answer arrived in one piece
    child.expect_exact("typed during the answer")  # shown at the prompt, then sent as the next turn
    child.expect_exact("answer to the held line")
    child.expect_exact(PROMPT)
    child.sendline("/exit")
    assert finish(child) == 0
    assert mock_model.requests[-1].user_texts() == ["first question", "typed during the answer"]
