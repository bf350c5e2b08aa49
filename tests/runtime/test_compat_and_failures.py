"""Pure logic: the codex version guard and turn-failure classification."""

from __future__ import annotations

import pytest

from codex_runtime.errors import FailureKind, IncompatibleCodexVersionError
from codex_runtime.runtime.compat import check_codex_version, codex_version_from_user_agent
from codex_runtime.runtime.failures import classify_failure, turn_failure_from_error

UA = "codex_runtime/0.163.0 (Debian 12.0.0; x86_64) xterm (codex_runtime; 0.1.0)"


def test_the_version_is_read_from_the_first_user_agent_token_not_our_client_version() -> None:
    assert codex_version_from_user_agent(UA) == "0.163.0"


def test_a_new_enough_server_passes_the_guard() -> None:
    assert check_codex_version(UA, "0.104.0") == "0.163.0"


def test_an_older_server_is_refused_with_detected_and_required() -> None:
    with pytest.raises(IncompatibleCodexVersionError) as caught:
        check_codex_version("x/0.99.1 (Linux)", "0.104.0")
    assert (caught.value.detected, caught.value.required) == ("0.99.1", "0.104.0")
    assert caught.value.user_agent == "x/0.99.1 (Linux)"


def test_an_unparsable_user_agent_is_refused_unless_the_guard_is_off() -> None:
    with pytest.raises(IncompatibleCodexVersionError, match="unparsable"):
        check_codex_version("something odd", "0.104.0")
    assert check_codex_version("something odd", None) is None


@pytest.mark.parametrize(
    ("info", "message", "kind"),
    [
        ("usageLimitExceeded", "x", FailureKind.QUOTA_EXCEEDED),
        ("rateLimitExceeded", "x", FailureKind.RATE_LIMIT),
        ({"responseTooManyFailedAttempts": {"httpStatusCode": 429}}, "x", FailureKind.RATE_LIMIT),
        ("contextWindowExceeded", "x", FailureKind.CONTEXT_WINDOW),
        ("internalServerError", "x", FailureKind.OTHER),
        ("other", "You've hit your usage limit. Upgrade to Pro", FailureKind.QUOTA_EXCEEDED),
        (None, "please purchase more credits", FailureKind.QUOTA_EXCEEDED),
        ({"httpConnectionFailed": {"httpStatusCode": 503}}, "unavailable", FailureKind.OTHER),
    ],
)
def test_failures_classify_by_codex_error_info_first_then_message(
    info: object, message: str, kind: FailureKind
) -> None:
    assert classify_failure(message, info) is kind


def test_turn_failure_keeps_the_message_verbatim_and_the_http_status() -> None:
    failure = turn_failure_from_error(
        {"message": "Too many", "codexErrorInfo": {"responseTooManyFailedAttempts": {"httpStatusCode": 429}}}
    )
    assert failure.message == "Too many" and failure.http_status == 429 and failure.kind is FailureKind.RATE_LIMIT


def test_the_codex_wire_reader_finds_the_request_id_at_the_head_of_a_success_reply() -> None:
    from codex_runtime.runtime.codex_wire import reply_id_of_head

    assert reply_id_of_head(b'{"id":42,"result":{"blob":"xxxx') == 42
    assert reply_id_of_head(b' { "id" : 7 , "result" : [') == 7
    assert reply_id_of_head(b'{"method":"item/started","params":{') is None
    assert reply_id_of_head(b'{"id":3,"error":{"code":-32600') is None
