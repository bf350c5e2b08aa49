"""The documentation site builds with ``mkdocs build --strict`` (what ``make docs`` and CI run), its API reference
is rendered from the package's docstrings, and no page loads anything from another host."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
BUILD_TIMEOUT = 300.0
"""Seconds the build may take (about 30 s on a loaded 2-core machine)."""
EXTERNAL = re.compile(r'<(?:script|link|img)\b[^>]*\b(?:src|href)="(?:https?:)?//', flags=re.IGNORECASE)


def test_the_site_builds_strictly_with_an_api_reference_from_the_docstrings_and_no_remote_assets(
    tmp_path: Path,
) -> None:
    site = tmp_path / "site"
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "PYTHONPATH": str(ROOT / "src")}
    done = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--quiet", "--site-dir", str(site)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=BUILD_TIMEOUT,
    )
    assert done.returncode == 0, done.stderr[-4000:]

    reference = (site / "reference" / "codex_runtime" / "index.html").read_text()
    assert "One prompt on a new thread with the safe defaults" in reference  # quick_run's docstring
    errors = (site / "reference" / "errors" / "index.html").read_text()
    assert "UnsupportedPlatformError" in errors
    cli_guide = (site / "guides" / "cli" / "index.html").read_text()
    assert "<code>mock-model FILE [--home DIR]</code>" in cli_guide  # the README's command table, included

    remote = {
        str(page.relative_to(site)): EXTERNAL.findall(page.read_text())
        for page in site.rglob("*.html")
        if EXTERNAL.search(page.read_text())
    }
    assert remote == {}
