"""Blocking twin of ``client.account`` and its login flows (same names and signatures, minus ``await``)."""

from __future__ import annotations

from types import TracebackType
from typing import TYPE_CHECKING, Self

from codex_runtime.api import account as _account
from codex_runtime.api.account import DEFAULT_LOGIN_TIMEOUT, AccountStatus
from codex_runtime.sync._portal import Portal
from codex_runtime.sync._runtime import EventStream

if TYPE_CHECKING:
    from codex_runtime.protocol import types as t


class LoginFlow:
    """Blocking twin of :class:`codex_runtime.api.account.LoginFlow`; ``with`` cancels an unfinished login."""

    def __init__(self, portal: Portal, flow: _account.LoginFlow) -> None:
        self._portal = portal
        self._flow = flow
        self.login_id = flow.login_id

    @property
    def done(self) -> bool:
        return self._flow.done

    def wait(self, timeout: float = DEFAULT_LOGIN_TIMEOUT) -> AccountStatus:
        return self._portal.call(self._flow.wait(timeout))

    def cancel(self) -> bool:
        return self._portal.call(self._flow.cancel())

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self._portal.call(self._flow.__aexit__(exc_type, exc, tb))


class ChatgptLogin(LoginFlow):
    def __init__(self, portal: Portal, flow: _account.ChatgptLogin) -> None:
        super().__init__(portal, flow)
        self.auth_url = flow.auth_url


class DeviceCodeLogin(LoginFlow):
    def __init__(self, portal: Portal, flow: _account.DeviceCodeLogin) -> None:
        super().__init__(portal, flow)
        self.user_code = flow.user_code
        self.verification_url = flow.verification_url


class Account:
    """Blocking twin of :class:`codex_runtime.api.account.Account` (``client.account``)."""

    def __init__(self, portal: Portal, account: _account.Account) -> None:
        self._portal = portal
        self._account = account

    def read(self, *, refresh_token: bool = False) -> AccountStatus:
        return self._portal.call(self._account.read(refresh_token=refresh_token))

    def require_login(self) -> None:
        self._portal.call(self._account.require_login())

    def login_api_key(self, api_key: str) -> AccountStatus:
        return self._portal.call(self._account.login_api_key(api_key))

    def login_chatgpt(self) -> ChatgptLogin:
        return ChatgptLogin(self._portal, self._portal.call(self._account.login_chatgpt()))

    def login_device_code(self) -> DeviceCodeLogin:
        return DeviceCodeLogin(self._portal, self._portal.call(self._account.login_device_code()))

    def logout(self) -> None:
        self._portal.call(self._account.logout())

    def rate_limits(self) -> t.GetAccountRateLimitsResponse:
        return self._portal.call(self._account.rate_limits())

    def usage(self, *, thread_id: str | None = None) -> t.GetAccountTokenUsageResponse:
        return self._portal.call(self._account.usage(thread_id=thread_id))

    def events(self, *, maxsize: int = 256) -> EventStream:
        return EventStream(self._portal, self._account.events(maxsize=maxsize))


__all__ = ["Account", "ChatgptLogin", "DeviceCodeLogin", "LoginFlow"]
