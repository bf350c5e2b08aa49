"""Terminal output: rich consoles with the colour decision made once, and the one-line error report.

Colour is on only when the stream is a terminal, ``--no-color`` was not given and ``NO_COLOR`` is unset or empty
(https://no-color.org). Without colour no ANSI styling is written at all (``color_system=None``); a spinner is still
shown on a terminal because it is transient.
"""

from __future__ import annotations

import os
import sys
from typing import TYPE_CHECKING, TextIO

from codex_runtime.cli.errors import describe

if TYPE_CHECKING:
    from rich.console import Console


def color_wanted(stream: TextIO, *, no_color: bool) -> bool:
    """Whether to style output written to ``stream``."""
    if no_color or os.environ.get("NO_COLOR", ""):
        return False
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


def make_console(*, stderr: bool = False, no_color: bool = False) -> Console:
    """A console on stdout (or stderr). Markup and auto-highlighting are off: model text is printed verbatim."""
    from rich.console import Console  # ~50 ms: imported once output is due, e.g. while codex boots for `run`

    stream = sys.stderr if stderr else sys.stdout
    color = color_wanted(stream, no_color=no_color)
    return Console(
        stderr=stderr,
        color_system="auto" if color else None,
        no_color=not color,
        highlight=False,
        markup=False,
        emoji=False,
        soft_wrap=True,
    )


def print_error(console: Console, error: BaseException) -> None:
    """``error: <one line>`` and, when there is one, ``hint: <what to do>``."""
    from rich.text import Text

    message, hint = describe(error)
    console.print(Text.assemble(("error: ", "bold red"), message))
    if hint:
        console.print(Text.assemble(("hint: ", "yellow"), hint))


__all__ = ["color_wanted", "make_console", "print_error"]
