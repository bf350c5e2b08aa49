"""No test depends on the network or on the user's ~/.codex."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from codex_runtime.testing import MockModel, responses
from tests.e2e.raw_app_server import RawAppServer

REPO_ROOT = Path(__file__).resolve().parents[2]


def test_a_whole_turn_runs_in_a_network_namespace_with_only_loopback() -> None:
    assert shutil.which("unshare"), "util-linux unshare is needed to cut the network"
    script = 'ip link set lo up && exec "$0" -m tests.e2e.offline_turn'
    proc = subprocess.run(
        ["unshare", "--net", "sh", "-c", script, sys.executable],
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert proc.stdout.strip() == "completed offline ok"


def test_a_poisoned_user_codex_dir_is_never_read(tmp_path: Path, codex_home: Path, mock_model: MockModel) -> None:
    fake_home = tmp_path / "user-home"
    (fake_home / ".codex").mkdir(parents=True)
    # If the binary read this, every turn would go to a dead port and fail.
    (fake_home / ".codex" / "config.toml").write_text(
        'model_provider = "dead"\n[model_providers.dead]\nname = "dead"\nbase_url = "http://127.0.0.1:9/v1"\n'
        'wire_api = "responses"\n'
    )
    mock_model.enqueue(responses.text("isolated"))
    server = RawAppServer(codex_home, env={"HOME": str(fake_home)})
    try:
        init = server.initialize()
        thread_id = server.start_thread(tmp_path)
        completed, _ = server.run_turn(thread_id, "hi")
    finally:
        server.close()

    assert Path(init["codexHome"]) == codex_home
    assert completed["turn"]["status"] == "completed"
    assert os.listdir(fake_home / ".codex") == ["config.toml"]  # nothing written there either
