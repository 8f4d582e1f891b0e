from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml
from modelgates.testing._validation import load_spec

ROOT = Path(__file__).resolve().parents[2]


def run(*args: str | Path, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    """A script of this repository, run with this interpreter from the repository root."""
    return subprocess.run(
        [sys.executable, *map(str, args)], capture_output=True, text=True, check=False, cwd=ROOT, timeout=timeout
    )


def write(path: Path, document: Any) -> Path:
    """``document`` as a YAML file (libyaml's dumper where PyYAML has it: the full spec is 1.3 MB)."""
    dumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
    path.write_text(yaml.dump(document, Dumper=dumper, sort_keys=False), encoding="utf-8")
    return path


@pytest.fixture(scope="session")
def spec() -> dict[str, Any]:
    """openapi.yaml, parsed once per session (1.3 MB: through libyaml where PyYAML has it)."""
    return load_spec(ROOT / "openapi.yaml")
