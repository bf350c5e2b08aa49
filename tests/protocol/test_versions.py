"""Per-release method availability, checked against what each release's own schema says (measured values)."""

from __future__ import annotations

import pytest

from codex_runtime.protocol.versions import KNOWN_VERSIONS, Availability, client_request_availability

S, E, A, U = Availability.STABLE, Availability.EXPERIMENTAL, Availability.ABSENT, Availability.UNKNOWN


def test_the_lists_cover_every_released_version_from_0_133_0_to_the_pin() -> None:
    assert (KNOWN_VERSIONS[0], KNOWN_VERSIONS[-1], len(KNOWN_VERSIONS)) == ("0.133.0", "0.163.0", 24)


@pytest.mark.parametrize(
    ("method", "version", "expected"),
    [
        ("thread/rollback", "0.155.1", S),  # removed in 0.156.0
        ("thread/rollback", "0.156.0", A),
        ("thread/delete", "0.136.0", A),  # added in 0.144.4
        ("thread/delete", "0.144.4", S),
        ("thread/turns/list", "0.133.0", E),  # experimental until 0.153.4
        ("thread/turns/list", "0.153.4", S),
        ("thread/revert", "0.147.0", A),
        ("thread/revert", "0.149.0", E),
        ("thread/attachmentOwner/list", "0.162.0", S),
    ],
)
def test_a_known_release_answers_from_its_own_list(method: str, version: str, expected: Availability) -> None:
    assert client_request_availability(method, version) is expected


@pytest.mark.parametrize(
    ("method", "version", "expected"),
    [
        ("thread/delete", "0.140.0", S),  # between 0.136.0 (absent) and 0.144.4 (stable): may have it
        ("thread/attachmentOwner/list", "0.150.0", A),  # absent on both sides
        ("thread/rollback", "0.155.9", S),  # 0.155.1 still had it
        ("thread/delete", "0.120.0", A),  # older than the oldest list, which already lacks it
        ("thread/start", "0.120.0", U),  # older than the oldest list: cannot vouch for it
        ("thread/start", "0.170.0", S),  # newer than the pin: judged by the newest list
        ("thread/rollback", "0.170.0", A),
        ("thread/nonexistent", "0.163.0", U),  # no release lists it: the server answers for itself
        ("thread/start", None, U),
        ("thread/start", "not-a-version", U),
    ],
)
def test_a_release_without_its_own_list_is_judged_by_its_neighbours(
    method: str, version: str | None, expected: Availability
) -> None:
    assert client_request_availability(method, version) is expected
