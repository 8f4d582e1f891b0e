# `make test` works on a fresh machine with only Python 3.10+ and make: it builds .venv itself.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: venv generate check-generated lint typecheck test demo bench clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev,server]'
	touch $(STAMP)

venv: $(STAMP)

## Regenerate generated/ from openapi.yaml (fails loudly on anything the generator drops).
generate: $(STAMP)
	$(PY) scripts/generate.py

## Fail when generated/ differs from what openapi.yaml produces.
check-generated: $(STAMP)
	$(PY) scripts/check_generated.py

lint: $(STAMP)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/mypy

## Everything CI runs: drift check, lint, type check, tests with coverage (fails under 95%).
test: check-generated lint
	$(PY) -m pytest --cov --cov-report=term-missing --cov-fail-under=95 $(PYTEST_ARGS)

## Start a local ModelGates-compatible server and run the speech and chat examples against it.
demo: $(STAMP)
	$(PY) scripts/demo.py

bench: $(STAMP)
	$(PY) -m pip install --quiet -e '.[dev,server,bench]'
	$(PY) benchmarks/run.py

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache .coverage htmlcov dist build
