# Two commands on a fresh machine: `make demo` (set up + run the offline demo) and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: setup demo test lint typecheck check protocol-check compat compat-ci bench mutation clean

setup: $(STAMP)

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

demo: $(STAMP)
	$(BIN)/codex-runtime demo

test: $(STAMP)
	$(BIN)/python -m pytest -q

lint: $(STAMP)
	$(BIN)/ruff check src tests scripts benchmarks
	$(BIN)/ruff format --check src tests scripts benchmarks

typecheck: $(STAMP)
	$(BIN)/mypy

protocol-check: $(STAMP)
	$(BIN)/python scripts/gen_protocol.py --from-binary --check

check: lint typecheck protocol-check

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
	rm -rf $(VENV) .pytest_cache .ruff_cache .mypy_cache
