"""Images of a turn on the real binary: the scripted model calls codex's view_image tool on a PNG in the workspace;
``result.images`` names it with its media type and reads its bytes; the model got it inline."""

from __future__ import annotations

import base64
import struct
import zlib
from pathlib import Path

from codex_runtime import Client, ClientConfig, ImageOutput, SessionConfig
from codex_runtime.testing import MockModel, responses


def png(width: int, height: int) -> bytes:
    """A tiny red RGB PNG."""
    rows = b"".join(b"\x00" + b"\xff\x00\x00" * width for _ in range(height))

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b"")


async def test_an_image_the_model_viewed_is_in_result_images_with_its_bytes(
    client_config: ClientConfig, mock_model: MockModel, workdir: Path
) -> None:
    picture = workdir / "red.png"
    picture.write_bytes(png(2, 2))
    mock_model.enqueue(
        responses.tool_call("view_image", {"path": str(picture)}, call_id="view1"), responses.text("A red square.")
    )
    async with Client(client_config) as client:
        session = await client.start_session(SessionConfig(cwd=str(workdir)))
        result = await session.ask("What is in red.png?")
    assert result.images == [ImageOutput(item_id="view1", kind="view", path=str(picture), media_type="image/png")]
    assert result.images[0].read_bytes() == png(2, 2)
    [output] = mock_model.requests[1].function_call_outputs()
    assert output["output"] == [
        {
            "type": "input_image",
            "image_url": "data:image/png;base64," + base64.b64encode(png(2, 2)).decode(),
            "detail": "high",
        }
    ]
