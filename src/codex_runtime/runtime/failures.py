"""Classify a failed turn into a :class:`~codex_runtime.errors.FailureKind`.

codexErrorInfo decides first (it is structured); the message text is the fallback for quota exhaustion, which
some paths only report in prose. Pure logic, shared by the async and sync APIs.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from codex_runtime.errors import FailureKind, TurnFailure

_QUOTA_PHRASES = ("usage limit", "purchase more credits", "hit your usage", "upgrade to pro")

_KIND_BY_INFO: dict[str, FailureKind] = {
    "usageLimitExceeded": FailureKind.QUOTA_EXCEEDED,
    "rateLimitExceeded": FailureKind.RATE_LIMIT,
    "contextWindowExceeded": FailureKind.CONTEXT_WINDOW,
}


def http_status_of(codex_error_info: Any) -> int | None:
    """The ``httpStatusCode`` inside a structured codexErrorInfo (``{"httpConnectionFailed": {...}}`` etc.)."""
    if isinstance(codex_error_info, Mapping):
        for detail in codex_error_info.values():
            if isinstance(detail, Mapping):
                status = detail.get("httpStatusCode")
                if isinstance(status, int):
                    return status
    return None


def classify_failure(message: str, codex_error_info: Any = None) -> FailureKind:
    if isinstance(codex_error_info, str) and codex_error_info in _KIND_BY_INFO:
        return _KIND_BY_INFO[codex_error_info]
    if http_status_of(codex_error_info) == 429:
        return FailureKind.RATE_LIMIT
    lowered = message.lower()
    if any(phrase in lowered for phrase in _QUOTA_PHRASES):
        return FailureKind.QUOTA_EXCEEDED
    return FailureKind.OTHER


def turn_failure_from_error(error: Mapping[str, Any] | None) -> TurnFailure:
    """Build a :class:`TurnFailure` from a wire ``TurnError`` (``turn.error`` or an ``error`` notification)."""
    error = error or {}
    message = str(error.get("message") or "turn failed")
    info = error.get("codexErrorInfo")
    details = error.get("additionalDetails")
    return TurnFailure(
        kind=classify_failure(message, info),
        message=message,
        codex_error_info=info,
        http_status=http_status_of(info),
        additional_details=details if isinstance(details, str) else None,
    )
