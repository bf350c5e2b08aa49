"""Structured patches: replace / insert / append on the lines of the revision the agent saw; bad edits refused."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from codex_runtime.api.output_schema import strict_json_schema
from codex_runtime.artifact import DocumentPatch, Edit, InvalidPatchError, apply_edits
from codex_runtime.artifact.patch import numbered

DOC = "one\ntwo\nthree\n"


def edit(kind: str, start: int | None = None, end: int | None = None, text: str = "") -> Edit:
    return Edit(kind=kind, start_line=start, end_line=end, text=text)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("edits", "expected"),
    [
        ([edit("replace", 2, 2, "TWO")], "one\nTWO\nthree\n"),
        ([edit("replace", 1, 3, "all\nnew")], "all\nnew\n"),
        ([edit("replace", 2, 3, "")], "one\n"),
        ([edit("insert", 1, text="zero")], "zero\none\ntwo\nthree\n"),
        ([edit("insert", 4, text="four")], "one\ntwo\nthree\nfour\n"),
        ([edit("append", text="four\nfive\n")], "one\ntwo\nthree\nfour\nfive\n"),
        # line numbers refer to the original: order in the patch does not matter
        ([edit("replace", 3, 3, "3"), edit("replace", 1, 1, "1"), edit("insert", 2, text="1.5")], "1\n1.5\ntwo\n3\n"),
        ([edit("insert", 2, text="a"), edit("insert", 2, text="b")], "one\na\nb\ntwo\nthree\n"),
        ([edit("insert", 2, text="before"), edit("replace", 2, 3, "X")], "one\nbefore\nX\n"),
        ([], DOC),
    ],
)
def test_edits_apply_to_the_original_line_numbers(edits: list[Edit], expected: str) -> None:
    assert apply_edits(DOC, edits) == expected


def test_a_document_without_a_final_newline_keeps_that_shape() -> None:
    assert apply_edits("a\nb", [edit("append", text="c")]) == "a\nb\nc"
    assert apply_edits("", [edit("insert", 1, text="first")]) == "first\n"
    assert apply_edits("", [edit("append", text="x")]) == "x\n"


@pytest.mark.parametrize(
    ("edits", "reason"),
    [
        ([edit("replace", 0, 1, "x")], "outside"),
        ([edit("replace", 2, 4, "x")], "outside"),
        ([edit("replace", 3, 2, "x")], "reversed"),
        ([edit("replace", 2, None, "x")], "needs start_line and end_line"),
        ([edit("insert", 5, text="x")], "outside"),
        ([edit("insert", 1, 1, "x")], "no end_line"),
        ([edit("append", 1, text="x")], "append takes no"),
        ([edit("replace", 1, 2, "x"), edit("replace", 2, 3, "y")], "overlaps"),
        ([edit("replace", 1, 3, "x"), edit("insert", 2, text="y")], "inside replaced"),
    ],
)
def test_out_of_range_overlapping_or_malformed_edits_are_refused(edits: list[Edit], reason: str) -> None:
    with pytest.raises(InvalidPatchError, match=reason) as caught:
        apply_edits(DOC, edits)
    assert caught.value.edit_index is not None


def test_the_output_schema_is_strict_for_the_responses_api() -> None:
    schema = strict_json_schema(DocumentPatch)
    edit_schema = schema["$defs"]["Edit"]

    assert schema["additionalProperties"] is False and schema["required"] == ["base_revision", "edits"]
    assert edit_schema["additionalProperties"] is False
    assert edit_schema["required"] == ["kind", "start_line", "end_line", "text"]
    assert edit_schema["properties"]["kind"]["enum"] == ["replace", "insert", "append"]


def test_numbered_lines_are_what_the_agent_sees() -> None:
    assert numbered("a\nb\n") == "1| a\n2| b"


@given(st.lists(st.text(alphabet="abc \n", max_size=5), max_size=6), st.text(alphabet="xyz\n", max_size=8))
def test_replacing_every_line_yields_exactly_the_new_text(lines: list[str], new: str) -> None:
    text = "".join(line.replace("\n", "") + "\n" for line in lines)
    count = len(lines)
    if count == 0:
        return
    result = apply_edits(text, [edit("replace", 1, count, new)])
    expected_lines = new.split("\n")[:-1] if new.endswith("\n") else (new.split("\n") if new else [])
    assert result == ("\n".join(expected_lines) + "\n" if expected_lines else "")
