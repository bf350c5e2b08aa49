"""The per-member ClientConfigs of a pool: local members (``size=N``, optionally one CODEX_HOME each) or remote
ones (``endpoints=[...]``), checked for consistency before anything starts."""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path

from codex_runtime.errors import InvalidArgumentError
from codex_runtime.runtime.config import ClientConfig
from codex_runtime.runtime.restart import RestartPolicy


def pool_restart_policy(
    config: ClientConfig, restart: bool, max_restarts: int | None, start_timeout: float
) -> RestartPolicy | None:
    """The policy every member's client runs under: supervision is on for a pool unless ``restart=False``.

    Raises:
        InvalidArgumentError: ``max_restarts`` < 0.
    """
    if max_restarts is not None and max_restarts < 0:
        raise InvalidArgumentError("max_restarts must be >= 0 (or None)")
    if not restart:
        return None
    policy = config.restart or RestartPolicy(start_timeout=start_timeout)
    if max_restarts is not None:
        policy = policy.replace(max_restarts=max_restarts, window=None)  # a cap over the pool's life
    return policy


def member_configs_for(
    config: ClientConfig,
    size: int | None,
    endpoints: Sequence[str] | None,
    codex_homes: Sequence[str | os.PathLike[str]] | None,
) -> list[ClientConfig]:
    """One ClientConfig per member.

    Raises:
        InvalidArgumentError: inconsistent arguments.
    """
    if (size is None) == (endpoints is None):
        raise InvalidArgumentError("give exactly one of size=N (local members) or endpoints=[...] (remote members)")
    if endpoints is not None:
        if isinstance(endpoints, str) or not endpoints:
            raise InvalidArgumentError("endpoints must be a non-empty list of ws:// or unix:// URLs")
        if codex_homes is not None:
            raise InvalidArgumentError(
                "codex_homes applies to local members only (remote servers own their CODEX_HOME)"
            )
        return [config.replace(endpoint=endpoint) for endpoint in endpoints]
    assert size is not None
    if size < 1:
        raise InvalidArgumentError("size must be >= 1")
    if config.endpoint is not None and not config.endpoint.startswith("stdio"):
        raise InvalidArgumentError("size=N starts local members; use endpoints=[...] for remote servers")
    if codex_homes is None:
        return [config] * size
    if isinstance(codex_homes, str) or len(codex_homes) != size:
        raise InvalidArgumentError(f"codex_homes needs one path per member ({size})")
    return [
        config.replace(process_env={**config.process_env, "CODEX_HOME": str(Path(home).resolve())})
        for home in codex_homes
    ]


__all__ = ["member_configs_for", "pool_restart_policy"]
