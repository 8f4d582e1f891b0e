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
