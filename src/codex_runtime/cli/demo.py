"""``codex-runtime demo``: the real bundled codex binary, offline, driven by the built-in MockModel.

The one place outside ``codex_runtime.testing`` that uses the testing kit: the demo's "model" IS the mock.
"""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import TextIO

from codex_runtime.api.client import Client
from codex_runtime.api.profiles import ClientConfig, SessionConfig
from codex_runtime.api.results import PromptRunEvent
from codex_runtime.runtime.server_requests import PendingServerRequest


def _script(workspace: Path) -> list[object]:
    from codex_runtime.testing import responses

    return [
        responses.reasoning(
            "Looking at the workspace first.", "Hello! I am codex app-server, running offline against a scripted model."
        ),
        responses.exec_command("ls -la && echo 'the command ran'"),
        responses.text("The command ran after your approval."),
        responses.apply_patch(responses.add_file_patch(str(workspace / "HELLO.md"), "# Hello\nWritten by codex.")),
        responses.text("I created HELLO.md in the workspace."),
    ]


def _describe(event: PromptRunEvent, out: TextIO) -> None:
    kind = event.kind
    if kind in ("agent_message_delta", "reasoning_delta"):
        out.write(getattr(event, "delta", ""))
        out.flush()
    elif kind == "item_started":
        item = getattr(event, "item", None)
        item_type = getattr(item, "type", "")
        if item_type == "commandExecution":
            out.write(f"\n$ {getattr(item, 'command', '')}\n")
        elif item_type == "fileChange":
            paths = [getattr(c, "path", "?") for c in getattr(item, "changes", []) or []]
            out.write(f"\n~ editing {', '.join(paths)}\n")
        elif item_type == "reasoning":
            out.write("\n(thinking) ")
    elif kind == "item_completed":
        item = getattr(event, "item", None)
        if getattr(item, "type", "") == "commandExecution":
            output = (getattr(item, "aggregated_output", "") or "").rstrip()
            out.write(f"{output}\n[exit {getattr(item, 'exit_code', None)}, {getattr(item, 'status', '')}]\n")
        elif getattr(item, "type", "") == "fileChange":
            out.write(f"[file change {getattr(item, 'status', '')}]\n")
    elif kind == "approval_requested":
        request = getattr(event, "request", None)
        out.write(f"\n? approval requested: {getattr(request, 'method', '')} -> approved (demo)\n")
    elif kind == "turn_completed":
        out.write("\n[turn completed]\n")
    elif kind in ("turn_failed", "turn_interrupted"):
        out.write(f"\n[{kind}: {getattr(event, 'error', '')}]\n")


async def run_demo(out: TextIO) -> int:
    from codex_runtime.testing import MockModel, mock_codex_home

    def approve(_request: PendingServerRequest) -> str:
        return "accept"  # the demo approves; real programs decide (the default declines)

    with tempfile.TemporaryDirectory(prefix="codex-runtime-demo-") as tmp, MockModel() as model:
        workspace = Path(tmp) / "workspace"
        workspace.mkdir()
        home = mock_codex_home(Path(tmp) / "codex-home", model)
        model.enqueue(*_script(workspace))  # type: ignore[arg-type]
        config = ClientConfig(process_env={"CODEX_HOME": str(home)})
        async with Client(config) as client:
            out.write(f"codex {client.runtime.codex_version} (bundled), workspace {workspace}\n")
            session = await client.start_session(
                SessionConfig(
                    cwd=str(workspace),
                    approval_policy="untrusted",
                    sandbox="workspace-write",
                    allow_privileged_escalation=True,
                    approval_handler=approve,
                )
            )
            for prompt in ("Say hello.", "List the workspace.", "Create HELLO.md."):
                out.write(f"\n> {prompt}\n")
                stream = await session.ask_stream(prompt)
                async with stream:
                    async for event in stream:
                        _describe(event, out)
            await session.close()
        written = (workspace / "HELLO.md").read_text()
        out.write(f"\nHELLO.md now says:\n{written}\n")
    return 0
