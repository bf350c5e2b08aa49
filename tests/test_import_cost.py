"""The cold path stays cold: what importing the package, and a one-shot script's imports, leave out.

Not timings (those are in benchmarks/): each check runs a fresh interpreter and reads ``sys.modules``, so a module
that starts importing something heavy at import time fails here, whatever the machine's speed.
"""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

HEAVY = (
    "fastapi",
    "ray",
    "rich",
    "click",
    "pydantic",
    "pydantic_core",
    "websockets",
    "asyncio",
    "uvicorn",
    "opentelemetry",
)
"""Never needed just to import the package."""
MODELS = "codex_runtime.protocol._generated.models"


def imported_after(statement: str) -> list[str]:
    """The modules a fresh interpreter has loaded after running ``statement``."""
    code = f"import json, sys\n{statement}\nprint(json.dumps(sorted(sys.modules)))\n"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True)
    return list(json.loads(out.stdout.splitlines()[-1]))


def test_importing_the_package_imports_no_protocol_model_web_ray_cli_rendering_or_pydantic() -> None:
    modules = imported_after("import codex_runtime")

    assert [m for m in modules if m.startswith(MODELS)] == []
    assert [m for m in modules if m.split(".")[0] in HEAVY] == []
    assert "codex_runtime.protocol" not in modules  # nothing below the curated surface is loaded yet


def test_a_one_shot_scripts_imports_leave_out_the_models_web_ray_websockets_and_the_cli() -> None:
    modules = imported_after("from codex_runtime.sync import quick_run")

    assert "codex_runtime.transport.process" in modules  # what starts the app-server is loaded...
    assert "codex_runtime.transport.stdio" not in modules  # ...the transport and the event loop once codex boots,
    assert "asyncio" not in modules
    assert "codex_runtime.api.client" not in modules  # ...and the client machinery
    assert [m for m in modules if m.startswith(MODELS)] == []  # ...and no wire model
    unneeded = ("fastapi", "ray", "rich", "click", "websockets", "pydantic", "uvicorn", "opentelemetry")
    assert [m for m in modules if m.split(".")[0] in unneeded] == []
    assert [m for m in modules if m.startswith(("codex_runtime.web", "codex_runtime.pool", "codex_runtime.cli."))] == []


def test_a_public_name_is_imported_on_first_access_and_then_cached() -> None:
    code = (
        "import codex_runtime, sys\n"
        "assert 'codex_runtime.api.client' not in sys.modules\n"
        "client = codex_runtime.Client\n"
        "from codex_runtime.api.client import Client\n"
        "assert client is Client and vars(codex_runtime)['Client'] is Client\n"
        "assert 'Client' in dir(codex_runtime)\n"
        "print(codex_runtime.__version__)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True)
    assert out.stdout.strip() == "0.1.0"


def test_every_name_in_all_resolves_and_an_unknown_name_is_an_attribute_error() -> None:
    import codex_runtime

    for name in codex_runtime.__all__:
        assert getattr(codex_runtime, name) is not None, name
    with pytest.raises(AttributeError, match=r"^module 'codex_runtime' has no attribute 'NoSuchThing'$"):
        _ = codex_runtime.NoSuchThing


def test_quick_run_starts_the_app_server_before_it_imports_asyncio_or_the_client_machinery() -> None:
    # Why it matters: codex boots and answers initialize (~0.15 s) while Python imports asyncio, sessions, turns,
    # results and hooks; the other way round a one-shot script waits for both in a row. The spawn is stopped right
    # there with a marker error that lists what was loaded by then.
    code = (
        "import sys\n"
        "WATCHED = ('asyncio', 'codex_runtime.transport.stdio', 'codex_runtime.api.client', "
        "'codex_runtime.api.session')\n"
        "def spawn(event, args):\n"
        "    if event == 'subprocess.Popen':\n"
        "        raise SystemExit(f'spawned with {[m for m in WATCHED if m in sys.modules]} loaded')\n"
        "sys.addaudithook(spawn)\n"
        "from codex_runtime.sync import quick_run\n"
        "quick_run('.', 'hi')\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)

    assert out.stderr.strip().splitlines()[-1] == "spawned with [] loaded"


def test_all_names_exactly_the_lazy_export_table() -> None:
    import codex_runtime

    table = {name for names in codex_runtime._EXPORTS.values() for name in names}
    assert sorted(codex_runtime.__all__) == sorted({*table, "__version__"})
    assert len(codex_runtime.__all__) == len(set(codex_runtime.__all__))
