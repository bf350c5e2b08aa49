#!/usr/bin/env python3
"""Generate ``codex_runtime.protocol._generated`` from the vendored ``codex app-server`` JSON Schema.

The one regeneration entry point. Usage (from the repository root, with the project's virtualenv)::

    python scripts/gen_protocol.py                        regenerate the code from schema/ (the vendored schema)
    python scripts/gen_protocol.py --check                regenerate into a temp dir and diff; exit 1 on drift
    python scripts/gen_protocol.py --from-binary          re-dump the schema from the bundled codex, re-vendor it
                                                          (schema/ + schema/SHA256), then regenerate the code
    python scripts/gen_protocol.py --from-binary --check  dump from the binary and diff schema AND code; change nothing

    python scripts/gen_protocol.py --from-binary PATH --diff
                                                          what moving the pin to PATH changes: methods and
                                                          types added / removed / changed; writes nothing
    python scripts/gen_protocol.py --versions BIN...      record each binary's method lists (and the pinned
                                                          fields it does not send) in schema/versions/, regenerate

``--from-binary PATH`` (or ``--binary PATH``) dumps from another codex than the one ``openai-codex-cli-bin`` pins.
The upgrade procedure that uses these modes is docs/upgrading.md.

The generator is hand-written (no third-party code generator), so its output depends only on the schema and on
``GENERATOR_VERSION`` below; bump that when the output format changes. Why hand-written: the schema's unions
(tagged, externally tagged, object + oneOf), its ``v2`` namespace, the request->response pairing and the method
tables all need rules of our own; a general generator would need as much post-processing as this takes to write.

Rules, in short:

* every definition becomes a pydantic model (objects), an open ``StrEnum`` (string enums) or a type alias
  (primitives, unions); inline objects and enums get names from their ``title`` or from ``<Owner><Field>``;
* unions with a tag property (``type``/``method``/...) become discriminated unions with an ``Unrecognized*``
  fallback variant, so a new variant from a newer server never breaks decoding of the message around it;
* every field gets a snake_case name and its wire name as alias; optional fields default to ``None``
  (never the server's default: a field the caller did not set is not sent);
* a client request's response type is ``<Name>Response`` for params ``<Name>Params``; the few methods that break
  the convention are listed in ``RESPONSE_OVERRIDES``; generation fails if any method stays unpaired or any
  ``*Response`` type is left without a method.
"""

from __future__ import annotations

import argparse
import difflib
import hashlib
import json
import keyword
import re
import shutil
import subprocess
import sys
import tempfile
import textwrap
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

GENERATOR_VERSION = "2"

ROOT = Path(__file__).resolve().parent.parent
SCHEMA_DIR = ROOT / "schema"
OUT_DIR = ROOT / "src" / "codex_runtime" / "protocol" / "_generated"
BUNDLE = "codex_app_server_protocol.schemas.json"
UNION_FILES = {
    "ClientRequest": "ClientRequest.json",
    "ServerRequest": "ServerRequest.json",
    "ServerNotification": "ServerNotification.json",
    "ClientNotification": "ClientNotification.json",
}
VENDORED = (BUNDLE, *UNION_FILES.values())
SHA_FILE = "SHA256"
SOURCE_FILE = "SOURCE"
REGENERATE = "python scripts/gen_protocol.py"

# The four message unions are renamed so the names ``ServerRequest``/``Notification`` stay free for the
# decoded objects of ``codex_runtime.protocol`` (and because their variants' titles clash with the params types:
# the params of ``thread/started`` are ``ThreadStartedNotification``, so the message is ``...NotificationMessage``).
ENVELOPES = {
    "ClientRequest": "ClientRequestMessage",
    "ServerRequest": "ServerRequestMessage",
    "ServerNotification": "ServerNotificationMessage",
    "ClientNotification": "ClientNotificationMessage",
}

# Client requests whose response type does not follow ``<Name>Params -> <Name>Response`` (methods without params,
# and two writes sharing one response). Source: ``client_request_definitions!`` in codex-rs
# app-server-protocol/src/protocol/common.rs. Generation fails if an entry is stale or missing.
RESPONSE_OVERRIDES = {
    "account/gatewayOAuth/cancel": "GatewayOAuthCancelResponse",
    "account/gatewayOAuth/login": "GatewayOAuthLoginResponse",
    "account/gatewayOAuth/read": "GatewayOAuthReadResponse",
    "account/logout": "LogoutAccountResponse",
    "account/workspaceMessages/read": "GetWorkspaceMessagesResponse",
    "config/batchWrite": "ConfigWriteResponse",
    "config/mcpServer/reload": "McpServerRefreshResponse",
    "config/value/write": "ConfigWriteResponse",
    "configRequirements/read": "ConfigRequirementsReadResponse",
    "externalAgentConfig/import/readHistories": "ExternalAgentConfigImportHistoriesReadResponse",
    "windowsSandbox/readiness": "WindowsSandboxReadinessResponse",
}
# ``*Response`` definitions that are not the result of a method.
NOT_A_RESULT = {"JSONRPCResponse"}

LINE_LENGTH = 120
TAG_PREFERENCE = ("type", "method", "kind")
STRING_TAG = "__string__"  # must equal codex_runtime.protocol._base.STRING_TAG
RESERVED_FIELD_NAMES = {"Any", "Annotated", "Literal", "None", "Union", "bool", "dict", "float", "int", "list", "str"}


class GenerationError(Exception):
    """The schema has a shape this generator does not handle, or the method tables cannot be built."""


# --- naming ------------------------------------------------------------------------------------------


def pascal(text: str) -> str:
    """``thread/start`` -> ``ThreadStart``; ``openai/form`` -> ``OpenaiForm``."""
    return "".join(part[:1].upper() + part[1:] for part in re.split(r"[^0-9A-Za-z]+", text) if part)


def snake(text: str) -> str:
    """``threadId`` -> ``thread_id``; ``httpStatusCode`` -> ``http_status_code``; ``_meta`` -> ``meta``."""
    text = re.sub(r"([A-Z]+)([A-Z][a-z])", r"\1_\2", text)
    text = re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", text)
    return re.sub(r"[^0-9A-Za-z]+", "_", text).strip("_").lower()


def constant(text: str) -> str:
    """An UPPER_SNAKE identifier for an enum value or a method name."""
    name = snake(text).upper() or "EMPTY"
    return f"V_{name}" if name[0].isdigit() else name


def title_name(title: str) -> str:
    """A class name from a schema title (``ApiKeyv2::LoginAccountParams`` -> ``ApiKeyLoginAccountParams``)."""
    return pascal(re.sub(r"v\d+::", "", title))


def inline_name(schema: Mapping[str, Any], context: str) -> str:
    """The class name of an inline type: its title, else ``<Owner><Field>``."""
    title = schema.get("title")
    return title_name(title) if title else context


# Public attributes of pydantic's BaseModel (2.x) a field must not shadow. A snapshot rather than ``dir(BaseModel)``
# so the output does not depend on the installed pydantic.
BASEMODEL_ATTRS = {
    "construct", "copy", "dict", "from_orm", "json", "model_computed_fields", "model_config", "model_construct",
    "model_copy", "model_dump", "model_dump_json", "model_extra", "model_fields", "model_fields_set",
    "model_json_schema", "model_parametrized_name", "model_post_init", "model_rebuild", "model_validate",
    "model_validate_json", "model_validate_strings", "parse_file", "parse_obj", "parse_raw", "schema", "schema_json",
    "update_forward_refs", "validate",
}  # fmt: skip


def field_name(wire: str) -> str:
    """A safe python attribute name for a wire property name."""
    name = snake(wire) or "field"
    if name[0].isdigit():
        name = f"f_{name}"
    if keyword.iskeyword(name) or name in BASEMODEL_ATTRS or name in RESERVED_FIELD_NAMES:
        name += "_"
    return name


def lit(value: str) -> str:
    """A double-quoted python string literal (JSON escapes are valid python escapes)."""
    return json.dumps(value)


def lits(values: Iterable[str]) -> str:
    """A python tuple literal of strings."""
    items = [lit(v) for v in values]
    return f"({items[0]},)" if len(items) == 1 else f"({', '.join(items)})"


def canonical(schema: Any) -> str:
    return json.dumps(schema, sort_keys=True)


# --- the intermediate representation -----------------------------------------------------------------


@dataclass
class FieldDef:
    name: str
    wire: str
    annotation: str
    required: bool
    nullable: bool
    doc: str | None
    default: str | None = None  # python literal, only for tag fields


@dataclass
class ModelDef:
    name: str
    doc: str | None
    fields: list[FieldDef]
    tags: tuple[str, ...] = ()  # attribute names of the Literal tag fields


@dataclass
class EnumDef:
    name: str
    doc: str | None
    members: list[tuple[str, str, str | None]]  # (member, value, doc)


@dataclass
class AliasDef:
    name: str
    doc: str | None
    expr: str


@dataclass
class UnionDef:
    name: str
    doc: str | None
    variants: list[tuple[str, str | None]]  # (type name, tag) ; tag None for a plain union
    discriminator: str | None  # python expression building the Discriminator callable, None = smart union
    nullable: bool = False


@dataclass
class MethodEntry:
    method: str
    kind: str  # MethodKind member name
    params: str | None  # generated type name
    params_optional: bool
    params_annotation: str
    result: str | None
    thread_id_path: tuple[str, ...] | None
    turn_id_path: tuple[str, ...] | None


# --- schema loading ------------------------------------------------------------------------------------


def load_definitions(bundle: Mapping[str, Any]) -> dict[str, Any]:
    """Flatten the bundle's ``definitions`` and its ``definitions/v2`` namespace into one name -> schema map."""
    raw = dict(bundle["definitions"])
    namespaced = raw.pop("v2", {})
    defs: dict[str, Any] = {}
    for name, schema in [*raw.items(), *namespaced.items()]:
        if name in defs and _essence(defs[name]) != _essence(schema):
            raise GenerationError(f"definition {name!r} differs between the v1 and v2 namespaces")
        defs.setdefault(name, schema)
    return defs


def _essence(schema: Any) -> str:
    if isinstance(schema, dict):
        schema = {k: v for k, v in schema.items() if k not in ("$schema", "title", "description")}
    return canonical(schema).replace("#/definitions/v2/", "#/definitions/")


def ref_name(ref: str) -> str:
    match = re.fullmatch(r"#/definitions/(?:v2/)?([A-Za-z0-9_]+)", ref)
    if not match:
        raise GenerationError(f"unsupported $ref {ref!r}")
    return match.group(1)


def is_null(schema: Any) -> bool:
    return isinstance(schema, dict) and schema.get("type") == "null" and len(schema) == 1


def is_string_enum(schema: Any) -> bool:
    return isinstance(schema, dict) and "enum" in schema and all(isinstance(v, str) for v in schema["enum"])


def is_object(schema: Any) -> bool:
    if not isinstance(schema, dict) or "$ref" in schema or "enum" in schema:
        return False
    types = schema.get("type")
    return (
        "properties" in schema
        or types == "object"
        or (isinstance(types, list) and "object" in types and len([t for t in types if t != "null"]) == 1)
    )


def alternatives(schema: Mapping[str, Any]) -> list[Any] | None:
    if "oneOf" in schema and "anyOf" in schema:
        raise GenerationError("a schema with both oneOf and anyOf")
    alts: list[Any] | None = schema.get("oneOf", schema.get("anyOf"))
    return alts


# --- conversion ------------------------------------------------------------------------------------------


class Converter:
    """Turns schema definitions into the IR, naming every inline type on the way."""

    def __init__(self, defs: dict[str, Any]) -> None:
        self.defs = defs
        self.models: dict[str, ModelDef] = {}
        self.enums: dict[str, EnumDef] = {}
        self.aliases: dict[str, AliasDef | UnionDef] = {}
        self._claims: dict[str, str] = {}  # name -> canonical schema that claimed it
        self._exported: dict[str, str] = {}  # definition name -> python name

    # names -----------------------------------------------------------------------------------------------

    def python_name(self, definition: str) -> str:
        return ENVELOPES.get(definition, definition)

    def claim(self, name: str, schema: Any) -> bool:
        """Reserve ``name`` for ``schema``. False when the same schema already holds it (reuse the type)."""
        key = canonical(schema)
        if name in self._claims:
            if self._claims[name] == key:
                return False
            raise GenerationError(f"two different types want the name {name!r}")
        self._claims[name] = key
        return True

    # entry point -----------------------------------------------------------------------------------------

    def convert_all(self) -> None:
        for name in self.defs:
            self.claim(self.python_name(name), {"$definition": name})
        for name in sorted(self.defs):
            self.convert_definition(name, self.defs[name])

    def convert_definition(self, name: str, schema: Any) -> None:
        py = self.python_name(name)
        doc = schema.get("description") if isinstance(schema, dict) else None
        if isinstance(schema, dict) and alternatives(schema) is not None:
            self.union(py, schema, doc, envelope=name in ENVELOPES)
        elif is_string_enum(schema):
            self.enum(py, schema["enum"], doc, [None] * len(schema["enum"]))
        elif is_object(schema) and ("properties" in schema or not _dict_values(schema)):
            self.model(py, schema, doc)
        else:
            expr, nullable = self.type_expr(schema, py)
            self.aliases[py] = AliasDef(py, doc, f"{expr} | None" if nullable else expr)

    # enums ---------------------------------------------------------------------------------------------

    def enum(self, name: str, values: list[str], doc: str | None, docs: list[str | None]) -> None:
        members: list[tuple[str, str, str | None]] = []
        seen: set[str] = set()
        for value, member_doc in zip(values, docs, strict=True):
            member = constant(value)
            if member in seen:
                raise GenerationError(f"enum {name}: two values map to member {member}")
            seen.add(member)
            members.append((member, value, member_doc))
        self.enums[name] = EnumDef(name, doc, members)

    # models --------------------------------------------------------------------------------------------

    def model(
        self,
        name: str,
        schema: Mapping[str, Any],
        doc: str | None,
        extra_props: Mapping[str, Any] | None = None,
        extra_required: Iterable[str] = (),
        tag: str | None = None,
        contexts: Mapping[str, str] | None = None,
    ) -> None:
        """An object schema (plus, for union variants, the union's common properties) as a model."""
        props: dict[str, Any] = dict(extra_props or {})
        props.update(schema.get("properties", {}))
        required = set(extra_required) | set(schema.get("required", []))
        # An object with an inner anyOf/oneOf of property sets (e.g. ``image_url`` or ``file_id``): keep every
        # alternative's properties as optional fields.
        for alt in alternatives(schema) or []:
            if not is_object(alt):
                raise GenerationError(f"{name}: an inner union alternative that is not an object")
            for key, sub in alt.get("properties", {}).items():
                props.setdefault(key, sub)
        fields: list[FieldDef] = []
        names: dict[str, str] = {}
        tags: list[str] = []
        for wire in sorted(props):
            sub = props[wire]
            attr = field_name(wire)
            if attr in names:
                raise GenerationError(f"{name}: properties {names[attr]!r} and {wire!r} both map to {attr!r}")
            names[attr] = wire
            is_required = wire in required
            default: str | None = None
            value = _single_value(sub)
            if is_required and value is not None and (tag is None or wire == tag):
                annotation, nullable = f"Literal[{lit(value)}]", False
                default = lit(value)
                tags.append(attr)
            else:
                context = (contexts or {}).get(wire, name + pascal(wire))
                annotation, nullable = self.type_expr(sub, context)
                nullable = nullable or annotation == "Any"  # an unconstrained value may be null
            doc_text = sub.get("description") if isinstance(sub, dict) else None
            fields.append(FieldDef(attr, wire, annotation, is_required, nullable, doc_text, default))
        self.models[name] = ModelDef(name, doc, fields, tuple(tags))

    # unions --------------------------------------------------------------------------------------------

    def union(self, name: str, schema: Mapping[str, Any], doc: str | None, *, envelope: bool = False) -> None:
        alts = alternatives(schema) or []
        common = schema.get("properties", {})
        common_required = schema.get("required", [])
        nullable = any(is_null(a) for a in alts)
        alts = [a for a in alts if not is_null(a)]
        if not common and alts and all(is_string_enum(a) for a in alts):
            values = [v for a in alts for v in a["enum"]]
            docs = [a.get("description") for a in alts for _ in a["enum"]]
            if nullable:
                self.enum(name + "Value", values, doc, docs)
                self.aliases[name] = AliasDef(name, doc, f"{name}Value | None")
            else:
                self.enum(name, values, doc, docs)
            return
        if not common and len(alts) == 1:
            expr, alt_nullable = self.type_expr(alts[0], name)
            self.aliases[name] = AliasDef(name, doc, f"{expr} | None" if nullable or alt_nullable else expr)
            return
        objects = [a for a in alts if is_object(a)]
        if common or (objects and len(objects) == len(alts)):
            tag = _find_tag(alts, common, common_required) if len(objects) == len(alts) else None
            if tag is not None:
                self._tagged_union(name, alts, common, common_required, tag, doc, nullable, envelope)
                return
            if not common:
                self._plain_union(name, alts, doc, nullable)
                return
            raise GenerationError(f"{name}: object with a oneOf but no tag property")
        if _is_external(alts):
            self._external_union(name, alts, doc, nullable)
            return
        self._plain_union(name, alts, doc, nullable)

    def _variant_name(
        self, owner: str, alt: Mapping[str, Any], tag_value: str | None, unique: str | None, index: int, envelope: bool
    ) -> str:
        if envelope:
            return title_name(alt["title"]) + "Message"
        if alt.get("title"):
            return title_name(alt["title"])
        if tag_value is not None:
            return pascal(tag_value) + owner
        if unique is not None:
            return pascal(unique) + owner
        return f"{owner}Variant{index + 1}"

    def _tagged_union(
        self,
        name: str,
        alts: list[Any],
        common: Mapping[str, Any],
        common_required: list[str],
        tag: str,
        doc: str | None,
        nullable: bool,
        envelope: bool,
    ) -> None:
        variants: list[tuple[str, str | None]] = []
        taken: set[str] = set()
        for index, alt in enumerate(alts):
            value = _single_value(_merged_props(alt, common)[tag])
            assert value is not None
            variant = self._variant_name(name, alt, value, None, index, envelope)
            if variant in taken:  # two tags with one PascalCase form ("openai/form", "openaiForm")
                variant = f"{variant}{index + 1}"
            taken.add(variant)
            if self.claim(variant, {"variant-of": name, "schema": alt}):
                variant_doc = alt.get("description") or f"``{name}`` with ``{tag}: {value!r}``."
                self.model(variant, alt, variant_doc, common, common_required, tag)
            variants.append((variant, value))
        fallback = "Unrecognized" + name
        self.claim(fallback, {"fallback-of": name})
        tag_attr = field_name(tag)
        annotation = "str"
        self.models[fallback] = ModelDef(
            fallback,
            f"A ``{name}`` variant this schema does not know (a newer server?). Every field is kept as an extra.",
            [FieldDef(tag_attr, tag, annotation, True, False, None)],
        )
        variants.append((fallback, None))
        tags = lits(v for _, v in variants if v is not None)
        self.aliases[name] = UnionDef(
            name, doc, variants, f"tag_discriminator({lit(tag)}, {lit(tag_attr)}, {tags})", nullable
        )

    def _external_union(self, name: str, alts: list[Any], doc: str | None, nullable: bool) -> None:
        """Rust's externally tagged enums: unit variants as strings, the others as ``{"variant": {...}}``."""
        variants: list[tuple[str, str | None]] = []
        strings = [a for a in alts if is_string_enum(a)]
        if strings:
            enum_name = name + "Kind"
            self.claim(enum_name, {"kind-of": name})
            values = [v for a in strings for v in a["enum"]]
            self.enum(
                enum_name,
                values,
                f"The plain-string forms of ``{name}``.",
                [a.get("description") for a in strings for _ in a["enum"]],
            )
            variants.append((enum_name, STRING_TAG))
        keys: dict[str, str] = {}
        for index, alt in enumerate(a for a in alts if is_object(a)):
            (key,) = alt["properties"]
            variant = self._variant_name(name, alt, None, key, index, False)
            if self.claim(variant, {"variant-of": name, "schema": alt}):
                self.model(variant, alt, alt.get("description"), contexts={key: variant + "Payload"})
            variants.append((variant, key))
            keys[key] = field_name(key)
        fallback = "Unrecognized" + name
        self.claim(fallback, {"fallback-of": name})
        self.models[fallback] = ModelDef(
            fallback, f"A ``{name}`` object form this schema does not know. Its content is kept as extras.", []
        )
        variants.append((fallback, None))
        mapping = ", ".join(f"{lit(k)}: {lit(v)}" for k, v in keys.items())
        self.aliases[name] = UnionDef(name, doc, variants, f"external_discriminator({{{mapping}}})", nullable)

    def _plain_union(self, name: str, alts: list[Any], doc: str | None, nullable: bool) -> None:
        members: list[tuple[str, str | None]] = []
        for index, alt in enumerate(alts):
            if is_object(alt) and "properties" in alt:
                others = [set(a.get("required", [])) for a in alts if a is not alt and isinstance(a, dict)]
                unique = sorted(set(alt.get("required", [])) - set().union(*others))
                variant = self._variant_name(name, alt, None, unique[0] if unique else None, index, False)
                if self.claim(variant, {"variant-of": name, "schema": alt}):
                    self.model(variant, alt, alt.get("description"))
                members.append((variant, None))
                continue
            expr, alt_nullable = self.type_expr(alt, f"{name}Variant{index + 1}")
            nullable = nullable or alt_nullable
            members.append((expr, None))
        self.aliases[name] = UnionDef(name, doc, members, None, nullable)

    # type expressions --------------------------------------------------------------------------------------

    def type_expr(self, schema: Any, context: str) -> tuple[str, bool]:
        """(python type expression, nullable); inline objects, enums and unions are named and converted."""
        if schema is True or (isinstance(schema, dict) and not set(schema) & _TYPE_KEYWORDS):
            return "Any", False  # unconstrained (``true``, ``{}`` or only a description)
        if not isinstance(schema, dict):
            raise GenerationError(f"{context}: unsupported schema {schema!r}")
        if "$ref" in schema:
            return self.python_name(ref_name(schema["$ref"])), False
        if "allOf" in schema:
            if len(schema["allOf"]) != 1:
                raise GenerationError(f"{context}: allOf with {len(schema['allOf'])} members")
            return self.type_expr(schema["allOf"][0], context)
        alts = alternatives(schema)
        if alts is not None:
            non_null = [a for a in alts if not is_null(a)]
            nullable = len(non_null) != len(alts)
            if "properties" not in schema and len(non_null) == 1:
                expr, inner_nullable = self.type_expr(non_null[0], context)
                return expr, nullable or inner_nullable
            name = inline_name(schema, context)
            key = "oneOf" if "oneOf" in schema else "anyOf"
            stripped = {**schema, key: non_null}  # the caller carries the nullability
            if self.claim(name, stripped):
                self.union(name, stripped, schema.get("description"))
            return name, nullable
        if "enum" in schema:
            if not is_string_enum(schema):
                raise GenerationError(f"{context}: non-string enum")
            values = schema["enum"]
            if len(values) == 1:
                return f"Literal[{lit(values[0])}]", False
            name = inline_name(schema, context)
            if self.claim(name, {"enum": values}):
                self.enum(name, values, schema.get("description"), [None] * len(values))
            return name, False
        types = schema.get("type")
        type_list = types if isinstance(types, list) else [types]
        nullable = "null" in type_list
        type_list = [t for t in type_list if t != "null"]
        if not type_list and nullable:
            return "None", False
        if len(type_list) != 1:
            if len(type_list) > 1 and set(type_list) <= {"string", "integer", "number", "boolean", "object"}:
                parts = [self.type_expr({"type": t}, context)[0] for t in type_list]
                return " | ".join(parts), nullable
            raise GenerationError(f"{context}: unsupported type {types!r}")
        kind = str(type_list[0])
        primitive = {"string": "str", "integer": "int", "number": "float", "boolean": "bool"}.get(kind)
        if primitive is not None:
            return primitive, nullable
        if kind == "array":
            items = schema.get("items", True)
            if isinstance(items, list):
                raise GenerationError(f"{context}: tuple arrays are not supported")
            inner, inner_nullable = self.type_expr(items, context + "Item")
            return (f"list[{inner} | None]" if inner_nullable else f"list[{inner}]"), nullable
        if kind == "object":
            if "properties" in schema:
                name = inline_name(schema, context)
                if self.claim(name, schema):
                    self.model(name, schema, schema.get("description"))
                return name, nullable
            values = _dict_values(schema)
            if values is None:
                return "dict[str, Any]", nullable
            inner, inner_nullable = self.type_expr(values, context + "Value")
            return (f"dict[str, {inner} | None]" if inner_nullable else f"dict[str, {inner}]"), nullable
        raise GenerationError(f"{context}: unsupported type {kind!r}")


_TYPE_KEYWORDS = {"type", "$ref", "enum", "anyOf", "oneOf", "allOf", "properties", "items", "const"}


def _dict_values(schema: Mapping[str, Any]) -> Any:
    """The value schema of a map-like object, or None when values are unconstrained."""
    extra = schema.get("additionalProperties")
    return extra if isinstance(extra, dict) and extra else None


def _single_value(schema: Any) -> str | None:
    if is_string_enum(schema) and len(schema["enum"]) == 1:
        value: str = schema["enum"][0]
        return value
    return None


def _merged_props(alt: Mapping[str, Any], common: Mapping[str, Any]) -> dict[str, Any]:
    return {**common, **alt.get("properties", {})}


def _find_tag(alts: list[Any], common: Mapping[str, Any], common_required: list[str]) -> str | None:
    candidates: set[str] | None = None
    for alt in alts:
        props = _merged_props(alt, common)
        required = set(alt.get("required", [])) | set(common_required)
        tags = {k for k, v in props.items() if k in required and _single_value(v) is not None}
        candidates = tags if candidates is None else candidates & tags
    if not candidates:
        return None
    for tag in [*TAG_PREFERENCE, *sorted(candidates)]:
        if tag in candidates:
            values = [_single_value(_merged_props(a, common)[tag]) for a in alts]
            if len(set(values)) == len(values):
                return tag
    return None


def _is_external(alts: list[Any]) -> bool:
    """String enums and single-key objects, plus an optional ``string | object`` catch-all."""
    saw_object = False
    for alt in alts:
        if is_string_enum(alt):
            continue
        if is_object(alt) and len(alt.get("properties", {})) == 1 and alt.get("required") == list(alt["properties"]):
            saw_object = True
            continue
        if alt == {"type": ["string", "object"]}:
            continue  # covered by the open enum (strings) and the Unrecognized fallback (objects)
        return False
    return saw_object


# --- method tables ------------------------------------------------------------------------------------


KINDS = {
    "ClientRequest": "CLIENT_REQUEST",
    "ServerRequest": "SERVER_REQUEST",
    "ServerNotification": "SERVER_NOTIFICATION",
    "ClientNotification": "CLIENT_NOTIFICATION",
}


def method_tables(defs: dict[str, Any], unions: Mapping[str, Any], conv: Converter) -> dict[str, list[MethodEntry]]:
    """Method -> (params, result) for the four unions; fails loudly when a request cannot be paired."""
    tables: dict[str, list[MethodEntry]] = {}
    used_results: set[str] = set()
    unpaired: list[str] = []
    needed_overrides: set[str] = set()
    for union, file_schema in unions.items():
        in_bundle = defs[union]
        if _essence({"oneOf": file_schema["oneOf"]}) != _essence({"oneOf": in_bundle["oneOf"]}):
            raise GenerationError(f"{UNION_FILES[union]} and the bundle's {union} disagree")
        entries: list[MethodEntry] = []
        seen: set[str] = set()
        for variant in file_schema["oneOf"]:
            props = variant["properties"]
            (method,) = props["method"]["enum"]
            if method in seen:
                raise GenerationError(f"{union}: method {method!r} listed twice")
            seen.add(method)
            params_schema = props.get("params", {"type": "null"})
            params_expr, nullable = conv.type_expr(params_schema, "Params")
            params_name = _plain_ref(params_schema)
            if params_expr not in ("None", params_name and conv.python_name(params_name)):
                raise GenerationError(f"{union} {method}: params must be a named type or null, not {params_expr}")
            if params_expr == "None":
                nullable = False
            annotation = f"{params_expr} | None" if nullable else params_expr
            result: str | None = None
            if union in ("ClientRequest", "ServerRequest"):
                result = _pair(method, params_name, defs)
                if result is None:
                    result = RESPONSE_OVERRIDES.get(method) if union == "ClientRequest" else None
                    if result is not None:
                        needed_overrides.add(method)
                if result is None or result not in defs:
                    unpaired.append(f"{union} {method} (params {params_name})")
                    continue
                used_results.add(result)
            params_def = defs.get(params_name) if params_name else None
            entries.append(
                MethodEntry(
                    method,
                    KINDS[union],
                    None if params_expr == "None" else params_expr,
                    nullable,
                    annotation,
                    result,
                    _id_path(params_def, defs, ("threadId",), "thread", ("conversationId",)),
                    _id_path(params_def, defs, ("turnId",), "turn", ()),
                )
            )
        tables[union] = entries
    if unpaired:
        raise GenerationError("requests without a response type: " + "; ".join(unpaired))
    stale = set(RESPONSE_OVERRIDES) - needed_overrides
    if stale:
        raise GenerationError(f"RESPONSE_OVERRIDES entries that are not needed (or not methods): {sorted(stale)}")
    orphans = sorted(n for n in defs if n.endswith("Response") and n not in used_results and n not in NOT_A_RESULT)
    if orphans:
        raise GenerationError(f"response types no method returns (pairing out of date?): {orphans}")
    return tables


def _plain_ref(schema: Mapping[str, Any]) -> str | None:
    if "$ref" in schema:
        return ref_name(schema["$ref"])
    for alt in alternatives(schema) or []:
        if isinstance(alt, dict) and "$ref" in alt:
            return ref_name(alt["$ref"])
    return None


def _pair(method: str, params: str | None, defs: Mapping[str, Any]) -> str | None:
    if params is None or not params.endswith("Params"):
        return None
    candidate = params[: -len("Params")] + "Response"
    return candidate if candidate in defs else None


def _id_path(
    params: Any, defs: Mapping[str, Any], direct: tuple[str, ...], nested: str, fallback: tuple[str, ...]
) -> tuple[str, ...] | None:
    """Where a thread/turn id sits in a params object: ``threadId``, ``thread.id`` or ``conversationId``."""
    if not isinstance(params, dict):
        return None
    props = params.get("properties", {})
    for key in direct:
        if key in props:
            return (key,)
    if nested in props:
        target = _plain_ref(props[nested])
        if target and "id" in defs[target].get("properties", {}):
            return (nested, "id")
    for key in fallback:
        if key in props:
            return (key,)
    return None


# --- emission -----------------------------------------------------------------------------------------


def docstring(text: str | None, indent: str) -> list[str]:
    if not text or not text.strip():
        return []
    body = text.strip().replace("\\", "\\\\").replace('"""', '\\"\\"\\"')
    lines: list[str] = []
    for line in body.splitlines():
        wrapped = textwrap.wrap(
            line.rstrip(),
            LINE_LENGTH - len(indent) - 6,
            break_long_words=False,
            break_on_hyphens=False,
            replace_whitespace=False,
        )
        lines += wrapped or [""]
    if lines[-1].endswith('"'):
        lines[-1] += " "
    if len(lines) == 1:
        return [f'{indent}"""{lines[0]}"""']
    out = [f'{indent}"""{lines[0]}']
    out += [f"{indent}{line}" if line else "" for line in lines[1:]]
    out.append(f'{indent}"""')
    return out


def wrap_call(text: str, indent: str) -> list[str]:
    """``f(a, (b, c), {d: e})`` on one line, or split after its outermost commas when too long."""
    opener = min((i for i in (text.find(c) for c in "([{") if i >= 0), default=-1)
    if len(indent) + len(text) <= LINE_LENGTH or opener < 0:
        return [indent + text]
    close = max(text.rfind(c) for c in ")]}")
    body, parts, depth, start = text[opener + 1 : close], [], 0, 0
    for i, char in enumerate(body):
        depth += (char in "([{") - (char in ")]}")
        if char == "," and depth == 0:
            parts.append(body[start:i].strip())
            start = i + 1
    if body[start:].strip():
        parts.append(body[start:].strip())
    lines = [indent + text[: opener + 1]]
    for part in parts:
        lines += wrap_call(part + ",", indent + "    ")
    return [*lines, indent + text[close:]]


def header(provenance: Mapping[str, str], codex_version: str, what: str) -> list[str]:
    lines = [
        f"# GENERATED FILE - DO NOT EDIT. {what}",
        f"# Regenerate with: {REGENERATE}   (CI runs: {REGENERATE} --check)",
        f"# Generator: scripts/gen_protocol.py (hand-written), generator version {GENERATOR_VERSION}",
        f"# Schema: printed by `codex app-server generate-json-schema` ({codex_version}), vendored in schema/:",
    ]
    lines += [f"#   {name}  sha256={digest}" for name, digest in provenance.items()]
    return lines


def emit_field(f: FieldDef, *, quoted: bool = False) -> list[str]:
    annotation = f.annotation
    if (f.nullable or not f.required) and annotation not in ("None", "Any"):
        annotation = f"{annotation} | None"
    if quoted:  # names a type defined further down (a cycle): resolved when the model is first used
        annotation = lit(annotation)
    args: list[str] = []
    if f.default is not None:
        args.append(f"default={f.default}")
    elif not f.required:
        args.append("default=None")
    if f.name != f.wire:
        args.append(f"alias={lit(f.wire)}")
    if not f.required and not f.nullable:
        args.append("exclude_if=is_none")  # optional but not nullable: the server rejects an explicit null
    if not args:
        line = f"    {f.name}: {annotation}"
    elif args == ["default=None"]:
        line = f"    {f.name}: {annotation} = None"
    elif len(args) == 1 and f.default is not None:
        line = f"    {f.name}: {annotation} = {f.default}"
    else:
        line = f"    {f.name}: {annotation} = Field({', '.join(args)})"
        if len(line) > LINE_LENGTH:
            line = f"    {f.name}: {annotation} = Field(\n        {', '.join(args)},\n    )"
    return [line, *docstring(f.doc, "    ")]


MODELS_PACKAGE = "models"
"""The wire types' subpackage of ``_generated``: one module per type, loaded on first use."""
TYPING_NAMES = ("Annotated", "Any", "Literal", "TypeAlias", "Union")
PYDANTIC_NAMES = ("Discriminator", "Field", "Tag")
BASE_NAMES = (
    "STRING_TAG",
    "UNRECOGNIZED_TAG",
    "TaggedWireModel",
    "WireModel",
    "external_discriminator",
    "is_none",
    "tag_discriminator",
)


def emit_models(conv: Converter, provenance: Mapping[str, str], codex_version: str) -> dict[str, str]:
    """The ``models`` package: one module per type (importing its dependencies' modules) and a lazy index.

    Why one module per type: building a pydantic class costs ~1 ms, so a process that decodes a thread item or
    a thread/start result must build only that type and what it references (the type graph is acyclic apart
    from self references), never all 1,000+ of them. The index resolves ``models.Name`` on first access.
    """
    names = sorted([*conv.enums, *conv.models, *conv.aliases])
    modules = module_names(names)
    files = {f"{MODELS_PACKAGE}/__init__.py": emit_models_index(modules, provenance, codex_version)}
    for name in names:
        if name in conv.enums:
            body = emit_enum(conv.enums[name])
            code = f"class {name}(OpenStrEnum):"
        elif name in conv.models:
            model = conv.models[name]
            others = set(names) - {name}
            body = emit_model(model, others, conv)
            code = "\n".join(emit_model(_undocumented(model), others, conv))
        else:
            body = emit_alias(name, conv.aliases[name])
            code = "\n".join(emit_alias(name, _undocumented(conv.aliases[name])))
        out = header(provenance, codex_version, f"Wire type ``{name}`` of the codex app-server protocol.")
        out += ['"""One wire type; import it from ``codex_runtime.protocol``."""', ""]
        out += import_lines(code, name, modules)
        out += ["", "", *body, ""]
        files[f"{MODELS_PACKAGE}/{modules[name]}.py"] = "\n".join(_squeeze(out))
    return files


def module_names(names: Iterable[str]) -> dict[str, str]:
    """Type name -> module name (snake_case; collisions, even by case alone, fail generation)."""
    modules: dict[str, str] = {}
    taken: dict[str, str] = {}
    for name in names:
        module = snake(name)
        if module in taken or keyword.iskeyword(module) or not module.isidentifier():
            raise GenerationError(f"types {taken.get(module)!r} and {name!r} want the module name {module!r}")
        taken[module] = name
        modules[name] = module
    return modules


def import_lines(code: str, name: str, modules: Mapping[str, str]) -> list[str]:
    """The imports a type's code needs: helpers it names and the modules of the generated types it uses
    (string literals and docstrings do not count), in isort's groups."""
    used = set(re.findall(r"[A-Za-z_][A-Za-z0-9_]*", re.sub(r'"[^"]*"', "", code)))
    groups: list[list[str]] = []
    for module, exported in (("typing", TYPING_NAMES), ("pydantic", PYDANTIC_NAMES)):
        wanted = [n for n in exported if n in used]
        if wanted:
            groups.append([f"from {module} import {', '.join(wanted)}"])
    ours: list[str] = []
    if "OpenStrEnum" in used:  # its own module: an enum does not import pydantic
        ours.append("from codex_runtime.protocol._open_enum import OpenStrEnum")
    base = [n for n in BASE_NAMES if n in used]
    if base:
        line = f"from codex_runtime.protocol._base import {', '.join(base)}"
        ours += wrap_call(line.replace("import ", "import (") + ")", "") if len(line) > LINE_LENGTH else [line]
    groups.append(sorted(ours))
    groups.append([f"from .{modules[dep]} import {dep}" for dep in sorted(n for n in used - {name} if n in modules)])
    lines: list[str] = []
    for group in filter(None, groups):
        lines += [""] * bool(lines) + group
    return lines


def _undocumented(definition: Any) -> Any:
    """A copy without docstrings (to find what a type's code references)."""
    if isinstance(definition, ModelDef):
        return replace(definition, doc=None, fields=[replace(f, doc=None) for f in definition.fields])
    return replace(definition, doc=None)


def emit_models_index(modules: Mapping[str, str], provenance: Mapping[str, str], codex_version: str) -> str:
    out = header(provenance, codex_version, "Index of the wire types of the codex app-server protocol.")
    out += [
        '"""Every type of the app-server JSON Schema as pydantic models, open StrEnums and type aliases.',
        "",
        "One module per type; ``models.Name`` imports the type's module (and the modules of the types it uses) on",
        "first access, so a process builds only the classes it decodes or touches.",
        '"""',
        "",
        "from importlib import import_module",
        "from typing import TYPE_CHECKING, Any",
        "",
        "if TYPE_CHECKING:",
    ]
    out += [f"    from .{module} import {name} as {name}" for name, module in modules.items()]
    out += ["", "_MODULES: dict[str, str] = {"]
    out += [f"    {lit(name)}: {lit(module)}," for name, module in modules.items()]
    out += [
        "}",
        "",
        "",
        "def __getattr__(name: str) -> Any:",
        '    """A wire type, imported from its module on first access (PEP 562), then cached here."""',
        "    module = _MODULES.get(name)",
        "    if module is None:",
        '        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")',
        '    value = getattr(import_module(f"{__name__}.{module}"), name)',
        "    globals()[name] = value",
        "    return value",
        "",
        "",
        "def __dir__() -> list[str]:",
        "    return sorted([*globals(), *_MODULES])",
        "",
        "",
        "__all__ = [",
    ]
    out += [f"    {lit(n)}," for n in modules]
    out += ["]", ""]
    return "\n".join(out)


def referenced(expr: str, conv: Converter) -> set[str]:
    """Generated model and alias names an annotation or alias expression uses."""
    return {w for w in re.findall(r"[A-Za-z_][A-Za-z0-9_]*", expr) if w in conv.models or w in conv.aliases}


def emit_enum(enum: EnumDef) -> list[str]:
    out = [f"class {enum.name}(OpenStrEnum):"]
    out += docstring(enum.doc, "    ")
    out += [""] if enum.doc else []
    for member, value, member_doc in enum.members:
        out.append(f"    {member} = {lit(value)}")
        out += docstring(member_doc, "    ")
    return out


def emit_model(model: ModelDef, defined: set[str], conv: Converter) -> list[str]:
    base = "TaggedWireModel" if model.tags else "WireModel"
    lines = [f"class {model.name}({base}):"]
    body = docstring(model.doc, "    ")
    body += [""] if model.doc and (model.tags or model.fields) else []
    if model.tags:
        body.append(f"    __wire_tags__ = {lits(model.tags)}")
    for f in model.fields:
        forward = bool(referenced(f.annotation, conv) - defined)  # only a self reference, in one module per type
        body += emit_field(f, quoted=forward)
    return lines + (body or ["    pass"])


def emit_alias(name: str, alias: AliasDef | UnionDef) -> list[str]:
    if isinstance(alias, AliasDef):
        lines = [f"{name}: TypeAlias = {alias.expr}"]
    elif alias.discriminator is None:
        members = [m for m, _ in alias.variants] + (["None"] if alias.nullable else [])
        lines = [f"{name}: TypeAlias = Union[", *[f"    {m}," for m in members], "]"]
    else:
        if alias.nullable:
            raise GenerationError(f"{name}: nullable discriminated unions are not supported")
        lines = [f"{name}: TypeAlias = Annotated[", "    Union["]
        for variant, tag in alias.variants:
            tag_expr = "UNRECOGNIZED_TAG" if tag is None else "STRING_TAG" if tag == STRING_TAG else lit(tag)
            lines.append(f"        Annotated[{variant}, Tag({tag_expr})],")
        lines.append("    ],")
        lines += wrap_call(f"Discriminator({alias.discriminator}),", "    ")
        lines.append("]")
    return lines + docstring(alias.doc, "")


def _squeeze(lines: list[str]) -> Iterator[str]:
    """At most two blank lines in a row, none at the start of a class body."""
    blanks = 0
    previous = ""
    for line in lines:
        if not line:
            blanks += 1
            if blanks > 2 or previous.endswith(":"):
                continue
        else:
            blanks = 0
        previous = line if line else previous
        yield line


def emit_methods(tables: Mapping[str, list[MethodEntry]], provenance: Mapping[str, str], codex_version: str) -> str:
    out = header(provenance, codex_version, "Method tables of the codex app-server protocol.")
    out += [
        '"""Method names, and the params/result type of every method, per direction."""',
        "",
        "from __future__ import annotations",
        "",
        "from collections.abc import Mapping",
        "from enum import StrEnum",
        "from types import MappingProxyType",
        "from typing import TYPE_CHECKING, Any, Final",
        "",
        "from codex_runtime.protocol.spec import MethodKind, MethodSpec",
        "",
        "if TYPE_CHECKING:  # the specs name their types; the models load on first use (see MethodSpec)",
        "    from codex_runtime.protocol._generated.models import (",
    ]
    imported = {n for entries in tables.values() for e in entries for n in (e.params, e.result) if n}
    out += [f"        {n}," for n in sorted(imported)]
    out += ["    )", ""]
    labels = {
        "ClientRequest": (
            "ClientRequestMethod",
            "ClientRequests",
            "CLIENT_REQUESTS",
            "Requests the client sends (method -> params, result).",
        ),
        "ServerRequest": (
            "ServerRequestMethod",
            "ServerRequests",
            "SERVER_REQUESTS",
            "Requests the server sends to the client (method -> params, result the client returns).",
        ),
        "ServerNotification": (
            "ServerNotificationMethod",
            "ServerNotifications",
            "SERVER_NOTIFICATIONS",
            "Notifications the server sends (method -> params).",
        ),
        "ClientNotification": (
            "ClientNotificationMethod",
            "ClientNotifications",
            "CLIENT_NOTIFICATIONS",
            "Notifications the client sends (method -> params).",
        ),
    }
    for union, entries in tables.items():
        enum_name, namespace, table, doc = labels[union]
        members: dict[str, str] = {}
        for e in entries:
            member = constant(e.method)
            if member in members:
                raise GenerationError(f"{union}: methods {members[member]!r} and {e.method!r} share {member}")
            members[member] = e.method
        out += ["", "", f"class {enum_name}(StrEnum):", f'    """Every {union} method name."""', ""]
        out += [f"    {m} = {lit(v)}" for m, v in members.items()]
        out += ["", "", f"class {namespace}:", f'    """{doc}"""', ""]
        for e in entries:
            member = constant(e.method)
            result_ann = e.result or "None"
            args = [lit(e.method), f"MethodKind.{e.kind}", lit(e.params) if e.params else "None"]
            if e.result:
                args.append(lit(e.result))
            if e.params_optional:
                args.append("params_optional=True")
            if e.thread_id_path:
                args.append(f"thread_id_path={lits(e.thread_id_path)}")
            if e.turn_id_path:
                args.append(f"turn_id_path={lits(e.turn_id_path)}")
            out.append(f"    {member}: Final[MethodSpec[{e.params_annotation}, {result_ann}]] = MethodSpec(")
            out += [f"        {a}," for a in args]
            out.append("    )")
        out += ["", "", f"{table}: Final[Mapping[str, MethodSpec[Any, Any]]] = MappingProxyType({{"]
        out += [f"    {lit(e.method)}: {namespace}.{constant(e.method)}," for e in entries]
        out += ["})", f'"""{doc}"""']
    names = [x for v in labels.values() for x in v[:3]]
    out += ["", "", "__all__ = ["]
    out += [f"    {lit(n)}," for n in sorted(names)]
    out += ["]", ""]
    return "\n".join(out)


def emit_init(provenance: Mapping[str, str], codex_version: str) -> str:
    out = header(provenance, codex_version, "Provenance of the generated protocol package.")
    out += [
        '"""Generated from the vendored schema; import the curated names from ``codex_runtime.protocol``."""',
        "",
        "from typing import Final",
        "",
        f"SCHEMA_CODEX_VERSION: Final = {lit(codex_version)}",
        '"""The ``codex --version`` whose ``app-server generate-json-schema`` output this was generated from."""',
        f"SCHEMA_SHA256: Final = {lit(provenance[BUNDLE])}",
        f'"""sha256 of schema/{BUNDLE}."""',
        f"GENERATOR_VERSION: Final = {lit(GENERATOR_VERSION)}",
        "",
        '__all__ = ["GENERATOR_VERSION", "SCHEMA_CODEX_VERSION", "SCHEMA_SHA256"]',
        "",
    ]
    return "\n".join(out)


# --- per-version support (which methods each codex release has) -------------------------------------------
#
# The models are generated from ONE pinned schema. Users run whatever codex they installed, so schema/versions/
# holds, per supported release, only what the runtime needs to know about it: its method lists, and the fields
# the pinned schema requires that this release does not send. ``--versions BIN...`` derives these files from the
# binaries; every regeneration turns them into ``_generated/server_versions.py`` and relaxes those fields to
# optional in the models, so a typed result from an older server still decodes.

VERSIONS_DIR = SCHEMA_DIR / "versions"
STABLE, EXPERIMENTAL, ABSENT = "S", "E", "-"
VERSION_LISTS = {  # per-version key -> (union file, experimental key)
    "client_requests": ("ClientRequest", "experimental_client_requests"),
    "server_requests": ("ServerRequest", "experimental_server_requests"),
    "server_notifications": ("ServerNotification", "experimental_server_notifications"),
    "client_notifications": ("ClientNotification", "experimental_client_notifications"),
}


def version_key(version: str) -> tuple[int, ...]:
    """``"0.133.0"`` -> ``(0, 133, 0)`` (the numeric part only)."""
    match = re.match(r"(\d+)\.(\d+)\.(\d+)", version)
    if not match:
        raise GenerationError(f"not a codex version: {version!r}")
    return tuple(int(part) for part in match.groups())


def union_methods(dump_dir: Path, union: str) -> list[str]:
    schema = json.loads((dump_dir / UNION_FILES[union]).read_text())
    return sorted(variant["properties"]["method"]["enum"][0] for variant in alternatives(schema) or [])


def dump_definitions(dump_dir: Path) -> dict[str, Any]:
    return load_definitions(json.loads((dump_dir / BUNDLE).read_text()))


def required_gaps(pinned: Mapping[str, Any], other: Mapping[str, Any]) -> dict[str, list[str]]:
    """Fields the pinned schema requires that ``other`` does not (absent there, or optional there).

    Only types both schemas define: a type the other release lacks is never sent by it.
    """
    gaps: dict[str, list[str]] = {}
    for name, schema in sorted(pinned.items()):
        theirs = other.get(name)
        if not isinstance(schema, dict) or not isinstance(theirs, dict):
            continue
        missing = sorted(f for f in schema.get("required", []) if f not in theirs.get("required", []))
        if missing:
            gaps[name] = missing
    return gaps


def version_record(stable_dir: Path, experimental_dir: Path, version: str, pinned: Mapping[str, Any]) -> dict[str, Any]:
    """The compact record of one release: method lists (stable, and experimental-only) and required-field gaps."""
    record: dict[str, Any] = {"codex_version": version}
    for key, (union, experimental_key) in VERSION_LISTS.items():
        stable = union_methods(stable_dir, union)
        record[key] = stable
        record[experimental_key] = sorted(set(union_methods(experimental_dir, union)) - set(stable))
    record["pinned_required_absent"] = required_gaps(pinned, dump_definitions(experimental_dir))
    return record


def record_versions(binaries: Iterable[Path], versions_dir: Path, schema_dir: Path) -> list[str]:
    """Dump each binary (stable and ``--experimental``) and write ``versions_dir/<version>.json``."""
    pinned = load_definitions(json.loads((schema_dir / BUNDLE).read_text()))
    versions_dir.mkdir(parents=True, exist_ok=True)
    written: list[str] = []
    for binary in binaries:
        with tempfile.TemporaryDirectory(prefix="gen_protocol-version-") as tmp:
            stable_dir, experimental_dir = Path(tmp) / "stable", Path(tmp) / "experimental"
            version_line = dump_schema(binary, stable_dir)
            dump_schema(binary, experimental_dir, experimental=True)
            version = version_line.split()[-1]
            record = version_record(stable_dir, experimental_dir, version, pinned)
        (versions_dir / f"{version}.json").write_text(json.dumps(record, indent=1, sort_keys=True) + "\n")
        written.append(version)
    return written


def load_version_records(versions_dir: Path) -> list[dict[str, Any]]:
    """Every ``<version>.json`` in ``versions_dir``, oldest first."""
    records = [json.loads(path.read_text()) for path in versions_dir.glob("*.json")]
    return sorted(records, key=lambda r: version_key(r["codex_version"]))


def relax_required(defs: dict[str, Any], records: Iterable[Mapping[str, Any]]) -> None:
    """Make optional, in place, every pinned-required field some supported release does not send."""
    for record in records:
        for name, fields in record.get("pinned_required_absent", {}).items():
            schema = defs.get(name)
            if isinstance(schema, dict) and "required" in schema:
                schema["required"] = [f for f in schema["required"] if f not in fields]


def availability(records: list[Mapping[str, Any]], key: str, experimental_key: str) -> dict[str, str]:
    """Method -> one character per known release (oldest first): S stable, E experimental only, - absent."""
    methods = sorted({m for r in records for m in (*r[key], *r[experimental_key])})
    table: dict[str, str] = {}
    for method in methods:
        table[method] = "".join(
            STABLE if method in r[key] else EXPERIMENTAL if method in r[experimental_key] else ABSENT for r in records
        )
    return table


def emit_server_versions(records: list[Mapping[str, Any]], provenance: Mapping[str, str], codex_version: str) -> str:
    out = header(provenance, codex_version, "Which methods each known codex release has.")
    out += [f"# Per-version lists: schema/versions/*.json (refresh: {REGENERATE} --versions BIN...).", ""]
    out += [
        '"""Method availability per known codex release, from each release\'s own ``generate-json-schema``.',
        "",
        "Each value has one character per entry of ``KNOWN_VERSIONS`` (same order): ``S`` in the release's schema,",
        "``E`` only in its ``--experimental`` schema (needs the experimental API), ``-`` absent.",
        '"""',
        "",
        "from __future__ import annotations",
        "",
        "from collections.abc import Mapping",
        "from types import MappingProxyType",
        "from typing import Final",
        "",
        "KNOWN_VERSIONS: Final[tuple[str, ...]] = (",
    ]
    out += [f"    {lit(r['codex_version'])}," for r in records]
    out += [")", ""]
    tables = {
        "CLIENT_REQUESTS": "client_requests",
        "SERVER_REQUESTS": "server_requests",
        "SERVER_NOTIFICATIONS": "server_notifications",
        "CLIENT_NOTIFICATIONS": "client_notifications",
    }
    for table, key in tables.items():
        out.append(f"{table}: Final[Mapping[str, str]] = MappingProxyType({{")
        for method, marks in availability(records, key, VERSION_LISTS[key][1]).items():
            out.append(f"    {lit(method)}: {lit(marks)},")
        out += ["})", ""]
    out += ["__all__ = [", '    "KNOWN_VERSIONS",']
    out += [f"    {lit(t)}," for t in sorted(tables)]
    out += ["]", ""]
    return "\n".join(out)


# --- upgrade diff (``--from-binary PATH --diff``) ----------------------------------------------------------


def _props(schema: Any) -> dict[str, Any]:
    return dict(schema.get("properties", {})) if isinstance(schema, dict) else {}


def _shape(schema: Any) -> str:
    """The schema without docs anywhere (titles, descriptions) and with the v2 namespace folded: what decodes."""

    def strip(node: Any) -> Any:
        if isinstance(node, dict):
            return {k: strip(v) for k, v in node.items() if k not in ("$schema", "title", "description")}
        if isinstance(node, list):
            return [strip(v) for v in node]
        return node

    return canonical(strip(schema)).replace("#/definitions/v2/", "#/definitions/")


def type_changes(old: Any, new: Any) -> list[str]:
    """What changed in one definition, in words (empty when only docs changed)."""
    if _shape(old) == _shape(new):
        return []
    changes: list[str] = []
    old_props, new_props = _props(old), _props(new)
    if added := sorted(set(new_props) - set(old_props)):
        changes.append(f"fields added: {', '.join(added)}")
    if removed := sorted(set(old_props) - set(new_props)):
        changes.append(f"fields removed: {', '.join(removed)}")
    old_req = set(old.get("required", [])) if isinstance(old, dict) else set()
    new_req = set(new.get("required", [])) if isinstance(new, dict) else set()
    if now_required := sorted((new_req - old_req) & set(old_props)):
        changes.append(f"now required: {', '.join(now_required)}")
    if now_optional := sorted((old_req - new_req) & set(new_props)):
        changes.append(f"now optional: {', '.join(now_optional)}")
    common = sorted(set(old_props) & set(new_props))
    if retyped := [k for k in common if _shape(old_props[k]) != _shape(new_props[k])]:
        changes.append(f"fields changed: {', '.join(retyped)}")
    old_values, new_values = _values(old), _values(new)
    if gained := sorted(new_values - old_values):
        changes.append(f"values/variants added: {', '.join(gained)}")
    if lost := sorted(old_values - new_values):
        changes.append(f"values/variants removed: {', '.join(lost)}")
    return changes or ["shape changed"]


def _values(schema: Any) -> set[str]:
    """A type's string-enum values and union variant tags (``type``/``method``/... constants), flattened."""
    found: set[str] = set()
    if not isinstance(schema, dict):
        return found
    if is_string_enum(schema):
        found.update(schema["enum"])
    for alt in alternatives(schema) or []:
        if is_string_enum(alt):
            found.update(alt["enum"])
        for tag in TAG_PREFERENCE:
            value = _single_value(_props(alt).get(tag, {}))
            if value is not None:
                found.add(f"{tag}={value}")
    return found


def protocol_diff(old_dir: Path, new_dir: Path) -> list[str]:
    """Added / removed methods per direction and added / removed / changed types, ``old_dir`` -> ``new_dir``."""
    lines: list[str] = []
    for union in UNION_FILES:
        old, new = set(union_methods(old_dir, union)), set(union_methods(new_dir, union))
        lines += [f"{union}: + {m}" for m in sorted(new - old)]
        lines += [f"{union}: - {m}" for m in sorted(old - new)]
    old_defs, new_defs = dump_definitions(old_dir), dump_definitions(new_dir)
    lines += [f"type + {name}" for name in sorted(set(new_defs) - set(old_defs))]
    lines += [f"type - {name}" for name in sorted(set(old_defs) - set(new_defs))]
    for name in sorted(set(old_defs) & set(new_defs)):
        lines += [f"type ~ {name}: {change}" for change in type_changes(old_defs[name], new_defs[name])]
    return lines


# --- literals: enum values callers write as plain strings ---------------------------------------------

LITERAL_ENUMS = {
    "AskForApprovalKind": "ApprovalPolicyValue",
    "SandboxMode": "SandboxModeValue",
}
"""Generated enums whose values users pass as plain strings (profiles), emitted as ``Literal`` aliases so a
type checker and an IDE know the values, and they change with the schema."""


def emit_literals(conv: Converter, provenance: Mapping[str, str], codex_version: str) -> str:
    out = header(provenance, codex_version, "Literal types of the enums callers write as strings.")
    out += [
        '"""The values of a few generated enums as ``Literal`` types (``"never"`` type-checks where the enum',
        'would need ``AskForApprovalKind.NEVER``)."""',
        "",
        "from typing import Literal, TypeAlias",
        "",
    ]
    for enum_name, alias in LITERAL_ENUMS.items():
        values = ", ".join(lit(value) for _member, value, _doc in conv.enums[enum_name].members)
        out += [f"{alias}: TypeAlias = Literal[{values}]", f'"""The values of ``{enum_name}``."""', ""]
    out += [f"__all__ = [{', '.join(lit(a) for a in sorted(LITERAL_ENUMS.values()))}]", ""]
    return "\n".join(out)


# --- driver ------------------------------------------------------------------------------------------


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def read_codex_version(schema_dir: Path) -> str:
    source = schema_dir / SOURCE_FILE
    for line in source.read_text().splitlines():
        if line.startswith("codex-version:"):
            return line.split(":", 1)[1].strip()
    raise GenerationError(f"{source} names no codex-version")


def verify_pins(schema_dir: Path) -> dict[str, str]:
    """The vendored files' sha256, checked against schema/SHA256."""
    pinned: dict[str, str] = {}
    for line in (schema_dir / SHA_FILE).read_text().splitlines():
        if line.strip():
            digest, name = line.split(maxsplit=1)
            pinned[name.strip()] = digest
    actual = {name: sha256(schema_dir / name) for name in VENDORED}
    if pinned != actual:
        bad = sorted(n for n in set(pinned) | set(actual) if pinned.get(n) != actual.get(n))
        raise GenerationError(f"schema/{SHA_FILE} does not match the vendored files: {bad}")
    return actual


def generate(schema_dir: Path, versions_dir: Path = VERSIONS_DIR) -> dict[str, str]:
    """File name -> content of the generated package, from the vendored schema in ``schema_dir`` and the
    per-version records in ``versions_dir``."""
    provenance = verify_pins(schema_dir)
    codex_version = read_codex_version(schema_dir)
    bundle = json.loads((schema_dir / BUNDLE).read_text())
    unions = {u: json.loads((schema_dir / f).read_text()) for u, f in UNION_FILES.items()}
    defs = load_definitions(bundle)
    records = load_version_records(versions_dir)
    relax_required(defs, records)
    conv = Converter(defs)
    conv.convert_all()
    tables = method_tables(defs, unions, conv)
    return {
        "__init__.py": emit_init(provenance, codex_version),
        **emit_models(conv, provenance, codex_version),
        "method_table.py": emit_methods(tables, provenance, codex_version),
        "server_versions.py": emit_server_versions(records, provenance, codex_version),
        "literals.py": emit_literals(conv, provenance, codex_version),
    }


def dump_schema(binary: Path, out: Path, *, experimental: bool = False) -> str:
    """Run the binary's schema dump into ``out``; returns its ``--version`` line."""
    subprocess.run(
        [str(binary), "app-server", "generate-json-schema", "--out", str(out)]
        + (["--experimental"] if experimental else []),
        check=True,
        capture_output=True,
        timeout=60,
    )
    version = subprocess.run([str(binary), "--version"], check=True, capture_output=True, text=True, timeout=60)
    return version.stdout.strip()


def vendor(dump_dir: Path, version: str, schema_dir: Path) -> None:
    schema_dir.mkdir(parents=True, exist_ok=True)
    for name in VENDORED:
        shutil.copyfile(dump_dir / name, schema_dir / name)
    (schema_dir / SHA_FILE).write_text("".join(f"{sha256(schema_dir / n)}  {n}\n" for n in sorted(VENDORED)))
    (schema_dir / SOURCE_FILE).write_text(
        f"codex-version: {version}\n"
        "command: codex app-server generate-json-schema --out DIR\n"
        f"vendored: {', '.join(VENDORED)}\n"
        f"refresh: {REGENERATE} --from-binary\n"
    )


def diff_trees(expected: Mapping[str, str], actual_dir: Path, label: str) -> list[str]:
    problems: list[str] = []
    present = {p.relative_to(actual_dir).as_posix() for p in actual_dir.rglob("*.py")} if actual_dir.is_dir() else set()
    for name in sorted(set(expected) | present):
        path = actual_dir / name
        if name not in expected:
            problems.append(f"{label}/{name}: not produced by the generator (delete it)")
            continue
        current = path.read_text() if path.exists() else ""
        if current != expected[name]:
            diff = list(
                difflib.unified_diff(
                    current.splitlines(),
                    expected[name].splitlines(),
                    f"{label}/{name} (committed)",
                    f"{label}/{name} (regenerated)",
                    lineterm="",
                    n=1,
                )
            )
            problems.append("\n".join(diff[:40]) + ("\n..." if len(diff) > 40 else ""))
    return problems


def diff_schema(dump_dir: Path, version: str, schema_dir: Path) -> list[str]:
    problems: list[str] = []
    for name in VENDORED:
        if sha256(dump_dir / name) != sha256(schema_dir / name):
            problems.append(f"schema/{name}: differs from what {version} prints")
    if read_codex_version(schema_dir) != version:
        problems.append(f"schema/{SOURCE_FILE}: pinned {read_codex_version(schema_dir)!r}, binary is {version!r}")
    return problems


def write_tree(files: Mapping[str, str], out_dir: Path) -> None:
    out_dir.mkdir(parents=True, exist_ok=True)
    for stale in out_dir.rglob("*.py"):
        if stale.relative_to(out_dir).as_posix() not in files:
            stale.unlink()
    for name, content in files.items():
        (out_dir / name).parent.mkdir(parents=True, exist_ok=True)
        (out_dir / name).write_text(content)


def resolve_binary(explicit: str | None) -> Path:
    """The binary to dump from: ``--binary``, else the one pinned by the ``openai-codex-cli-bin`` dependency.

    Deliberately not ``codex_runtime.cli_bin.resolve_codex_binary()``: ``$CODEX_RUNTIME_CLI_BIN`` or a ``codex`` on
    PATH must not change what "the pinned schema" means.
    """
    if explicit:
        return Path(explicit)
    import codex_cli_bin  # type: ignore[import-not-found,unused-ignore]

    return Path(codex_cli_bin.bundled_codex_path())


def run_diff(binary: Path, schema_dir: Path) -> int:
    """``--from-binary PATH --diff``: what moving the pin to ``binary`` would change; writes nothing."""
    with tempfile.TemporaryDirectory(prefix="gen_protocol-diff-") as tmp:
        version = dump_schema(binary, Path(tmp))
        lines = protocol_diff(schema_dir, Path(tmp))
    print(f"{read_codex_version(schema_dir)} (vendored) -> {version} ({binary}): {len(lines)} change(s)")
    print("\n".join(lines))
    return 0


def run_versions(binaries: list[Path], schema_dir: Path, versions_dir: Path, out_dir: Path) -> int:
    """``--versions BIN...``: (re)write each binary's record in ``versions_dir``, then regenerate the code."""
    written = record_versions(binaries, versions_dir, schema_dir)
    print(f"recorded {', '.join(written)} in {versions_dir}")
    write_tree(generate(schema_dir, versions_dir), out_dir)
    print(f"regenerated {out_dir}")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--check", action="store_true", help="diff instead of writing; exit 1 on drift")
    parser.add_argument(
        "--from-binary",
        nargs="?",
        const="",
        default=None,
        metavar="PATH",
        help="re-dump the schema from a codex binary (default: the pinned bundled one)",
    )
    parser.add_argument("--binary", help="same as --from-binary PATH")
    parser.add_argument("--diff", action="store_true", help="with --from-binary: list what differs, change nothing")
    parser.add_argument(
        "--versions", nargs="+", type=Path, metavar="BIN", help="record these binaries' method lists in schema/versions"
    )
    parser.add_argument("--schema-dir", type=Path, default=SCHEMA_DIR, help=argparse.SUPPRESS)
    parser.add_argument("--versions-dir", type=Path, default=VERSIONS_DIR, help=argparse.SUPPRESS)
    parser.add_argument("--out-dir", type=Path, default=OUT_DIR, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    schema_dir: Path = args.schema_dir
    versions_dir: Path = args.versions_dir
    out_dir: Path = args.out_dir
    from_binary = args.from_binary is not None or args.binary is not None
    binary_arg: str | None = args.from_binary or args.binary
    try:
        if args.diff:
            if not from_binary:
                parser.error("--diff needs --from-binary PATH")
            return run_diff(resolve_binary(binary_arg), schema_dir)
        if args.versions:
            return run_versions(args.versions, schema_dir, versions_dir, out_dir)
        with tempfile.TemporaryDirectory(prefix="gen_protocol-") as tmp:
            problems: list[str] = []
            if from_binary:
                dump_dir = Path(tmp) / "dump"
                version = dump_schema(resolve_binary(binary_arg), dump_dir)
                if args.check:
                    problems += diff_schema(dump_dir, version, schema_dir)
                    staged = Path(tmp) / "schema"
                    vendor(dump_dir, version, staged)
                    schema_dir = staged
                else:
                    vendor(dump_dir, version, schema_dir)
                    print(f"vendored the schema of {version} into {schema_dir}")
            files = generate(schema_dir, versions_dir)
            if args.check:
                problems += diff_trees(files, out_dir, "protocol/_generated")
                if problems:
                    print("protocol drift:\n" + "\n".join(problems), file=sys.stderr)
                    print(f"fix: {REGENERATE}" + (" --from-binary" if from_binary else ""), file=sys.stderr)
                    return 1
                print("protocol: schema and generated code are up to date")
                return 0
            write_tree(files, out_dir)
            print(f"generated {len(files)} files into {out_dir}")
            return 0
    except GenerationError as exc:
        print(f"gen_protocol: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
