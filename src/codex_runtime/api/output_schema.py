"""Structured output: a JSON schema (or a pydantic model class) for the final answer, in the strict form the
Responses API accepts, and parsing the answer back.

Strict form: every object lists all its properties in ``required``, optional ones become nullable, and
``additionalProperties`` is false, recursively (including ``$defs``). Pydantic's own schema is not strict, which is
why other SDKs get their schemas rejected.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeAlias, cast

from codex_runtime._lazy import is_model_class
from codex_runtime.errors import OutputParseError

if TYPE_CHECKING:
    from pydantic import BaseModel, JsonValue

OutputSchema: TypeAlias = "Mapping[str, object] | type[BaseModel]"
"""A JSON schema (a mapping) or a pydantic model class."""


def _nullable(schema: dict[str, Any]) -> dict[str, Any]:
    if schema.get("type") == "null":
        return schema
    if "anyOf" in schema:
        options = schema["anyOf"]
        if any(isinstance(o, dict) and o.get("type") == "null" for o in options):
            return schema
        return {**schema, "anyOf": [*options, {"type": "null"}]}
    kind = schema.get("type")
    if isinstance(kind, str) and "$ref" not in schema and "enum" not in schema:
        return {**schema, "type": [kind, "null"]}
    if isinstance(kind, list):
        return schema if "null" in kind else {**schema, "type": [*kind, "null"]}
    return {"anyOf": [schema, {"type": "null"}]}


_SCHEMA_MAPS = ("properties", "$defs", "definitions", "patternProperties")
_SCHEMA_LISTS = ("anyOf", "allOf", "oneOf", "prefixItems")
_SCHEMA_VALUES = ("items", "not", "additionalProperties", "contains")


def _strict(schema: object) -> object:
    """The strict form of one schema node (maps of sub-schemas are walked by key, so a property named
    ``default`` survives while ``default`` keywords, which strict mode rejects, are dropped)."""
    if not isinstance(schema, dict):
        return schema
    node: dict[str, Any] = {}
    for key, value in schema.items():
        if key == "default":
            continue
        if key in _SCHEMA_MAPS and isinstance(value, dict):
            node[key] = {name: _strict(sub) for name, sub in value.items()}
        elif key in _SCHEMA_LISTS and isinstance(value, list):
            node[key] = [_strict(sub) for sub in value]
        elif key in _SCHEMA_VALUES:
            node[key] = _strict(value)
        else:
            node[key] = value
    properties = node.get("properties")
    if node.get("type") == "object" or isinstance(properties, dict):
        properties = cast(dict[str, Any], properties or {})
        required = set(node.get("required") or [])
        node["properties"] = {name: prop if name in required else _nullable(prop) for name, prop in properties.items()}
        node["required"] = list(properties)
        node["additionalProperties"] = False
    return node


def strict_json_schema(schema: OutputSchema) -> dict[str, Any]:
    """The strict JSON schema for ``schema`` (a dict, or a pydantic model class)."""
    if is_model_class(schema):
        raw = schema.model_json_schema()
    elif isinstance(schema, Mapping):
        raw = copy.deepcopy(dict(schema))
    else:
        raise TypeError(f"output_schema must be a JSON-schema dict or a pydantic model class, got {schema!r}")
    return cast(dict[str, Any], _strict(raw))


def parse_output(schema: OutputSchema | None, text: str) -> BaseModel | JsonValue:
    """Parse the final answer: a model instance for a model class, the JSON value for a dict schema.

    Raises:
        OutputParseError: the answer is not JSON, or does not validate against the model.
    """
    if schema is None:
        return None
    try:
        if is_model_class(schema):
            return schema.model_validate_json(text)
        value: JsonValue = json.loads(text)
        return value
    except ValueError as exc:  # pydantic's ValidationError is a ValueError
        raise OutputParseError(f"final answer does not match the output schema: {exc}", text=text) from exc


__all__ = ["OutputSchema", "parse_output", "strict_json_schema"]
