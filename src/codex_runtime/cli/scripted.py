"""A scripted model answering from a conversation file (:mod:`codex_runtime.cli.conversation`), with the offline
CODEX_HOME that points codex at it: what ``codex-runtime mock-model FILE``, the global ``--mock FILE`` and the demo
start. Knows nothing of click or the options (the options start one for ``--mock``).

Like the demo, it uses the private machinery behind the testing kit (``codex_runtime._scripted``), never the kit
itself: with it, every command and the web page can be tried with no account and no network.
"""

from __future__ import annotations

import contextlib
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from codex_runtime.cli.conversation import Conversation

if TYPE_CHECKING:
    from codex_runtime._scripted.mock_model import MockModel, MockResponse, RecordedRequest

END_OF_SCRIPT = "(end of the script) You said: "


def scripted_responses(conversation: Conversation, base: Path) -> list[MockResponse]:
    """The mock's answers for ``conversation``; relative ``write`` paths resolved against ``base``."""
    from codex_runtime._scripted import responses

    made: list[MockResponse] = []
    for answer in conversation.answers:
        if answer.kind == "say":
            made.append(responses.text(answer.text))
        elif answer.kind == "think":
            made.append(responses.reasoning(answer.text, answer.answer))
        elif answer.kind == "run":
            made.append(responses.exec_command(answer.text))
        elif answer.kind == "write":
            target = base / str(answer.path)
            made.append(responses.apply_patch(responses.add_file_patch(str(target), answer.text)))
        else:
            made.append(responses.apply_patch(answer.text))
    return made


def _echo(request: RecordedRequest) -> MockResponse:
    from codex_runtime._scripted import responses

    return responses.text(END_OF_SCRIPT + request.last_user_text)


@dataclass(frozen=True)
class RunningMock:
    """A started mock model and the offline CODEX_HOME pointing at it."""

    model: MockModel
    codex_home: Path
    conversation: Conversation


@contextlib.contextmanager
def running_mock(conversation: Conversation, base: Path, home: Path | None = None) -> Iterator[RunningMock]:
    """Start the mock model with ``conversation`` queued, and write its CODEX_HOME (in ``home``, else a temporary
    directory removed at the end)."""
    from codex_runtime._scripted.codex_home import mock_codex_home
    from codex_runtime._scripted.mock_model import MockModel

    with contextlib.ExitStack() as stack:
        if home is None:
            home = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="codex-runtime-mock-"))) / "home"
        model = stack.enter_context(MockModel())
        model.enqueue(*scripted_responses(conversation, base))
        if conversation.after == "echo":
            model.set_fallback(_echo)
        yield RunningMock(model, mock_codex_home(home, model), conversation)


__all__ = ["END_OF_SCRIPT", "RunningMock", "running_mock", "scripted_responses"]
