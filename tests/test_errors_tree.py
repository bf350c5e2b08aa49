"""The exception tree: one root for everything the package raises on purpose, a usage branch, pinned names."""

from __future__ import annotations

import importlib
import inspect
import pkgutil

import pytest

import codex_runtime
import codex_runtime.errors as errors
from codex_runtime.errors import CodexRuntimeError, UsageError


def _package_exception_classes() -> dict[str, type[BaseException]]:
    """Every exception class defined in a module of the package, by qualified name."""
    found: dict[str, type[BaseException]] = {}
    for info in pkgutil.walk_packages(codex_runtime.__path__, "codex_runtime."):
        if info.name.endswith("__main__"):
            continue
        module = importlib.import_module(info.name)
        for _, value in inspect.getmembers(module, inspect.isclass):
            if issubclass(value, BaseException) and value.__module__ == info.name:
                found[f"{info.name}.{value.__qualname__}"] = value
    return found


def test_every_exception_class_the_package_defines_derives_from_the_root() -> None:
    classes = _package_exception_classes()
    outside = sorted(name for name, cls in classes.items() if not issubclass(cls, CodexRuntimeError))
    assert outside == []
    # The walk really reached the optional packages' error modules (a vacuous walk would pass the check above).
    assert {
        "codex_runtime.web.errors.WebError",
        "codex_runtime.web.errors.SessionStoreVersionError",
        "codex_runtime.web.approvals.ApprovalNotFoundError",
        "codex_runtime.web.approvals.ApprovalSettledError",
        "codex_runtime.cli.errors.CliError",
        "codex_runtime.pool.errors.PoolClosedError",
        "codex_runtime.ray.tasks.BatchTaskError",
        "codex_runtime.artifact.errors.ArtifactError",
    } <= set(classes)


@pytest.mark.parametrize(
    ("name", "bases"),
    [
        ("SessionClosedError", ("UsageError", "PromptRunError")),
        ("NotConnectedError", ("UsageError",)),
        ("ExperimentalApiRequiredError", ("UsageError", "ValueError")),
        ("InvalidWorkspaceError", ("UsageError",)),
        ("InvalidPolicyError", ("UsageError", "ValueError")),
        ("InvalidArgumentError", ("UsageError", "ValueError")),
        ("WrongThreadError", ("UsageError",)),
        ("AuthenticationRequiredError", ("CodexRuntimeError",)),
        ("UnsupportedByServerError", ("CodexRuntimeError",)),
        ("AppServerRestartedError", ("TransportError",)),
    ],
)
def test_pinned_error_names_are_importable_from_both_places_with_their_bases(name: str, bases: tuple[str, ...]) -> None:
    cls = getattr(codex_runtime, name)
    assert cls is getattr(errors, name)
    assert name in codex_runtime.__all__ and name in errors.__all__
    ancestry = {base.__name__ for base in cls.__mro__}
    assert set(bases) <= ancestry


def test_kept_extra_bases_still_catch_the_errors() -> None:
    from codex_runtime.cli.errors import CliError
    from codex_runtime.pool.errors import PoolClosedError, PoolError
    from codex_runtime.web.approvals import ApprovalNotFoundError

    assert issubclass(ApprovalNotFoundError, LookupError)
    assert issubclass(PoolClosedError, PoolError) and issubclass(PoolClosedError, UsageError)
    assert CliError("bad flag", hint="try --help").hint == "try --help"


def test_messages_carry_what_the_caller_needs() -> None:
    assert str(errors.AuthenticationRequiredError()) == "not logged in; log in with `codex-runtime login`"
    unsupported = errors.UnsupportedByServerError("thread/fork", "0.133.0")
    assert (unsupported.method, unsupported.server_version) == ("thread/fork", "0.133.0")
    assert str(unsupported) == "thread/fork is not supported by codex 0.133.0; upgrade codex"
    workspace = errors.InvalidWorkspaceError("/nope", "does not exist")
    assert (workspace.path, workspace.reason, str(workspace)) == (
        "/nope",
        "does not exist",
        "invalid workspace '/nope': does not exist",
    )
    restarted = errors.AppServerRestartedError(thread_id="t1")
    assert restarted.retryable is True and restarted.thread_id == "t1"


def test_not_connected_is_a_typed_usage_error() -> None:
    client = codex_runtime.Client()
    with pytest.raises(errors.NotConnectedError, match="Client is not connected"):
        _ = client.runtime


def test_bad_settings_raise_the_usage_branch_and_stay_value_errors() -> None:
    with pytest.raises(errors.InvalidArgumentError, match="timeout must be positive") as caught:
        codex_runtime.RunProfile(timeout=0)
    assert isinstance(caught.value, ValueError)


def test_a_bad_decision_is_a_usage_error_under_the_root_and_still_a_value_error() -> None:
    from codex_runtime.errors import CodexRuntimeError, InvalidArgumentError
    from codex_runtime.runtime.decisions import answer_for_decision

    with pytest.raises(InvalidArgumentError, match=r"^unknown decision 'nope'; use one of \[") as caught:
        answer_for_decision("item/commandExecution/requestApproval", "nope")
    assert isinstance(caught.value, CodexRuntimeError) and isinstance(caught.value, ValueError)
