"""``codex-runtime serve``: the click front of :mod:`codex_runtime.cli.serve` (the web adapter under uvicorn).

Kept apart from ``serve`` itself so the command line owns only argument parsing and error reporting.
"""

from __future__ import annotations

import click

from codex_runtime.cli.errors import CliError
from codex_runtime.cli.options import CliState, pass_state


@click.command("serve")
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to bind (loopback by default).")
@click.option("--port", type=click.IntRange(0, 65535), default=8765, show_default=True, help="Port (0: any free).")
@click.option("--token", "tokens", multiple=True, help="Accepted bearer token (repeatable; default: one generated).")
@click.option("--workspace-root", type=click.Path(file_okay=False), help="Where session working directories live.")
@click.option(
    "--db",
    type=click.Path(dir_okay=False),
    help="SQLite file keeping sessions across restarts "
    "(default: $CODEX_RUNTIME_DATA_DIR or ~/.local/share/codex-runtime, web-sessions.sqlite3; ':memory:' keeps none).",
)
@pass_state
def serve_cmd(
    state: CliState, /, host: str, port: int, tokens: tuple[str, ...], workspace_root: str | None, db: str | None
) -> int:
    """Serve the browser UI and HTTP API (needs the `web` extra). Ctrl-C stops it."""
    try:
        from codex_runtime.cli.serve import default_db_path, serve
    except ImportError as exc:  # pragma: no cover - the module itself has no optional imports
        raise CliError(f"the web adapter is not available: {exc}") from exc
    try:
        return serve(
            host, port, tokens, state.client_config(), workspace_root=workspace_root, db=db or default_db_path()
        )
    except ImportError as exc:
        raise CliError(str(exc).split(" (", 1)[0], hint="pip install 'codex-runtime[web]'") from exc
    except ValueError as exc:
        raise click.BadParameter(str(exc), param_hint="--token") from exc
    except OSError as exc:
        raise CliError(f"cannot serve on {host}:{port}: {exc.strerror or exc}", hint="pick another --port") from exc


__all__ = ["serve_cmd"]
