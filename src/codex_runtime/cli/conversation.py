"""Conversation files: a scripted model's answers written as a small JSON or YAML document, for trying the command
line and the web page with no account (``codex-runtime mock-model FILE``, ``--mock FILE``).

One entry per model answer (each is what the model says to one request codex makes)::

    answers:
      - think: Looking at the workspace first.    # a reasoning summary, then (optionally) the answer
        say: Hello! I am running offline.
      - run: ls && echo 'the command ran'          # the model runs a command (codex may ask for approval)
      - say: The command ran.                      # ...and answers once the command's output is back
      - write: {path: HELLO.md, content: "# Hello"}   # the model adds a file (apply_patch)
      - say: I created HELLO.md.
    after: echo                                    # when the answers run out: echo | fail (default echo)

A command or a file edit takes two entries: the tool call, then the answer after its result. Relative ``write``
paths are resolved against a base directory (the workspace of the demo, else the directory the command started
in). ``codex-runtime mock-model demo`` (or ``--mock demo``) uses the demo's own script, a file of this format.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any, Literal

import yaml

from codex_runtime.cli.errors import CliError, ExitCode

BUILT_IN = {"demo": "demo_conversation.yaml"}
_KINDS = ("say", "think", "run", "write", "patch")


@dataclass(frozen=True)
class Answer:
    """One scripted answer: ``kind`` is ``say``, ``think`` (reasoning + optional ``text``), ``run``, ``write``
    (``path`` + ``text`` as the file content) or ``patch`` (a raw apply_patch body in ``text``)."""

    kind: str
    text: str
    path: str | None = None
    answer: str = ""


@dataclass(frozen=True)
class Conversation:
    """A parsed conversation file."""

    source: str
    answers: tuple[Answer, ...]
    after: Literal["echo", "fail"] = "echo"


def _bad(source: str, message: str) -> CliError:
    return CliError(
        f"{source}: {message}",
        hint="each answer is one of say / think (+ say) / run / write {path, content} / patch; see "
        "`codex-runtime mock-model --help`",
        exit_code=ExitCode.USAGE,
    )


def _answer(source: str, index: int, entry: Any) -> Answer:
    where = f"answer {index + 1}"
    if isinstance(entry, str):
        return Answer("say", entry)
    if not isinstance(entry, dict):
        raise _bad(source, f"{where} must be a mapping or a string, got {type(entry).__name__}")
    unknown = sorted(set(entry) - set(_KINDS))
    if unknown:
        raise _bad(source, f"{where} has unknown keys {unknown}")
    kinds = [kind for kind in _KINDS if kind in entry]
    if kinds == ["say", "think"]:
        kinds = ["think"]
    if len(kinds) != 1:
        raise _bad(source, f"{where} must have exactly one of {list(_KINDS)} (think may add say)")
    kind = kinds[0]
    value = entry[kind]
    if kind == "write":
        if not isinstance(value, dict) or not isinstance(value.get("path"), str):
            raise _bad(source, f"{where}: write needs {{path: ..., content: ...}}")
        content = value.get("content", "")
        if not isinstance(content, str) or set(value) - {"path", "content"}:
            raise _bad(source, f"{where}: write takes a string path and a string content only")
        return Answer("write", content, path=value["path"])
    if not isinstance(value, str) or not value.strip():
        raise _bad(source, f"{where}: {kind} needs a non-empty string")
    said = entry.get("say", "") if kind == "think" else ""
    if not isinstance(said, str):
        raise _bad(source, f"{where}: say needs a string")
    return Answer(kind, value, answer=said)


def parse_conversation(document: Any, source: str) -> Conversation:
    """A :class:`Conversation` from an already-decoded JSON/YAML document (a list of answers, or a mapping with
    ``answers`` and an optional ``after``).

    Raises:
        CliError: the document does not describe a conversation (the message says where).
    """
    after: Any = "echo"
    if isinstance(document, dict):
        unknown = sorted(set(document) - {"answers", "after"})
        if unknown:
            raise _bad(source, f"unknown top-level keys {unknown} (expected answers, after)")
        after = document.get("after", "echo")
        document = document.get("answers")
    if not isinstance(document, list) or not document:
        raise _bad(source, "expected a non-empty list of answers")
    if after not in ("echo", "fail"):
        raise _bad(source, f"after must be echo or fail, got {after!r}")
    return Conversation(source, tuple(_answer(source, i, entry) for i, entry in enumerate(document)), after)


def load_conversation(name_or_path: str) -> Conversation:
    """Read a conversation file (``.json``, ``.yaml``/``.yml``; other names are tried as YAML, a superset of
    JSON), or a built-in one by name (``demo``).

    Raises:
        CliError: the file cannot be read or is not a conversation.
    """
    if name_or_path in BUILT_IN:
        text = resources.files("codex_runtime.cli").joinpath(BUILT_IN[name_or_path]).read_text(encoding="utf-8")
        source = f"built-in {name_or_path}"
    else:
        path = Path(name_or_path).expanduser()
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise CliError(f"cannot read {path}: {exc}", exit_code=ExitCode.USAGE) from None
        source = str(path)
    try:
        document = json.loads(text) if source.endswith(".json") else yaml.safe_load(text)
    except (ValueError, yaml.YAMLError) as exc:
        raise _bad(source, f"not valid {'JSON' if source.endswith('.json') else 'YAML'}: {exc}") from None
    return parse_conversation(document, source)
