"""The compatibility guard: which codex version is on the other end, is it new enough, and does it have a method.

app-server sends no serverInfo. The version is in ``userAgent``: ``"<clientInfo.name>/0.163.0 (Debian ...) ..."``.
The product name there echoes OUR clientInfo name, so only the first ``name/version`` token is trusted.
"""

from __future__ import annotations

import re

from codex_runtime.errors import IncompatibleCodexVersionError, InvalidArgumentError, UnsupportedByServerError
from codex_runtime.protocol.versions import Availability, client_request_availability, parse_version

_USER_AGENT_VERSION = re.compile(r"^[^/\s]+/(\d+)\.(\d+)\.(\d+)")


def codex_version_from_user_agent(user_agent: str) -> str | None:
    """The codex version in an initialize ``userAgent``, or None when it cannot be found."""
    match = _USER_AGENT_VERSION.match(user_agent.strip())
    return f"{match[1]}.{match[2]}.{match[3]}" if match else None


def check_codex_version(user_agent: str, min_version: str | None) -> str | None:
    """Return the detected version, or raise when it is older than ``min_version`` or cannot be parsed.

    ``min_version=None`` disables the guard (the detected version is still returned when parsable).

    Raises:
        IncompatibleCodexVersionError: too old, or unparsable while the guard is on.
    """
    detected = codex_version_from_user_agent(user_agent)
    if min_version is None:
        return detected
    required = parse_version(min_version)
    if required is None:
        raise InvalidArgumentError(f"min_codex_version must look like 0.104.0, got {min_version!r}")
    found = parse_version(detected) if detected else None
    if found is None or found < required:
        raise IncompatibleCodexVersionError(detected, min_version, user_agent)
    return detected


def require_supported(method: str, server_version: str | None) -> None:
    """Refuse, before anything is sent, a request the connected release does not have.

    Only a method the per-version lists show absent is refused: an unknown version or method goes through (the
    server answers for itself), and an experimental-only method is left to the server, which names the capability.

    Raises:
        UnsupportedByServerError: ``server_version`` does not have ``method``.
    """
    if client_request_availability(method, server_version) is Availability.ABSENT:
        raise UnsupportedByServerError(method, server_version)
