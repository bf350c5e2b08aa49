"""Describing what a turn shows in words: commands as typed, server requests in one line, decisions, file
changes, and the glyphs of the terminal (Unicode, or ASCII where the terminal cannot show it). Shared by the views.
"""

from __future__ import annotations

import shlex
from dataclasses import dataclass
from typing import Any

from codex_runtime.runtime.server_requests import PendingServerRequest


def attr(obj: Any, name: str, default: Any = None) -> Any:
    """``obj.name`` for typed items, ``obj[name]`` for raw dicts (items that did not validate)."""
    if isinstance(obj, dict):
        return obj.get(name, default)
    return getattr(obj, name, default)


def display_command(command: Any) -> str:
    """A command as the user would type it: ``/bin/bash -c 'ls'`` shows as ``ls``."""
    if isinstance(command, list | tuple):
        parts = [str(p) for p in command]
    else:
        try:
            parts = shlex.split(str(command))
        except ValueError:
            return str(command)
    if len(parts) == 3 and parts[0].rsplit("/", 1)[-1] in ("bash", "sh", "zsh") and parts[1] in ("-c", "-lc"):
        return parts[2]
    return shlex.join(parts) if isinstance(command, list | tuple) else str(command)


def describe_request(request: PendingServerRequest) -> str:
    """What a server request asks for, in one line."""
    params = request.raw_params
    method = request.method
    if method in ("item/commandExecution/requestApproval", "execCommandApproval"):
        text = f"run `{display_command(params.get('command') or '?')}`"
        if params.get("cwd"):
            text += f" in {params['cwd']}"
    elif method in ("item/fileChange/requestApproval", "applyPatchApproval"):
        files = list((params.get("fileChanges") or {}).keys())
        text = "apply file changes" + (f" to {', '.join(files)}" if files else "")
        if params.get("grantRoot"):
            text += f" (and allow writes under {params['grantRoot']})"
    else:
        text = f"answer {method}"
    if params.get("reason"):
        text += f": {params['reason']}"
    return text


DECISION_WORDS = {
    "accept": "approved",
    "accept_for_session": "approved for this session",
    "decline": "declined",
    "cancel": "cancelled (the turn stops)",
}


def change_kind(change: Any) -> str:
    kind = attr(change, "kind")
    return str(attr(kind, "type", kind) or "edit")


@dataclass(frozen=True, slots=True)
class Glyphs:
    ok: str
    fail: str
    skip: str
    bullet: str
    stop: str
    sep: str


UNICODE_GLYPHS = Glyphs(ok="✓", fail="✗", skip="⊘", bullet="•", stop="■", sep="·")
ASCII_GLYPHS = Glyphs(ok="ok", fail="x", skip="-", bullet="*", stop="#", sep="|")


__all__ = [
    "ASCII_GLYPHS",
    "DECISION_WORDS",
    "UNICODE_GLYPHS",
    "Glyphs",
    "attr",
    "change_kind",
    "describe_request",
    "display_command",
]
