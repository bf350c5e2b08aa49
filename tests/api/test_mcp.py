"""client.mcp edges the real binary will not produce offline (an OAuth login finishing or failing), and the wire
shape of ``mcp_servers`` in thread/start."""

from __future__ import annotations

import pytest

from codex_runtime import ClientConfig, InvalidArgumentError, LoginFailedError, McpServer, RunProfile, SessionConfig
from codex_runtime.api.mcp import Mcp
from codex_runtime.api.thread_options import check_turn_options
from codex_runtime.api.thread_params import thread_params
from codex_runtime.runtime.runtime import Runtime
from codex_runtime.testing import FakeAppServer

LOGIN = {"authorizationUrl": "https://auth.example/authorize?x=1", "loginId": "login-1"}


async def test_an_oauth_login_returns_the_url_and_waits_for_its_completion_event() -> None:
    async with FakeAppServer() as server:
        server.on("mcpServer/oauth/login", LOGIN)
        runtime = await Runtime.connect(ClientConfig(), transport=server.client_transport)
        login = await Mcp(runtime).oauth_login("docs", scopes=["read"])
        # Another server's completion, then this one's (the completion may even come before anyone waits).
        await server.notify("mcpServer/oauthLogin/completed", {"name": "other", "success": False, "error": "x"})
        await server.notify("mcpServer/oauthLogin/completed", {"name": "docs", "success": True, "loginId": "login-1"})
        await login.wait(timeout=5.0)
        await runtime.shutdown()
    assert (login.name, login.authorization_url, login.login_id) == ("docs", LOGIN["authorizationUrl"], "login-1")
    assert server.requests("mcpServer/oauth/login")[0]["params"] == {"name": "docs", "scopes": ["read"]}


async def test_a_failed_or_unfinished_oauth_login_raises_login_failed() -> None:
    async with FakeAppServer() as server:
        server.on("mcpServer/oauth/login", LOGIN)
        runtime = await Runtime.connect(ClientConfig(), transport=server.client_transport)
        failing = await Mcp(runtime).oauth_login("docs")
        await server.notify("mcpServer/oauthLogin/completed", {"name": "docs", "success": False, "error": "denied"})
        with pytest.raises(LoginFailedError) as failed:
            await failing.wait(timeout=5.0)
        slow = await Mcp(runtime).oauth_login("docs")
        with pytest.raises(LoginFailedError) as late:
            await slow.wait(timeout=0.2)
        await runtime.shutdown()
    assert (failed.value.login_id, failed.value.reason) == ("login-1", "denied")
    assert late.value.reason == "not finished in 0.2 s"


def test_mcp_servers_go_into_the_thread_config_and_a_call_profile_cannot_change_them() -> None:
    servers = {
        "docs": McpServer(
            command="docs-mcp",
            args=["--stdio"],
            env={"TOKEN_FILE": "/run/token"},
            tool_approval={"search": "approve"},
            tool_timeout_sec=20,
        ),
        "web": McpServer(url="http://127.0.0.1:8931/mcp", bearer_token_env_var="WEB_TOKEN", disabled_tools=["x"]),
    }
    config = SessionConfig(cwd="/repo", mcp_servers=servers, thread_config={"model_verbosity": "low"})
    assert thread_params(config, "/repo")["config"] == {
        "model_verbosity": "low",
        "mcp_servers": {
            "docs": {
                "command": "docs-mcp",
                "args": ["--stdio"],
                "env": {"TOKEN_FILE": "/run/token"},
                "tools": {"search": {"approval_mode": "approve"}},
                "tool_timeout_sec": 20,
            },
            "web": {"url": "http://127.0.0.1:8931/mcp", "bearer_token_env_var": "WEB_TOKEN", "disabled_tools": ["x"]},
        },
    }
    assert "config" not in thread_params(SessionConfig(cwd="/repo"), "/repo")
    with pytest.raises(InvalidArgumentError, match="mcp_servers is fixed"):
        check_turn_options(config, RunProfile(mcp_servers={}))
