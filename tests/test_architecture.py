"""The package's import graph, read from the source with ``ast``: one-way layers, no cycles, no ``testing``.

Every ``import`` counts: module level, inside functions and under ``if TYPE_CHECKING:`` (a type-only import still
ties two modules together and is a cycle waiting for a refactor). The layer table below is the rule; the style
guide draws it as ``protocol <- transport <- rpc <- runtime <- api <- {automation, cli, web}``.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import codex_runtime

PACKAGE = "codex_runtime"
SRC = Path(codex_runtime.__file__).parent

# A module may import modules of its own top-level package and of lower layers; never a higher layer, nor a
# sibling package of the same layer. ``testing`` is the top: it may import anything, nothing imports it.
LAYERS: tuple[frozenset[str], ...] = tuple(
    frozenset(names.split())
    for names in (
        "_errors",  # the exception tree's branches (presented by `errors`, the one import path)
        "_version _defaults errors _lazy _redact",  # leaves: constants, the exception tree, lazy imports, redaction
        "cli_bin",  # where the codex binary is (transport starts it)
        "protocol",  # generated models, method tables, codec
        "transport",  # byte pipes: stdio, websocket, memory
        "rpc _scripted",  # JSON-RPC core (strings and dicts); the scripted mock model (a Responses-API server)
        "runtime",  # codex concepts: Runtime, server requests, hooks, state, metrics
        "sinks otel",  # observers of the runtime's traffic (transcripts, tracing) that api may install
        "api",  # Client, Session, Workflow, AppServer, quick_run
        "automation pool artifact",  # built on api: cadence, many app-servers, files shared by turns
        "ray",  # batches over pools of workers
        "sync",  # blocking twins of everything above (api, automation, pool, ray)
        "web",  # the HTTP adapter
        "cli",  # the command (its `serve` runs the web adapter)
        "<root> __main__",  # codex_runtime/__init__.py: the curated public surface; `python -m codex_runtime`
        "testing",  # the public testing kit (MockModel, FakeAppServer, fixtures)
    )
)
RANK = {name: rank for rank, names in enumerate(LAYERS) for name in names}


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(SRC.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _modules() -> dict[str, Path]:
    return {_module_name(path): path for path in sorted(SRC.rglob("*.py"))}


MODULES = _modules()


def _imports(module: str, path: Path) -> Iterator[tuple[str, int]]:
    """(imported package module, line) for every import of a codex_runtime module in ``path``."""
    is_package = path.name == "__init__.py"
    for node in ast.walk(ast.parse(path.read_text(), str(path))):
        if isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name.split(".")[0] == PACKAGE:
                    yield alias.name, node.lineno
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = module.split(".") if is_package else module.split(".")[:-1]
                base = base[: len(base) - (node.level - 1)]
                target = ".".join([*base, *([node.module] if node.module else [])])
            else:
                target = node.module or ""
            if target.split(".")[0] != PACKAGE:
                continue
            for alias in node.names:
                # `from codex_runtime import _defaults` imports the submodule, not the package's __init__.
                submodule = f"{target}.{alias.name}"
                yield (submodule if submodule in MODULES else target), node.lineno


GRAPH: dict[str, dict[str, int]] = {
    module: {target: line for target, line in _imports(module, path) if target != module}
    for module, path in MODULES.items()
}


def _layer_of(module: str) -> str:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else "<root>"


def test_every_module_sits_in_a_layer_of_the_table() -> None:
    assert sorted({_layer_of(m) for m in MODULES} - RANK.keys()) == []
    # The walk saw the whole package, including function-level imports (cli/demo.py's MockModel once was one).
    assert len(MODULES) > 100 and "codex_runtime.sync.ray" in MODULES


def test_no_module_imports_a_higher_layer_or_a_sibling_package_of_its_layer() -> None:
    upward = sorted(
        f"{module}:{line} imports {target}"
        for module, targets in GRAPH.items()
        for target, line in targets.items()
        if _layer_of(target) != _layer_of(module) and RANK[_layer_of(target)] >= RANK[_layer_of(module)]
    )
    assert upward == []


def test_nothing_in_the_package_imports_the_testing_kit() -> None:
    users = sorted(
        f"{module}:{line}"
        for module, targets in GRAPH.items()
        if _layer_of(module) != "testing"
        for target, line in targets.items()
        if _layer_of(target) == "testing"
    )
    assert users == []


def _cycles() -> list[list[str]]:
    """Strongly connected components with more than one module (Tarjan, iterative)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    on_stack: set[str] = set()
    stack: list[str] = []
    found: list[list[str]] = []
    counter = 0
    for root in GRAPH:
        if root in index:
            continue
        work: list[tuple[str, Iterator[str]]] = [(root, iter(GRAPH[root]))]
        index[root] = low[root] = counter
        counter += 1
        stack.append(root)
        on_stack.add(root)
        while work:
            node, children = work[-1]
            child = next((c for c in children if c in GRAPH), None)
            if child is None:
                work.pop()
                if work:
                    low[work[-1][0]] = min(low[work[-1][0]], low[node])
                if low[node] == index[node]:
                    component = []
                    while True:
                        member = stack.pop()
                        on_stack.discard(member)
                        component.append(member)
                        if member == node:
                            break
                    if len(component) > 1:
                        found.append(sorted(component))
            elif child not in index:
                index[child] = low[child] = counter
                counter += 1
                stack.append(child)
                on_stack.add(child)
                work.append((child, iter(GRAPH[child])))
            elif child in on_stack:
                low[node] = min(low[node], index[child])
    return found


def test_there_is_no_import_cycle_between_modules() -> None:
    assert _cycles() == []


def test_the_cycle_finder_finds_a_cycle() -> None:
    # The check above must be able to fail: a two-module loop added to a copy of the graph is reported.
    GRAPH["codex_runtime.errors"]["codex_runtime._version"] = 1
    GRAPH["codex_runtime._version"]["codex_runtime.errors"] = 1
    try:
        assert ["codex_runtime._version", "codex_runtime.errors"] in _cycles()
    finally:
        del GRAPH["codex_runtime.errors"]["codex_runtime._version"]
        del GRAPH["codex_runtime._version"]["codex_runtime.errors"]
