"""Sinks of a connection's traffic: JSONL transcripts, and reading them back.

Knows: :class:`~codex_runtime.runtime.observe.WireEvent` (the runtime's observation point) and files. Must not
know: the Client, sessions or how a turn is shown (``codex-runtime replay`` does that with :func:`read_transcript`).

Attach a sink with ``ClientConfig(observers=[sink])``; see :class:`JsonlTranscriptSink`.
"""

from codex_runtime.sinks.errors import TranscriptError
from codex_runtime.sinks.jsonl import JsonlTranscriptSink, transcript_files
from codex_runtime.sinks.reader import decode_event, read_transcript

__all__ = ["JsonlTranscriptSink", "TranscriptError", "decode_event", "read_transcript", "transcript_files"]
