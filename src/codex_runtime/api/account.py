"""``client.account``: who is logged in, logging in and out (API key, ChatGPT browser flow, device code), rate
limits and usage, over the ``account/*`` methods of the connected app-server.

The app-server owns the credentials (it stores them under CODEX_HOME); this module only asks it. A key passed to
:meth:`Account.login_api_key` goes to the server and nowhere else: it is never logged, kept or echoed in an error.
The ChatGPT flows finish asynchronously: the server reports ``account/login/completed``, which a :class:`LoginFlow`
waits for with a deadline (subscribed before the login starts, so a fast completion is never missed).
"""

from __future__ import annotations

import asyncio
from collections.abc import Mapping
from dataclasses import dataclass
from types import TracebackType
from typing import TYPE_CHECKING, Any, Final, TypeVar

from codex_runtime.errors import (
    AuthenticationRequiredError,
    InternalRpcError,
    InvalidArgumentError,
    InvalidRequestError,
    LoginFailedError,
    RpcError,
)
from codex_runtime.protocol import ClientRequests, MethodSpec
from codex_runtime.rpc.closing import AsyncContext

if TYPE_CHECKING:
    from codex_runtime.protocol import types as t
    from codex_runtime.runtime.events import EventStream
    from codex_runtime.runtime.runtime import Runtime

ACCOUNT_UPDATED: Final = "account/updated"
LOGIN_COMPLETED: Final = "account/login/completed"
RATE_LIMITS_UPDATED: Final = "account/rateLimits/updated"
ACCOUNT_EVENTS: Final = (ACCOUNT_UPDATED, LOGIN_COMPLETED, RATE_LIMITS_UPDATED)

DEFAULT_LOGIN_TIMEOUT: Final = 600.0
"""Seconds :meth:`LoginFlow.wait` gives a person to finish signing in by default."""

_Flow = TypeVar("_Flow", bound="LoginFlow")
P = TypeVar("P")
R = TypeVar("R")

_NOT_LOGGED_IN = "not logged in: the configured model provider needs an OpenAI login (API key or ChatGPT)"


@dataclass(frozen=True, slots=True)
class AccountStatus:
    """What ``account/read`` says: the account codex uses (None when logged out) and whether the configured model
    provider needs an OpenAI login at all."""

    account: t.Account | None
    requires_openai_auth: bool

    @property
    def logged_in(self) -> bool:
        return self.account is not None

    @property
    def needs_login(self) -> bool:
        """True when a turn would reach the provider without credentials."""
        return self.requires_openai_auth and self.account is None

    @property
    def kind(self) -> str | None:
        """``"apiKey"``, ``"chatgpt"``, ``"amazonBedrock"`` (or a newer server's kind); None when logged out."""
        return None if self.account is None else str(self.account.type)

    @property
    def email(self) -> str | None:
        value = getattr(self.account, "email", None)
        return value if isinstance(value, str) else None

    @property
    def plan(self) -> str | None:
        """The ChatGPT plan (``"plus"``, ``"pro"``...); None for an API key."""
        value = getattr(self.account, "plan_type", None)
        return None if value is None else str(value)


class LoginFlow(AsyncContext):
    """A ChatGPT login in progress: ``await flow.wait(timeout)`` for its end, ``await flow.cancel()`` to stop it.

    Also an async context manager: leaving the block before the login finished cancels it.
    """

    def __init__(self, account: Account, login_id: str, completions: EventStream) -> None:
        self._account = account
        self.login_id = login_id
        self._completions = completions
        self._failure: LoginFailedError | None = None
        self._status: AccountStatus | None = None

    @property
    def done(self) -> bool:
        return self._status is not None or self._failure is not None

    async def wait(self, timeout: float = DEFAULT_LOGIN_TIMEOUT) -> AccountStatus:
        """Wait until the server reports the login finished; the account it logged in.

        Raises:
            LoginFailedError: the server reported a failure (the auth server unreachable, a rejected code, a
                cancelled login), another login replaced this one, or ``timeout`` passed (the login is cancelled).
            TransportError: the connection is gone.
        """
        if not self.done:
            try:
                success, error = await asyncio.wait_for(self._next_completion(), timeout)
            except TimeoutError:
                await self.cancel()
                self._fail(f"not completed within {timeout:g}s; cancelled")
            else:
                if success:
                    self._status = await self._account.read()
                    self._account._mark_logged_in(self._status)
                else:
                    self._fail(error or "the server reported a failed login")
            finally:
                self._completions.close()
        if self._failure is not None:
            raise self._failure
        assert self._status is not None
        return self._status

    async def _next_completion(self) -> tuple[bool, str | None]:
        async for notification in self._completions:
            params = notification.params
            if getattr(params, "login_id", None) == self.login_id:
                return bool(getattr(params, "success", False)), getattr(params, "error", None)
        raise LoginFailedError(self.login_id, "the event stream ended before the login finished")

    async def cancel(self) -> bool:
        """Ask the server to stop this login (it then reports it as failed). True if it was still running there."""
        if self.done:
            return False
        result = await self._account.runtime.request_typed(
            ClientRequests.ACCOUNT_LOGIN_CANCEL, {"loginId": self.login_id}
        )
        return str(result.status) == "canceled"

    def _fail(self, reason: str) -> None:
        if not self.done:
            self._failure = LoginFailedError(self.login_id, reason)
        self._completions.close()

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        if not self.done:
            await self.cancel()
            self._fail("left the `async with` block before the login finished; cancelled")


class ChatgptLogin(LoginFlow):
    """The browser flow: open :attr:`auth_url`; codex listens on ``127.0.0.1:1455`` for the redirect."""

    def __init__(self, account: Account, login_id: str, auth_url: str, completions: EventStream) -> None:
        super().__init__(account, login_id, completions)
        self.auth_url = auth_url


class DeviceCodeLogin(LoginFlow):
    """The device-code flow: open :attr:`verification_url` anywhere and enter :attr:`user_code`."""

    def __init__(
        self, account: Account, login_id: str, user_code: str, verification_url: str, completions: EventStream
    ) -> None:
        super().__init__(account, login_id, completions)
        self.user_code = user_code
        self.verification_url = verification_url


class Account:
    """The account of one connected app-server (``client.account``)."""

    def __init__(self, runtime: Runtime) -> None:
        self.runtime = runtime
        self._known_logged_in = False
        self._flow: LoginFlow | None = None

    async def read(self, *, refresh_token: bool = False) -> AccountStatus:
        """Who is logged in, and whether the model provider needs a login.

        Raises:
            RpcError, TransportError: account/read failed.
        """
        result: t.GetAccountResponse = await self.runtime.request_typed(
            ClientRequests.ACCOUNT_READ, {"refreshToken": True} if refresh_token else {}
        )
        return AccountStatus(result.account, result.requires_openai_auth)

    async def require_login(self) -> None:
        """Raise before a turn would reach the model provider without credentials (a real server would retry for
        seconds and then fail with a bare 401). Cheap after the first success: this object remembers it until
        :meth:`logout`.

        Raises:
            AuthenticationRequiredError: not logged in and the provider needs an OpenAI login.
        """
        if self._known_logged_in:
            return
        try:
            # Two keys of the raw answer decide it: no typed AccountStatus (and no model build) on every one-shot run.
            result = await self.runtime.request("account/read", {})
        except RpcError:
            # The server cannot tell (no account/read on an old server; a ChatGPT login whose workspace lookup
            # needs the network): let the turn itself say what is wrong.
            return
        if isinstance(result, dict) and result.get("requiresOpenaiAuth") is True and result.get("account") is None:
            raise AuthenticationRequiredError(_NOT_LOGGED_IN)
        self._known_logged_in = True

    def _mark_logged_in(self, status: AccountStatus) -> None:
        self._known_logged_in = status.logged_in or not status.requires_openai_auth

    async def login_api_key(self, api_key: str) -> AccountStatus:
        """Log in with an OpenAI API key (codex stores it in CODEX_HOME). The key is never logged or echoed.

        Raises:
            InvalidArgumentError: an empty key, or one with whitespace inside.
            RpcError, TransportError: the server refused it.
        """
        if not isinstance(api_key, str) or not api_key.strip() or any(ch.isspace() for ch in api_key.strip()):
            raise InvalidArgumentError("an API key must be a non-empty string without whitespace")
        await self.runtime.request_typed(
            ClientRequests.ACCOUNT_LOGIN_START, {"type": "apiKey", "apiKey": api_key.strip()}
        )
        status = await self.read()
        self._mark_logged_in(status)
        return status

    async def login_chatgpt(self) -> ChatgptLogin:
        """Start the ChatGPT browser login; open the returned flow's ``auth_url``, then ``await flow.wait()``.

        Raises:
            LoginFailedError: the server could not start it (e.g. its callback port 1455 is taken).
            RpcError, TransportError: the request failed.
        """
        result, completions = await self._start_flow({"type": "chatgpt"})
        flow = ChatgptLogin(self, str(result.login_id), str(result.auth_url), completions)
        return self._track(flow)

    async def login_device_code(self) -> DeviceCodeLogin:
        """Start the device-code login (for machines without a browser): show the flow's ``user_code`` and
        ``verification_url``, then ``await flow.wait()``.

        Raises:
            LoginFailedError: the auth server could not be reached (or refused), so there is no code to show.
            RpcError, TransportError: the request failed.
        """
        result, completions = await self._start_flow({"type": "chatgptDeviceCode"})
        flow = DeviceCodeLogin(
            self, str(result.login_id), str(result.user_code), str(result.verification_url), completions
        )
        return self._track(flow)

    async def _start_flow(self, params: dict[str, Any]) -> tuple[Any, EventStream]:
        completions = self.runtime.events(methods=[LOGIN_COMPLETED], maxsize=64)
        try:
            result = await self.runtime.request_typed(ClientRequests.ACCOUNT_LOGIN_START, params)
        except InternalRpcError as exc:  # the server's own failure (auth server unreachable, port taken)
            completions.close()
            raise LoginFailedError(None, exc.message) from exc
        except BaseException:
            completions.close()
            raise
        return result, completions

    def _track(self, flow: _Flow) -> _Flow:
        # The server keeps one ChatGPT login at a time: a new one makes it forget the previous one silently.
        previous, self._flow = self._flow, flow
        if previous is not None and not previous.done:
            previous._fail("replaced by a newer login on the same app-server")
        return flow

    async def logout(self) -> None:
        """Log out (codex removes the stored credentials).

        Raises:
            RpcError, TransportError: account/logout failed.
        """
        self._known_logged_in = False
        await self.runtime.request_typed(ClientRequests.ACCOUNT_LOGOUT, None)

    async def rate_limits(self) -> t.GetAccountRateLimitsResponse:
        """The account's rate-limit windows and credits (a ChatGPT login is needed for them).

        Raises:
            AuthenticationRequiredError: not logged in, or logged in with an API key (the server's words say which).
            RpcError, TransportError: the server could not read them.
        """
        return await self._read_needing_login(ClientRequests.ACCOUNT_RATE_LIMITS_READ, None)

    async def usage(self, *, thread_id: str | None = None) -> t.GetAccountTokenUsageResponse:
        """Token usage of the account (or of one thread); a ChatGPT login is needed.

        Raises:
            AuthenticationRequiredError: not logged in, or logged in with an API key.
            RpcError, TransportError: the server could not read it.
        """
        params = {"threadId": thread_id} if thread_id is not None else None
        return await self._read_needing_login(ClientRequests.ACCOUNT_USAGE_READ, params)

    async def _read_needing_login(self, method: MethodSpec[P, R], params: Mapping[str, object] | None) -> R:
        try:
            return await self.runtime.request_typed(method, params)
        except InvalidRequestError as exc:
            # codex 0.163.0: "codex account authentication required to read rate limits" (logged out) or
            # "chatgpt authentication required to ..." (an API key).
            if "authentication required" in exc.message:
                raise AuthenticationRequiredError(exc.message) from exc
            raise

    def events(self, *, maxsize: int = 256) -> EventStream:
        """``account/updated``, ``account/login/completed`` and ``account/rateLimits/updated`` as typed events
        (bounded: the oldest are dropped for a slow consumer). Close it (or ``async with``) when done."""
        return self.runtime.events(methods=list(ACCOUNT_EVENTS), maxsize=maxsize)


__all__ = [
    "ACCOUNT_EVENTS",
    "Account",
    "AccountStatus",
    "ChatgptLogin",
    "DeviceCodeLogin",
    "LoginFlow",
]
