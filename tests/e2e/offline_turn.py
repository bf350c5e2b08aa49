"""Run one whole turn (MockModel + real binary) and print the answer; executed inside a network namespace with
only loopback by test_isolation.py to prove that nothing needs the network."""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from codex_runtime.testing import MockModel, mock_codex_home, responses
from tests.e2e.raw_app_server import RawAppServer


def main() -> int:
    with MockModel() as model, tempfile.TemporaryDirectory() as tmp:
        model.enqueue(responses.text("offline ok"))
        home = mock_codex_home(Path(tmp) / "home", model)
        server = RawAppServer(home)
        try:
            server.initialize()
            thread_id = server.start_thread(Path(tmp))
            completed, _ = server.run_turn(thread_id, "hi")
            print(completed["turn"]["status"], completed["turn"]["items"][-1]["text"])
        finally:
            server.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
