"""``threads list | read ID | archive ID`` and ``models``: the typed runtime helpers, shown as tables (or JSON)."""

from __future__ import annotations

import os
import time
from typing import Any

import click
from rich import box
from rich.console import Console
from rich.table import Table
from rich.text import Text

from codex_runtime.api.client import Client
from codex_runtime.cli.jsonl import JsonLinesWriter, to_jsonable
from codex_runtime.cli.options import CliState, global_options
from codex_runtime.cli.render import HumanView, attr
from codex_runtime.cli.runner import client_command

MAX_FIXED_WIDTH = 40
"""On a terminal, the widest a column other than the last is kept (a thread id is 36)."""


def when(timestamp: Any, now: float | None = None) -> str:
    """A unix timestamp (seconds) as ``"5m ago"``, ``"3h ago"`` or a date."""
    if not isinstance(timestamp, int | float) or timestamp <= 0:
        return "-"
    age = (time.time() if now is None else now) - timestamp
    if age < 60:
        return "just now"
    if age < 3600:
        return f"{int(age // 60)}m ago"
    if age < 86400:
        return f"{int(age // 3600)}h ago"
    return time.strftime("%Y-%m-%d", time.localtime(timestamp))


def short_path(path: Any) -> str:
    text = str(path or "")
    home = os.path.expanduser("~")
    return "~" + text[len(home) :] if home not in ("", "/") and text.startswith(home) else text


def one_line(text: Any, limit: int = 200) -> str:
    flat = " ".join(str(text or "").split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


def print_table(console: Console, columns: list[str], rows: list[list[str]]) -> None:
    """A table. On a terminal it fits the width: every column but the last keeps its content's width (up to
    :data:`MAX_FIXED_WIDTH`), the last takes the rest and is cut with an ellipsis. Otherwise the columns are plain,
    aligned and never cut, so a script can split them."""
    widths = [max(len(str(cell)) for cell in column) for column in zip(columns, *rows, strict=True)]
    if console.is_terminal:
        table = Table(box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False, header_style="bold", expand=True)
        for index, name in enumerate(columns):
            if index < len(columns) - 1:
                table.add_column(name, no_wrap=True, overflow="ellipsis", min_width=min(widths[index], MAX_FIXED_WIDTH))
            else:
                table.add_column(name, no_wrap=True, overflow="ellipsis", ratio=1, min_width=8)
        for row in rows:
            table.add_row(*row)
        console.print(table)
        return
    for row in [columns, *rows]:
        cells = [cell.ljust(width) for cell, width in zip(row[:-1], widths, strict=False)] + [row[-1]]
        console.print(Text("  ".join(cells).rstrip()))


# --- threads --------------------------------------------------------------------------------------------------


@click.group("threads")
@global_options
def threads_group() -> None:
    """List, read and archive the threads stored in CODEX_HOME."""


@threads_group.command("list")
@click.option("--limit", type=click.IntRange(1, 500), default=20, show_default=True, help="How many threads.")
@click.option("--archived", is_flag=True, help="Show archived threads instead.")
@click.option("--search", metavar="TEXT", help="Only threads whose title contains TEXT.")
@client_command
async def threads_list(state: CliState, client: Client, limit: int, archived: bool, search: str | None) -> int:
    """Newest threads first."""
    page = await client.runtime.thread_list(limit=limit, archived=archived or None, search_term=search)
    if state.json:
        writer = JsonLinesWriter()
        for thread in page.data:
            writer.write({"kind": "thread", "thread_id": thread.id, "turn_id": None, "thread": thread})
        return 0
    console = state.console()
    if not page.data:
        console.print(Text("no archived threads" if archived else "no threads yet", style="dim"))
        return 0
    rows = [
        [thread.id, when(thread.updated_at), short_path(thread.cwd), one_line(thread.name or thread.preview)]
        for thread in page.data
    ]
    print_table(console, ["THREAD", "UPDATED", "CWD", "PREVIEW"], rows)
    return 0


@threads_group.command("read")
@click.argument("thread_id")
@client_command
async def threads_read(state: CliState, client: Client, thread_id: str) -> int:
    """Show a thread and its turns."""
    thread = (await client.runtime.thread_read(thread_id, include_turns=True)).thread
    if state.json:
        JsonLinesWriter().write({"kind": "thread", "thread_id": thread.id, "turn_id": None, "thread": thread})
        return 0
    console = state.console()
    status = attr(thread.status, "type", thread.status)
    facts = [short_path(thread.cwd), f"created {when(thread.created_at)}", f"status {status}"]
    if thread.model:
        facts.insert(1, f"model {thread.model}")
    console.print(Text.assemble(("thread ", "bold"), (thread.id, "bold cyan")))
    console.print(Text(" · ".join(facts), style="dim"))
    if thread.name:
        console.print(Text(thread.name, style="bold"))
    view = HumanView(console, show_thread=False)
    for turn in thread.turns:
        console.print()
        view.replay(list(turn.items))
        turn_status = str(attr(turn, "status", ""))
        if turn_status and turn_status != "completed":
            console.print(Text(f"[turn {turn_status}]", style="yellow"))
    if not thread.turns:
        console.print(Text("(no turns)", style="dim"))
    return 0


@threads_group.command("archive")
@click.argument("thread_id")
@client_command
async def threads_archive(state: CliState, client: Client, thread_id: str) -> int:
    """Archive a thread (it leaves `threads list`; see `threads list --archived`)."""
    await client.runtime.thread_archive(thread_id)
    if state.json:
        JsonLinesWriter().write({"kind": "thread_archived", "thread_id": thread_id, "turn_id": None})
    else:
        state.console().print(Text.assemble("archived ", (thread_id, "cyan")))
    return 0


# --- models ---------------------------------------------------------------------------------------------------


@click.command("models")
@click.option("--all", "include_hidden", is_flag=True, help="Include models hidden from the default picker.")
@client_command
async def models_cmd(state: CliState, client: Client, include_hidden: bool) -> int:
    """List the models codex offers (default marked with *)."""
    models = await client.runtime.model_list(include_hidden=include_hidden or None)
    if state.json:
        writer = JsonLinesWriter()
        for model in models.data:
            writer.write({"kind": "model", "thread_id": None, "turn_id": None, "model": to_jsonable(model)})
        return 0
    rows = [
        [
            model.id + (" *" if model.is_default else ""),
            model.display_name,
            str(model.default_reasoning_effort),
            ",".join(str(option.reasoning_effort) for option in model.supported_reasoning_efforts),
            one_line(model.description, 80),
        ]
        for model in models.data
    ]
    print_table(state.console(), ["MODEL", "NAME", "EFFORT", "EFFORTS", "DESCRIPTION"], rows)
    return 0


__all__ = ["models_cmd", "one_line", "short_path", "threads_group", "when"]
