"""Which methods a given codex release has, from the per-version lists the generator derived from each release's
own schema (``schema/versions/`` -> ``_generated/server_versions.py``).

Pure lookups, no policy: the runtime decides what to do with an answer (see ``runtime.compat``).
"""

from __future__ import annotations

import bisect
import enum
import re

from codex_runtime.protocol._generated import server_versions as _table

_VERSION = re.compile(r"^\s*(\d+)\.(\d+)\.(\d+)")


class Availability(enum.StrEnum):
    """Whether a release has a method."""

    STABLE = "stable"
    """In the release's schema."""
    EXPERIMENTAL = "experimental"
    """Only with the experimental API (the server refuses it otherwise)."""
    ABSENT = "absent"
    """The release does not have it (the server answers "unknown variant")."""
    UNKNOWN = "unknown"
    """Cannot tell: a method no known release lists, or a release outside what the lists can vouch for."""


_MARKS = {"S": Availability.STABLE, "E": Availability.EXPERIMENTAL, "-": Availability.ABSENT}


def parse_version(text: str) -> tuple[int, int, int] | None:
    """``"0.104.0"`` -> ``(0, 104, 0)``; None when it is not a dotted triple (pre-release suffixes ignored)."""
    match = _VERSION.match(text)
    return (int(match[1]), int(match[2]), int(match[3])) if match else None


KNOWN_VERSIONS: tuple[str, ...] = _table.KNOWN_VERSIONS
"""The releases with a method list, oldest first."""
_KEYS = [parse_version(v) or (0, 0, 0) for v in KNOWN_VERSIONS]


def client_request_availability(method: str, version: str | None) -> Availability:
    """Does codex ``version`` have the client request ``method``?

    A release between two known ones counts as having what either neighbour has (it may have gained or still have
    it); a release newer than the newest known one is judged by the newest; one older than the oldest has at most
    what the oldest has.
    """
    marks = _table.CLIENT_REQUESTS.get(method)
    parsed = parse_version(version) if version else None
    if marks is None or parsed is None or not _KEYS:
        return Availability.UNKNOWN
    index = bisect.bisect_left(_KEYS, parsed)
    if index < len(_KEYS) and _KEYS[index] == parsed:
        return _MARKS[marks[index]]
    if index == 0:
        return Availability.ABSENT if marks[0] == "-" else Availability.UNKNOWN
    neighbours = {_MARKS[marks[i]] for i in (index - 1, index) if i < len(marks)}
    for answer in (Availability.STABLE, Availability.EXPERIMENTAL):
        if answer in neighbours:
            return answer
    return Availability.ABSENT


__all__ = ["KNOWN_VERSIONS", "Availability", "client_request_availability", "parse_version"]
