"""``codex-runtime serve`` keeps its app-server running: its client is supervised unless the config says how."""

from __future__ import annotations

from codex_runtime import ClientConfig, RestartPolicy
from codex_runtime.cli.serve import supervised


def test_serve_supervises_its_client_with_the_default_policy_unless_the_config_sets_one() -> None:
    assert supervised(None).restart == RestartPolicy()
    assert supervised(ClientConfig(rpc_timeout=5.0)) == ClientConfig(rpc_timeout=5.0, restart=RestartPolicy())
    mine = RestartPolicy(max_restarts=1, heartbeat_interval=None)
    assert supervised(ClientConfig(restart=mine)).restart is mine
