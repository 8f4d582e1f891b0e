from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import untraced_env, write_yaml

ROOT = Path(__file__).resolve().parents[2]


def run(*args: str | Path, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    """A script of this repository, run with this interpreter from the repository root (not traced
    by coverage: see ``untraced_env``)."""
    return subprocess.run(
        [sys.executable, *map(str, args)],
        capture_output=True,
        text=True,
        check=False,
        cwd=ROOT,
        timeout=timeout,
        env=untraced_env(),
    )


write = write_yaml


@pytest.fixture(scope="session")
def small_generated(small_spec_file: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The tree scripts/generate.py makes from the small spec, generated once per session (per
    worker); copy it before editing."""
    out = tmp_path_factory.mktemp("small-generated") / "generated"
    result = run(ROOT / "scripts" / "generate.py", "--spec", small_spec_file, "--out", out)
    assert result.returncode == 0, result.stderr
    return out


@pytest.fixture(scope="session")
def spec(openapi_document: dict[str, Any]) -> dict[str, Any]:
    """openapi.yaml, parsed once per session (``tests/conftest.py``); do not edit it."""
    return openapi_document


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """The pipeline's tests run scripts/, the generator and openapi-spec-validator, none of which
    coverage measures (its source is the modelgates package): its tracer would only double their
    time (pytest-cov's ``no_cover`` pauses it for a test's call; their children run untraced)."""
    here = Path(__file__).resolve().parent
    for item in items:
        if here in item.path.resolve().parents:
            item.add_marker(pytest.mark.no_cover)
