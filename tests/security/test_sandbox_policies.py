"""Finding 1: a sandbox policy object must not widen the sandbox without the full opt-in, and policy objects are
checked against the schema. The network case runs a real command in the real sandbox: it tries a TCP connection
to a loopback listener this test opens, and only the opted-in policy may reach it."""

from __future__ import annotations

import socket
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

import pytest

from codex_runtime import (
    Client,
    ClientConfig,
    CodexRuntimeError,
    InvalidPolicyError,
    PrivilegedEscalationError,
    RunProfile,
    SessionConfig,
    UsageError,
    decline_all,
)
from codex_runtime.api.guards import is_default_sandbox
from codex_runtime.testing import MockModel, responses
from tests.security.conftest import Wire

NETWORK_ON_READ_ONLY = {"type": "readOnly", "networkAccess": True}


@pytest.fixture
def listener() -> Iterator[socket.socket]:
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(8)
    server.setblocking(False)
    try:
        yield server
    finally:
        server.close()


def accepted_connections(server: socket.socket) -> int:
    count = 0
    while True:
        try:
            connection, _ = server.accept()
        except BlockingIOError:
            return count
        connection.close()
        count += 1


def connect_command(port: int) -> str:
    return (
        'python3 -c "import socket; '
        f"socket.create_connection(('127.0.0.1', {port}), timeout=3).close(); print('CONNECTED')\""
    )


@pytest.mark.parametrize(
    ("sandbox", "allowed"),
    [
        ("read-only", True),
        ({"type": "readOnly"}, True),
        ({"type": "readOnly", "networkAccess": False}, True),
        (NETWORK_ON_READ_ONLY, False),
        ({"type": "readOnly", "networkAccess": False, "access": "full"}, False),
        ("workspace-write", False),
        ({"type": "workspaceWrite"}, False),
        ("danger-full-access", False),
    ],
)
def test_only_the_exact_default_counts_as_the_default(sandbox: str | Mapping[str, Any], allowed: bool) -> None:
    assert is_default_sandbox(sandbox) is allowed


@pytest.mark.parametrize(
    "policy",
    [
        {"type": "readOnly", "networkAccess": True, "extra": 1},
        {"type": "readOnly", "networkAccess": "yes"},
        {"type": "readOnlyPlus"},
        {"networkAccess": True},
        {"type": "workspaceWrite", "writableRoots": "/tmp"},
        {"type": "externalSandbox", "networkAccess": "wide-open", "x": 1},
    ],
)
def test_a_policy_object_that_does_not_fit_the_schema_is_a_typed_error(policy: dict[str, Any]) -> None:
    with pytest.raises(InvalidPolicyError) as raised:
        RunProfile(sandbox=policy, allow_privileged_escalation=True, approval_policy="untrusted")  # type: ignore[arg-type]
    assert isinstance(raised.value, UsageError) and isinstance(raised.value, CodexRuntimeError)


@pytest.mark.parametrize(
    "policy",
    [{"granular": {"rules": True}}, {"granular": {**dict.fromkeys(("rules", "sandbox_approval"), True), "x": 1}}, {}],
)
def test_an_approval_policy_object_that_does_not_fit_the_schema_is_a_typed_error(policy: dict[str, Any]) -> None:
    with pytest.raises(InvalidPolicyError):
        RunProfile(approval_policy=policy)


async def test_a_policy_object_with_network_access_needs_every_opt_in_and_nothing_is_sent(
    client_config: ClientConfig, workdir: Path, wire: Wire
) -> None:
    async with Client(client_config) as client:
        with pytest.raises(PrivilegedEscalationError, match="allow_privileged_escalation=True"):
            await client.start_session(SessionConfig(cwd=str(workdir), sandbox=NETWORK_ON_READ_ONLY))
        with pytest.raises(PrivilegedEscalationError, match='other than "never"'):
            await client.start_session(
                SessionConfig(cwd=str(workdir), sandbox=NETWORK_ON_READ_ONLY, allow_privileged_escalation=True)
            )
        with pytest.raises(InvalidPolicyError, match="unknown approval policy 'on-failure'"):
            await client.start_session(SessionConfig(cwd=str(workdir), approval_policy="on-failure"))
        session = await client.start_session(SessionConfig(cwd=str(workdir)))
        with pytest.raises(PrivilegedEscalationError):
            await session.ask_with_profile("go", RunProfile(sandbox=NETWORK_ON_READ_ONLY))

    # account/read: the login check of the one session that starts (the refused ones send nothing).
    assert wire.methods() == ["initialize", "initialized", "account/read", "thread/start"]


async def test_only_the_opted_in_network_policy_reaches_a_loopback_listener(
    client_config: ClientConfig, mock_model: MockModel, workdir: Path, listener: socket.socket
) -> None:
    opted_in: dict[str, Any] = {
        "allow_privileged_escalation": True,
        "approval_policy": "on-request",  # asks only if the model asks to leave the sandbox; then declined
        "approval_handler": decline_all(),
    }
    policies: list[tuple[str, SessionConfig]] = [
        ("default", SessionConfig(cwd=str(workdir))),
        ("read-only + network, opted in", SessionConfig(cwd=str(workdir), sandbox=NETWORK_ON_READ_ONLY, **opted_in)),
        ("workspace-write, opted in", SessionConfig(cwd=str(workdir), sandbox="workspace-write", **opted_in)),
    ]
    port = listener.getsockname()[1]
    outcomes: dict[str, tuple[str, int]] = {}
    async with Client(client_config) as client:
        for name, config in policies:
            mock_model.enqueue(responses.exec_command(connect_command(port)), responses.text("tried"))
            session = await client.start_session(config)
            result = await session.ask("connect")
            [command] = [item for item in result.items if getattr(item, "type", "") == "commandExecution"]
            outcomes[name] = (str(command.status), accepted_connections(listener))

    assert outcomes == {
        "default": ("failed", 0),
        "read-only + network, opted in": ("completed", 1),
        "workspace-write, opted in": ("failed", 0),
    }
