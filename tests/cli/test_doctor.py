"""`codex-runtime doctor`: which binary and why, its version, CODEX_HOME, the compatibility verdict, auth."""

from __future__ import annotations

import sys
from pathlib import Path

from codex_runtime import resolve_codex_binary
from tests.cli._cli import json_lines, run_cli

OLD_CODEX = f"""#!{sys.executable}
# A stand-in codex that reports 0.90.0: answers --version and the initialize handshake, nothing else.
import json, sys
if "--version" in sys.argv:
    print("codex-cli 0.90.0")
    sys.exit(0)
for line in sys.stdin:
    message = json.loads(line)
    if message.get("method") == "initialize":
        result = {{"userAgent": "codex_runtime/0.90.0 (fake)", "codexHome": "/nowhere"}}
        print(json.dumps({{"id": message["id"], "result": result}}), flush=True)
"""


def test_doctor_names_the_binary_path_and_why_it_was_chosen(cli_env: dict[str, str], codex_home: Path) -> None:
    proc = run_cli("doctor", env=cli_env)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    binary = resolve_codex_binary()
    lines = proc.stdout.splitlines()
    assert lines[0] == f"✓ binary      {binary.path}"
    assert lines[1].strip().startswith("source: bundled with the openai-codex-cli-bin package")
    assert lines[2].startswith("✓ version     codex-cli 0.163.0")
    assert lines[3] == f"✓ CODEX_HOME  {codex_home} ($CODEX_HOME)"
    assert lines[4] == "✓ compatible  codex 0.163.0 >= 0.133.0 (the compatibility guard's minimum)"
    assert lines[5] == "✓ auth        no account, and none needed by the configured model provider"


def test_doctor_json_is_one_object_with_every_check_and_honours_the_global_options(
    cli_env: dict[str, str], codex_home: Path
) -> None:
    env = {k: v for k, v in cli_env.items() if k != "CODEX_HOME"}
    binary = str(resolve_codex_binary().path)
    proc = run_cli("--json", "--codex-home", str(codex_home), "doctor", "--cli-bin", binary, env=env)
    assert proc.returncode == 0, proc.stderr
    [record] = json_lines(proc.stdout)
    checks = {check["name"]: check for check in record["checks"]}
    assert record["kind"] == "doctor" and record["ok"] is True
    assert checks["binary"]["source"] == "explicit cli_bin"
    assert (checks["CODEX_HOME"]["path"], checks["CODEX_HOME"]["source"]) == (str(codex_home), "--codex-home")
    assert checks["compatible"]["detected"] == "0.163.0" and checks["compatible"]["required"] == "0.133.0"
    assert checks["auth"]["account"] is False


def test_doctor_reports_an_incompatible_codex_and_exits_1(cli_env: dict[str, str], tmp_path: Path) -> None:
    fake = tmp_path / "codex"
    fake.write_text(OLD_CODEX)
    fake.chmod(0o755)
    proc = run_cli("doctor", "--cli-bin", str(fake), env=cli_env)
    assert proc.returncode == 1
    assert "✓ version     codex-cli 0.90.0" in proc.stdout
    assert "✗ compatible  codex 0.90.0 is older than the required 0.133.0: not compatible" in proc.stdout
    assert proc.stdout.rstrip().endswith("some checks failed")


def test_doctor_reports_a_missing_binary_and_exits_1(cli_env: dict[str, str]) -> None:
    proc = run_cli("doctor", "--cli-bin", "/nonexistent/codex", env=cli_env)
    assert proc.returncode == 1
    assert proc.stdout.startswith(
        "✗ binary  no usable codex binary (tried explicit cli_bin: /nonexistent/codex does not"
    )
    assert "Traceback" not in proc.stdout + proc.stderr
