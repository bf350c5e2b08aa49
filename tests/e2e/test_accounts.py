"""Accounts against the real binary: codex's built-in OpenAI provider pointed at a MockModel that insists on a key.

Measured on codex 0.163.0 (so the proof is offline): ``openai_base_url`` moves the built-in provider to the mock
(``[model_providers.openai]`` itself cannot be overridden, so its retries stay on); account/read then reports
``requiresOpenaiAuth``; a logged-in key arrives as ``Authorization: Bearer``; ``CODEX_APP_SERVER_LOGIN_ISSUER``
moves the ChatGPT/device-code auth server, so "unreachable" is a closed local port.
"""

from __future__ import annotations

import asyncio
import base64
import json
import logging
import socket
import time
import urllib.parse
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from codex_runtime import Client, ClientConfig, SessionConfig
from codex_runtime.errors import AuthenticationRequiredError, InvalidArgumentError, LoginFailedError
from codex_runtime.testing import MockModel, mock_codex_home, responses
from tests.e2e.auth_server import USER_CODE, PendingAuthServer

KEY = "sk-test-accounts-0123456789"


@pytest.fixture
def openai_model() -> Iterator[MockModel]:
    with MockModel(api_key=KEY) as model:
        yield model


@pytest.fixture
def closed_port() -> int:
    probe = socket.socket()
    probe.bind(("127.0.0.1", 0))
    port = int(probe.getsockname()[1])
    probe.close()
    return port


@pytest.fixture
def openai_config(tmp_path: Path, openai_model: MockModel, closed_port: int) -> ClientConfig:
    home = mock_codex_home(tmp_path / "home", openai_model, provider="openai")
    issuer = f"http://127.0.0.1:{closed_port}"  # the auth server is unreachable
    return ClientConfig(process_env={"CODEX_HOME": str(home), "CODEX_APP_SERVER_LOGIN_ISSUER": issuer})


async def test_not_logged_in_fails_typed_naming_the_login_command_before_any_model_request(
    openai_config: ClientConfig, openai_model: MockModel, workdir: Path
) -> None:
    started = time.monotonic()
    async with Client(openai_config) as client:
        with pytest.raises(AuthenticationRequiredError) as caught:
            await client.run(workdir, "hello?")
    elapsed = time.monotonic() - started
    assert str(caught.value) == (
        "not logged in: the configured model provider needs an OpenAI login (API key or ChatGPT); "
        "log in with `codex-runtime login`"
    )
    assert caught.value.login_command == "codex-runtime login"
    assert elapsed < 5.0, elapsed
    assert openai_model.requests == []


async def test_login_with_a_key_makes_the_next_turn_work_and_logout_brings_the_typed_error_back(
    openai_config: ClientConfig, openai_model: MockModel, workdir: Path
) -> None:
    openai_model.enqueue(responses.text("logged in and answering"))
    async with Client(openai_config) as client:
        assert (await client.account.read()).needs_login is True
        status = await client.account.login_api_key(KEY)
        assert (status.logged_in, status.kind, status.email, status.plan) == (True, "apiKey", None, None)
        result = await client.run(workdir, "hello?")
        assert result.assistant_text == "logged in and answering"
        [request] = openai_model.requests
        assert request.headers["authorization"] == f"Bearer {KEY}"

        await client.account.logout()
        assert (await client.account.read()).logged_in is False
        with pytest.raises(AuthenticationRequiredError):
            await client.start_session(SessionConfig(cwd=str(workdir)))
    assert len(openai_model.requests) == 1


async def test_the_login_persists_in_codex_home_for_the_next_app_server(
    openai_config: ClientConfig, openai_model: MockModel, workdir: Path
) -> None:
    openai_model.enqueue(responses.text("still logged in"))
    async with Client(openai_config) as client:
        await client.account.login_api_key(KEY)
    async with Client(openai_config) as client:
        assert (await client.account.read()).kind == "apiKey"
        assert (await client.run(workdir, "again")).assistant_text == "still logged in"


async def test_the_key_is_never_logged_nor_kept_in_state_or_metrics(
    openai_config: ClientConfig, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    async with Client(openai_config) as client:
        await client.account.login_api_key(KEY)
        assert KEY not in repr(client.runtime.state_snapshot())
        assert KEY not in repr(client.runtime.metrics_snapshot())
    assert KEY not in caplog.text
    assert caplog.records  # debug logging was on (the app-server's stderr is logged at debug)


async def test_a_blank_key_is_refused_before_anything_is_sent(openai_config: ClientConfig) -> None:
    async with Client(openai_config) as client:
        for bad in ("", "   ", "sk-a b"):
            with pytest.raises(InvalidArgumentError, match="non-empty string without whitespace"):
                await client.account.login_api_key(bad)
        assert (await client.account.read()).logged_in is False


async def test_account_events_are_typed(openai_config: ClientConfig, openai_model: MockModel, workdir: Path) -> None:
    from codex_runtime.protocol import types as t

    openai_model.enqueue(responses.text("ok"))
    async with Client(openai_config) as client, client.account.events() as events:
        await client.account.login_api_key(KEY)
        await client.run(workdir, "a turn reports rate limits")
        seen: dict[str, object] = {}
        while set(seen) != {"account/login/completed", "account/updated", "account/rateLimits/updated"}:
            event = await events.next(timeout=10)
            seen[event.method] = event.params
    assert isinstance(seen["account/login/completed"], t.AccountLoginCompletedNotification)
    assert seen["account/login/completed"].success is True
    assert isinstance(seen["account/updated"], t.AccountUpdatedNotification)
    assert str(seen["account/updated"].auth_mode) == "apikey"
    assert isinstance(seen["account/rateLimits/updated"], t.AccountRateLimitsUpdatedNotification)


# --- ChatGPT browser flow ------------------------------------------------------------------------------


async def test_chatgpt_login_returns_the_auth_url_and_cancel_ends_it_typed(
    openai_config: ClientConfig, closed_port: int
) -> None:
    async with Client(openai_config) as client:
        flow = await client.account.login_chatgpt()
        assert flow.auth_url.startswith(f"http://127.0.0.1:{closed_port}/oauth/authorize?response_type=code&")
        assert await flow.cancel() is True
        with pytest.raises(LoginFailedError) as caught:
            await flow.wait(timeout=10)
    assert caught.value.login_id == flow.login_id
    assert str(caught.value) == "login failed: Login server error: Login was not completed"


async def test_chatgpt_login_with_the_auth_server_unreachable_fails_typed(
    openai_config: ClientConfig, closed_port: int
) -> None:
    async with Client(openai_config) as client:
        flow = await client.account.login_chatgpt()
        query = urllib.parse.parse_qs(urllib.parse.urlparse(flow.auth_url).query)
        callback = f"{query['redirect_uri'][0]}?code=fake-code&state={query['state'][0]}"
        # What the browser does after signing in: codex then exchanges the code at the (unreachable) auth server.
        page = await asyncio.to_thread(lambda: urllib.request.urlopen(callback, timeout=10).read())
        assert b"Sign-in Error" in page
        with pytest.raises(LoginFailedError) as caught:
            await flow.wait(timeout=10)
    assert caught.value.reason == (
        "Login server error: Token exchange failed: error sending request for url "
        f"(http://127.0.0.1:{closed_port}/oauth/token)"
    )


async def test_a_chatgpt_login_not_finished_in_time_is_cancelled(openai_config: ClientConfig) -> None:
    async with Client(openai_config) as client:
        flow = await client.account.login_chatgpt()
        with pytest.raises(LoginFailedError, match=r"^login failed: not completed within 0.2s; cancelled$"):
            await flow.wait(timeout=0.2)
        # The server forgot it: a second cancel finds nothing.
        result = await client.runtime.request("account/login/cancel", {"loginId": flow.login_id})
        assert result == {"status": "notFound"}


async def test_a_newer_login_replaces_the_pending_one(openai_config: ClientConfig) -> None:
    async with Client(openai_config) as client:
        first = await client.account.login_chatgpt()
        second = await client.account.login_chatgpt()
        with pytest.raises(LoginFailedError, match="replaced by a newer login"):
            await first.wait(timeout=5)
        async with second:
            assert second.done is False
        assert second.done is True  # leaving the block cancelled it


# --- device code -------------------------------------------------------------------------------------------


async def test_device_code_login_with_the_auth_server_unreachable_fails_typed_at_start(
    openai_config: ClientConfig, closed_port: int
) -> None:
    async with Client(openai_config) as client:
        started = time.monotonic()
        with pytest.raises(LoginFailedError) as caught:
            await client.account.login_device_code()
        assert time.monotonic() - started < 5.0
    assert caught.value.login_id is None
    assert caught.value.reason == (
        "failed to request device code: error sending request for url "
        f"(http://127.0.0.1:{closed_port}/api/accounts/deviceauth/usercode)"
    )


async def test_device_code_login_shows_the_code_and_cancel_ends_it_typed(
    tmp_path: Path, openai_model: MockModel
) -> None:
    home = mock_codex_home(tmp_path / "home", openai_model, provider="openai")
    with PendingAuthServer() as auth:
        config = ClientConfig(process_env={"CODEX_HOME": str(home), "CODEX_APP_SERVER_LOGIN_ISSUER": auth.issuer})
        async with Client(config) as client:
            flow = await client.account.login_device_code()
            assert (flow.user_code, flow.verification_url) == (USER_CODE, f"{auth.issuer}/codex/device")
            assert await flow.cancel() is True
            with pytest.raises(LoginFailedError, match=r"^login failed: Login was not completed$"):
                await flow.wait(timeout=10)
            assert (await client.account.read()).logged_in is False
    assert auth.paths[0] == "/api/accounts/deviceauth/usercode"


# --- blocking twin -------------------------------------------------------------------------------------------


def test_the_blocking_account_twin_logs_in_and_cancels(
    openai_config: ClientConfig, openai_model: MockModel, workdir: Path
) -> None:
    from codex_runtime.sync import Client as BlockingClient

    openai_model.enqueue(responses.text("blocking and logged in"))
    with BlockingClient(openai_config) as client:
        assert client.account.login_api_key(KEY).kind == "apiKey"
        assert client.run(workdir, "hi").assistant_text == "blocking and logged in"
        flow = client.account.login_chatgpt()
        assert flow.cancel() is True
        with pytest.raises(LoginFailedError, match="Login was not completed"):
            flow.wait(timeout=10)


def test_the_blocking_account_twins_have_the_async_signatures() -> None:
    import inspect

    from codex_runtime.api import account
    from codex_runtime.sync import account as blocking

    for async_cls, sync_cls in [(account.Account, blocking.Account), (account.LoginFlow, blocking.LoginFlow)]:
        public = {n for n in dir(async_cls) if not n.startswith("_")}
        assert public <= {n for n in dir(sync_cls) if not n.startswith("_")}, public - set(dir(sync_cls))
        for name in public:
            member = getattr(async_cls, name)
            if inspect.iscoroutinefunction(member):
                assert inspect.signature(member).parameters == inspect.signature(getattr(sync_cls, name)).parameters


# --- account/chatgptAuthTokens/refresh ------------------------------------------------------------------------


def fake_chatgpt_token(account_id: str) -> str:
    """An unsigned JWT with the claims codex reads from a ChatGPT access token (it does not verify it locally)."""

    def part(data: dict[str, object]) -> str:
        return base64.urlsafe_b64encode(json.dumps(data).encode()).rstrip(b"=").decode()

    claims = {
        "email": "dev@example.com",
        "exp": int(time.time()) + 3600,
        "https://api.openai.com/auth": {"chatgpt_plan_type": "plus", "chatgpt_account_id": account_id},
    }
    return f"{part({'alg': 'none', 'typ': 'JWT'})}.{part(claims)}.unsigned"


@pytest.fixture
def external_tokens_config(tmp_path: Path, openai_model: MockModel) -> ClientConfig:
    # Host-managed ChatGPT tokens (`chatgptAuthTokens`): codex asks the client to refresh them on a 401.
    home = mock_codex_home(tmp_path / "home", openai_model, provider="openai")
    return ClientConfig(process_env={"CODEX_HOME": str(home)}, server_request_timeout=0.5, experimental_api=True)


async def test_a_token_refresh_request_fails_closed_without_a_handler(
    external_tokens_config: ClientConfig, openai_model: MockModel, workdir: Path
) -> None:
    async with Client(external_tokens_config) as client:
        await client.runtime.request(
            "account/login/start",
            {"type": "chatgptAuthTokens", "accessToken": fake_chatgpt_token("acct-1"), "chatgptAccountId": "acct-1"},
        )
        session = await client.start_session(SessionConfig(cwd=str(workdir)))
        stream = await session.ask_stream("hello?")
        async with stream:
            kinds = [event.kind async for event in stream]
        assert kinds[-1] == "turn_failed"
        served = client.runtime.metrics_snapshot().server_requests
    # The model answered 401 to the token; codex asked us to refresh it (once per retry); each ask was declined.
    assert openai_model.requests
    assert served.received >= 1
    assert served.declined_by_deadline == served.received


async def test_a_token_refresh_handler_gets_the_typed_request_and_its_typed_answer_is_taken(
    external_tokens_config: ClientConfig, openai_model: MockModel, workdir: Path
) -> None:
    from codex_runtime.errors import TurnFailedError
    from codex_runtime.protocol import types as t

    seen: list[object] = []

    def refresh(request: object) -> object:
        seen.append(getattr(request, "params", None))
        return t.ChatgptAuthTokensRefreshResponse(
            access_token=fake_chatgpt_token("acct-1"), chatgpt_account_id="acct-1"
        )

    config = ClientConfig(
        process_env=external_tokens_config.process_env,
        approval_handler=refresh,
        server_request_timeout=10.0,
        experimental_api=True,
    )
    async with Client(config) as client:
        stale = fake_chatgpt_token("acct-1") + "-stale"
        await client.runtime.request(
            "account/login/start", {"type": "chatgptAuthTokens", "accessToken": stale, "chatgptAccountId": "acct-1"}
        )
        # Offline the refreshed session still fails: codex 0.163.0 then fetches a workspace network policy from
        # the ChatGPT backend ("application network policy is unavailable"). What we own is the answer.
        with pytest.raises(TurnFailedError):
            await client.run(workdir, "hello?")
        served = client.runtime.metrics_snapshot().server_requests
    [params] = seen
    assert isinstance(params, t.ChatgptAuthTokensRefreshParams)
    assert (str(params.reason), params.previous_account_id) == ("unauthorized", "acct-1")
    assert (served.received, served.answered, served.declined_by_deadline, served.handler_errors) == (1, 1, 0, 0)
