"""The base of every generated enum, apart from the model bases so that an enum never imports pydantic."""

from __future__ import annotations

from enum import StrEnum


class OpenStrEnum(StrEnum):
    """A ``StrEnum`` that accepts values it does not list: ``Status("new")`` is a pseudo-member, not an error.

    ``str(member) == value`` and ``member == value`` hold for listed and unlisted values alike.
    """

    @classmethod
    def _missing_(cls, value: object) -> OpenStrEnum | None:
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member


__all__ = ["OpenStrEnum"]
