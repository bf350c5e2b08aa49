"""Every wire type of the pinned app-server protocol (generated; see ``scripts/gen_protocol.py``).

Models are pydantic v2 classes with snake_case attributes and the wire's camelCase names as aliases (both accepted
on input, aliases used on output) that keep unknown fields; enums are open ``StrEnum``s
(``str(TurnStatus.COMPLETED) == "completed"``, and an unlisted value is accepted); tagged unions such as
``ThreadItem`` decode an unknown variant to ``Unrecognized<Union>`` rather than failing.

Each type lives in its own generated module and is built on first access (``types.ThreadItem`` builds the thread
item variants and what they use, about 80 classes, not all 1,100); validators are built on first use.
``from codex_runtime.protocol.types import *`` builds them all.
"""

from typing import TYPE_CHECKING, Any

from codex_runtime.protocol._generated import models as _models
from codex_runtime.protocol._generated.models import __all__ as __all__

if TYPE_CHECKING:
    from codex_runtime.protocol._generated.models import *  # noqa: F403


def __getattr__(name: str) -> Any:
    """A wire type, built on first access (PEP 562)."""
    try:
        return getattr(_models, name)
    except AttributeError:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}") from None
