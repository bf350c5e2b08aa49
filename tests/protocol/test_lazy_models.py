"""One module per wire type: touching a type builds it and what it uses, nothing else; every path still works."""

from __future__ import annotations

import json
import re
import subprocess
import sys

import pytest

import codex_runtime.protocol as protocol
from codex_runtime.protocol import types as wire
from codex_runtime.protocol._generated import models

MODELS = "codex_runtime.protocol._generated.models."


def loaded_after(statement: str) -> list[str]:
    listing = f"sorted(m for m in sys.modules if m.startswith({MODELS!r}))"
    code = f"import json, sys\n{statement}\nprint(json.dumps({listing}))\n"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True)
    return [m.removeprefix(MODELS) for m in json.loads(out.stdout.splitlines()[-1])]


def test_touching_a_type_builds_only_it_and_the_types_it_uses() -> None:
    assert loaded_after("from codex_runtime.protocol import ThreadTokenUsage") == [
        "thread_token_usage",
        "token_usage_breakdown",
    ]


def test_an_enum_builds_without_pydantic() -> None:
    code = (
        "from codex_runtime.protocol import TurnStatus\n"
        "import sys\n"
        "print('pydantic' in sys.modules, TurnStatus.COMPLETED)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True)
    assert out.stdout.strip() == "False completed"


def test_the_thread_item_union_builds_its_variants_and_not_the_rest_of_the_protocol() -> None:
    loaded = loaded_after("from codex_runtime.protocol import ThreadItem")

    assert "thread_item" in loaded and "agent_message_thread_item" in loaded
    assert "thread_start_response" not in loaded and "config_read_response" not in loaded
    assert len(loaded) < 100  # of ~1,200


def test_the_same_class_is_reached_through_every_public_path() -> None:
    from codex_runtime.protocol import ThreadStartResponse
    from codex_runtime.protocol._generated.models.thread_start_response import ThreadStartResponse as defined

    assert ThreadStartResponse is defined is wire.ThreadStartResponse is protocol.ThreadStartResponse
    assert models.ThreadStartResponse is defined
    assert "ThreadStartResponse" in dir(models) and "ThreadStartResponse" in wire.__all__


def test_a_name_that_is_not_a_wire_type_is_an_attribute_error_everywhere() -> None:
    with pytest.raises(AttributeError, match=re.escape("codex_runtime.protocol.types' has no attribute 'Nope'")):
        _ = wire.Nope
    with pytest.raises(AttributeError, match=re.escape("codex_runtime.protocol' has no attribute 'Nope'")):
        _ = protocol.Nope
    with pytest.raises(AttributeError, match=re.escape("_generated.models' has no attribute 'Nope'")):
        _ = models.Nope
