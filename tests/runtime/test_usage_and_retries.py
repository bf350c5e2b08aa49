"""The pure folds of a turn's usage and retry notices, fed with the notification shapes codex 0.163.0 sends."""

from __future__ import annotations

from typing import Any

from codex_runtime.runtime.retries import MAX_RETRY_NOTICES, RetryLog, RetryNotice, is_retry_notice
from codex_runtime.runtime.usage import TurnUsage, UsageFold


def update(total: tuple[int, int, int, int], last: tuple[int, int, int, int]) -> dict[str, Any]:
    def breakdown(values: tuple[int, int, int, int]) -> dict[str, int]:
        inp, cached, out, reasoning = values
        return {
            "inputTokens": inp,
            "cachedInputTokens": cached,
            "outputTokens": out,
            "reasoningOutputTokens": reasoning,
            "totalTokens": inp + out,
            "cacheWriteInputTokens": 0,
        }

    return {"threadId": "t", "turnId": "u", "tokenUsage": {"total": breakdown(total), "last": breakdown(last)}}


def test_three_requests_in_one_turn_sum_to_the_turns_usage() -> None:
    fold = UsageFold()
    fold.feed("turn/started", {})
    fold.feed("thread/tokenUsage/updated", update((300, 50, 30, 4), (200, 50, 20, 4)))
    fold.feed("thread/tokenUsage/updated", update((600, 110, 60, 9), (300, 60, 30, 5)))
    fold.feed("thread/tokenUsage/updated", update((1000, 180, 100, 15), (400, 70, 40, 6)))
    # No baseline known (a fresh fold): the sum of the requests. Turn 1 of the thread had used 100 input tokens.
    assert fold.turn == TurnUsage(900, 180, 90, 15, 990)
    assert fold.thread == TurnUsage(1000, 180, 100, 15, 1100)


def test_a_known_baseline_is_subtracted_from_the_final_total() -> None:
    fold = UsageFold(baseline=TurnUsage(100, 40, 10, 3, 110))
    fold.feed("turn/started", {})
    fold.feed("thread/tokenUsage/updated", update((300, 90, 30, 7), (200, 50, 20, 4)))
    fold.feed("thread/tokenUsage/updated", update((600, 150, 60, 12), (300, 60, 30, 5)))
    assert fold.turn == TurnUsage(500, 110, 50, 9, 550)


def test_the_restore_snapshot_of_a_resumed_thread_is_the_baseline_not_usage() -> None:
    fold = UsageFold()
    fold.feed("thread/tokenUsage/updated", update((1000, 220, 100, 18), (400, 70, 40, 6)))  # before turn/started
    fold.feed("turn/started", {})
    fold.feed("thread/tokenUsage/updated", update((2000, 220, 200, 18), (1000, 0, 100, 0)))
    assert fold.turn == TurnUsage(1000, 0, 100, 0, 1100)
    assert fold.thread == TurnUsage(2000, 220, 200, 18, 2200)


def test_a_turn_without_a_completed_request_has_no_usage() -> None:
    fold = UsageFold()
    fold.feed("turn/started", {})
    fold.feed("thread/tokenUsage/updated", {"tokenUsage": "garbage"})
    assert (fold.turn, fold.thread) == (None, None)


def test_retry_notices_keep_the_cause_and_the_http_status() -> None:
    params = {
        "error": {
            "message": "Reconnecting... 2/5",
            "codexErrorInfo": {"responseStreamDisconnected": {"httpStatusCode": 404}},
            "additionalDetails": "unexpected status 404 Not Found: Unknown error",
        },
        "willRetry": True,
    }
    assert is_retry_notice("error", params) is True
    assert is_retry_notice("error", {**params, "willRetry": False}) is False
    notice = RetryNotice.from_params(params)
    assert notice.http_status == 404
    assert notice.reason == "Reconnecting... 2/5 (unexpected status 404 Not Found: Unknown error)"
    offline = RetryNotice.from_params({"error": {"message": "Reconnecting... waiting for network"}})
    assert (offline.reason, offline.http_status) == ("Reconnecting... waiting for network", None)


def test_the_retry_log_is_bounded_and_keeps_the_latest() -> None:
    log = RetryLog()
    for n in range(MAX_RETRY_NOTICES + 5):
        log.add({"error": {"message": f"Reconnecting... {n}"}, "willRetry": True})
    assert (log.count, log.dropped, len(log.notices)) == (21, 5, 16)
    assert log.notices[0].message == "Reconnecting... 5"
    assert log.last is not None and log.last.message == "Reconnecting... 20"


def test_a_baseline_given_in_wire_form_is_read_when_the_usage_is() -> None:
    fold = UsageFold(baseline={"inputTokens": 100, "cachedInputTokens": 40, "outputTokens": 10, "totalTokens": 110})
    fold.feed("turn/started", {})
    fold.feed("thread/tokenUsage/updated", update((300, 90, 30, 7), (200, 50, 20, 4)))
    assert fold.turn == TurnUsage(200, 50, 20, 7, 220)
    assert fold.thread == TurnUsage(300, 90, 30, 7, 330)


def test_a_baseline_alone_is_the_threads_usage_when_no_request_completed() -> None:
    fold = UsageFold(baseline={"inputTokens": 5, "totalTokens": 5})
    fold.feed("turn/started", {})
    assert (fold.turn, fold.thread) == (None, TurnUsage(5, 0, 0, 0, 5))
