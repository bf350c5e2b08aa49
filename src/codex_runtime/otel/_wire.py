"""Attribute values read from codex's wire messages: a tool's name, an answer's decision, a failed turn's error."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any


def tool_name(item: Mapping[str, Any]) -> str:
    """``gen_ai.tool.name``: the MCP ``server.tool``, a dynamic tool's name, else the item type."""
    kind = str(item.get("type"))
    if kind == "mcpToolCall":
        return f"{item.get('server')}.{item.get('tool')}"
    if kind == "dynamicToolCall":
        return str(item.get("tool"))
    return kind


def decision(message: Mapping[str, Any]) -> str:
    """``codex.approval.decision`` of our answer to a server request (``error`` for an error answer)."""
    result = message.get("result")
    if not isinstance(result, Mapping):
        return "error"
    value = result.get("decision", result.get("action"))
    if isinstance(value, Mapping):  # e.g. {"acceptWithExecpolicyAmendment": {...}}
        value = next(iter(value), None)
    return value if isinstance(value, str) else "answered"


def error_type(error: Any) -> str:
    """``error.type`` of a failed turn: its ``codexErrorInfo`` kind, else ``turn_failed``."""
    info = error.get("codexErrorInfo") if isinstance(error, Mapping) else None
    if isinstance(info, str):
        return info
    if isinstance(info, Mapping) and info:
        return str(next(iter(info)))
    return "turn_failed"


def error_message(error: Any) -> str:
    return str(error.get("message", "")) if isinstance(error, Mapping) else "the turn failed"
