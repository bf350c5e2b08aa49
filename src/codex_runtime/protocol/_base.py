"""Base classes and helpers the generated wire types build on.

Everything here exists so the wire models tolerate a newer server: unknown fields are kept, unknown enum values
are accepted, and unknown union variants decode to an ``Unrecognized*`` model instead of failing the message.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from typing import Any, ClassVar, Final

from pydantic import BaseModel, ConfigDict

from codex_runtime.protocol._open_enum import OpenStrEnum

UNRECOGNIZED_TAG: Final = "__unrecognized__"
"""Discriminator tag of the fallback variant of every generated tagged union."""
STRING_TAG: Final = "__string__"
"""Discriminator tag of the plain-string variant of an externally tagged union."""


class WireModel(BaseModel):
    """Base of every generated model.

    - unknown fields are kept (``extra="allow"``) and written back on dump;
    - attributes are snake_case, the wire names are aliases; both are accepted on input and dumps use the
      wire names;
    - building a model's validator is deferred to its first use, which keeps importing 1,000+ models cheap.
    """

    model_config = ConfigDict(
        extra="allow",
        validate_by_name=True,
        validate_by_alias=True,
        serialize_by_alias=True,
        defer_build=True,
        protected_namespaces=(),
    )


class TaggedWireModel(WireModel):
    """A model with constant tag fields (``type: Literal["readOnly"] = "readOnly"``).

    The tags have defaults so callers need not repeat them, yet they always count as set, so a dump with
    ``exclude_unset=True`` (how requests are encoded) still writes them.
    """

    __wire_tags__: ClassVar[tuple[str, ...]] = ()

    def model_post_init(self, context: Any, /) -> None:
        self.__pydantic_fields_set__.update(self.__wire_tags__)


def is_none(value: object) -> bool:
    """``exclude_if`` predicate of optional, non-nullable fields: an explicit null there is a wire error."""
    return value is None


def tag_discriminator(alias: str, attr: str, tags: Iterable[str]) -> Callable[[Any], str]:
    """Discriminator of a union tagged by the property ``alias`` (attribute ``attr``) with values ``tags``."""
    known = frozenset(tags)

    def discriminate(value: Any) -> str:
        tag = value.get(alias) if isinstance(value, dict) else getattr(value, attr, None)
        return tag if isinstance(tag, str) and tag in known else UNRECOGNIZED_TAG

    return discriminate


def external_discriminator(keys: Mapping[str, str]) -> Callable[[Any], str]:
    """Discriminator of an externally tagged union: a string, or an object whose single key names the variant.

    ``keys`` maps each object variant's wire key to its attribute name.
    """
    known = dict(keys)

    def discriminate(value: Any) -> str:
        if isinstance(value, str):
            return STRING_TAG
        if isinstance(value, dict):
            for key in value:
                if key in known:
                    return str(key)
            return UNRECOGNIZED_TAG
        for key, attr in known.items():
            if getattr(value, attr, None) is not None:
                return key
        return UNRECOGNIZED_TAG

    return discriminate


__all__ = [
    "STRING_TAG",
    "UNRECOGNIZED_TAG",
    "OpenStrEnum",
    "TaggedWireModel",
    "WireModel",
    "external_discriminator",
    "is_none",
    "tag_discriminator",
]
