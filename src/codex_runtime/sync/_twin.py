"""The one mechanism behind every blocking twin: a :class:`Twin` wraps one async object, and each blocking member is
DERIVED from the async one by name (``ask = method(AsyncSession.ask)``, ``runtime = Attribute(Runtime.of)``): same
parameters, same docstring, the result type an IDE and mypy read from the async signature, no body restated.

A blocking ``with`` is the async object's own ``async with``, run on the loop (:class:`Managed`). Twins that own a
connection (:class:`Owner`: Client, Workflow, AppServer, RuntimePool) hold the portal from their first use to their
shutdown, so the loop thread runs exactly while one of them (or a blocking call) is in use. A connection's blocking
``with`` runs ``__aenter__`` and ``__aexit__`` in ONE task on the loop (:class:`ContextTask`), as anyio's
``wrap_async_context_manager`` does, so task-bound state (timeouts, cancel scopes) survives between them.
"""

from __future__ import annotations

import asyncio
import functools
import inspect
from collections.abc import AsyncIterator, Awaitable, Callable, Coroutine, Iterator
from contextlib import AbstractAsyncContextManager
from types import TracebackType
from typing import Any, Concatenate, Generic, ParamSpec, Protocol, Self, TypeVar, overload

from codex_runtime.sync._portal import PORTAL, Portal

A = TypeVar("A")
P = ParamSpec("P")
R = TypeVar("R")
T = TypeVar("T")
_S = TypeVar("_S", bound="Twin[Any]")


class Twin(Generic[A]):
    """A blocking view of one async object (``wrapped``); its coroutines run on the portal loop."""

    _portal: Portal = PORTAL

    def __init__(self, wrapped: A) -> None:
        self._wrapped = wrapped

    @classmethod
    def of(cls, wrapped: A) -> Self:
        """The twin of an existing async object (what a blocking method returns for an async one)."""
        twin = cls.__new__(cls)
        Twin.__init__(twin, wrapped)
        return twin

    @property
    def wrapped(self) -> A:
        """The async object (its coroutines must run on the portal loop)."""
        return self._wrapped

    def __repr__(self) -> str:
        return f"<blocking {self._wrapped!r}>"

    def _call(self, coroutine: Coroutine[Any, Any, T]) -> T:
        return self._portal.call(coroutine)

    def _iterate(self, iterator: AsyncIterator[T]) -> Iterator[T]:
        return self._portal.iterate(iterator)


class Attribute(Generic[T]):
    """A read-only attribute of the wrapped object, by the name it is assigned to: ``thread_id = Attribute[str]()``,
    or, for an attribute that is itself an async object, its twin: ``runtime = Attribute(Runtime.of)`` (plain data
    read on the caller's thread; nothing runs on the loop)."""

    def __init__(self, wrap: Callable[[Any], T] | None = None) -> None:
        self._wrap = wrap

    def __set_name__(self, owner: type, name: str) -> None:
        self._name = name

    @overload
    def __get__(self, instance: None, owner: type) -> Self: ...
    @overload
    def __get__(self, instance: Twin[Any], owner: type) -> T: ...
    def __get__(self, instance: Twin[Any] | None, owner: type) -> Self | T:
        if instance is None:
            return self
        value = getattr(instance._wrapped, self._name)
        if self._wrap is not None:
            return self._wrap(value)
        typed: T = value
        return typed


class BlockingMethod(Generic[P, T]):
    """A descriptor: on a twin instance, the blocking form of the async method of the same name (or, for a
    plain method, the method itself with its result wrapped)."""

    def __init__(self, function: Callable[..., Any], wrap: Callable[[Any], T] | None, *, awaits: bool) -> None:
        self._function = function
        self._wrap = wrap
        self._awaits = awaits
        self._name = function.__name__
        self.__doc__ = function.__doc__

    def __set_name__(self, owner: type, name: str) -> None:
        self._name = name

    @overload
    def __get__(self, instance: None, owner: type) -> Callable[..., Any]: ...
    @overload
    def __get__(self, instance: Twin[Any], owner: type) -> Callable[P, T]: ...
    def __get__(self, instance: Twin[Any] | None, owner: type) -> Callable[..., Any]:
        unbound = _unbound(self._function, self._name, self._wrap, self._awaits)
        return unbound if instance is None else functools.partial(unbound, instance)


@functools.cache
def _unbound(function: Callable[..., Any], name: str, wrap: Callable[[Any], Any] | None, awaits: bool) -> Any:
    @functools.wraps(function)
    def call(self: Twin[Any], *args: Any, **kwargs: Any) -> Any:
        # By name on the wrapped object: a PoolSession twin runs the pool's own ``ask``, not Session's.
        result = getattr(self._wrapped, name)(*args, **kwargs)
        if awaits:
            result = self._call(result)
        return result if wrap is None else wrap(result)

    return call


@overload
def method(function: Callable[Concatenate[Any, P], Awaitable[T]]) -> BlockingMethod[P, T]: ...
@overload
def method(function: Callable[Concatenate[Any, P], Awaitable[R]], wrap: Callable[[R], T]) -> BlockingMethod[P, T]: ...
@overload  # a method taking **kwargs (``self`` could then be passed by name): the result type is still derived
def method(function: Callable[..., Awaitable[T]]) -> BlockingMethod[..., T]: ...  # type: ignore[overload-cannot-match]
def method(
    function: Callable[..., Awaitable[Any]], wrap: Callable[[Any], Any] | None = None
) -> BlockingMethod[..., Any]:
    """The blocking twin of an async method (``wrap`` turns its result into a twin, e.g. ``Session``)."""
    return BlockingMethod(function, wrap, awaits=True)


@overload
def forward(function: Callable[Concatenate[Any, P], T]) -> BlockingMethod[P, T]: ...
@overload
def forward(function: Callable[Concatenate[Any, P], R], wrap: Callable[[R], T]) -> BlockingMethod[P, T]: ...
def forward(function: Callable[..., Any], wrap: Callable[[Any], Any] | None = None) -> BlockingMethod[..., Any]:
    """A plain (not async) method of the wrapped object, its result wrapped by ``wrap`` (e.g. an event stream)."""
    return BlockingMethod(function, wrap, awaits=False)


class _AsyncScoped(Protocol):
    async def __aenter__(self) -> object: ...
    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None, /
    ) -> object: ...


class _AsyncOwned(_AsyncScoped, Protocol):
    async def shutdown(self) -> None: ...


_M = TypeVar("_M", bound=_AsyncScoped)
_O = TypeVar("_O", bound=_AsyncOwned)


class Managed(Twin[_M]):
    """The twin of an async context manager: ``with twin:`` is ``async with twin.wrapped:``, each half run on the
    loop (a stream's exit interrupts its turn, a login's cancels it, an owner's shuts it down)."""

    def __enter__(self) -> Self:
        self._call(self._wrapped.__aenter__())
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self._call(self._wrapped.__aexit__(exc_type, exc, tb))


class Owner(Managed[_O]):
    """A twin that owns a connection: holds the portal from its first blocking call to :meth:`shutdown` (or the end
    of its ``with``)."""

    _holds_portal = False

    def _call(self, coroutine: Coroutine[Any, Any, T]) -> T:
        self._hold_portal()
        return self._portal.call(coroutine)

    def _hold_portal(self) -> None:
        if not self._holds_portal:
            self._portal.__enter__()
            self._holds_portal = True

    def _release_portal(self) -> None:
        if self._holds_portal:
            self._holds_portal = False
            self._portal.__exit__(None, None, None)

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        try:
            super().__exit__(exc_type, exc, tb)
        finally:
            self._release_portal()

    def shutdown(self) -> None:
        """Shut down as the async ``shutdown()`` does (idempotent, bounded); the loop thread stops when no other
        twin uses it."""
        try:
            self._call(self._wrapped.shutdown())
        finally:
            self._release_portal()


class ContextTask(Generic[T]):
    """Runs an async context manager's enter and exit in one task on the portal loop, driven from a blocking
    ``with`` (see the module docstring)."""

    def __init__(self, portal: Portal, manager: AbstractAsyncContextManager[T]) -> None:
        self._portal = portal
        self._manager = manager
        self._exit: asyncio.Event | None = None
        self._exc_info: tuple[type[BaseException] | None, BaseException | None, TracebackType | None] = (
            None,
            None,
            None,
        )
        self._task: asyncio.Future[bool | None] | None = None

    def enter(self) -> T:
        return self._portal.call(self._start())

    async def _start(self) -> T:
        loop = asyncio.get_running_loop()
        entered: asyncio.Future[T] = loop.create_future()
        self._exit = asyncio.Event()
        self._task = loop.create_task(self._run(entered))
        return await entered

    async def _run(self, entered: asyncio.Future[T]) -> bool | None:
        try:
            value = await self._manager.__aenter__()
        except BaseException as exc:
            entered.set_exception(exc)
            return None
        entered.set_result(value)
        assert self._exit is not None
        await self._exit.wait()
        return await self._manager.__aexit__(*self._exc_info)

    def exit(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> bool | None:
        self._exc_info = (exc_type, exc, tb)
        return self._portal.call(self._finish())

    async def _finish(self) -> bool | None:
        assert self._exit is not None and self._task is not None
        self._exit.set()
        return await self._task


def init_like(
    cls: Callable[P, A],
) -> Callable[[Callable[Concatenate[_S, ...], None]], Callable[Concatenate[_S, P], None]]:
    """Decorates a twin's ``__init__`` so it takes exactly the async class's arguments and builds the async object
    from them; the parameters are derived (mypy, IDEs and ``inspect`` see the async ones), never restated::

        @init_like(AsyncClient)
        def __init__(self, *args: Any, **kwargs: Any) -> None: ...
    """

    def decorate(declared: Callable[Concatenate[_S, ...], None]) -> Callable[Concatenate[_S, P], None]:
        def __init__(self: _S, /, *args: P.args, **kwargs: P.kwargs) -> None:
            Twin.__init__(self, cls(*args, **kwargs))

        signature = inspect.signature(cls)
        self_parameter = inspect.Parameter("self", inspect.Parameter.POSITIONAL_OR_KEYWORD)
        __init__.__signature__ = signature.replace(  # type: ignore[attr-defined]
            parameters=[self_parameter, *signature.parameters.values()], return_annotation=None
        )
        __init__.__doc__ = cls.__doc__
        __init__.__qualname__ = declared.__qualname__
        return __init__

    return decorate


def portal_of(twin: Twin[Any]) -> Portal:
    """The portal a twin's coroutines run on (for code that runs its own coroutine beside a twin's, e.g. spawning
    an automation on a session twin)."""
    return twin._portal


__all__ = [
    "Attribute",
    "BlockingMethod",
    "ContextTask",
    "Managed",
    "Owner",
    "Twin",
    "forward",
    "init_like",
    "method",
    "portal_of",
]
