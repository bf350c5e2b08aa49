"""Generated images (codex 0.163.0 produces none with a scripted model: the item shape comes from the schema)."""

from __future__ import annotations

import base64

import pytest

from codex_runtime import ImageOutput, InvalidArgumentError
from codex_runtime.api.images import images_of, media_type_of

GIF = b"GIF89a\x01\x00\x01\x00\x00\x00\x00;"


def test_a_generated_image_is_read_from_its_saved_file_or_from_its_base64_result(tmp_path: object) -> None:
    saved = {"type": "imageGeneration", "id": "ig1", "status": "completed", "result": "", "savedPath": "/x/cat.webp"}
    inline = {"type": "imageGeneration", "id": "ig2", "status": "completed", "result": base64.b64encode(GIF).decode()}
    failed = {"type": "imageGeneration", "id": "ig3", "status": "failed", "result": ""}
    images = images_of([saved, {"type": "agentMessage", "id": "m", "text": "done"}, inline, failed])
    assert images == [
        ImageOutput(item_id="ig1", kind="generated", path="/x/cat.webp", media_type="image/webp"),
        ImageOutput(item_id="ig2", kind="generated", path=None, media_type="image/gif", data="R0lGODlhAQABAAAAADs="),
        ImageOutput(item_id="ig3", kind="generated", path=None, media_type=None),
    ]
    assert images[1].read_bytes() == GIF
    with pytest.raises(InvalidArgumentError, match="no file and no data"):
        images[2].read_bytes()


def test_media_types_come_from_the_name_then_the_first_bytes() -> None:
    assert media_type_of("/a/b.JPG") == "image/jpeg"
    assert media_type_of("/a/b", b"\x89PNG\r\n\x1a\n....") == "image/png"
    assert media_type_of(None, b"RIFF\x00\x00\x00\x00WEBPVP8 ") == "image/webp"
    assert media_type_of("/a/notes.txt", b"hello") is None
