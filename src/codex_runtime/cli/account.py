"""``login``, ``logout`` and ``whoami``: the app-server's account, through ``client.account``.

A key is read from stdin only (piped, or typed at a hidden prompt on a terminal), never from argv where ``ps`` and
shell history would show it; it is never printed or logged.
"""

from __future__ import annotations

import sys
from typing import Any

import click
from rich.text import Text

from codex_runtime.api.account import AccountStatus, LoginFlow
from codex_runtime.api.client import Client
from codex_runtime.cli.errors import CliError
from codex_runtime.cli.jsonl import JsonLinesWriter
from codex_runtime.cli.options import CliState, duration_callback, format_duration, pass_state
from codex_runtime.cli.runner import Interrupts, client_command, run_command
from codex_runtime.errors import AuthenticationRequiredError

DEFAULT_LOGIN_TIMEOUT = "10m"


def describe_account(status: AccountStatus) -> str:
    """``"an API key"``, ``"ChatGPT as ada@example.com (plus plan)"``, or ``"not logged in"``."""
    if status.account is None:
        return "not logged in"
    if status.kind == "apiKey":
        return "an API key"
    text = "ChatGPT" if status.kind == "chatgpt" else str(status.kind)
    if status.email:
        text += f" as {status.email}"
    if status.plan:
        text += f" ({status.plan} plan)"
    return text


def _account_record(kind: str, status: AccountStatus, **extra: Any) -> dict[str, Any]:
    return {
        "kind": kind,
        "thread_id": None,
        "turn_id": None,
        "logged_in": status.logged_in,
        "account_type": status.kind,
        "email": status.email,
        "plan": status.plan,
        "requires_openai_auth": status.requires_openai_auth,
        **extra,
    }


def _read_key() -> str:
    if sys.stdin.isatty():
        key = click.prompt("OpenAI API key (input hidden)", hide_input=True, err=True, default="", show_default=False)
    else:
        key = sys.stdin.read()
    key = key.strip()
    if not key:
        raise CliError(
            "no API key on stdin",
            hint="pipe it in: printenv OPENAI_API_KEY | codex-runtime login --api-key-stdin",
        )
    return key


@click.command("login")
@click.option("--api-key-stdin", is_flag=True, help="Read an OpenAI API key from stdin (never from the command line).")
@click.option("--device-code", is_flag=True, help="Sign in with ChatGPT on another device: shows a code to enter.")
@click.option(
    "--timeout",
    default=DEFAULT_LOGIN_TIMEOUT,
    callback=duration_callback,
    show_default=True,
    help="How long to wait for the sign-in to finish (ChatGPT flows).",
)
@pass_state
def login_cmd(state: CliState, api_key_stdin: bool, device_code: bool, timeout: float) -> int:
    """Log in: ChatGPT in a browser (default), --device-code, or an API key with --api-key-stdin."""
    if api_key_stdin and device_code:
        raise click.UsageError("choose one of --api-key-stdin and --device-code")
    key = _read_key() if api_key_stdin else None

    async def body(interrupts: Interrupts) -> int:
        async with Client(state.client_config()) as client:
            if key is not None:
                status = await client.account.login_api_key(key)
            else:
                status = await _chatgpt_login(state, client, interrupts, device_code=device_code, timeout=timeout)
        if state.json:
            JsonLinesWriter().write(_account_record("login", status))
        else:
            state.console().print(Text.assemble(("✓ ", "green"), "logged in with ", describe_account(status)))
        return 0

    return run_command(body)


async def _chatgpt_login(
    state: CliState, client: Client, interrupts: Interrupts, *, device_code: bool, timeout: float
) -> AccountStatus:
    flow: LoginFlow
    if device_code:
        device = await client.account.login_device_code()
        flow, url, code = device, device.verification_url, device.user_code
    else:
        browser = await client.account.login_chatgpt()
        flow, url, code = browser, browser.auth_url, None
    if state.json:
        JsonLinesWriter().write(
            {"kind": "login_started", "thread_id": None, "turn_id": None, "url": url, "user_code": code}
        )
    else:
        console = state.console()
        console.print(Text.assemble("Open this URL in a browser to sign in with ChatGPT:\n  ", (url, "cyan")))
        if code is not None:
            console.print(Text.assemble("and enter the code ", (code, "bold")))
        console.print(Text(f"waiting up to {format_duration(timeout)} (Ctrl-C cancels)", style="dim"))
    async with flow:  # leaving early (Ctrl-C) cancels the login on the server
        return await flow.wait(timeout)


@click.command("logout")
@client_command
async def logout_cmd(state: CliState, client: Client) -> int:
    """Log out (removes the stored credentials from CODEX_HOME)."""
    await client.account.logout()
    status = await client.account.read()
    if state.json:
        JsonLinesWriter().write(_account_record("logout", status))
    else:
        state.console().print(Text.assemble(("✓ ", "green"), "logged out"))
    return 0


@click.command("whoami")
@client_command
async def whoami_cmd(state: CliState, client: Client) -> int:
    """The logged-in account, its plan and its rate limits. Exit 1 when a login is needed and missing."""
    status = await client.account.read()
    limits: Any = None
    limits_note: str | None = None
    if status.logged_in:
        try:
            limits = (await client.account.rate_limits()).rate_limits
        except AuthenticationRequiredError as exc:
            # The server's own words ("chatgpt authentication required to read rate limits").
            limits_note = f"not available: {getattr(exc.__cause__, 'message', exc)}"
    if state.json:
        JsonLinesWriter().write(_account_record("whoami", status, rate_limits=limits, rate_limits_note=limits_note))
    else:
        _print_whoami(state, status, limits, limits_note)
    if status.needs_login:
        raise CliError("not logged in", hint="log in with `codex-runtime login`")
    return 0


def _print_whoami(state: CliState, status: AccountStatus, limits: Any, limits_note: str | None) -> None:
    console = state.console()
    if status.account is None:
        needed = "the model provider needs one" if status.requires_openai_auth else "none needed by the model provider"
        console.print(Text(f"account      not logged in ({needed})"))
        return
    console.print(Text(f"account      {describe_account(status)}"))
    console.print(Text(f"plan         {status.plan or '-'}"))
    if limits is None:
        console.print(Text(f"rate limits  {limits_note or '-'}"))
        return
    for label, window in (("primary", limits.primary), ("secondary", limits.secondary)):
        if window is not None:
            span = f" of {window.window_duration_mins} min" if window.window_duration_mins else ""
            console.print(Text(f"rate limits  {label}: {window.used_percent}% used{span}"))
    if limits.primary is None and limits.secondary is None:
        console.print(Text("rate limits  none reported"))


__all__ = ["describe_account", "login_cmd", "logout_cmd", "whoami_cmd"]
