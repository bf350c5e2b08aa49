# Two commands on a fresh machine: `make demo` (set up + run the offline demo) and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
# The demo needs the package alone (no extras): its own small venv, so `make demo` does not pull the dev set.
DEMO_VENV := .venv-demo
DEMO_STAMP := $(DEMO_VENV)/.installed

.PHONY: setup demo test lint typecheck check protocol-check docs compat compat-ci bench mutation clean

setup: $(STAMP)

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

$(DEMO_STAMP): pyproject.toml
	$(PYTHON) -m venv $(DEMO_VENV)
	$(DEMO_VENV)/bin/python -m pip install --quiet -e .
	touch $(DEMO_STAMP)

demo: $(DEMO_STAMP)
	$(DEMO_VENV)/bin/codex-runtime demo

test: $(STAMP)
	$(BIN)/python -m pytest -q

lint: $(STAMP)
	$(BIN)/ruff check src tests scripts benchmarks
	$(BIN)/ruff format --check src tests scripts benchmarks

typecheck: $(STAMP)
	$(BIN)/mypy

protocol-check: $(STAMP)
	$(BIN)/python scripts/gen_protocol.py --from-binary --check

# The documentation site (mkdocs-material + the API reference from the docstrings) into site/; warnings fail it.
docs: $(STAMP)
	NO_MKDOCS_2_WARNING=1 $(BIN)/mkdocs build --strict --quiet

check: lint typecheck protocol-check docs

# The compatibility smoke on every codex release in schema/versions/ (each pip-installed into its own cache dir);
# rewrites the README's matrix from the results.
compat: $(STAMP)
	$(BIN)/python scripts/compat.py --all --readme

# What CI runs: the oldest supported release, one in the middle, the pinned one.
compat-ci: $(STAMP)
	$(BIN)/python scripts/compat.py 0.133.0 0.149.0 0.163.0

bench: $(STAMP)
	$(BIN)/python -m benchmarks

# Curated mutants of the safety rules, each run against its targeted tests on a scratch copy (minutes; not in `test`).
mutation: $(STAMP)
	$(BIN)/python scripts/mutation_check.py

clean:
	rm -rf $(VENV) $(DEMO_VENV) site .pytest_cache .ruff_cache .mypy_cache
