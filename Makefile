# `make test` works on a fresh machine with only Python 3.10+ and make: it builds .venv itself.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: venv prism update-spec generate check-generated lint typecheck test test-deep compat demo bench clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev,server]'
	@# What pip does for a regular install and not for an editable one: compile the package's
	@# modules (~2,000, the generated models) once, instead of in every test worker and child.
	$(PY) -m compileall -q -j 0 wrapper generated scripts
	touch $(STAMP)

venv: $(STAMP)

## Prism (@stoplight/prism-cli), the independent OpenAPI mock server the contract suite also runs
## every operation against (tests/contract/_prism.py), pinned, installed with npm into .prism/
## (ignored by git) once per version. Its install scripts are skipped: the only one is telemetry.
PRISM_VERSION := 5.16.0
PRISM_DIR := .prism
PRISM_STAMP := $(PRISM_DIR)/.installed-$(PRISM_VERSION)
$(PRISM_STAMP):
	rm -rf $(PRISM_DIR)
	npm install --prefix $(PRISM_DIR) --no-save --no-audit --no-fund --ignore-scripts --loglevel=error \
		@stoplight/prism-cli@$(PRISM_VERSION)
	$(PRISM_DIR)/node_modules/.bin/prism --version
	touch $@

prism: $(PRISM_STAMP)

## Assemble openapi.yaml from an upstream snapshot and the seed overlay (spec/seed-operations.yaml),
## printing what changed, then regenerate: `make update-spec UPSTREAM=spec/upstream/openrouter-2026-08-22.yaml`
## (spec/upstream/ holds the snapshots of ../shared/specs, vendored; a new one is any file).
UPSTREAM ?= spec/upstream/openrouter-2026-08-22.yaml
update-spec: $(STAMP)
	$(PY) scripts/assemble_spec.py --upstream $(UPSTREAM)
	$(PY) scripts/generate.py

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

## Everything CI runs: drift check, lint, type check, Prism installed, tests with coverage (fails
## under 95%) on pytest-xdist workers, --dist loadfile: a module's tests stay on one worker (its
## module-scoped servers start once); modules with a slow test are handed out first, in collection
## order (tests/conftest.py). Not loadgroup: with pytest 9.2 its groups are silently ignored
## (pytest-dev/pytest-xdist#1386). Four workers on two cores: the tests wait on servers, children
## and timeouts often enough that a third and fourth worker fill the gaps, and beside a busy core
## they get a fairer share of the machine (measured with a busy core: -n 2 184 s, -n 4 153 s).
## The 15 slowest tests are printed: that is where the time goes.
## Bytecode caches on for the tests: with PYTHONDONTWRITEBYTECODE=1 (set on these machines) every
## worker and every child Python compiles the SDK, the models it imports and the test modules
## (pytest's assertion rewriting) from source again; collection alone went from 6.4 s to 3.4 s.
## An empty value switches it off; __pycache__ is ignored by git, the wheel and check-generated.
## The benchmarks too: their cold-start figures must time a first call, not a compilation (after
## `make generate` the bytecode of the regenerated modules is stale until something writes it again).
test test-deep compat bench: export PYTHONDONTWRITEBYTECODE =
PYTEST_WORKERS ?= 4
PYTEST_RUN = $(PY) -m pytest -n $(PYTEST_WORKERS) --dist loadfile --no-loadscope-reorder --durations=15
test: check-generated lint prism
	$(PYTEST_RUN) --cov --cov-report=term-missing --cov-fail-under=95 $(PYTEST_ARGS)

## The property tests with many examples (Hypothesis profile "deep"); no coverage.
test-deep: $(STAMP)
	HYPOTHESIS_PROFILE=deep $(PYTEST_RUN) $(PYTEST_ARGS)

## The oldest Python the package supports (3.10): install it there and run the wire-level suites
## (test tools at the last releases that support 3.10; the generator and linters need 3.11).
## Skipped with a message when python3.10 is not on the machine. CI runs it after `make test`.
PY310 ?= $(shell for p in python3.10 $$HOME/.pyenv/versions/3.10*/bin/python3.10; do \
	"$$p" -c "" >/dev/null 2>&1 && { echo "$$p"; break; }; done)
COMPAT_VENV ?= .venv310
compat:
	@if [ -z "$(PY310)" ]; then echo "compat: no Python 3.10 on this machine, skipped"; exit 0; fi; \
	set -e; \
	$(PY310) -m venv $(COMPAT_VENV); \
	$(COMPAT_VENV)/bin/python -m pip install --quiet --upgrade pip; \
	$(COMPAT_VENV)/bin/python -m pip install --quiet -e '.[server]' pytest==9.2.0 pytest-httpserver==1.2.0 \
		pytest-timeout==2.4.0 anyio==4.16.0 hypothesis==6.168.5 miniaudio==1.71 trustme==1.2.1 trio==0.35.0; \
	$(COMPAT_VENV)/bin/python -m pytest -q -p no:cacheprovider -o addopts="" \
		tests/client tests/streaming tests/examples tests/regressions tests/cli tests/test_public_api.py

## Start a local ModelGates-compatible server and run the speech and chat examples against it.
demo: $(STAMP)
	$(PY) scripts/demo.py

bench: $(STAMP)
	$(PY) -m pip install --quiet -e '.[dev,server,bench]'
	$(PY) benchmarks/run.py

clean:
	rm -rf $(VENV) $(COMPAT_VENV) $(PRISM_DIR) .pytest_cache .mypy_cache .ruff_cache .coverage htmlcov dist build
