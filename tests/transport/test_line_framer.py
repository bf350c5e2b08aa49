"""LineFramer: newline framing of chunked streams, with a per-frame cap that drops only the offending frame."""

from __future__ import annotations

import itertools

from hypothesis import given
from hypothesis import strategies as st

from codex_runtime.transport._framing import LineFramer


class Recorder:
    def __init__(self) -> None:
        self.drops: list[tuple[int, int, bytes]] = []

    def __call__(self, size: int, limit: int, head: bytes) -> None:
        self.drops.append((size, limit, head))


def feed_all(framer: LineFramer, chunks: list[bytes]) -> list[bytes]:
    frames: list[bytes] = []
    for chunk in chunks:
        frames += framer.feed(chunk)
    return frames


def test_frames_split_across_chunks_are_joined_once_complete() -> None:
    framer = LineFramer(None, Recorder())
    assert feed_all(framer, [b'{"a"', b":1}\n{", b'"b":2}\n']) == [b'{"a":1}', b'{"b":2}']
    assert framer.buffered == 0


def test_blank_lines_are_skipped() -> None:
    framer = LineFramer(None, Recorder())
    assert feed_all(framer, [b"\n\nx\n\n", b"\ny\n", b"\n"]) == [b"x", b"y"]


def test_an_unterminated_last_frame_is_returned_by_flush() -> None:
    framer = LineFramer(None, Recorder())
    assert framer.feed(b"a\nb") == [b"a"]
    assert framer.buffered == 1
    assert framer.flush() == b"b"
    assert framer.flush() is None


def test_a_frame_over_the_cap_within_one_chunk_is_dropped_and_reported() -> None:
    drops = Recorder()
    framer = LineFramer(4, drops)
    assert framer.feed(b"ok\ntoolong\nfine\n") == [b"ok", b"fine"]
    assert drops.drops == [(7, 4, b"toolong")]


def test_a_frame_over_the_cap_spanning_chunks_is_discarded_as_it_streams() -> None:
    drops = Recorder()
    framer = LineFramer(10, drops)
    frames = feed_all(framer, [b"a\n" + b"x" * 8, b"y" * 100, b"z" * 100, b"end\nb\n"])
    assert frames == [b"a", b"b"]
    assert drops.drops == [(211, 10, b"x" * 8 + b"y" * 100)]  # the head is what was held when the cap was hit
    assert framer.buffered == 0


def test_an_oversized_unterminated_frame_is_reported_at_flush() -> None:
    drops = Recorder()
    framer = LineFramer(3, drops)
    assert framer.feed(b"abcdef") == []
    assert framer.flush() is None
    assert drops.drops == [(6, 3, b"abcdef")]


def test_a_frame_exactly_at_the_cap_is_kept() -> None:
    framer = LineFramer(3, Recorder())
    assert feed_all(framer, [b"ab", b"c\n", b"abc\n"]) == [b"abc", b"abc"]


lines = st.lists(st.binary(max_size=40).map(lambda b: b.replace(b"\n", b"")), max_size=30)


@given(
    lines=lines,
    cuts=st.lists(st.integers(min_value=0, max_value=2000), max_size=20),
    cap=st.one_of(st.none(), st.integers(min_value=1, max_value=30)),
)
def test_any_chunking_yields_the_same_frames_and_drops(lines: list[bytes], cuts: list[int], cap: int | None) -> None:
    stream = b"".join(line + b"\n" for line in lines)
    points = sorted({min(c, len(stream)) for c in cuts} | {0, len(stream)})
    chunks = [stream[a:b] for a, b in itertools.pairwise(points) if b > a]
    drops = Recorder()
    framer = LineFramer(cap, drops)
    frames = feed_all(framer, chunks)
    assert framer.flush() is None
    assert frames == [line for line in lines if line and (cap is None or len(line) <= cap)]
    assert [d[0] for d in drops.drops] == [len(line) for line in lines if cap is not None and len(line) > cap]
