"""Attachments: what a prompt carries besides its text, turned into turn/start ``input`` items.

``@path`` mentions are appended to the text and marked with a text element whose byte range (UTF-8 byte offsets,
as the server counts) covers the mention. Every local path is checked before anything is sent.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from codex_runtime.errors import AttachmentNotFoundError


@dataclass(frozen=True, slots=True)
class _LocalPath:
    """An attachment that is a local path: checked to exist before anything is sent (relative to the run's cwd)."""

    path: str


class FileMention(_LocalPath):
    """A local file or directory mentioned as ``@path`` in the prompt text."""

    __slots__ = ()


class LocalImage(_LocalPath):
    """A local image file sent as a ``localImage`` input."""

    __slots__ = ()


@dataclass(frozen=True, slots=True)
class ImageUrl:
    """An image by URL (``https://`` or a ``data:`` URL)."""

    url: str


@dataclass(frozen=True, slots=True)
class Skill:
    """A skill (by name and the path of its SKILL.md)."""

    name: str
    path: str


Attachment = FileMention | LocalImage | ImageUrl | Skill
AttachmentLike = Attachment | str | os.PathLike[str]
"""A plain path (str or PathLike) means a :class:`FileMention`."""


def as_attachment(value: AttachmentLike) -> Attachment:
    if isinstance(value, Attachment):
        return value
    return FileMention(os.fspath(value))


def _resolve_local(path: str, cwd: str | None) -> Path:
    candidate = Path(path).expanduser()
    if not candidate.is_absolute() and cwd:
        candidate = Path(cwd) / candidate
    if not candidate.exists():
        raise AttachmentNotFoundError(str(candidate))
    return candidate


def validate_attachments(attachments: list[Attachment], cwd: str | None) -> None:
    """Check every local path exists.

    Raises:
        AttachmentNotFoundError: the first missing path.
    """
    for attachment in attachments:
        if isinstance(attachment, _LocalPath | Skill):
            _resolve_local(attachment.path, cwd)


def build_input(prompt: str, attachments: list[Attachment], cwd: str | None) -> list[dict[str, Any]]:
    """The turn/start ``input`` list for ``prompt`` plus ``attachments`` (validated first).

    Raises:
        AttachmentNotFoundError: a local path does not exist; nothing is built.
    """
    validate_attachments(attachments, cwd)
    text = prompt
    elements: list[dict[str, Any]] = []
    extra: list[dict[str, Any]] = []
    for attachment in attachments:
        if isinstance(attachment, FileMention):
            mention = f"@{attachment.path}"
            text += "\n" if text else ""
            start = len(text.encode("utf-8"))
            text += mention
            elements.append(
                {"byteRange": {"start": start, "end": start + len(mention.encode("utf-8"))}, "placeholder": mention}
            )
        elif isinstance(attachment, LocalImage):
            extra.append({"type": "localImage", "path": str(_resolve_local(attachment.path, cwd))})
        elif isinstance(attachment, ImageUrl):
            extra.append({"type": "image", "url": attachment.url})
        else:
            extra.append({"type": "skill", "name": attachment.name, "path": str(_resolve_local(attachment.path, cwd))})
    return [{"type": "text", "text": text, "text_elements": elements}, *extra]


__all__ = [
    "Attachment",
    "AttachmentLike",
    "FileMention",
    "ImageUrl",
    "LocalImage",
    "Skill",
    "as_attachment",
    "build_input",
    "validate_attachments",
]
