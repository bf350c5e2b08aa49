"""Blocking twin of ``client.account`` and its login flows (same names and signatures, minus ``await``)."""

from __future__ import annotations

from codex_runtime.api import account as _account
from codex_runtime.sync._runtime import EventStream
from codex_runtime.sync._twin import Attribute, Managed, Twin, forward, method


class LoginFlow(Managed[_account.LoginFlow]):
    """Blocking twin of :class:`codex_runtime.api.account.LoginFlow`; ``with`` cancels an unfinished login."""

    wait = method(_account.LoginFlow.wait)
    cancel = method(_account.LoginFlow.cancel)

    login_id = Attribute[str]()
    done = Attribute[bool]()


class ChatgptLogin(LoginFlow):
    _wrapped: _account.ChatgptLogin

    auth_url = Attribute[str]()


class DeviceCodeLogin(LoginFlow):
    _wrapped: _account.DeviceCodeLogin

    user_code = Attribute[str]()
    verification_url = Attribute[str]()


class Account(Twin[_account.Account]):
    """Blocking twin of :class:`codex_runtime.api.account.Account` (``client.account``)."""

    read = method(_account.Account.read)
    require_login = method(_account.Account.require_login)
    login_api_key = method(_account.Account.login_api_key)
    login_chatgpt = method(_account.Account.login_chatgpt, ChatgptLogin.of)
    login_device_code = method(_account.Account.login_device_code, DeviceCodeLogin.of)
    logout = method(_account.Account.logout)
    rate_limits = method(_account.Account.rate_limits)
    usage = method(_account.Account.usage)
    events = forward(_account.Account.events, EventStream.of)


__all__ = ["Account", "ChatgptLogin", "DeviceCodeLogin", "LoginFlow"]
