"""`codex-runtime doctor` fails (exit 1, one line per problem) on what stops a real run: no login where the model
provider needs one, a CODEX_HOME that does not exist, a binary that does not start."""

from __future__ import annotations

import sys
from pathlib import Path

from codex_runtime import resolve_codex_binary
from codex_runtime.testing import MockModel, mock_codex_home
from tests.cli._cli import run_cli

BROKEN_CODEX = f"""#!{sys.executable}
import sys
print("codex: cannot load its shared libraries", file=sys.stderr)
sys.exit(127)
"""


def test_doctor_fails_when_the_provider_needs_a_login_and_names_the_bundled_binary(
    cli_env: dict[str, str], tmp_path: Path
) -> None:
    with MockModel(api_key="sk-unused") as model:
        home = mock_codex_home(tmp_path / "openai-home", model, provider="openai")
        proc = run_cli("doctor", env={**cli_env, "CODEX_HOME": str(home)})
    binary = resolve_codex_binary().path
    assert proc.returncode == 1
    lines = proc.stdout.splitlines()
    assert lines[0] == f"✓ binary      {binary}"
    assert lines[-2] == (
        f"✗ auth        not logged in and the model provider needs it; run `codex-runtime login` (or `{binary} login`)"
    )
    assert lines[-1] == "some checks failed"
    assert [line for line in lines if line.startswith("✗")] == [lines[-2]]


def test_doctor_fails_on_a_codex_home_that_does_not_exist(cli_env: dict[str, str], tmp_path: Path) -> None:
    missing = tmp_path / "nowhere"
    proc = run_cli("doctor", env={**cli_env, "CODEX_HOME": str(missing)})
    assert proc.returncode == 1
    failed = [line for line in proc.stdout.splitlines() if line.startswith("✗")]
    assert failed == [f"✗ CODEX_HOME  {missing} ($CODEX_HOME) does not exist; create it or point elsewhere"]


def test_doctor_fails_on_a_binary_that_does_not_start(cli_env: dict[str, str], tmp_path: Path) -> None:
    broken = tmp_path / "codex"
    broken.write_text(BROKEN_CODEX)
    broken.chmod(0o755)
    proc = run_cli("doctor", "--cli-bin", str(broken), env=cli_env)
    assert proc.returncode == 1
    failed = [line for line in proc.stdout.splitlines() if line.startswith("✗")]
    assert failed == ["✗ version     `codex --version` exited 127: codex: cannot load its shared libraries"]


def test_a_run_with_a_missing_codex_home_leads_with_the_app_servers_own_error(
    cli_env: dict[str, str], tmp_path: Path, workdir: Path
) -> None:
    missing = tmp_path / "nowhere"
    proc = run_cli("--codex-home", str(missing), "run", "hi", "--cwd", str(workdir), env=cli_env)
    assert proc.returncode == 1
    assert proc.stderr.splitlines() == [
        f'error: CODEX_HOME points to "{missing}", but that path does not exist; app-server exited (exit code 1)',
        "hint: run `codex-runtime doctor` to check the setup",
    ]
