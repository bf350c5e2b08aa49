"""RuntimePool argument checks and pool errors (no process is started)."""

from __future__ import annotations

import pickle

import pytest

from codex_runtime import ClientConfig, ProcessExitedError
from codex_runtime.pool import MemberLostError, PoolBusyError, RuntimePool, SessionFailoverError


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({}, "exactly one of size"),
        ({"size": 2, "endpoints": ["ws://127.0.0.1:1"]}, "exactly one of size"),
        ({"size": 0}, "size must be >= 1"),
        ({"endpoints": []}, "non-empty list"),
        ({"endpoints": "ws://127.0.0.1:1"}, "non-empty list"),
        ({"size": 2, "codex_homes": ["/a"]}, "one path per member"),
        ({"endpoints": ["ws://127.0.0.1:1"], "codex_homes": ["/a"]}, "local members only"),
        ({"size": 1, "max_turns_per_member": 0}, "max_turns_per_member"),
        ({"size": 1, "acquire_timeout": 0}, "must be positive"),
        ({"size": 1, "max_restarts": -1}, "max_restarts"),
    ],
)
def test_inconsistent_arguments_are_refused_before_anything_starts(kwargs: dict[str, object], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        RuntimePool(ClientConfig(), **kwargs)  # type: ignore[arg-type]


def test_a_size_pool_refuses_a_remote_endpoint_in_its_config() -> None:
    with pytest.raises(ValueError, match="use endpoints"):
        RuntimePool(ClientConfig(endpoint="ws://127.0.0.1:1"), size=2)


def test_sharing_a_codex_home_is_inferred_from_the_members_configs() -> None:
    assert RuntimePool(ClientConfig(), size=3).shared_codex_home
    assert RuntimePool(ClientConfig(), size=2, codex_homes=["/x", "/x"]).shared_codex_home
    assert not RuntimePool(ClientConfig(), size=2, codex_homes=["/x", "/y"]).shared_codex_home
    assert not RuntimePool(ClientConfig(), endpoints=["ws://127.0.0.1:1"]).shared_codex_home
    assert RuntimePool(ClientConfig(), endpoints=["ws://127.0.0.1:1"], shared_codex_home=True).shared_codex_home


def test_stats_before_start_list_every_member_as_starting() -> None:
    pool = RuntimePool(ClientConfig(), endpoints=["ws://127.0.0.1:1", "unix:///tmp/x.sock"])
    stats = pool.stats()
    assert [(m["index"], m["endpoint"], m["state"], m["alive"]) for m in stats] == [
        (0, "ws://127.0.0.1:1", "starting", False),
        (1, "unix:///tmp/x.sock", "starting", False),
    ]


def test_pool_errors_survive_pickling_with_their_attributes() -> None:
    lost = MemberLostError(2, ProcessExitedError("app-server exited", exit_code=-9, stderr_tail="boom"), thread_id="t")
    copy = pickle.loads(pickle.dumps(lost))
    assert (copy.member_index, copy.thread_id, copy.exit_code, copy.stderr_tail) == (2, "t", -9, "boom")
    assert str(copy) == str(lost) and copy.retryable and isinstance(copy, ProcessExitedError)
    busy = pickle.loads(pickle.dumps(PoolBusyError(1, 0.5)))
    assert (busy.member_index, busy.timeout) == (1, 0.5)
    failover = pickle.loads(pickle.dumps(SessionFailoverError("t", "why")))
    assert (failover.thread_id, failover.reason) == ("t", "why")
