from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.conftest import run_script, write_yaml

ROOT = Path(__file__).resolve().parents[2]


run = run_script
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
