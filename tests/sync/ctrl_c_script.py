"""Run a blocking ask on a slow turn; the parent test sends SIGINT once the model is streaming. Prints the outcome
and the turn's final status as the server recorded it."""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from codex_runtime import ClientConfig, SessionConfig
from codex_runtime.sync import Client
from codex_runtime.testing import MockModel, MockResponse, mock_codex_home, responses


def main() -> int:
    with MockModel() as model, tempfile.TemporaryDirectory() as tmp:

        def streaming(_request: object) -> MockResponse:
            print("STREAMING", flush=True)  # the turn is running: the parent may press Ctrl-C now
            # 60 pieces, 0.5 s apart: far longer than any scheduling delay of the parent under load, so the
            # Ctrl-C always lands mid-turn (the interrupt ends it at once; the parent waits at most 60 s).
            return responses.slow("slow " * 60, delay=0.5, deltas=["slow "] * 60)

        model.enqueue(streaming)
        home = mock_codex_home(Path(tmp) / "home", model)
        with Client(ClientConfig(process_env={"CODEX_HOME": str(home)})) as client:
            session = client.start_session(SessionConfig(cwd=tmp))
            try:
                session.ask("take your time")
                print("OUTCOME completed")
            except KeyboardInterrupt:
                print("OUTCOME keyboard-interrupt")
            portal_read = client.runtime.thread_read(session.thread_id, include_turns=True)
            print("STATUS", portal_read.thread.turns[-1].status, flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
