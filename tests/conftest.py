"""Makes ``scripts/`` importable from every test (the pipeline modules, the seed examples), sets
the Hypothesis profiles, provides the small spec (``tests/_small_spec.py``) to the pipeline and
spec-change tests, and hands the slow modules to the pytest-xdist workers first (see
``pytest_collection_modifyitems``).

Profiles (``HYPOTHESIS_PROFILE``): ``default`` (what ``make test`` runs: few examples, derandomized,
no example database, no deadline, so that a run on a busy machine is the same run as on an idle one)
and ``deep`` (``make test-deep``: many examples, still without a database or deadline).
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, settings

from tests._small_spec import small_spec

ROOT = Path(__file__).resolve().parent.parent
SCRIPTS = ROOT / "scripts"
if str(SCRIPTS) not in sys.path:
    sys.path.insert(0, str(SCRIPTS))

# Health checks that measure time (too_slow) or size flake on a loaded machine: not checked.
_QUIET = [HealthCheck.too_slow, HealthCheck.data_too_large]
settings.register_profile(
    "default", max_examples=20, derandomize=True, database=None, deadline=None, suppress_health_check=_QUIET
)
settings.register_profile(
    "deep", max_examples=1000, derandomize=False, database=None, deadline=None, suppress_health_check=_QUIET
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))


@pytest.hookimpl(tryfirst=True)
def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """The modules with a slow test first, each module's tests kept together and in order.

    ``make test`` runs ``--dist loadfile --no-loadscope-reorder``: a module's tests stay on one
    worker (its module-scoped servers start once), and modules are handed out in this order, so
    the long ones start at once instead of leaving one worker alone with them at the end.
    """
    modules: dict[str, list[pytest.Item]] = {}
    for item in items:
        modules.setdefault(item.nodeid.split("::", 1)[0], []).append(item)
    ordered = sorted(modules.values(), key=lambda tests: not any(t.get_closest_marker("slow") for t in tests))
    items[:] = [item for module in ordered for item in module]


# What coverage's `patch = ["subprocess"]` (pyproject.toml) puts in the environment so that every
# child Python is measured too.
_COVERAGE_VARIABLES = ("COVERAGE_PROCESS_CONFIG", "COVERAGE_PROCESS_START")


def untraced_env(env: dict[str, str] | None = None) -> dict[str, str]:
    """``env`` (default: this process's) for a child that runs scripts/ or the generator, not modelgates.

    Coverage measures only the modelgates package ([tool.coverage.run] source), yet its tracer in
    a child costs every Python call there: a generation took 13 s traced against 6 s untraced, and
    the suite generates a dozen times. The CLI and `modelgates serve` children keep being measured.
    """
    base = dict(os.environ if env is None else env)
    for name in _COVERAGE_VARIABLES:
        base.pop(name, None)
    return base


def run_script(
    *args: str | Path, env: dict[str, str] | None = None, timeout: float = 120
) -> subprocess.CompletedProcess[str]:
    """A script of this repository (or ``-c`` code), run with this interpreter from the repository
    root, untraced (``untraced_env``): the generator, the spec scripts, the wrapper's tests against
    a regenerated package that is not the one coverage reports on."""
    return subprocess.run(
        [sys.executable, *map(str, args)],
        capture_output=True,
        text=True,
        check=False,
        cwd=ROOT,
        timeout=timeout,
        env=untraced_env(env),
    )


def write_yaml(path: Path, document: Any) -> Path:
    """``document`` as a YAML file (libyaml's dumper where PyYAML has it: the full spec is 1.3 MB)."""
    dumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
    path.write_text(yaml.dump(document, Dumper=dumper, sort_keys=False), encoding="utf-8")
    return path


@pytest.fixture(scope="session")
def openapi_document() -> dict[str, Any]:
    """openapi.yaml, parsed once per session (per worker; 1.3 MB, through libyaml where PyYAML has
    it). Shared: do not edit it (``copy.deepcopy`` it, or use ``small_spec_copy``)."""
    from modelgates.testing._validation import load_spec

    return load_spec(ROOT / "openapi.yaml")


@pytest.fixture(scope="session")
def _small_spec_document(openapi_document: dict[str, Any]) -> dict[str, Any]:
    return small_spec(openapi_document)


@pytest.fixture
def small_spec_copy(_small_spec_document: dict[str, Any]) -> Callable[[], dict[str, Any]]:
    """``small_spec_copy()``: a fresh copy of the small spec (``tests/_small_spec.py``), to edit."""
    import copy

    return lambda: copy.deepcopy(_small_spec_document)


@pytest.fixture(scope="session")
def small_spec_file(_small_spec_document: dict[str, Any], tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The small spec as a YAML file, written once per session (per worker); do not edit it."""
    return write_yaml(tmp_path_factory.mktemp("small-spec") / "openapi.yaml", _small_spec_document)
