"""The one reader of a message's thread and turn ids, driven by the generated method table.

Every inbound method's spec says where its params keep the ids (``thread_id_path`` / ``turn_id_path``:
``("threadId",)``, ``("thread", "id")``, ``("turn", "id")``, ``("conversationId",)``). This module compiles one small
reader per method from those paths, so routing a flood of deltas costs a dict lookup and two ``dict.get`` calls.

A method the pinned table does not list (a newer server's) is read from the paths the table itself uses, the most
common first: the table, not a hand-written guess list, says where ids live.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from typing import Any, Final, TypeAlias

from codex_runtime.protocol.methods import SERVER_NOTIFICATIONS, SERVER_REQUESTS
from codex_runtime.protocol.spec import MethodSpec

Path: TypeAlias = tuple[str, ...]
Ids: TypeAlias = tuple[str | None, str | None]
"""``(thread_id, turn_id)``; an id that is absent or not a string is None."""
IdReader: TypeAlias = Callable[[Mapping[str, Any]], Ids]


def _specs() -> Iterable[MethodSpec[Any, Any]]:
    yield from SERVER_NOTIFICATIONS.values()
    yield from SERVER_REQUESTS.values()


def _common_paths(which: str) -> tuple[Path, ...]:
    counts = Counter(getattr(spec, which) for spec in _specs())
    counts.pop(None, None)
    return tuple(path for path, _ in counts.most_common())


THREAD_ID_PATHS: Final = _common_paths("thread_id_path")
"""Every path the table uses for a thread id, the most common first (how an unlisted method is read)."""
TURN_ID_PATHS: Final = _common_paths("turn_id_path")
"""Every path the table uses for a turn id, the most common first."""


def _at(params: Mapping[str, Any], path: Path) -> str | None:
    value = params.get(path[0])
    for key in path[1:]:
        value = value.get(key) if isinstance(value, dict) else None
    return value if type(value) is str else None


def _first(params: Mapping[str, Any], paths: tuple[Path, ...]) -> str | None:
    for path in paths:
        value = _at(params, path)
        if value is not None:
            return value
    return None


def _compile(thread_path: Path | None, turn_path: Path | None) -> IdReader:
    """A reader for one method's paths; the flat ``threadId``/``turnId`` shape (most methods, every delta) gets
    a closure with no loop and no helper call."""
    if thread_path is not None and turn_path is not None and len(thread_path) == 1 and len(turn_path) == 1:
        thread_key, turn_key = thread_path[0], turn_path[0]

        def flat(params: Mapping[str, Any]) -> Ids:
            thread_id = params.get(thread_key)
            turn_id = params.get(turn_key)
            return (
                thread_id if type(thread_id) is str else None,
                turn_id if type(turn_id) is str else None,
            )

        return flat

    def nested(params: Mapping[str, Any]) -> Ids:
        return (
            None if thread_path is None else _at(params, thread_path),
            None if turn_path is None else _at(params, turn_path),
        )

    return nested


def _unlisted(params: Mapping[str, Any]) -> Ids:
    return _first(params, THREAD_ID_PATHS), _first(params, TURN_ID_PATHS)


class _Readers(dict[str, IdReader]):
    """The compiled readers; an unlisted method gets :func:`_unlisted` (not stored: the table stays bounded)."""

    def __missing__(self, method: str) -> IdReader:
        return _unlisted


_READERS: Final = _Readers({spec.method: _compile(spec.thread_id_path, spec.turn_id_path) for spec in _specs()})

id_reader: Final[Callable[[str], IdReader]] = _READERS.__getitem__
"""``id_reader(method)``: the reader of ``method``'s ``(thread_id, turn_id)`` (for an unlisted method: the table's
common paths). The dict's own lookup: no Python frame per routed message."""


def read_ids(method: str, params: Mapping[str, object]) -> Ids:
    """``(thread_id, turn_id)`` of an inbound notification or server request, from where the table puts them."""
    return _READERS[method](params)


__all__ = ["THREAD_ID_PATHS", "TURN_ID_PATHS", "IdReader", "Ids", "id_reader", "read_ids"]
