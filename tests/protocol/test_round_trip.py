"""Every wire type round-trips: wire dict -> model -> wire dict gives back the same camelCase shape.

Examples are built from the vendored schema itself (``schema_examples``): ``minimal`` has only the required
properties, ``full`` has every property, so each field's type is exercised.
"""

from __future__ import annotations

from typing import Any

import pytest
from pydantic import BaseModel, TypeAdapter

from codex_runtime.protocol import CLIENT_NOTIFICATIONS, CLIENT_REQUESTS, SERVER_NOTIFICATIONS, SERVER_REQUESTS
from codex_runtime.protocol import types as wire
from tests.protocol.schema_examples import alternatives, definitions, example, python_name, resolve

SPECS = [*CLIENT_REQUESTS.values(), *SERVER_REQUESTS.values(), *SERVER_NOTIFICATIONS.values(),
         *CLIENT_NOTIFICATIONS.values()]  # fmt: skip


def wire_form(value: Any) -> Any:
    """What a typed value looks like on the wire again (by alias, without the absent optional fields)."""
    if isinstance(value, BaseModel):
        return value.model_dump(mode="json", by_alias=True, exclude_none=True)
    return TypeAdapter(Any).dump_python(value, mode="json")


@pytest.mark.parametrize("full", [False, True], ids=["minimal", "full"])
@pytest.mark.parametrize("spec", SPECS, ids=lambda s: s.method)
def test_every_methods_params_round_trip_through_its_generated_type(spec: Any, full: bool) -> None:
    if spec.params_name is None:
        assert spec.validate_params(None) is None
        return
    raw = example(definitions()[spec.params_name], full=full)

    params = spec.validate_params(raw)

    assert wire_form(params) == raw
    assert spec.dump_params(params) == raw  # what the codec sends: by alias, only the fields that were set


@pytest.mark.parametrize("full", [False, True], ids=["minimal", "full"])
@pytest.mark.parametrize("spec", [*CLIENT_REQUESTS.values(), *SERVER_REQUESTS.values()], ids=lambda s: s.method)
def test_every_requests_result_round_trips_through_its_generated_type(spec: Any, full: bool) -> None:
    raw = example(definitions()[spec.result_name], full=full)

    result = spec.validate_result(raw)

    assert isinstance(result, BaseModel)
    assert wire_form(result) == raw
    assert spec.dump_result(result) == raw


@pytest.mark.parametrize("name", sorted(definitions()))
def test_every_schema_definition_has_a_generated_type_that_round_trips(name: str) -> None:
    schema = definitions()[name]
    generated = getattr(wire, python_name(name))
    adapter = TypeAdapter(generated)
    for choice in range(max(1, len(alternatives(schema)))):  # every variant of a union
        raw = example(schema, full=True, choice=choice)

        value = adapter.validate_python(raw)

        assert adapter.dump_python(value, mode="json", by_alias=True, exclude_none=True) == raw


def discriminated_unions() -> list[str]:
    return [
        name
        for name, schema in sorted(definitions().items())
        if alternatives(schema) and hasattr(getattr(wire, python_name(name)), "__metadata__")
    ]


@pytest.mark.parametrize("name", discriminated_unions())
def test_each_variant_of_a_discriminated_union_decodes_to_its_own_class(name: str) -> None:
    schema = definitions()[name]
    adapter = TypeAdapter(getattr(wire, python_name(name)))
    objects = [i for i, alt in enumerate(alternatives(schema)) if resolve(alt).get("type") == "object"]

    classes = [type(adapter.validate_python(example(schema, full=False, choice=i))) for i in objects]

    assert len(set(classes)) == len(classes)
    assert not any(cls.__name__.startswith("Unrecognized") for cls in classes)
