"""`serve()` (what `codex-runtime serve` calls) in a child process: it prints its URL, a generated token and a
sign-in URL carrying it, serves the API with that token and its reference at /docs, and exits 0 on SIGINT."""

from __future__ import annotations

import os
import selectors
import signal
import subprocess
import sys
from pathlib import Path

import httpx
import pytest

from codex_runtime.cli.serve import TOKENS_ENV_VAR, resolve_tokens
from tests._sigint import default_sigint

SCRIPT = """
import sys
from codex_runtime import ClientConfig
from codex_runtime.cli.serve import serve
config = ClientConfig(process_env={"CODEX_HOME": sys.argv[1]})
sys.exit(serve("127.0.0.1", 0, [], config, workspace_root=sys.argv[2]))
"""


def read_lines(process: subprocess.Popen[bytes], count: int, timeout: float) -> list[str]:
    """The first ``count`` lines the child prints (raw reads: a buffered readline would hide the rest from select)."""
    assert process.stdout is not None
    fd = process.stdout.fileno()
    data = b""
    with selectors.DefaultSelector() as selector:
        selector.register(fd, selectors.EVENT_READ)
        while data.count(b"\n") < count:
            if not selector.select(timeout):
                raise TimeoutError(f"serve printed only {data!r} in {timeout}s")
            chunk = os.read(fd, 4096)
            if not chunk:
                raise AssertionError(f"serve exited early ({process.wait(5)}): {data!r}")
            data += chunk
    return [line.strip() for line in data.decode().splitlines()[:count]]


def test_serve_prints_its_url_and_token_serves_the_api_and_exits_cleanly_on_sigint(
    codex_home: Path, tmp_path: Path
) -> None:
    process = subprocess.Popen(
        [sys.executable, "-c", SCRIPT, str(codex_home), str(tmp_path)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env={**{k: v for k, v in os.environ.items() if k != "CODEX_RUNTIME_SERVE_TOKENS"}, "PYTHONUNBUFFERED": "1"},
        preexec_fn=default_sigint,  # SIGINT must stop it even when the suite itself ignores SIGINT
    )
    try:
        url_line, token_line, sign_in_line = read_lines(process, 3, timeout=20)
        url = url_line.split(" ")[3]
        token = token_line.rsplit(" ", 1)[-1]
        with httpx.Client(base_url=url, timeout=20) as http:
            health = http.get("/api/health")
            created = http.post("/api/sessions", json={}, headers={"Authorization": f"Bearer {token}"})
            anonymous = http.get("/api/sessions")
            reference = http.get("/docs")
        process.send_signal(signal.SIGINT)
        code = process.wait(timeout=20)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait(5)

    assert url.startswith("http://127.0.0.1:") and url.endswith("/")
    assert url_line.endswith(f"(HTTP API reference: {url}docs)")
    assert sign_in_line == f"sign in: {url}#token={token}"
    assert reference.status_code == 200 and "POST</span> <code>/api/sessions</code>" in reference.text
    assert health.json() == {"status": "ok"}
    assert created.status_code == 201 and created.json()["cwd"] == "."
    assert anonymous.status_code == 401
    assert code == 0, process.stderr.read().decode() if process.stderr else ""


def test_tokens_come_from_the_arguments_then_the_environment_then_are_generated(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv(TOKENS_ENV_VAR, raising=False)
    generated, was_generated = resolve_tokens([])
    monkeypatch.setenv(TOKENS_ENV_VAR, " env-token-one , env-token-two,")

    assert resolve_tokens(["argument-token"]) == (["argument-token"], False)
    assert resolve_tokens([]) == (["env-token-one", "env-token-two"], False)
    assert was_generated and len(generated[0]) >= 24
