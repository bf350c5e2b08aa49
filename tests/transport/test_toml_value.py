"""encode_toml_value / config overrides: what ``codex -c key=<TOML value>`` receives."""

from __future__ import annotations

import math
import tomllib
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from codex_runtime.transport.toml_value import config_override_args, encode_toml_value


def roundtrip(value: Any) -> Any:
    return tomllib.loads(f"v = {encode_toml_value(value)}")["v"]


@pytest.mark.parametrize(
    "value",
    [
        "plain",
        'quo"te',
        "back\\slash",
        "tab\tnew\nline\r\x00\x1f\x7f",
        "unicode ü é 漢字 🙂",
        "",
        True,
        False,
        0,
        -7,
        2**62,
        1.5,
        -0.25,
        1e300,
        1e-7,
        [1, "a", [True]],
        [],
        {"a": 1, "b c": "x", "ü": [1.0], "nested": {"k": "v"}},
        {},
    ],
)
def test_values_round_trip_through_a_toml_parser(value: Any) -> None:
    assert roundtrip(value) == value


def test_tuples_encode_as_arrays_and_special_floats_as_toml_keywords() -> None:
    assert roundtrip((1, 2)) == [1, 2]
    assert roundtrip(float("inf")) == math.inf and roundtrip(float("-inf")) == -math.inf
    assert math.isnan(roundtrip(float("nan")))


def test_bools_are_not_encoded_as_integers() -> None:
    assert encode_toml_value(True) == "true"


@pytest.mark.parametrize("value", [None, b"bytes", object(), {1: "x"}])
def test_values_toml_cannot_express_raise_type_error(value: Any) -> None:
    with pytest.raises(TypeError):
        encode_toml_value(value)


def test_a_lone_surrogate_raises_value_error() -> None:
    with pytest.raises(ValueError, match="surrogate"):
        encode_toml_value("bad \ud800")


def test_override_args_are_one_dash_c_per_key_in_order() -> None:
    assert config_override_args({"model": "o3", "features.apps": False}) == [
        "-c",
        'model="o3"',
        "-c",
        "features.apps=false",
    ]


@pytest.mark.parametrize("key", ["", "a=b", "a\nb"])
def test_invalid_override_keys_are_refused(key: str) -> None:
    with pytest.raises(ValueError, match="invalid config override key"):
        config_override_args({key: 1})


@given(
    st.recursive(
        st.one_of(
            st.text(), st.booleans(), st.integers(min_value=-(2**63), max_value=2**63 - 1), st.floats(allow_nan=False)
        ),
        lambda inner: st.one_of(st.lists(inner, max_size=4), st.dictionaries(st.text(max_size=8), inner, max_size=4)),
        max_leaves=12,
    )
)
def test_any_encodable_value_round_trips(value: Any) -> None:
    assert roundtrip(value) == value
