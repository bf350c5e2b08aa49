"""The server's retry notices during a turn: ``error`` notifications with ``willRetry: true``.

They never end a turn, but they say why it is slow: offline, codex 0.163.0 reports ``Reconnecting... 1/5`` ..
``5/5`` and then ``Reconnecting... waiting for network`` with backoff (5, 10, 20, 40 s), each with the cause in
``additionalDetails`` ("stream disconnected before completion: Connection refused (os error 111)"). A turn that
times out while the server was retrying should say so with the last reason, not just "raise the deadline".
Pure logic.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Final

from codex_runtime.runtime.failures import http_status_of

MAX_RETRY_NOTICES: Final = 16
"""How many notices a run keeps (the latest; older ones are counted in ``RetryLog.dropped``)."""


@dataclass(frozen=True, slots=True)
class RetryNotice:
    """One ``error{willRetry: true}`` notification: the server's message (``"Reconnecting... 2/5"``), its details
    (the cause), the raw ``codexErrorInfo`` and the HTTP status when the error carries one."""

    message: str
    details: str | None = None
    codex_error_info: object = None
    http_status: int | None = None

    @property
    def reason(self) -> str:
        """``"Reconnecting... 2/5 (stream disconnected before completion: Connection refused (os error 111))"``."""
        return f"{self.message} ({self.details})" if self.details else self.message

    @classmethod
    def from_params(cls, params: Mapping[str, object]) -> RetryNotice:
        error = params.get("error")
        error = error if isinstance(error, Mapping) else {}
        details = error.get("additionalDetails")
        info = error.get("codexErrorInfo")
        return cls(
            message=str(error.get("message") or "the server is retrying"),
            details=details if isinstance(details, str) and details else None,
            codex_error_info=info,
            http_status=http_status_of(info),
        )


def is_retry_notice(method: str, params: Mapping[str, Any]) -> bool:
    return method == "error" and params.get("willRetry") is True


class RetryLog:
    """The latest :data:`MAX_RETRY_NOTICES` notices of one turn, oldest first."""

    def __init__(self, limit: int = MAX_RETRY_NOTICES) -> None:
        self._notices: deque[RetryNotice] = deque(maxlen=limit)
        self.count = 0
        """Every notice seen, kept or not."""

    def add(self, params: Mapping[str, Any]) -> None:
        self._notices.append(RetryNotice.from_params(params))
        self.count += 1

    @property
    def dropped(self) -> int:
        return self.count - len(self._notices)

    @property
    def notices(self) -> tuple[RetryNotice, ...]:
        return tuple(self._notices)

    @property
    def last(self) -> RetryNotice | None:
        return self._notices[-1] if self._notices else None


__all__ = ["MAX_RETRY_NOTICES", "RetryLog", "RetryNotice", "is_retry_notice"]
