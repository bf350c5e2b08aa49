"""Errors that name their cause, against the real binary: a missing login, a CODEX_HOME that does not exist."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from codex_runtime import ClientConfig, RunProfile, quick_run_with_profile
from codex_runtime.errors import AuthenticationRequiredError, ProcessExitedError
from codex_runtime.testing import MockModel, mock_codex_home


async def test_no_login_is_a_typed_error_in_seconds_not_the_turn_deadline(tmp_path: Path, workdir: Path) -> None:
    with MockModel(api_key="sk-never-sent") as model:
        home = mock_codex_home(tmp_path / "home", model, provider="openai")
        started = time.monotonic()
        with pytest.raises(AuthenticationRequiredError, match=r"log in with `codex-runtime login`$"):
            await quick_run_with_profile(
                workdir,
                "hello?",
                RunProfile(timeout=600.0),
                client_config=ClientConfig(process_env={"CODEX_HOME": str(home)}),
            )
        elapsed = time.monotonic() - started
    assert elapsed < 5.0, elapsed
    assert model.requests == []


async def test_an_app_server_that_exits_at_start_leads_with_its_own_error_line(tmp_path: Path, workdir: Path) -> None:
    missing = tmp_path / "nowhere"
    with pytest.raises(ProcessExitedError) as caught:
        await quick_run_with_profile(
            workdir, "hello?", RunProfile(), client_config=ClientConfig(process_env={"CODEX_HOME": str(missing)})
        )
    first_line = str(caught.value).splitlines()[0]
    assert (
        first_line == f'CODEX_HOME points to "{missing}", but that path does not exist; app-server exited (exit code 1)'
    )
    assert caught.value.exit_code == 1
    assert "Stack backtrace" in caught.value.stderr_tail  # the whole tail is still attached


async def test_a_turn_that_times_out_while_the_server_retries_offline_says_why(tmp_path: Path, workdir: Path) -> None:
    import socket

    from codex_runtime import Client, SessionConfig
    from codex_runtime.errors import PromptTimeoutError

    probe = socket.socket()
    probe.bind(("127.0.0.1", 0))
    port = probe.getsockname()[1]
    probe.close()  # nothing listens there: the model provider is unreachable, as offline
    home = mock_codex_home(tmp_path / "home", f"http://127.0.0.1:{port}/v1", provider="openai")
    async with Client(ClientConfig(process_env={"CODEX_HOME": str(home)})) as client:
        await client.account.login_api_key("sk-offline")
        session = await client.start_session(SessionConfig(cwd=str(workdir), timeout=4.0))
        started = time.monotonic()
        with pytest.raises(PromptTimeoutError) as caught:
            await session.ask("hello?")
        elapsed = time.monotonic() - started
    error = caught.value
    assert error.retries, "the server retried before the deadline"
    last = error.retries[-1]
    assert last.message.startswith("Reconnecting... ")
    assert "Connection refused" in (last.details or "")
    assert str(error) == (
        f"turn did not finish within 4s (absolute deadline) while the server was retrying: {last.reason}; "
        "it was interrupted"
    )
    assert elapsed < 10.0, elapsed
