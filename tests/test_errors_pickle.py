"""Every exception class the package defines survives pickling (errors cross process boundaries: Ray tasks, pool
workers, multiprocessing users) with its type, message and attributes."""

from __future__ import annotations

import pickle
from collections.abc import Callable

import pytest

from codex_runtime import errors
from codex_runtime._errors.connection import _FixedCodeRpcError
from codex_runtime.api.results import PromptRunResult
from codex_runtime.artifact import errors as artifact
from codex_runtime.artifact.lock import LockHolder
from codex_runtime.cli.errors import CliError, ExitCode
from codex_runtime.pool import errors as pool
from codex_runtime.runtime.hooks import HookPhase
from codex_runtime.runtime.retries import RetryNotice
from codex_runtime.runtime.usage import TurnUsage
from codex_runtime.sinks.errors import TranscriptError
from codex_runtime.web import errors as web
from codex_runtime.web.approvals import ApprovalNotFoundError, ApprovalSettledError, RestoredApproval
from codex_runtime.web.store import ApprovalRow
from tests.test_errors_tree import _package_exception_classes

_EXITED = errors.ProcessExitedError("app-server exited", exit_code=-9, stderr_tail="boom")
_RETRY = RetryNotice("Reconnecting... 2/5", details="Connection refused", http_status=503)
_FAILURE = errors.TurnFailure(errors.FailureKind.QUOTA_EXCEEDED, "usage limit", {"usageLimitExceeded": {}}, 429)


def _batch_task_error() -> BaseException:
    from codex_runtime.ray.tasks import BatchTask, BatchTaskError, TaskFailure, TaskOutcome

    failure = TaskFailure("quota_exceeded", "TurnFailedError", "limit", retryable=False, http_status=429)
    return BatchTaskError(TaskOutcome(index=3, task=BatchTask(cwd="/w", prompt="p"), failure=failure, attempts=2))


# One representative instance per class, keyed as the walk names them: a class missing here fails the test.
_EXAMPLES: dict[str, Callable[[], BaseException]] = {
    "codex_runtime._errors.connection._FixedCodeRpcError": lambda: _FixedCodeRpcError("odd", {"x": 1}, method="m"),
    "codex_runtime.artifact.errors.ArtifactConflictError": lambda: artifact.ArtifactConflictError(
        "plan", expected_revision="a" * 40, actual_revision="b" * 40, detail="edited meanwhile"
    ),
    "codex_runtime.artifact.errors.ArtifactCorruptError": lambda: artifact.ArtifactCorruptError("plan", "bad sha"),
    "codex_runtime.artifact.errors.ArtifactError": lambda: artifact.ArtifactError("store failed"),
    "codex_runtime.artifact.errors.ArtifactExistsError": lambda: artifact.ArtifactExistsError("plan"),
    "codex_runtime.artifact.errors.ArtifactLockedError": lambda: artifact.ArtifactLockedError(
        "plan", LockHolder(pid=7, host="h", token="t0", created=1.5, start_ticks=99)
    ),
    "codex_runtime.artifact.errors.ArtifactNotFoundError": lambda: artifact.ArtifactNotFoundError("plan"),
    "codex_runtime.artifact.errors.InvalidArtifactNameError": lambda: artifact.InvalidArtifactNameError("../x"),
    "codex_runtime.artifact.errors.InvalidPatchError": lambda: artifact.InvalidPatchError("overlap", edit_index=2),
    "codex_runtime.cli.errors.CliError": lambda: CliError("bad flag", hint="try --help", exit_code=ExitCode.USAGE),
    "codex_runtime.errors.AppServerRestartedError": lambda: errors.AppServerRestartedError(
        thread_id="t1", turn_id="u1", cause=_EXITED
    ),
    "codex_runtime.errors.AttachmentNotFoundError": lambda: errors.AttachmentNotFoundError("/a.png"),
    "codex_runtime.errors.AuthenticationRequiredError": lambda: errors.AuthenticationRequiredError(
        "no key", login_command="codex login"
    ),
    "codex_runtime.errors.BlockedByHookError": lambda: errors.BlockedByHookError("guard", HookPhase.PRE_TURN, "no"),
    "codex_runtime.errors.CodexBinaryNotFoundError": lambda: errors.CodexBinaryNotFoundError([("PATH", "missing")]),
    "codex_runtime.errors.CodexRuntimeError": lambda: errors.CodexRuntimeError("root", 2),
    "codex_runtime.errors.ConnectionClosedError": lambda: errors.ConnectionClosedError("EOF"),
    "codex_runtime.errors.ExperimentalApiRequiredError": lambda: errors.ExperimentalApiRequiredError("dynamic tools"),
    "codex_runtime.errors.FrameTooLargeError": lambda: errors.FrameTooLargeError(2048, 1024),
    "codex_runtime.errors.HookError": lambda: errors.HookError("hook broke"),
    "codex_runtime.errors.HookOutputError": lambda: errors.HookOutputError("not an action"),
    "codex_runtime.errors.HookTimeoutError": lambda: errors.HookTimeoutError("slow", 0.5),
    "codex_runtime.errors.IncompatibleCodexVersionError": lambda: errors.IncompatibleCodexVersionError(
        "0.100.0", "0.104.0", "codex_cli_rs/0.100.0"
    ),
    "codex_runtime.errors.InternalRpcError": lambda: errors.InternalRpcError("oops", method="thread/start"),
    "codex_runtime.errors.InvalidArgumentError": lambda: errors.InvalidArgumentError("timeout must be positive"),
    "codex_runtime.errors.InvalidOutgoingMessageError": lambda: errors.InvalidOutgoingMessageError("surrogate"),
    "codex_runtime.errors.InvalidParamsError": lambda: errors.InvalidParamsError("bad", {"field": "cwd"}),
    "codex_runtime.errors.InvalidPolicyError": lambda: errors.InvalidPolicyError("unknown key"),
    "codex_runtime.errors.InvalidRequestError": lambda: errors.InvalidRequestError("unknown variant"),
    "codex_runtime.errors.InvalidServerResponseError": lambda: errors.InvalidServerResponseError("bad reply"),
    "codex_runtime.errors.InvalidWorkspaceError": lambda: errors.InvalidWorkspaceError("/nope", "does not exist"),
    "codex_runtime.errors.LoginFailedError": lambda: errors.LoginFailedError("login-1", "cancelled"),
    "codex_runtime.errors.McpServerStartupError": lambda: errors.McpServerStartupError("docs", "exited 1"),
    "codex_runtime.errors.MethodNotFoundError": lambda: errors.MethodNotFoundError("no such method", method="x/y"),
    "codex_runtime.errors.NotConnectedError": lambda: errors.NotConnectedError("Client is not connected"),
    "codex_runtime.errors.OutputParseError": lambda: errors.OutputParseError("not JSON", text="hello"),
    "codex_runtime.errors.PrivilegedEscalationError": lambda: errors.PrivilegedEscalationError("needs opt-in"),
    "codex_runtime.errors.ProcessExitedError": lambda: _EXITED,
    "codex_runtime.errors.PromptRunError": lambda: errors.PromptRunError("no result"),
    "codex_runtime.errors.PromptTimeoutError": lambda: errors.PromptTimeoutError(
        2.5,
        PromptRunResult("t1", "u1", "inProgress", "half", usage=TurnUsage(1, 0, 2, 0, 3), retries=(_RETRY,)),
        reason="inactivity",
        retries=(_RETRY,),
    ),
    "codex_runtime.errors.ProtocolError": lambda: errors.ProtocolError("undecodable"),
    "codex_runtime.errors.RestartPolicyExhaustedError": lambda: errors.RestartPolicyExhaustedError(3, "exit 1"),
    "codex_runtime.errors.RpcError": lambda: errors.RpcError(-32099, "custom", [1, 2], method="thread/read"),
    "codex_runtime.errors.RpcTimeoutError": lambda: errors.RpcTimeoutError("thread/start", 30.0),
    "codex_runtime.errors.ServerOverloadedError": lambda: errors.ServerOverloadedError("back off"),
    "codex_runtime.errors.ServerRequestAlreadyAnsweredError": lambda: errors.ServerRequestAlreadyAnsweredError("x"),
    "codex_runtime.errors.ServerRequestError": lambda: errors.ServerRequestError("cannot answer"),
    "codex_runtime.errors.SessionClosedError": lambda: errors.SessionClosedError(),
    "codex_runtime.errors.SnapshotCorruptError": lambda: errors.SnapshotCorruptError("/s.json", "not JSON"),
    "codex_runtime.errors.SnapshotError": lambda: errors.SnapshotError("unusable"),
    "codex_runtime.errors.SnapshotMismatchError": lambda: errors.SnapshotMismatchError(
        "/s.json", expected="abc", found=None, what="format"
    ),
    "codex_runtime.errors.TransportError": lambda: errors.TransportError("pipe broke"),
    "codex_runtime.errors.TurnFailedError": lambda: errors.TurnFailedError(_FAILURE, thread_id="t1", turn_id="u1"),
    "codex_runtime.errors.TurnInterruptedError": lambda: errors.TurnInterruptedError(thread_id="t1", turn_id="u1"),
    "codex_runtime.errors.UnsupportedByServerError": lambda: errors.UnsupportedByServerError("thread/fork", None),
    "codex_runtime.errors.UnsupportedPlatformError": lambda: errors.UnsupportedPlatformError("win32"),
    "codex_runtime.errors.UsageError": lambda: errors.UsageError("misuse"),
    "codex_runtime.errors.WrongThreadError": lambda: errors.WrongThreadError("loop thread"),
    "codex_runtime.pool.errors.MemberLostError": lambda: pool.MemberLostError(2, _EXITED, thread_id="t1"),
    "codex_runtime.pool.errors.PoolBusyError": lambda: pool.PoolBusyError(1, 0.5),
    "codex_runtime.pool.errors.PoolClosedError": lambda: pool.PoolClosedError(),
    "codex_runtime.pool.errors.PoolError": lambda: pool.PoolError("cannot serve"),
    "codex_runtime.pool.errors.PoolUnavailableError": lambda: pool.PoolUnavailableError("all members dead"),
    "codex_runtime.pool.errors.SessionFailoverError": lambda: pool.SessionFailoverError("t1", "resume failed"),
    "codex_runtime.ray.tasks.BatchTaskError": _batch_task_error,
    "codex_runtime.sinks.errors.TranscriptError": lambda: TranscriptError("/t.jsonl", 4, "not JSON"),
    "codex_runtime.web.approvals.ApprovalNotFoundError": lambda: ApprovalNotFoundError("apr_1"),
    "codex_runtime.web.approvals.ApprovalSettledError": lambda: ApprovalSettledError(
        RestoredApproval(
            ApprovalRow(
                session_id="s1",
                approval_id="apr_1",
                turn_id="u1",
                status="answered",
                data={"approval_id": "apr_1"},
                settled_at=1.0,
            )
        )
    ),
    "codex_runtime.web.errors.SessionStoreError": lambda: web.SessionStoreError("/db", "locked"),
    "codex_runtime.web.errors.SessionStoreVersionError": lambda: web.SessionStoreVersionError(
        "/db", found=9, supported=2
    ),
    "codex_runtime.web.errors.WebError": lambda: web.WebError(409, "the session is closed"),
}


def _same(a: object, b: object) -> bool:
    """Equal, or (for objects without their own ``==``, such as an approval) the same type and attributes."""
    if isinstance(a, BaseException):  # a cause: exceptions compare by identity
        return type(a) is type(b) and str(a) == str(b) and _same(vars(a), vars(b))
    if type(a).__eq__ is object.__eq__ and hasattr(a, "__dict__"):
        return type(a) is type(b) and _same(vars(a), vars(b))
    if isinstance(a, dict) and isinstance(b, dict):
        return a.keys() == b.keys() and all(_same(a[key], b[key]) for key in a)
    return a == b


def test_every_exception_class_has_an_example() -> None:
    assert sorted(_EXAMPLES) == sorted(_package_exception_classes())


@pytest.mark.parametrize("name", sorted(_EXAMPLES))
def test_every_exception_class_round_trips_through_pickle(name: str) -> None:
    error = _EXAMPLES[name]()
    assert f"{type(error).__module__}.{type(error).__qualname__}" == name  # the example builds that very class
    copy = pickle.loads(pickle.dumps(error))
    assert type(copy) is type(error)
    assert str(copy) == str(error)
    assert _same(vars(copy), vars(error))


def test_an_error_whose_init_takes_more_than_the_message_comes_back_whole() -> None:
    locked = pickle.loads(pickle.dumps(artifact.ArtifactLockedError("a", "pid 1")))
    assert (locked.name, locked.holder, str(locked)) == (
        "a",
        "pid 1",
        "document 'a' is locked by pid 1; try again later",
    )
    corrupt = pickle.loads(pickle.dumps(errors.SnapshotCorruptError("/s.json", "truncated")))
    assert (corrupt.path, corrupt.reason, str(corrupt)) == (
        "/s.json",
        "truncated",
        "snapshot /s.json is corrupt: truncated",
    )
    timeout = pickle.loads(pickle.dumps(errors.RpcTimeoutError("thread/start", 30.0)))
    assert (timeout.code, timeout.method, timeout.timeout, str(timeout)) == (
        -32000,
        "thread/start",
        30.0,
        "thread/start: no response within 30s (code -32000)",
    )


def test_an_error_whose_class_fixes_part_of_its_message_is_not_formatted_twice() -> None:
    missing = pickle.loads(pickle.dumps(errors.MethodNotFoundError("no such method", method="x/y")))
    assert (missing.code, missing.message, str(missing)) == (
        -32601,
        "no such method",
        "x/y: no such method (code -32601)",
    )
    login = pickle.loads(pickle.dumps(errors.AuthenticationRequiredError()))
    assert str(login) == "not logged in; log in with `codex-runtime login`"


def test_a_lost_call_keeps_its_cause_across_processes() -> None:
    restarted = pickle.loads(pickle.dumps(errors.AppServerRestartedError(thread_id="t1", cause=_EXITED)))
    assert (restarted.thread_id, restarted.turn_id, restarted.retryable) == ("t1", None, True)
    assert isinstance(restarted.cause, errors.ProcessExitedError)
    assert (restarted.cause.exit_code, restarted.cause.stderr_tail) == (-9, "boom")
    lost = pickle.loads(pickle.dumps(pool.MemberLostError(2, _EXITED, thread_id="t1")))
    assert (lost.member_index, lost.thread_id, lost.exit_code, lost.stderr_tail) == (2, "t1", -9, "boom")
    assert str(lost.cause) == "app-server exited (exit code -9)\n--- app-server stderr (tail) ---\nboom"


def test_details_are_attributes_set_by_the_root() -> None:
    error = errors.InvalidWorkspaceError("/nope", "missing")
    assert vars(error) == {"path": "/nope", "reason": "missing"}
    assert errors.CodexRuntimeError("plain").args == ("plain",)
