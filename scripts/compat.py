#!/usr/bin/env python3
"""Run the compatibility smoke (tests/compat) against released codex binaries, one version at a time.

Usage (from the repository root, with the project's virtualenv)::

    python scripts/compat.py 0.133.0 0.149.0 0.163.0   the given versions (what .ci/run does)
    python scripts/compat.py --all --readme            every version in schema/versions/, then rewrite the
                                                       README's compatibility matrix (what `make compat` does)

Each version of ``openai-codex-cli-bin`` is installed with pip into its own directory under ``--cache``
(default ``~/.cache/codex-runtime/compat/<version>``; never into the project's environment, which pins one), and
the smoke runs with ``$CODEX_RUNTIME_CLI_BIN`` pointing at that binary and ``$CODEX_RUNTIME_COMPAT_EXPECT`` naming
the version it must report. Exit status 1 when any version fails. The README matrix is only ever written from
a run's results.
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import tempfile
import time
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VERSIONS_DIR = ROOT / "schema" / "versions"
README = ROOT / "README.md"
PACKAGE = "openai-codex-cli-bin"
START, END = "<!-- compat-matrix:start -->", "<!-- compat-matrix:end -->"
SMOKE = "tests/compat"
INSTALL_TIMEOUT = 600
SMOKE_TIMEOUT = 600


@dataclass
class Outcome:
    version: str
    passed: int = 0
    failures: list[str] = field(default_factory=list)
    """``test name: first line of the error`` per failing test; a setup problem is one entry."""
    seconds: float = 0.0

    @property
    def ok(self) -> bool:
        return self.passed > 0 and not self.failures


def default_cache() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "codex-runtime" / "compat"


def known_versions() -> list[str]:
    """Every version with a method list in schema/versions/, oldest first."""
    names = [p.stem for p in VERSIONS_DIR.glob("*.json")]
    return sorted(names, key=lambda v: tuple(int(x) for x in re.findall(r"\d+", v)))


def install(version: str, cache: Path) -> Path:
    """The codex binary of ``version``, pip-installed into ``cache/version`` when not there yet."""
    target = cache / version
    binary = target / "codex_cli_bin" / "bin" / "codex"
    if not binary.is_file():
        subprocess.run(
            [sys.executable, "-m", "pip", "install", "--quiet", "--no-deps", "--target", str(target),
             f"{PACKAGE}=={version}"],
            check=True,
            timeout=INSTALL_TIMEOUT,
        )  # fmt: skip
    return binary


def run_smoke(version: str, binary: Path, pytest_args: list[str]) -> Outcome:
    outcome = Outcome(version)
    env = dict(os.environ, CODEX_RUNTIME_CLI_BIN=str(binary), CODEX_RUNTIME_COMPAT_EXPECT=version)
    started = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="codex-compat-") as tmp:
        report = Path(tmp) / "junit.xml"
        command = [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", f"--junitxml={report}", SMOKE]
        try:
            subprocess.run(command + pytest_args, cwd=ROOT, env=env, timeout=SMOKE_TIMEOUT, check=False)
        except subprocess.TimeoutExpired:
            outcome.failures.append(f"the smoke did not finish within {SMOKE_TIMEOUT} s")
        if report.is_file():
            read_junit(report, outcome)
        elif not outcome.failures:
            outcome.failures.append("pytest wrote no report")
    outcome.seconds = time.monotonic() - started
    return outcome


def read_junit(report: Path, outcome: Outcome) -> None:
    for case in ET.parse(report).getroot().iter("testcase"):
        problem = case.find("failure")
        if problem is None:
            problem = case.find("error")
        if problem is None:
            if case.find("skipped") is None:
                outcome.passed += 1
            else:
                outcome.failures.append(f"{case.get('name')}: skipped")
            continue
        message = (problem.get("message") or problem.text or "").strip().splitlines()
        first = message[0] if message else "failed"
        outcome.failures.append(f"{case.get('name')}: {first[:160]}")


def matrix(outcomes: list[Outcome]) -> str:
    """The README table: one row per version."""
    lines = [
        "| codex | smoke | what fails |",
        "|---|---|---|",
    ]
    for o in outcomes:
        total = o.passed + len(o.failures)
        verdict = f"passed ({o.passed}/{total})" if o.ok else f"FAILED ({o.passed}/{total} passed)"
        fails = "<br>".join(f.replace("|", "\\|") for f in o.failures) or "-"
        lines.append(f"| {o.version} | {verdict} | {fails} |")
    return "\n".join(lines)


def write_readme(outcomes: list[Outcome], readme: Path) -> None:
    text = readme.read_text()
    if START not in text or END not in text:
        raise SystemExit(f"{readme} has no {START} ... {END} section")
    head, rest = text.split(START, 1)
    _, tail = rest.split(END, 1)
    body = f"\n<!-- generated by `make compat` (scripts/compat.py): do not edit by hand -->\n{matrix(outcomes)}\n"
    readme.write_text(head + START + body + END + tail)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("versions", nargs="*", help="codex versions to test (e.g. 0.133.0)")
    parser.add_argument("--all", action="store_true", help="every version in schema/versions/")
    parser.add_argument("--readme", action="store_true", help="rewrite the README's compatibility matrix")
    parser.add_argument("--cache", type=Path, default=default_cache(), help="where each version is installed")
    args, pytest_args = parser.parse_known_args(argv)
    versions: list[str] = known_versions() if args.all else args.versions
    if not versions:
        parser.error("name the versions to test, or --all")
    if args.readme and not args.all:
        parser.error("--readme needs --all: the matrix covers every known version")
    outcomes: list[Outcome] = []
    for version in versions:
        print(f"== codex {version}", flush=True)
        try:
            binary = install(version, args.cache)
        except (subprocess.CalledProcessError, subprocess.TimeoutExpired) as exc:
            outcomes.append(Outcome(version, failures=[f"install failed: {exc}"]))
            continue
        outcomes.append(run_smoke(version, binary, pytest_args))
    print(matrix(outcomes))
    if args.readme:
        write_readme(outcomes, README)
        print(f"wrote the matrix into {README}")
    return 0 if all(o.ok for o in outcomes) else 1


if __name__ == "__main__":
    sys.exit(main())
