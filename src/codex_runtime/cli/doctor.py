"""``codex-runtime doctor``: which codex binary runs and why, its version, CODEX_HOME, the compatibility guard's
verdict, and whether an account is logged in. Exit code 1 when a check fails (a warning does not fail)."""

from __future__ import annotations

import asyncio
import enum
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import click
from rich.text import Text

from codex_runtime.api.client import Client
from codex_runtime.cli.account import describe_account
from codex_runtime.cli.errors import describe, first_line
from codex_runtime.cli.jsonl import JsonLinesWriter
from codex_runtime.cli.options import CliState, pass_state
from codex_runtime.cli.runner import Interrupts, run_command
from codex_runtime.cli_bin import ResolvedCodexBinary, resolve_codex_binary
from codex_runtime.errors import CodexBinaryNotFoundError, CodexRuntimeError, IncompatibleCodexVersionError

VERSION_TIMEOUT = 15.0
"""Seconds ``codex --version`` may take."""

_WHY = {
    "explicit cli_bin": "given with --cli-bin",
    "$CODEX_RUNTIME_CLI_BIN": "from $CODEX_RUNTIME_CLI_BIN",
    "bundled openai-codex-cli-bin": (
        "bundled with the openai-codex-cli-bin package (no --cli-bin, $CODEX_RUNTIME_CLI_BIN not set)"
    ),
    "codex on PATH": "found on PATH (no --cli-bin, no $CODEX_RUNTIME_CLI_BIN, no bundled binary)",
}


class Verdict(enum.StrEnum):
    OK = "ok"
    WARN = "warn"
    FAIL = "fail"


@dataclass
class Check:
    """One line of the report."""

    name: str
    verdict: Verdict
    detail: str
    extra: dict[str, Any] = field(default_factory=dict)


@click.command("doctor")
@pass_state
def doctor_cmd(state: CliState) -> int:
    """Check the setup: binary, version, CODEX_HOME, compatibility, login."""

    async def body(_interrupts: Interrupts) -> int:
        checks = await run_checks(state)
        report(state, checks)
        return 1 if any(check.verdict is Verdict.FAIL for check in checks) else 0

    return run_command(body)


async def run_checks(state: CliState) -> list[Check]:
    """Every check, in order; later checks are skipped when an earlier one makes them meaningless."""
    checks: list[Check] = []
    try:
        binary = resolve_codex_binary(state.cli_bin)
    except CodexBinaryNotFoundError as exc:
        tried = "; ".join(f"{source}: {reason}" for source, reason in exc.tried)
        checks.append(Check("binary", Verdict.FAIL, f"no usable codex binary (tried {tried})"))
        return checks
    why = _WHY.get(binary.source, binary.source)
    checks.append(
        Check(
            "binary", Verdict.OK, f"{binary.path}\nsource: {why}", {"path": str(binary.path), "source": binary.source}
        )
    )
    version = await _version_check(binary, state)
    home = _codex_home_check(state)
    checks += [version, home]
    if Verdict.FAIL in (version.verdict, home.verdict):
        return checks  # the app-server cannot start either: later checks would repeat the same cause
    checks.extend(await _server_checks(state, binary))
    return checks


async def _version_check(binary: ResolvedCodexBinary, state: CliState) -> Check:
    try:
        process = await asyncio.create_subprocess_exec(
            str(binary.path),
            "--version",
            stdout=asyncio.subprocess.PIPE,
            stderr=asyncio.subprocess.PIPE,
            env=binary.child_env(state.codex_home_env),
        )
    except OSError as exc:
        return Check("version", Verdict.FAIL, f"cannot run {binary.path} --version: {exc}")
    try:
        output, errors = await asyncio.wait_for(process.communicate(), VERSION_TIMEOUT)
    except TimeoutError:
        process.kill()
        await process.wait()
        return Check("version", Verdict.FAIL, f"`codex --version` did not answer within {VERSION_TIMEOUT:g}s")
    text = first_line(output.decode("utf-8", "replace"))  # stderr may carry warnings; the version is on stdout
    if process.returncode != 0 or not text:
        text = text or first_line(errors.decode("utf-8", "replace")) or "no output"
        return Check("version", Verdict.FAIL, f"`codex --version` exited {process.returncode}: {text}")
    return Check("version", Verdict.OK, text, {"version": text})


def _codex_home_check(state: CliState) -> Check:
    if state.codex_home:
        home, source = Path(state.codex_home), "--codex-home"
    elif os.environ.get("CODEX_HOME"):
        home, source = Path(os.environ["CODEX_HOME"]).expanduser(), "$CODEX_HOME"
    else:
        home, source = Path("~/.codex").expanduser(), "default ~/.codex"
    exists = home.is_dir()
    extra = {"path": str(home), "source": source, "exists": exists}
    if exists:
        return Check("CODEX_HOME", Verdict.OK, f"{home} ({source})", extra)
    if source.startswith("default"):
        return Check("CODEX_HOME", Verdict.WARN, f"{home} ({source}) - does not exist yet (codex creates it)", extra)
    # A CODEX_HOME named explicitly must exist: codex exits at start ("CODEX_HOME points to ..., but that path
    # does not exist").
    return Check("CODEX_HOME", Verdict.FAIL, f"{home} ({source}) does not exist; create it or point elsewhere", extra)


async def _server_checks(state: CliState, binary: ResolvedCodexBinary) -> list[Check]:
    required = state.client_config().min_codex_version or "none"
    try:
        client = await Client.connect(state.client_config())
    except IncompatibleCodexVersionError as exc:
        found = exc.detected or "an unparsable version"
        detail = f"codex {found} is older than the required {exc.required}: not compatible"
        return [Check("compatible", Verdict.FAIL, detail, {"detected": exc.detected, "required": exc.required})]
    except CodexRuntimeError as exc:
        return [Check("app-server", Verdict.FAIL, f"could not start and initialize: {describe(exc)[0]}")]
    try:
        version = client.runtime.codex_version
        checks = [
            Check(
                "compatible",
                Verdict.OK,
                f"codex {version} >= {required} (the compatibility guard's minimum)",
                {"detected": version, "required": required},
            )
        ]
        checks.append(await _auth_check(client, binary))
    finally:
        await client.shutdown()
    return checks


async def _auth_check(client: Client, binary: ResolvedCodexBinary) -> Check:
    try:
        status = await client.account.read()
    except CodexRuntimeError as exc:
        return Check("auth", Verdict.WARN, f"could not read the account: {describe(exc)[0]}")
    if status.logged_in:
        return Check(
            "auth", Verdict.OK, f"logged in with {describe_account(status)}", {"account": True, "type": status.kind}
        )
    if status.needs_login:
        # The bundled binary is not on PATH: name it, so its own `login` works too.
        detail = f"not logged in and the model provider needs it; run `codex-runtime login` (or `{binary.path} login`)"
        return Check("auth", Verdict.FAIL, detail, {"account": False})
    return Check("auth", Verdict.OK, "no account, and none needed by the configured model provider", {"account": False})


def report(state: CliState, checks: list[Check]) -> None:
    """The checks as aligned lines (or one JSON object under ``--json``)."""
    ok = all(check.verdict is not Verdict.FAIL for check in checks)
    if state.json:
        JsonLinesWriter().write(
            {
                "kind": "doctor",
                "thread_id": None,
                "turn_id": None,
                "ok": ok,
                "checks": [{"name": c.name, "verdict": str(c.verdict), "detail": c.detail, **c.extra} for c in checks],
            }
        )
        return
    console = state.console()
    unicode = (console.encoding or "").lower().startswith("utf")
    marks = {
        Verdict.OK: ("✓" if unicode else "ok", "green"),
        Verdict.WARN: ("!", "yellow"),
        Verdict.FAIL: ("✗" if unicode else "x", "bold red"),
    }
    width = max(len(check.name) for check in checks)
    for check in checks:
        mark, style = marks[check.verdict]
        first, *rest = check.detail.splitlines()
        console.print(Text.assemble((f"{mark} ", style), (f"{check.name:<{width}}  ", "bold"), first))
        for line in rest:
            console.print(Text(" " * (width + 4) + line, style="dim"))
    summary = "all good" if ok else "some checks failed"
    console.print(Text(summary, style="green" if ok else "bold red"))


__all__ = ["Check", "Verdict", "doctor_cmd", "report", "run_checks"]
