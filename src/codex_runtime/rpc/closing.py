"""``async with x as y`` gives ``x`` itself and ends it on exit, however the block ends: the one owner of that pair
for every subscription, stream, flow and handle of the package (rpc's notification subscriptions, the runtime's
event streams, the api's turn streams and logins, the pool's streams, automation handles; and, with ``start``, the
RPC connection). Layer-neutral: it knows nothing but ``start``/``close``/``aclose``.
"""

from __future__ import annotations

from types import TracebackType
from typing import Self


class AsyncContext:
    """Base: ``async with`` gives the object itself; a subclass says what leaving the block does (``__aexit__``),
    usually through :class:`ClosingOnExit` or :class:`AsyncClosingOnExit`."""

    async def __aenter__(self) -> Self:
        return self


class ClosingOnExit(AsyncContext):
    """Mixin for an object with a synchronous ``close()``: ``async with`` calls it on exit."""

    def close(self) -> None:
        raise NotImplementedError  # every subclass defines it; declared so the mixin type-checks on its own

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()


class AsyncClosingOnExit(AsyncContext):
    """Mixin for an object with an ``async aclose()``: ``async with`` awaits it on exit."""

    async def aclose(self) -> None:
        raise NotImplementedError  # every subclass defines it; declared so the mixin type-checks on its own

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.aclose()


class StartedWhileEntered:
    """Mixin for an object with ``start()`` and an ``async close()``: ``async with`` starts it and closes it on exit
    (the RPC connection, and the testing kit's fake app-server that plays its other side)."""

    def start(self) -> None:
        raise NotImplementedError  # every subclass defines it; declared so the mixin type-checks on its own

    async def close(self) -> None:
        raise NotImplementedError

    async def __aenter__(self) -> Self:
        self.start()
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.close()
