"""Worker-side helpers: the fake app-server executable, a MockModel helper process, an offline CODEX_HOME, and a
deliberately minimal raw JSON-RPC client (no SDK code) used as the floor / raw baseline.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import signal
import subprocess
import sys
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from benchmarks._harness import WORK

FAKE_SCRIPT = Path(__file__).resolve().parent / "_fake_app_server.py"
DELTA = " hello"
"""Every fake delta; a realistic token-sized piece (the final text is ``DELTA * N``)."""


def fake_codex_bin() -> str:
    """An executable that behaves like ``codex`` for ``app-server --listen stdio://`` (ours and the official SDK
    both accept a binary path). A tiny sh wrapper so both can exec it like the real binary."""
    WORK.mkdir(parents=True, exist_ok=True)
    path = WORK / "fake-codex.sh"
    staging = WORK / f"fake-codex.sh.{os.getpid()}"
    staging.write_text(f'#!/bin/sh\nexec "{sys.executable}" -S "{FAKE_SCRIPT}" "$@"\n')
    staging.chmod(0o755)
    staging.replace(path)  # atomic: a concurrent worker never execs a half-written file
    return str(path)


def fake_env(deltas: int, *, echo: bool = False) -> dict[str, str]:
    env = {"BENCH_FAKE_DELTAS": str(deltas), "BENCH_FAKE_DELTA": DELTA}
    if echo:
        env["BENCH_FAKE_ECHO"] = "1"
    return env


def real_codex() -> tuple[str, dict[str, str]]:
    """The bundled codex binary and the PATH (with its helper dirs) its child needs."""
    from codex_runtime.cli_bin import resolve_codex_binary

    binary = resolve_codex_binary()
    return str(binary.path), {"PATH": binary.child_env()["PATH"]}


@contextlib.contextmanager
def mock_model_url() -> Iterator[str]:
    """A MockModel (echo fallback: ``echo: <last user text>``) in a helper PROCESS, so its HTTP/SSE work never
    shares the GIL or the RSS of the client being measured; yields its base URL and stops it afterwards."""
    proc = subprocess.Popen(
        [sys.executable, "-m", "benchmarks._mock_server"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        cwd=Path(__file__).resolve().parent.parent,
    )
    try:
        assert proc.stdout is not None
        base_url = proc.stdout.readline().decode().strip()
        if not base_url.startswith("http"):
            raise RuntimeError(f"mock server did not start: {base_url!r}")
        yield base_url
    finally:
        if proc.stdin is not None:
            with contextlib.suppress(OSError):
                proc.stdin.close()
        try:
            proc.wait(timeout=5)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


@contextlib.contextmanager
def codex_home(prefix: str, base_url: str) -> Iterator[Path]:
    """A fresh offline CODEX_HOME pointing at ``base_url``, removed afterwards."""
    from codex_runtime.testing import mock_codex_home

    home = mock_codex_home(WORK / f"{prefix}-{uuid.uuid4().hex[:8]}", base_url)
    try:
        yield home
    finally:
        shutil.rmtree(home, ignore_errors=True)


@contextlib.contextmanager
def mock_model_home(prefix: str) -> Iterator[Path]:
    """A MockModel helper process and a fresh CODEX_HOME pointing at it."""
    with mock_model_url() as base_url, codex_home(prefix, base_url) as home:
        yield home


class RawClient:
    """Newline JSON-RPC over a child's stdio with nothing in between: buffered readline + a decoder.

    The child runs in its own process group; :meth:`close` closes stdin, waits briefly, then kills the group.
    """

    def __init__(
        self,
        argv: list[str],
        env: dict[str, str],
        *,
        loads: Callable[[bytes], Any] = json.loads,
        bufsize: int = 256 * 1024,
    ) -> None:
        self.proc = subprocess.Popen(
            argv,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            env={**os.environ, **env},
            bufsize=bufsize,
            start_new_session=True,
        )
        assert self.proc.stdin is not None and self.proc.stdout is not None
        self.stdin = self.proc.stdin
        self.stdout = self.proc.stdout
        self.loads = loads
        self.next_id = 0

    def send(self, message: dict[str, Any]) -> None:
        self.stdin.write(json.dumps(message).encode() + b"\n")
        self.stdin.flush()

    def request(self, method: str, params: dict[str, Any] | None = None) -> Any:
        self.next_id += 1
        request_id = self.next_id
        self.send({"id": request_id, "method": method, "params": params or {}})
        for line in self.stdout:
            message = self.loads(line)
            if message.get("id") == request_id and "method" not in message:
                if "error" in message:
                    raise RuntimeError(f"{method}: {message['error']}")
                return message.get("result")
        raise EOFError(f"child exited before answering {method}")

    def initialize(self) -> Any:
        result = self.request(
            "initialize",
            {"clientInfo": {"name": "raw", "title": "raw", "version": "0"}, "capabilities": {"experimentalApi": False}},
        )
        self.send({"method": "initialized"})
        return result

    def start_thread(self, cwd: str) -> str:
        result = self.request("thread/start", {"cwd": cwd, "approvalPolicy": "never", "sandbox": "read-only"})
        return str(result["thread"]["id"])

    def turn_params(self, thread_id: str, text: str) -> dict[str, Any]:
        return {
            "threadId": thread_id,
            "input": [{"type": "text", "text": text}],
            "approvalPolicy": "never",
            "sandboxPolicy": {"type": "readOnly"},
            "effort": "medium",
        }

    def run_turn(self, thread_id: str, text: str) -> dict[str, Any]:
        """turn/start, then read until turn/completed; the completed turn's params."""
        self.request("turn/start", self.turn_params(thread_id, text))
        for line in self.stdout:
            message = self.loads(line)
            if message.get("method") == "turn/completed":
                params: dict[str, Any] = message["params"]
                return params
        raise EOFError("child exited mid-turn")

    def close(self) -> None:
        with contextlib.suppress(OSError):
            self.stdin.close()
        with contextlib.suppress(subprocess.TimeoutExpired):
            self.proc.wait(timeout=3)
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.killpg(self.proc.pid, signal.SIGKILL)
        self.proc.wait()
