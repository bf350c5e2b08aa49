"""Edge cases of the transcript sink the real server will not produce on demand: which secrets are redacted,
rotation at the size bound, and reading back a damaged file."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from codex_runtime._redact import REDACTED, redact, redact_text
from codex_runtime.errors import InvalidArgumentError
from codex_runtime.runtime.observe import WireEvent
from codex_runtime.sinks import JsonlTranscriptSink, TranscriptError, read_transcript, transcript_files


def notification(n: int, text: str = "x" * 200) -> WireEvent:
    message = {"method": "item/agentMessage/delta", "params": {"threadId": "t1", "turnId": "u1", "delta": text}}
    return WireEvent("in", "notification", "item/agentMessage/delta", None, "t1", "u1", message, 99, 1000.0 + n)


def test_credential_keys_are_redacted_at_any_depth_and_token_counts_are_kept() -> None:
    login = {"type": "apiKey", "apiKey": "sk-live-0123456789abcdef"}
    tokens = {"type": "chatgptAuthTokens", "accessToken": "eyJhbGciOi.abc.def", "chatgptAccountId": "acct-1"}
    nested = {"config": {"mcp_servers": {"x": {"bearer_token": "t0k", "env": {"GITHUB_TOKEN": "ghp_1"}}}}}
    usage = {"tokenUsage": {"total": {"inputTokens": 12, "outputTokens": 3}}, "maxTokens": 5}

    assert redact(login) == {"type": "apiKey", "apiKey": REDACTED}
    assert redact(tokens) == {"type": "chatgptAuthTokens", "accessToken": REDACTED, "chatgptAccountId": "acct-1"}
    assert redact(nested) == {
        "config": {"mcp_servers": {"x": {"bearer_token": REDACTED, "env": {"GITHUB_TOKEN": REDACTED}}}}
    }
    assert redact(usage) is usage  # nothing to hide: the same object, no copy
    assert login["apiKey"] == "sk-live-0123456789abcdef"  # the caller's dict is never changed


def test_secrets_inside_text_are_redacted() -> None:
    assert redact_text("curl -H 'Authorization: Bearer abcdefgh12345678' x") == (
        "curl -H 'Authorization: Bearer [REDACTED]' x"
    )
    assert redact_text("key is sk-proj-AbCdEf0123456789xyz.") == "key is sk-[REDACTED]."
    assert redact_text("OPENAI_API_KEY=sk-abc123 make test") == "OPENAI_API_KEY=[REDACTED] make test"
    assert redact_text("export GH_TOKEN: ghp_abcdef") == "export GH_TOKEN: [REDACTED]"
    assert redact_text("ask for a token, use the secret door") == "ask for a token, use the secret door"
    assert redact(["Bearer abcdefgh12345678", 3, None]) == [f"Bearer {REDACTED}", 3, None]


def test_the_file_rotates_before_passing_max_bytes_and_keeps_only_the_backups(tmp_path: Path) -> None:
    path = tmp_path / "t.jsonl"
    with JsonlTranscriptSink(path, max_bytes=2048, backups=2) as sink:
        for n in range(20):
            sink(notification(n))

    files = transcript_files(path)
    assert [f.name for f in files] == ["t.jsonl.2", "t.jsonl.1", "t.jsonl"]
    assert all(f.stat().st_size <= 2048 for f in files)
    assert (sink.lines_written, sink.rotations) == (20, 4)  # 4 lines of 425 bytes a file
    times = [event.time for f in files for event in read_transcript(f)]
    assert times == [1000.0 + n for n in range(8, 20)]  # the 3 newest files: the last 12 lines, in order
    assert oct(path.stat().st_mode & 0o777) == "0o600"


def test_a_line_reads_back_as_the_event_that_was_written(tmp_path: Path) -> None:
    path = tmp_path / "t.jsonl"
    event = WireEvent(
        "in", "response", "thread/start", 4, None, None, {"id": 4, "result": {"x": "\ud800"}}, 30, 5.5, 0.25, None, 7
    )
    with JsonlTranscriptSink(path) as sink:
        sink(event)

    line = json.loads(path.read_text())
    assert line == {
        "time": 5.5,
        "conn": 7,
        "dir": "in",
        "kind": "response",
        "method": "thread/start",
        "id": 4,
        "duration_ms": 250.0,
        "size": 30,
        "message": {"id": 4, "result": {"x": "\ud800"}},
    }
    assert list(read_transcript(path)) == [event]


def test_a_line_cut_by_a_crash_is_skipped_at_the_end_and_an_error_elsewhere(tmp_path: Path) -> None:
    path = tmp_path / "t.jsonl"
    with JsonlTranscriptSink(path) as sink:
        sink(notification(1, "a"))
        sink(notification(2, "b"))
    whole = path.read_text()
    path.write_text(whole + '{"time": 3, "dir": "in", "ki')
    assert [e.params["delta"] for e in read_transcript(path)] == ["a", "b"]

    path.write_text('{"time": 3, "dir": "in", "ki\n' + whole)
    with pytest.raises(TranscriptError) as caught:
        list(read_transcript(path))
    assert (caught.value.line, str(caught.value).split(":")[0]) == (1, f"transcript {path}, line 1")

    path.write_text('{"time": 3, "dir": "sideways", "kind": "request", "method": "m", "message": {}}\n')
    with pytest.raises(TranscriptError, match="line 1: missing or unknown dir / kind / method"):
        list(read_transcript(path))


def test_bad_settings_are_refused() -> None:
    with pytest.raises(InvalidArgumentError):
        JsonlTranscriptSink("/nonexistent/t.jsonl", max_bytes=10)
    with pytest.raises(InvalidArgumentError):
        JsonlTranscriptSink("/nonexistent/t.jsonl", backups=-1)


def test_a_bearer_token_in_its_own_argv_item_is_redacted() -> None:
    argv = ["curl", "-H", "Authorization: Bearer", "abc", "https://x"]
    assert redact(argv) == ["curl", "-H", "Authorization: Bearer", REDACTED, "https://x"]
    assert redact(["echo", "bearer", "tok"]) == ["echo", "bearer", REDACTED]
