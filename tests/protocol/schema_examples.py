"""Schema-driven example builder for the protocol tests: a valid wire instance of any schema in the bundle.

``minimal`` fills only required properties; ``full`` fills every property (to a bounded depth), so round trips
exercise every field type. Unions take their first alternative unless one is chosen explicitly.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from functools import cache
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
SCHEMA_DIR = ROOT / "schema"
BUNDLE = "codex_app_server_protocol.schemas.json"
UNION_FILES = ("ClientRequest", "ServerRequest", "ServerNotification", "ClientNotification")
ENVELOPES = {name: name + "Message" for name in UNION_FILES}  # the generator's renames
MAX_DEPTH = 5


@cache
def definitions() -> dict[str, Any]:
    """Every definition of the vendored bundle, with the ``v2`` namespace flattened in."""
    raw = dict(json.loads((SCHEMA_DIR / BUNDLE).read_text())["definitions"])
    flat = dict(raw.pop("v2"))
    for name, schema in raw.items():
        flat.setdefault(name, schema)
    return flat


@cache
def union_file(name: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((SCHEMA_DIR / f"{name}.json").read_text())
    return data


def resolve(schema: Any) -> Any:
    while isinstance(schema, dict) and "$ref" in schema:
        schema = definitions()[schema["$ref"].rsplit("/", 1)[-1]]
    return schema


def alternatives(schema: Mapping[str, Any]) -> list[Any]:
    alts = schema.get("oneOf", schema.get("anyOf", []))
    return [a for a in alts if not (isinstance(a, dict) and a.get("type") == "null" and len(a) == 1)]


def example(schema: Any, *, full: bool, depth: int = 0, choice: int = 0) -> Any:
    """A wire value valid for ``schema``; ``choice`` picks the alternative of a top-level union."""
    schema = resolve(schema)
    if schema is True or not isinstance(schema, dict):
        return "anything"
    if "allOf" in schema:
        return example(schema["allOf"][0], full=full, depth=depth)
    alts = alternatives(schema)
    if alts:
        alt = resolve(alts[choice])
        if "properties" in schema:  # common properties + the chosen variant's
            merged = {
                "type": "object",
                "properties": {**schema["properties"], **alt.get("properties", {})},
                "required": [*schema.get("required", []), *alt.get("required", [])],
            }
            return example(merged, full=full, depth=depth)
        return example(alt, full=full, depth=depth)
    if "enum" in schema:
        return schema["enum"][0]
    kinds = schema.get("type")
    kind = next((k for k in kinds if k != "null"), "null") if isinstance(kinds, list) else kinds
    if kind is None and "properties" in schema:
        kind = "object"
    if kind == "string":
        return "s"
    if kind == "integer":
        return 1
    if kind == "number":
        return 1.5
    if kind == "boolean":
        return True
    if kind == "null":
        return None
    if kind == "array":
        items = schema.get("items", True)
        return [] if depth >= MAX_DEPTH else [example(items, full=full, depth=depth + 1)]
    if kind == "object":
        return _object(schema, full=full, depth=depth)
    return "anything"  # unconstrained (only a description)


def _object(schema: Mapping[str, Any], *, full: bool, depth: int) -> dict[str, Any]:
    props: dict[str, Any] = dict(schema.get("properties", {}))
    for alt in alternatives(schema)[:1]:  # an inner anyOf of property sets: satisfy the first
        props.update(resolve(alt).get("properties", {}))
    required = set(schema.get("required", []))
    for alt in alternatives(schema)[:1]:
        required |= set(resolve(alt).get("required", []))
    out: dict[str, Any] = {}
    for key, sub in props.items():
        if key in required:
            out[key] = example(sub, full=full, depth=depth + 1)
        elif full and depth < MAX_DEPTH:
            value = example(sub, full=full, depth=depth + 1)
            if value is not None:  # a null-only optional property is simply absent
                out[key] = value
    extra = schema.get("additionalProperties")
    if not props and isinstance(extra, dict) and extra and depth < MAX_DEPTH:
        out["key"] = example(extra, full=full, depth=depth + 1)
    return out


def python_name(definition: str) -> str:
    return ENVELOPES.get(definition, definition)
