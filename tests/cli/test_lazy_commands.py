"""`codex-runtime <command>` imports that command's module only: a new eager import in the group would make every
command pay for the web adapter, the demo's YAML, the login flows and the scheduler."""

from __future__ import annotations

import json
import subprocess
import sys

from click.testing import CliRunner

from codex_runtime.cli.app import COMMANDS, cli

OTHERS = ("codex_runtime.cli.web", "codex_runtime.cli.demo", "codex_runtime.cli.account", "codex_runtime.cli.automate")


def test_resolving_the_run_command_imports_no_other_command_module() -> None:
    code = (
        "import json, sys, click\n"
        "from codex_runtime.cli.app import cli\n"
        "cli.get_command(click.Context(cli), 'run')\n"
        "print(json.dumps(sorted(m for m in sys.modules if m.startswith('codex_runtime.cli.'))))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True)
    loaded = json.loads(out.stdout.splitlines()[-1])

    assert "codex_runtime.cli.run" in loaded
    assert [m for m in OTHERS if m in loaded] == []


def test_help_lists_every_command_of_the_table() -> None:
    result = CliRunner().invoke(cli, ["--help"])

    assert result.exit_code == 0
    listed = [
        line.split()[0]
        for line in result.output.split("Commands:")[1].split("Examples:")[0].splitlines()
        if line.strip()
    ]
    assert (
        listed
        == sorted(COMMANDS)
        == [
            "automate",
            "chat",
            "demo",
            "doctor",
            "login",
            "logout",
            "mock-model",
            "models",
            "replay",
            "review",
            "run",
            "serve",
            "threads",
            "whoami",
        ]
    )
