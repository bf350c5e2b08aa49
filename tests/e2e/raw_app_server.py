"""A deliberately minimal, raw JSON-RPC driver for the real codex binary, used to check the testing kit itself.

It shares no code with the SDK on purpose: the foundation tests prove that MockModel + mock_codex_home make the
real server behave as the facts guide says, independently of our transport and RPC layers.
"""

from __future__ import annotations

import contextlib
import json
import os
import queue
import signal
import subprocess
import threading
import time
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from codex_runtime.cli_bin import resolve_codex_binary

Message = dict[str, Any]


class RawAppServer:
    def __init__(
        self, codex_home: Path, *, env: Mapping[str, str] | None = None, prefix: list[str] | None = None
    ) -> None:
        binary = resolve_codex_binary()
        child_env = binary.child_env({"CODEX_HOME": str(codex_home), "RUST_LOG": "warn", **(env or {})})
        self.proc = subprocess.Popen(
            [*(prefix or []), str(binary.path), "app-server", "--listen", "stdio://"],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            env=child_env,
            start_new_session=True,
        )
        self.messages: queue.Queue[Message | None] = queue.Queue()
        self.seen: list[Message] = []
        self.stderr_chunks: list[bytes] = []
        self._next_id = 0
        threading.Thread(target=self._read_stdout, daemon=True).start()
        threading.Thread(target=self._read_stderr, daemon=True).start()

    def _read_stdout(self) -> None:
        assert self.proc.stdout is not None
        for line in self.proc.stdout:
            self.messages.put(json.loads(line))
        self.messages.put(None)

    def _read_stderr(self) -> None:
        assert self.proc.stderr is not None
        while chunk := self.proc.stderr.read1(65536):
            self.stderr_chunks.append(chunk)

    def send(self, message: Message) -> None:
        assert self.proc.stdin is not None
        self.proc.stdin.write((json.dumps(message) + "\n").encode())
        self.proc.stdin.flush()

    def wait_for(self, predicate: Callable[[Message], bool], timeout: float = 20.0) -> Message:
        deadline = time.monotonic() + timeout
        while True:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise TimeoutError(f"no matching message within {timeout}s; stderr: {self.stderr_tail()}")
            try:
                message = self.messages.get(timeout=remaining)
            except queue.Empty:
                continue
            if message is None:
                raise EOFError(f"app-server exited ({self.proc.poll()}); stderr: {self.stderr_tail()}")
            self.seen.append(message)
            if predicate(message):
                return message

    def request(self, method: str, params: Message | None = None, timeout: float = 20.0) -> Any:
        self._next_id += 1
        request_id = self._next_id
        self.send({"id": request_id, "method": method, "params": params})
        reply = self.wait_for(lambda m: m.get("id") == request_id and "method" not in m, timeout)
        if "error" in reply:
            raise RuntimeError(f"{method} failed: {reply['error']}")
        return reply["result"]

    def initialize(self) -> Message:
        result: Message = self.request(
            "initialize",
            {
                "clientInfo": {"name": "raw_test", "title": None, "version": "0"},
                "capabilities": {"experimentalApi": True},
            },
        )
        self.send({"method": "initialized"})
        return result

    def start_thread(self, cwd: Path, **params: Any) -> str:
        base = {"cwd": str(cwd), "approvalPolicy": "never", "sandbox": "read-only"}
        result = self.request("thread/start", {**base, **params})
        return str(result["thread"]["id"])

    def run_turn(
        self, thread_id: str, text: str, timeout: float = 30.0, **params: Any
    ) -> tuple[Message, list[Message]]:
        """Start a turn; return (turn/completed params, every notification of that turn in order)."""
        mark = len(self.seen)
        self.request("turn/start", {"threadId": thread_id, "input": [{"type": "text", "text": text}], **params})
        completed = self.wait_for(lambda m: m.get("method") == "turn/completed", timeout)
        events = [m for m in self.seen[mark:] if "method" in m]
        return completed["params"], events

    def stderr_tail(self, limit: int = 2000) -> str:
        return b"".join(self.stderr_chunks).decode("utf-8", "replace")[-limit:]

    def close(self) -> None:
        if self.proc.stdin is not None:
            self.proc.stdin.close()
        with contextlib.suppress(subprocess.TimeoutExpired):
            self.proc.wait(timeout=3)
        with contextlib.suppress(ProcessLookupError):
            os.killpg(self.proc.pid, signal.SIGKILL)
        self.proc.wait(timeout=5)


def methods(events: list[Message]) -> list[str]:
    return [str(e["method"]) for e in events]


def params_of(events: list[Message], method: str) -> list[Message]:
    return [e["params"] for e in events if e.get("method") == method]
