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


def test_run_starts_codex_before_it_imports_asyncio_the_client_or_the_renderer() -> None:
    # codex boots and answers initialize while the turn machinery, the client and rich are imported. The spawn is
    # stopped right there (an audit hook) with a marker that lists what was loaded by then.
    code = (
        "import sys\n"
        "WATCHED = ('asyncio', 'rich', 'codex_runtime.api.client', 'codex_runtime.cli.turns')\n"
        "def spawn(event, args):\n"
        "    if event == 'subprocess.Popen':\n"
        "        raise SystemExit(f'spawned with {[m for m in WATCHED if m in sys.modules]} loaded')\n"
        "sys.addaudithook(spawn)\n"
        "from codex_runtime.cli import main\n"
        "main(['run', 'hi'])\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)

    assert out.stderr.strip().splitlines()[-1] == "spawned with [] loaded"
