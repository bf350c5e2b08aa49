"""The images of a turn: what the model looked at (``imageView`` items: codex's ``view_image`` tool on a local file)
and what it generated (``imageGeneration`` items: the file codex saved, or the base64 result), as
:class:`ImageOutput` values with a media type and :meth:`ImageOutput.read_bytes`.

Measured on codex 0.163.0 with a scripted model: ``view_image`` gives an ``imageView`` item with the path (and the
model gets the image inline); an ``image_generation_call`` output item gives NO thread item with the mock provider
(codex offers no image-generation tool to it), so generated images are read from the item shape of the schema.
"""

from __future__ import annotations

import base64
import binascii
import mimetypes
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from codex_runtime.errors import InvalidArgumentError

_MAGIC = (
    (b"\x89PNG\r\n\x1a\n", "image/png"),
    (b"\xff\xd8\xff", "image/jpeg"),
    (b"GIF87a", "image/gif"),
    (b"GIF89a", "image/gif"),
)


@dataclass(frozen=True, slots=True)
class ImageOutput:
    """One image of a turn. ``kind``: ``"view"`` (the model looked at ``path``) or ``"generated"`` (saved at
    ``path`` when codex saved it; ``data`` holds the base64 result otherwise)."""

    item_id: str
    kind: Literal["view", "generated"]
    path: str | None
    media_type: str | None
    """From the file name, else from the image's first bytes (PNG, JPEG, GIF, WebP); None when unknown."""
    data: str | None = None
    revised_prompt: str | None = None

    def read_bytes(self) -> bytes:
        """The image's bytes: the file at :attr:`path`, else the decoded :attr:`data`.

        Raises:
            OSError: the file cannot be read (e.g. removed since the turn).
            InvalidArgumentError: neither a path nor data (a failed generation), or data that is not base64.
        """
        if self.path is not None:
            return Path(self.path).read_bytes()
        if self.data is None:
            raise InvalidArgumentError(f"image {self.item_id} has no file and no data")
        try:
            return base64.b64decode(self.data, validate=True)
        except (binascii.Error, ValueError) as exc:
            raise InvalidArgumentError(f"image {self.item_id} data is not base64: {exc}") from exc


def media_type_of(path: str | None, head: bytes = b"") -> str | None:
    """The media type from ``path``'s name, else from the first bytes ``head``."""
    if path is not None:
        guessed, _ = mimetypes.guess_type(path)
        if guessed is not None and guessed.startswith("image/"):
            return guessed
    for magic, media_type in _MAGIC:
        if head.startswith(magic):
            return media_type
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return "image/webp"
    return None


def images_of(items: Iterable[Any]) -> list[ImageOutput]:
    """Every image item of ``items`` (typed thread items or their wire dicts), in order."""
    images: list[ImageOutput] = []
    for item in items:
        kind = str(_field(item, "type", ""))
        if kind == "imageView":
            path = str(_field(item, "path", ""))
            images.append(ImageOutput(str(_field(item, "id", "")), "view", path, media_type_of(path)))
        elif kind == "imageGeneration":
            saved = _field(item, "saved_path", None) or _field(item, "savedPath", None)
            data = _field(item, "result", None) or None
            head = _head(data) if saved is None and isinstance(data, str) else b""
            images.append(
                ImageOutput(
                    str(_field(item, "id", "")),
                    "generated",
                    str(saved) if saved is not None else None,
                    media_type_of(str(saved) if saved is not None else None, head),
                    data=data if isinstance(data, str) else None,
                    revised_prompt=_field(item, "revised_prompt", None) or _field(item, "revisedPrompt", None),
                )
            )
    return images


def _field(item: Any, name: str, default: Any) -> Any:
    if isinstance(item, dict):
        return item.get(name, default)
    return getattr(item, name, default)


def _head(data: str) -> bytes:
    try:
        return base64.b64decode(data[:64] + "=" * (-len(data[:64]) % 4))
    except (binascii.Error, ValueError):
        return b""


__all__ = ["ImageOutput", "images_of", "media_type_of"]
