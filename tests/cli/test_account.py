"""`codex-runtime login | logout | whoami` against the real binary, with codex's built-in OpenAI provider pointed at
a MockModel that insists on a key. The key only ever travels on stdin."""

from __future__ import annotations

import io
import os
import socket
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from codex_runtime.testing import MockModel, mock_codex_home, responses
from tests.cli._cli import SpawnCli, finish, json_lines, run_cli

KEY = "sk-cli-test-9876543210"


@pytest.fixture
def keyed_model() -> Iterator[MockModel]:
    with MockModel(api_key=KEY) as model:
        yield model


@pytest.fixture
def dead_issuer() -> str:
    probe = socket.socket()
    probe.bind(("127.0.0.1", 0))
    port = probe.getsockname()[1]
    probe.close()
    return f"http://127.0.0.1:{port}"


@pytest.fixture
def openai_env(tmp_path: Path, keyed_model: MockModel, dead_issuer: str) -> dict[str, str]:
    home = mock_codex_home(tmp_path / "openai-home", keyed_model, provider="openai")
    env = {k: v for k, v in os.environ.items() if k not in ("FORCE_COLOR", "CODEX_RUNTIME_CLI_BIN")}
    env.update(
        {"CODEX_HOME": str(home), "TERM": "xterm", "NO_COLOR": "1", "CODEX_APP_SERVER_LOGIN_ISSUER": dead_issuer}
    )
    return env


def test_run_without_a_login_fails_at_once_naming_the_login_command(
    openai_env: dict[str, str], keyed_model: MockModel, workdir: Path
) -> None:
    started = time.monotonic()
    proc = run_cli("run", "hello?", "--cwd", str(workdir), env=openai_env)
    elapsed = time.monotonic() - started
    assert proc.returncode == 1
    assert proc.stderr.splitlines() == [
        "error: not logged in: the configured model provider needs an OpenAI login (API key or ChatGPT); "
        "log in with `codex-runtime login`",
        "hint: run `codex-runtime login` (an API key: `codex-runtime login --api-key-stdin`)",
    ]
    assert keyed_model.requests == []
    assert elapsed < 10.0, elapsed  # a Python start, an app-server start and one account/read


def test_login_with_a_piped_key_then_whoami_run_logout_whoami(
    openai_env: dict[str, str], keyed_model: MockModel, workdir: Path
) -> None:
    login = run_cli("login", "--api-key-stdin", env=openai_env, input=KEY + "\n")
    assert (login.returncode, login.stdout, login.stderr) == (0, "✓ logged in with an API key\n", "")

    whoami = run_cli("whoami", env=openai_env)
    assert whoami.returncode == 0, whoami.stderr
    assert whoami.stdout.splitlines() == [
        "account      an API key",
        "plan         -",
        "rate limits  not available: chatgpt authentication required to read rate limits",
    ]

    keyed_model.enqueue(responses.text("hello with a key"))
    run = run_cli("run", "hello?", "--cwd", str(workdir), env=openai_env)
    assert run.returncode == 0, run.stderr
    assert "hello with a key" in run.stdout
    assert keyed_model.requests[0].headers["authorization"] == f"Bearer {KEY}"

    logout = run_cli("logout", env=openai_env)
    assert (logout.returncode, logout.stdout) == (0, "✓ logged out\n")
    after = run_cli("whoami", env=openai_env)
    assert after.returncode == 1
    assert after.stdout == "account      not logged in (the model provider needs one)\n"
    assert after.stderr.splitlines() == ["error: not logged in", "hint: log in with `codex-runtime login`"]
    for proc in (login, whoami, run, logout, after):
        assert KEY not in proc.stdout + proc.stderr


def test_whoami_json_is_one_record(openai_env: dict[str, str]) -> None:
    assert run_cli("login", "--api-key-stdin", env=openai_env, input=KEY).returncode == 0
    proc = run_cli("--json", "whoami", env=openai_env)
    assert proc.returncode == 0, proc.stderr
    [record] = json_lines(proc.stdout)
    assert record == {
        "kind": "whoami",
        "thread_id": None,
        "turn_id": None,
        "logged_in": True,
        "account_type": "apiKey",
        "email": None,
        "plan": None,
        "requires_openai_auth": True,
        "rate_limits": None,
        "rate_limits_note": "not available: chatgpt authentication required to read rate limits",
    }


def test_the_key_typed_at_a_terminal_is_hidden_and_never_echoed(
    spawn_cli: SpawnCli, openai_env: dict[str, str]
) -> None:
    child = spawn_cli("login", "--api-key-stdin", env=openai_env)
    transcript = io.StringIO()
    child.logfile_read = transcript
    child.expect_exact("OpenAI API key (input hidden): ")
    child.sendline(KEY)
    child.expect_exact("✓ logged in with an API key")
    assert finish(child) == 0
    assert KEY not in transcript.getvalue()
    assert run_cli("whoami", env=openai_env).stdout.startswith("account      an API key\n")


def test_a_key_on_the_command_line_is_refused_without_echoing_it(openai_env: dict[str, str]) -> None:
    proc = run_cli("login", "--api-key", KEY, env=openai_env)
    assert proc.returncode == 2
    assert "Error: No such option '--api-key'. Did you mean '--api-key-stdin'?" in proc.stderr
    assert KEY not in proc.stdout + proc.stderr


def test_an_empty_stdin_is_a_clear_error(openai_env: dict[str, str]) -> None:
    proc = run_cli("login", "--api-key-stdin", env=openai_env, input="\n")
    assert proc.returncode == 1
    assert proc.stderr.splitlines() == [
        "error: no API key on stdin",
        "hint: pipe it in: printenv OPENAI_API_KEY | codex-runtime login --api-key-stdin",
    ]


def test_device_code_login_with_the_auth_server_unreachable_names_the_cause(
    openai_env: dict[str, str], dead_issuer: str
) -> None:
    proc = run_cli("login", "--device-code", env=openai_env)
    assert proc.returncode == 1
    assert proc.stderr.splitlines()[0] == (
        "error: login failed: failed to request device code: error sending request for url "
        f"({dead_issuer}/api/accounts/deviceauth/usercode)"
    )


def test_browser_login_prints_the_url_and_ctrl_c_cancels_it(spawn_cli: SpawnCli, openai_env: dict[str, str]) -> None:
    child = spawn_cli("login", env=openai_env)
    child.expect_exact("Open this URL in a browser to sign in with ChatGPT:")
    child.expect(r"http://127\.0\.0\.1:\d+/oauth/authorize\?response_type=code&\S+")
    child.expect_exact("waiting up to 10m (Ctrl-C cancels)")
    child.sendintr()
    child.expect_exact("interrupted")
    assert finish(child) == 130


def test_browser_login_json_reports_the_url_first(openai_env: dict[str, str], dead_issuer: str) -> None:
    proc = run_cli("--json", "login", "--timeout", "1s", env=openai_env)
    assert proc.returncode == 1
    [started] = json_lines(proc.stdout)
    assert started["kind"] == "login_started"
    assert started["url"].startswith(f"{dead_issuer}/oauth/authorize?response_type=code&")
    assert proc.stderr.splitlines()[0] == "error: login failed: not completed within 1s; cancelled"


def test_a_key_and_a_device_code_exclude_each_other(openai_env: dict[str, str]) -> None:
    proc = run_cli("login", "--api-key-stdin", "--device-code", env=openai_env, input=KEY)
    assert proc.returncode == 2
    assert "choose one of --api-key-stdin and --device-code" in proc.stderr


def test_login_is_listed_in_the_help(openai_env: dict[str, str]) -> None:
    proc = run_cli("login", "--help", env=openai_env)
    assert proc.returncode == 0
    assert "--api-key-stdin" in proc.stdout and "--device-code" in proc.stdout


def test_an_offline_run_names_the_retry_reason_and_hints_at_the_network(
    tmp_path: Path, dead_issuer: str, workdir: Path
) -> None:
    home = mock_codex_home(tmp_path / "offline-home", f"{dead_issuer}/v1", provider="openai")  # nothing listens
    env = {k: v for k, v in os.environ.items() if k not in ("FORCE_COLOR", "CODEX_RUNTIME_CLI_BIN")}
    env.update({"CODEX_HOME": str(home), "NO_COLOR": "1"})
    assert run_cli("login", "--api-key-stdin", env=env, input=KEY).returncode == 0
    started = time.monotonic()
    proc = run_cli("run", "hello?", "--cwd", str(workdir), "--timeout", "4s", env=env)
    elapsed = time.monotonic() - started
    assert proc.returncode == 1
    error, hint = proc.stderr.splitlines()[-2:]
    assert error.startswith("error: turn did not finish within 4s (absolute deadline) while the server was retrying: ")
    assert "Reconnecting... " in error and "Connection refused" in error
    assert hint == (
        "hint: codex could not reach the model provider: check the network connection (or the provider's base URL); "
        "`codex-runtime doctor` checks the setup"
    )
    assert elapsed < 15.0, elapsed
