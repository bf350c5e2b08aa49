"""ShellCommandHook: a hook that is an external command, usable as a pre and a post hook.

What the command sees and answers:

- stdin: the context as JSON (:meth:`HookContext.to_json`; ``prompt`` only with ``wants_prompt=True``);
- exit 0 with empty stdout: noop. Exit 0 with a JSON object ``{"action": "mutate", "prompt_override": str,
  "model_override": str, "add_attachments": [path, ...], "metadata_delta": {...}}`` (every field but ``action``
  optional): mutate. ``{"action": "noop"}`` and ``{"action": "block", "message": str}`` are understood too;
- exit 2: block, with the JSON ``message`` when stdout is such an object, else the raw stdout (else stderr);
- anything else (another exit code, stdout that is none of the above, more than 1 MiB of it): a ``bad_output``
  issue, the run goes on;
- at post phases only the exit code matters: 0 is fine, anything else is a ``bad_output`` issue;
- past ``timeout`` the command's whole process group (it runs in its own session) is killed with SIGKILL, so
  children it started die with it, and a ``timeout`` issue is recorded.

A command that exits while a background child still holds its stdout open is waited for until the deadline (its
output is not complete before that).
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
import signal
from collections.abc import Mapping, Sequence
from typing import Any, TypeVar

from codex_runtime.errors import InvalidArgumentError
from codex_runtime.runtime.hooks import (
    HookAction,
    HookContext,
    HookOutputError,
    HookPatch,
    HookPhase,
    HookTimeoutError,
)

_S = TypeVar("_S")

BLOCK_EXIT_CODE = 2
MAX_STDOUT_BYTES = 1024 * 1024
"""Stdout past this is discarded (still drained, so the command never stalls) and the answer is ``bad_output``."""
STDERR_TAIL_BYTES = 4096
"""How much of the command's stderr is kept for issue messages."""
_MAX_MESSAGE_CHARS = 4000
_REAP_GRACE = 2.0
_MUTATE_FIELDS = frozenset({"action", "prompt_override", "model_override", "add_attachments", "metadata_delta"})


def _text(data: bytes) -> str:
    text = data.decode("utf-8", errors="replace").strip()
    return text if len(text) <= _MAX_MESSAGE_CHARS else text[:_MAX_MESSAGE_CHARS] + "..."


def _optional_str(obj: Mapping[str, Any], key: str) -> str | None:
    value = obj.get(key)
    if value is not None and not isinstance(value, str):
        raise HookOutputError(f"{key!r} must be a string, not {type(value).__name__}")
    return value


def _action_from_json(obj: Mapping[str, Any]) -> HookAction:
    action = obj.get("action")
    if action == "noop":
        return HookAction.noop()
    if action == "block":
        message = obj.get("message")
        return HookAction.block(message if isinstance(message, str) and message else "blocked by shell hook")
    if action != "mutate":
        raise HookOutputError(f"unknown action {action!r}; expected noop, mutate or block")
    # Unknown keys are refused rather than ignored: a typo would otherwise silently change nothing.
    unknown = sorted(set(obj) - _MUTATE_FIELDS)
    if unknown:
        raise HookOutputError(f"unknown mutate field(s) {', '.join(map(repr, unknown))}")
    attachments = obj.get("add_attachments", [])
    if not isinstance(attachments, list) or not all(isinstance(a, str) for a in attachments):
        raise HookOutputError("'add_attachments' must be a list of path strings")
    metadata = obj.get("metadata_delta", {})
    if not isinstance(metadata, dict):
        raise HookOutputError("'metadata_delta' must be an object")
    return HookAction.mutate(
        HookPatch(
            prompt_override=_optional_str(obj, "prompt_override"),
            model_override=_optional_str(obj, "model_override"),
            add_attachments=attachments,
            metadata_delta=metadata,
        )
    )


def parse_shell_output(
    returncode: int, stdout: bytes, stderr: bytes = b"", *, phase: HookPhase = HookPhase.PRE_RUN
) -> HookAction | None:
    """Turn a finished command's exit code and output into a hook answer (pure; see the module docstring).

    Returns None at post phases (nothing to answer) and a :class:`HookAction` at pre phases.

    Raises:
        HookOutputError: the only error it raises, for anything that is not a valid answer.
    """
    if HookPhase(phase).is_post:
        if returncode != 0:
            raise HookOutputError(f"exited with code {returncode}: {_text(stderr) or _text(stdout)}")
        return None
    if returncode == BLOCK_EXIT_CODE:
        return HookAction.block(_block_message(stdout, stderr))
    if returncode != 0:
        raise HookOutputError(f"exited with code {returncode}: {_text(stderr) or _text(stdout)}")
    if not stdout.strip():
        return HookAction.noop()
    try:
        obj = json.loads(stdout.decode("utf-8"))
    except (ValueError, RecursionError) as exc:  # UnicodeDecodeError is a ValueError; deep nesting recurses
        raise HookOutputError(f"stdout is not JSON ({type(exc).__name__}): {_text(stdout)}") from None
    if not isinstance(obj, dict):
        raise HookOutputError(f"stdout must be a JSON object, not {type(obj).__name__}")
    return _action_from_json(obj)


def _block_message(stdout: bytes, stderr: bytes) -> str:
    try:
        obj = json.loads(stdout.decode("utf-8"))
    except (ValueError, RecursionError):
        obj = None
    if isinstance(obj, dict) and isinstance(obj.get("message"), str) and obj["message"]:
        return str(obj["message"])
    return _text(stdout) or _text(stderr) or "blocked by shell hook"


async def _read_head(stream: asyncio.StreamReader, cap: int) -> tuple[bytes, bool]:
    """The first ``cap`` bytes and whether there was more; keeps draining so the writer never blocks."""
    head = bytearray()
    overflow = False
    while chunk := await stream.read(65536):
        room = cap - len(head)
        head += chunk[:room]
        overflow = overflow or len(chunk) > room
    return bytes(head), overflow


async def _read_tail(stream: asyncio.StreamReader, cap: int) -> bytes:
    tail = b""
    while chunk := await stream.read(65536):
        tail = (tail + chunk)[-cap:]
    return tail


async def _feed(stdin: asyncio.StreamWriter, payload: bytes) -> None:
    try:
        stdin.write(payload)
        await stdin.drain()
    except (BrokenPipeError, ConnectionResetError):
        pass  # the command need not read its stdin
    finally:
        stdin.close()


async def _reap(proc: asyncio.subprocess.Process) -> None:
    # Bounded: a child that left the group (its own setsid) may hold the pipes open for ever.
    with contextlib.suppress(TimeoutError):
        await asyncio.wait_for(proc.wait(), _REAP_GRACE)


def _kill_group(proc: asyncio.subprocess.Process) -> None:
    # The command is a session leader (start_new_session), so its pid is its process group id.
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(proc.pid, signal.SIGKILL)


class ShellCommandHook:
    """Run ``command`` as a hook (see the module docstring for what it reads and answers).

    Args:
        name: the hook's name (reports, de-duplication).
        command: a shell command string (run with ``/bin/sh -c``) or an argv list (run directly).
        timeout: seconds before the process group is killed.
        env: variables set over the current environment.
        wants_prompt: send the prompt text in the context JSON.
        cwd: where the command runs; by default ``ctx.cwd`` when it is a directory, else the current directory.

    Raises:
        ValueError: a blank name or command, or a non-positive timeout.
        TypeError: an ``env`` value that is not a string.
    """

    def __init__(
        self,
        name: str,
        command: str | Sequence[str],
        timeout: float = 5.0,
        env: Mapping[str, str] | None = None,
        *,
        wants_prompt: bool = False,
        cwd: str | os.PathLike[str] | None = None,
    ) -> None:
        if not name:
            raise InvalidArgumentError("a shell hook needs a name")
        argv = ["/bin/sh", "-c", command] if isinstance(command, str) else [os.fspath(a) for a in command]
        if not argv or not (command.strip() if isinstance(command, str) else argv[0]):
            raise InvalidArgumentError("a shell hook needs a command")
        if timeout <= 0:
            raise InvalidArgumentError("timeout must be positive")
        env = dict(env or {})
        if not all(isinstance(k, str) and isinstance(v, str) for k, v in env.items()):
            raise TypeError("env keys and values must be strings")
        self.name = name
        self.command = command
        self.argv = argv
        self.timeout = float(timeout)
        self.env = env
        self.wants_prompt = wants_prompt
        self.cwd = os.fspath(cwd) if cwd is not None else None

    def __repr__(self) -> str:
        return f"ShellCommandHook({self.name!r}, {self.command!r}, timeout={self.timeout:g})"

    def _workdir(self, ctx: HookContext) -> str | None:
        if self.cwd is not None:
            return self.cwd
        return ctx.cwd if ctx.cwd and os.path.isdir(ctx.cwd) else None

    async def call(self, ctx: HookContext) -> HookAction | None:
        """Run the command with ``ctx`` on stdin and parse its answer.

        Raises:
            HookTimeoutError: it did not finish within ``timeout``; its process group was killed.
            HookOutputError: a bad answer (see :func:`parse_shell_output`) or too much stdout.
            OSError: the command could not be started.
        """
        if not self.wants_prompt:  # also when called directly, not through the runner
            ctx = ctx.replace(prompt=None)
        payload = ctx.to_json().encode("utf-8")
        cwd = self._workdir(ctx)
        proc = await asyncio.create_subprocess_exec(
            *self.argv,
            stdin=asyncio.subprocess.PIPE,
            stdout=asyncio.subprocess.PIPE,
            stderr=asyncio.subprocess.PIPE,
            env={**os.environ, **self.env},
            cwd=cwd,
            start_new_session=True,  # its own process group, so a timeout can kill every child it started
        )
        try:
            async with asyncio.timeout(self.timeout):
                (stdout, overflow), stderr, _ = await asyncio.gather(
                    _read_head(_pipe(proc.stdout), MAX_STDOUT_BYTES),
                    _read_tail(_pipe(proc.stderr), STDERR_TAIL_BYTES),
                    _feed(_pipe(proc.stdin), payload),
                )
                returncode = await proc.wait()
        except TimeoutError:
            _kill_group(proc)
            await _reap(proc)
            raise HookTimeoutError(self.name, self.timeout) from None
        except BaseException:
            # Cancelled (e.g. by the runner's own deadline): never leave the command running behind us. The
            # killed group exits at once, so reaping here delays the cancellation only by a bounded moment.
            _kill_group(proc)
            await _reap(proc)
            raise
        if overflow:
            raise HookOutputError(f"stdout exceeded {MAX_STDOUT_BYTES} bytes")
        return parse_shell_output(returncode, stdout, stderr, phase=ctx.phase)


def _pipe(stream: _S | None) -> _S:
    if stream is None:  # cannot happen with PIPE; keeps the types honest
        raise RuntimeError("subprocess pipe missing")
    return stream


__all__ = ["BLOCK_EXIT_CODE", "MAX_STDOUT_BYTES", "ShellCommandHook", "parse_shell_output"]
