"""The public API names its types: no ``Any`` in a public signature, except where the wire is truly open.

Walks ``codex_runtime.__all__`` and every public subpackage's ``__all__``: functions, classes' public methods,
properties, annotated attributes and dataclass / pydantic fields. An annotation is checked twice: its text (so a
name only imported under TYPE_CHECKING is still read) and, when it resolves, the resolved type (so an alias that
hides ``Any`` is caught too).
"""

from __future__ import annotations

import dataclasses
import importlib
import inspect
import pkgutil
import re
import types
import typing
from collections.abc import Callable, Iterator

import pytest

# Where the wire is truly open, ``Any`` is the honest type. Keep this short; every group says why. An entry is a
# prefix of the qualified name (module.Class.member) the walker reports.
RAW_JSON_RPC = "raw JSON-RPC: the caller names the method at run time, so params and result are any JSON"
UNKNOWN_METHOD = "a method the pinned schema does not list (or one looked up by a run-time name): raw JSON"
ALLOWED: dict[str, str] = {
    "codex_runtime.api.app_server.AppServer.request": RAW_JSON_RPC,
    "codex_runtime.api.app_server.AppServer.notify": RAW_JSON_RPC,
    "codex_runtime.runtime.runtime.Runtime.request": RAW_JSON_RPC,
    "codex_runtime.runtime.runtime.Runtime.notify": RAW_JSON_RPC,
    # The RPC core speaks strings and JSON dicts by design (codex concepts start in ``runtime``).
    "codex_runtime.rpc.": RAW_JSON_RPC,
    "codex_runtime.errors.RpcError": "a JSON-RPC error's ``data`` is any JSON",
    "codex_runtime._errors.connection._FixedCodeRpcError": "a JSON-RPC error's ``data`` is any JSON",
    "codex_runtime.errors.rpc_error_from_wire": "a JSON-RPC error object as received",
    "codex_runtime.protocol.messages.Unknown": UNKNOWN_METHOD,
    # The shared bases of Notification / ServerRequest / Unknown*: the raw params they wrap (validated lazily).
    "codex_runtime.protocol.messages._Inbound.__init__": "the raw params it wraps (validated lazily)",
    "codex_runtime.protocol.messages._Typed.__init__": "the raw params it wraps (validated lazily)",
    "codex_runtime.protocol.messages.ServerRequest": "the raw params it wraps, and a result in wire form",
    "codex_runtime.protocol.codec.decode_notification": UNKNOWN_METHOD,
    "codex_runtime.protocol.codec.decode_server_request": UNKNOWN_METHOD,
    "codex_runtime.protocol.codec.outbound_spec": UNKNOWN_METHOD,
    "codex_runtime.protocol.methods.": UNKNOWN_METHOD,
    "codex_runtime.protocol._base.TaggedWireModel.model_post_init": "pydantic's own hook signature",
    "codex_runtime.errors.TurnFailure": "``codexErrorInfo`` kept raw, as the server sent it",
    "codex_runtime.ray.tasks.TaskFailure": "``codexErrorInfo`` kept raw, as the server sent it",
    "codex_runtime.runtime.runtime.Runtime.state_snapshot": "a JSON document (the bounded state projection)",
    "codex_runtime.pool.member.PoolMember.stats": "a JSON-ready stats row (keys documented on the method)",
    "codex_runtime.pool.pool.RuntimePool.stats": "JSON-ready stats rows (keys documented on the method)",
    "codex_runtime.ray.worker.CodexWorker": "JSON-ready stats rows crossing a Ray actor boundary",
    "codex_runtime.ray.batch.run_batch": "Ray actor handles: ray ships no types for them",
    "codex_runtime.ray.batch.stream_batch": "Ray actor handles: ray ships no types for them",
    "codex_runtime.sinks.reader.decode_event": (
        "a recorded event's payload: a notification, a server request or a raw JSON dict, by the event's kind"
    ),
    # The testing kit plays the other side of the wire: a scripted app-server and a Responses-API model server.
    "codex_runtime.testing.fake_server.FakeAppServer": RAW_JSON_RPC,
    "codex_runtime._scripted.mock_model.": "raw Responses-API request bodies and SSE events",
    "codex_runtime._scripted.stream.": "raw Responses-API request bodies and SSE events",
    "codex_runtime._scripted.codex_home.model_catalog": "the model catalog JSON codex reads",
}


def _allowed(offender: str) -> bool:
    name = offender.split(" (")[0]
    return any(name.startswith(prefix) for prefix in ALLOWED)


def _qualname(owner: str, name: str) -> str:
    return f"{owner}.{name}" if owner else name


_ANY = re.compile(r"\bAny\b")


def _has_any(annotation: object, namespace: dict[str, object]) -> bool:
    if isinstance(annotation, str):
        if _ANY.search(annotation):
            return True
        try:
            annotation = eval(annotation, namespace)  # annotations of our own package
        except Exception:
            return False  # a TYPE_CHECKING-only name: the text check above is all we can do
    return _resolved_has_any(annotation, set())


def _resolved_has_any(tp: object, seen: set[int]) -> bool:
    if tp is typing.Any:
        return True
    if id(tp) in seen:
        return False
    seen.add(id(tp))
    if hasattr(tp, "__value__"):  # a TypeAliasType (PEP 695 / typing_extensions)
        return _resolved_has_any(tp.__value__, seen)
    if typing.is_typeddict(tp):  # ``**options: Unpack[SomeOptions]``: its keys are the signature's keywords
        return any(_resolved_has_any(field, seen) for field in typing.get_type_hints(tp).values())
    return any(_resolved_has_any(arg, seen) for arg in typing.get_args(tp) if not isinstance(arg, (str, int)))


def _annotations(func: Callable[..., object]) -> dict[str, object]:
    """The annotations users see: an overloaded function's overloads (not its implementation), merged."""
    func = inspect.unwrap(func)
    overloads = typing.get_overloads(func)
    merged: dict[str, object] = {}
    for variant in overloads or [func]:
        for param, annotation in getattr(variant, "__annotations__", {}).items():
            merged[param] = f"{merged[param]} | {annotation}" if param in merged else annotation
    return merged


def _members(name: str, obj: object) -> Iterator[tuple[str, dict[str, object], types.ModuleType | None]]:
    """(qualified name, annotations, defining module) of every public signature reachable from ``obj``; a class
    member is named after the class that defines it (``codex_runtime.errors.RpcError.to_wire``)."""
    if inspect.isclass(obj):
        if not obj.__module__.startswith("codex_runtime"):
            return
        for klass in obj.__mro__:
            if not klass.__module__.startswith("codex_runtime"):
                continue
            where = f"{klass.__module__}.{klass.__qualname__}"
            module = inspect.getmodule(klass)
            own = {k: v for k, v in vars(klass).get("__annotations__", {}).items() if not k.startswith("_")}
            if own:
                yield f"{where}.<fields>", own, module
            for attr, value in vars(klass).items():
                if attr.startswith("_") and attr not in ("__init__", "__call__"):
                    continue
                if _first_definition(obj, attr) is not klass:
                    continue  # overridden below: the override is what users call
                if isinstance(value, property) and value.fget is not None:
                    yield f"{where}.{attr}", _annotations(value.fget), module
                elif isinstance(value, staticmethod | classmethod):
                    yield f"{where}.{attr}", _annotations(value.__func__), module
                elif inspect.isfunction(value):
                    if attr == "__init__" and (dataclasses.is_dataclass(klass) or "model_fields" in dir(klass)):
                        continue  # generated from the fields, checked above
                    yield f"{where}.{attr}", _annotations(value), module
    elif callable(obj) and hasattr(obj, "__annotations__"):
        yield (
            f"{getattr(obj, '__module__', '?')}.{getattr(obj, '__qualname__', name)}",
            _annotations(obj),
            (inspect.getmodule(obj)),
        )


def _first_definition(cls: type, attr: str) -> type | None:
    return next((klass for klass in cls.__mro__ if attr in vars(klass)), None)


def _public_packages() -> list[str]:
    """``codex_runtime`` and each public (no leading underscore) subpackage or module that has an ``__all__``."""
    import codex_runtime

    names = ["codex_runtime"]
    for info in pkgutil.iter_modules(codex_runtime.__path__, "codex_runtime."):
        if not info.name.rsplit(".", 1)[1].startswith("_"):
            names.append(info.name)
    return [n for n in names if hasattr(importlib.import_module(n), "__all__")]


def _public_objects() -> Iterator[tuple[str, object]]:
    for package in _public_packages():
        module = importlib.import_module(package)
        prefix = package.removeprefix("codex_runtime").removeprefix(".")
        for export in module.__all__:
            obj = getattr(module, export)
            if isinstance(obj, types.ModuleType):
                continue
            yield _qualname(prefix, export), obj


def _offenders() -> list[str]:
    found: set[str] = set()
    for name, obj in _public_objects():
        for qualname, hints, module in _members(name, obj):
            namespace = {**vars(typing), **(vars(module) if module else {})}
            for param, annotation in hints.items():
                if _has_any(annotation, namespace):
                    found.add(f"{qualname} ({param}: {annotation})")
    return sorted(found)


def test_no_any_in_public_signatures_outside_the_allow_list() -> None:
    assert [o for o in _offenders() if not _allowed(o)] == []


def test_every_allow_list_entry_is_still_needed() -> None:
    # A stale entry would let Any creep back in unnoticed.
    names = [o.split(" (")[0] for o in _offenders()]
    assert sorted(p for p in ALLOWED if not any(n.startswith(p) for n in names)) == []


def test_the_walk_covers_the_public_subpackages() -> None:
    assert {"codex_runtime", "codex_runtime.protocol", "codex_runtime.sync", "codex_runtime.testing"} <= set(
        _public_packages()
    )


@pytest.mark.parametrize("annotation", ["dict[str, Any]", "Callable[..., Any]", "Any | None"])
def test_the_walker_sees_any_in_annotation_text(annotation: str) -> None:
    assert _has_any(annotation, dict(vars(typing)))


class _KeywordOptions(typing.TypedDict, total=False):
    handles: list[typing.Any]


def test_the_walker_sees_any_in_keyword_options_unpacked_from_a_typeddict() -> None:
    assert _has_any("Unpack[_KeywordOptions]", {**vars(typing), "_KeywordOptions": _KeywordOptions})
