"""The protocol layer: the wire types and method tables of ``codex app-server``, and their codec.

What it knows: every type of the JSON Schema printed by the pinned codex binary (generated into ``_generated/``
from ``schema/`` by ``scripts/gen_protocol.py``; the models are in :mod:`codex_runtime.protocol.types`), every
method with its direction, params type and result type (:mod:`~codex_runtime.protocol.methods`), how to decode an
inbound notification or server request cheaply and lazily, and how to encode outbound params and results
(:mod:`~codex_runtime.protocol.codec`).

What it must not know: anything about transports, JSON-RPC ids and pending requests, sessions, turns or
approval policy. It imports nothing from ``transport``, ``rpc``, ``runtime`` or above; it only raises
``codex_runtime.errors.ProtocolError``.

Every generated type is also reachable here (``from codex_runtime.protocol import ThreadItem``), but importing
this package does not import them: each type (with the types it uses) loads on the first such access, or the first
validation (method specs name their types), so decoding and routing by ``thread_id``/``turn_id`` builds no model
and a process never builds the ~1,100 classes it does not use.
"""

from typing import TYPE_CHECKING, Any

from codex_runtime.protocol import codec, messages, methods
from codex_runtime.protocol._generated import GENERATOR_VERSION, SCHEMA_CODEX_VERSION, SCHEMA_SHA256
from codex_runtime.protocol._generated.literals import ApprovalPolicyValue, SandboxModeValue

# Re-exported whole: each module's __all__ is the list (and __all__ below takes it from there).
from codex_runtime.protocol.codec import *  # noqa: F403
from codex_runtime.protocol.ids import THREAD_ID_PATHS, TURN_ID_PATHS, id_reader, read_ids
from codex_runtime.protocol.messages import *  # noqa: F403
from codex_runtime.protocol.methods import *  # noqa: F403

if TYPE_CHECKING:
    from codex_runtime.protocol._base import OpenStrEnum, TaggedWireModel, WireModel
    from codex_runtime.protocol.types import *  # noqa: F403

_BASE = frozenset({"OpenStrEnum", "TaggedWireModel", "WireModel"})


def __getattr__(name: str) -> Any:
    """The generated wire types and their bases (pydantic), imported on first access (PEP 562)."""
    if name in _BASE:
        from codex_runtime.protocol import _base

        return getattr(_base, name)
    from codex_runtime.protocol._generated import models

    try:
        return getattr(models, name)
    except AttributeError:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}") from None


__all__ = [
    *codec.__all__,
    *messages.__all__,
    *methods.__all__,
    "GENERATOR_VERSION",
    "SCHEMA_CODEX_VERSION",
    "SCHEMA_SHA256",
    "THREAD_ID_PATHS",
    "TURN_ID_PATHS",
    "ApprovalPolicyValue",
    "OpenStrEnum",
    "SandboxModeValue",
    "TaggedWireModel",
    "WireModel",
    "id_reader",
    "read_ids",
]
