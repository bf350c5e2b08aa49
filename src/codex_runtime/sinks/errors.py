"""Errors of ``codex_runtime.sinks``: a transcript that cannot be read back."""

from __future__ import annotations

from codex_runtime.errors import CodexRuntimeError


class TranscriptError(CodexRuntimeError):
    """A transcript file cannot be read back: ``path``, the 1-based ``line`` and why."""

    path: str
    line: int
    reason: str

    def __init__(self, path: str, line: int, reason: str) -> None:
        super().__init__(f"transcript {path}, line {line}: {reason}", path=path, line=line, reason=reason)


__all__ = ["TranscriptError"]
