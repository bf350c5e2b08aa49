"""The ``codex-runtime`` command line (``python -m codex_runtime``).

Knows: argument parsing and terminal output. Built on the public API only.
"""

from __future__ import annotations

import argparse
import asyncio
import sys

from codex_runtime.errors import CodexRuntimeError


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="codex-runtime", description="Drive codex app-server from Python.")
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("demo", help="offline demo: bundled codex + a scripted mock model, no account needed")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        if args.command == "demo":
            from codex_runtime.cli.demo import run_demo

            return asyncio.run(run_demo(sys.stdout))
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
    except CodexRuntimeError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    return 2
