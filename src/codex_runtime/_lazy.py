"""Import lazily: package exports resolved on first access (PEP 562), and pydantic checks that never import it.

Why: ``import codex_runtime`` (or one of its layer packages) must not pay for the event loop, pydantic, the
transports, the CLI or the web adapter before a name that needs them is touched; a one-shot script imports only
the modules on its own path, and a run that only moves raw dicts never imports pydantic (~0.1 s).
"""

from __future__ import annotations

import importlib
import sys
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, TypeGuard

if TYPE_CHECKING:
    from pydantic import BaseModel


def lazy_exports(
    package: str, exports: Mapping[str, tuple[str, ...]]
) -> tuple[Callable[[str], Any], Callable[[], list[str]]]:
    """A package's ``__getattr__`` and ``__dir__`` for ``exports`` (module path -> the names taken from it).

    A name is imported from its module on first access, then stored on the package, so the next access is a
    plain attribute lookup.
    """
    where = {name: module for module, names in exports.items() for name in names}

    def __getattr__(name: str) -> Any:
        module = where.get(name)
        if module is None:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(module), name)
        setattr(sys.modules[package], name, value)
        return value

    def __dir__() -> list[str]:
        return sorted({*vars(sys.modules[package]), *where})

    return __getattr__, __dir__


def is_model(value: object) -> TypeGuard[BaseModel]:
    """True for a pydantic model instance. Never imports pydantic: before it is imported no instance can exist."""
    pydantic = sys.modules.get("pydantic")
    return pydantic is not None and isinstance(value, pydantic.BaseModel)


def is_model_class(value: object) -> TypeGuard[type[BaseModel]]:
    """True for a pydantic model class (never imports pydantic, as :func:`is_model`)."""
    pydantic = sys.modules.get("pydantic")
    return pydantic is not None and isinstance(value, type) and issubclass(value, pydantic.BaseModel)


__all__ = ["is_model", "is_model_class", "lazy_exports"]
