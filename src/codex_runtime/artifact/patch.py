"""Structured document patches: the output schema an agent answers with, and applying one. Pure logic.

Line numbers are 1-based, inclusive, and always refer to the revision the agent saw (``base_revision``), never to
the document as earlier edits of the same patch left it, so the edits of one patch are independent of their order:

- ``replace``: lines ``start_line..end_line`` become ``text`` (empty text deletes them);
- ``insert``: ``text`` goes before line ``start_line`` (``start_line`` = line count + 1 inserts at the end);
- ``append``: ``text`` goes after the last line.

Refused with :class:`InvalidPatchError` (nothing applied): a line number out of range, a field the kind does not
use, replace ranges that overlap each other, an insert that falls strictly inside a replaced range.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from codex_runtime.artifact.errors import InvalidPatchError


class Edit(BaseModel):
    """One edit of a :class:`DocumentPatch` (see the module docstring for the kinds)."""

    model_config = ConfigDict(extra="forbid")

    kind: Literal["replace", "insert", "append"]
    start_line: int | None = Field(default=None, description="1-based; replace and insert only")
    end_line: int | None = Field(default=None, description="1-based, inclusive; replace only")
    text: str = Field(description="the new lines, separated by newlines")


class DocumentPatch(BaseModel):
    """What an agent returns to edit a document: the revision it read and its edits."""

    model_config = ConfigDict(extra="forbid")

    base_revision: str = Field(description="the revision of the document the edits refer to")
    edits: list[Edit]


def split_lines(text: str) -> tuple[list[str], bool]:
    """The lines of ``text`` without terminators, and whether it ended with a newline."""
    if not text:
        return [], False
    ends_with_newline = text.endswith("\n")
    body = text[:-1] if ends_with_newline else text
    return body.split("\n"), ends_with_newline


def _new_lines(text: str) -> list[str]:
    return split_lines(text)[0]


def numbered(text: str) -> str:
    """``text`` with right-aligned line numbers (``   3| line``), as shown to an agent."""
    lines = split_lines(text)[0]
    width = max(len(str(len(lines))), 1)
    return "\n".join(f"{number:>{width}}| {line}" for number, line in enumerate(lines, start=1))


def validate_edits(edits: Sequence[Edit], line_count: int) -> None:
    """Check every edit against a document of ``line_count`` lines.

    Raises:
        InvalidPatchError: see the module docstring.
    """
    ranges: list[tuple[int, int, int]] = []
    inserts: list[tuple[int, int]] = []
    for index, edit in enumerate(edits):
        start, end = edit.start_line, edit.end_line
        if edit.kind == "replace":
            if start is None or end is None:
                raise InvalidPatchError("replace needs start_line and end_line", edit_index=index)
            if not 1 <= start <= end <= line_count:
                raise InvalidPatchError(
                    f"replace {start}..{end} is outside lines 1..{line_count} (or reversed)", edit_index=index
                )
            ranges.append((start, end, index))
        elif edit.kind == "insert":
            if start is None or end is not None:
                raise InvalidPatchError("insert needs start_line and no end_line", edit_index=index)
            if not 1 <= start <= line_count + 1:
                raise InvalidPatchError(f"insert before line {start} is outside 1..{line_count + 1}", edit_index=index)
            inserts.append((start, index))
        elif start is not None or end is not None:
            raise InvalidPatchError("append takes no start_line or end_line", edit_index=index)
    ranges.sort()
    for (_, first_end, _), (second_start, second_end, second_index) in itertools.pairwise(ranges):
        if second_start <= first_end:
            raise InvalidPatchError(
                f"replace {second_start}..{second_end} overlaps an earlier replaced range", edit_index=second_index
            )
    for position, index in inserts:
        for start, end, _ in ranges:
            if start < position <= end:
                raise InvalidPatchError(
                    f"insert before line {position} falls inside replaced lines {start}..{end}", edit_index=index
                )


def apply_edits(text: str, edits: Sequence[Edit]) -> str:
    """The text after ``edits`` (validated first; all or nothing).

    Raises:
        InvalidPatchError: see the module docstring.
    """
    lines, ends_with_newline = split_lines(text)
    validate_edits(edits, len(lines))
    inserts_before: dict[int, list[str]] = {}
    replaced: dict[int, tuple[int, list[str]]] = {}
    appended: list[str] = []
    for edit in edits:  # same-position inserts and appends keep the patch's order
        if edit.kind == "insert":
            assert edit.start_line is not None
            inserts_before.setdefault(edit.start_line, []).extend(_new_lines(edit.text))
        elif edit.kind == "replace":
            assert edit.start_line is not None and edit.end_line is not None
            replaced[edit.start_line] = (edit.end_line, _new_lines(edit.text))
        else:
            appended.extend(_new_lines(edit.text))
    result: list[str] = []
    number = 1
    while number <= len(lines):
        result.extend(inserts_before.get(number, ()))
        if number in replaced:
            end, new = replaced[number]
            result.extend(new)
            number = end + 1
        else:
            result.append(lines[number - 1])
            number += 1
    result.extend(inserts_before.get(len(lines) + 1, ()))
    result.extend(appended)
    if not result:
        return ""
    return "\n".join(result) + ("\n" if ends_with_newline or not lines else "")


__all__ = ["DocumentPatch", "Edit", "apply_edits", "numbered", "split_lines", "validate_edits"]
