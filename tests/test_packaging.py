"""The built package, as a user gets it: the wheel and sdist carry the LICENSE, and the plain install
(no ``server`` extra) never breaks a user's pytest run nor prints a traceback for ``modelgates serve``.

The wheel and sdist are built once for the module (hatchling, no build isolation: the pinned dev
hatchling). The plain install is a fresh virtualenv holding the wheel (``pip install --no-deps``)
and, on a path file, only the runtime dependencies and pytest, linked from this environment: no
network, and no ``jsonschema``/``pyyaml``/``lameenc``.
"""

from __future__ import annotations

import importlib.metadata
import os
import subprocess
import sys
import tarfile
import venv
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
EXTRA_HINT = "pip install 'modelgates[server]'"
# The runtime dependencies (httpx, attrs, typing-extensions) and pytest, with
# what they need in turn: distribution names, linked (code and metadata) into the plain install.
PLAIN_DISTRIBUTIONS = [
    "httpx",
    "httpcore",
    "h11",
    "anyio",
    "idna",
    "certifi",
    "sniffio",
    "attrs",
    "typing_extensions",
    "pytest",
    "pluggy",
    "iniconfig",
    "packaging",
    "pygments",
    "exceptiongroup",
    "tomli",
]

pytestmark = pytest.mark.slow


def _clean_env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "COV_", "COVERAGE", "PYTEST", "VIRTUAL"))}
    env.pop("MODELGATES_SERVER_URL", None)
    env.update(extra)
    return env


@pytest.fixture(scope="module")
def dist(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("dist")
    built = subprocess.run(
        [sys.executable, "-m", "hatchling", "build", "-d", str(out)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
        timeout=300,
        env=_clean_env(),
    )
    assert built.returncode == 0, built.stderr
    return out


def test_the_wheel_and_the_sdist_carry_the_mit_license(dist: Path) -> None:
    (wheel,) = dist.glob("modelgates-*.whl")
    (sdist,) = dist.glob("modelgates-*.tar.gz")
    with zipfile.ZipFile(wheel) as archive:
        licenses = [name for name in archive.namelist() if name.endswith("/licenses/LICENSE")]
        assert len(licenses) == 1
        assert archive.read(licenses[0]).decode().startswith("MIT License")
        metadata = next(name for name in archive.namelist() if name.endswith(".dist-info/METADATA"))
        assert "License-Expression: MIT" in archive.read(metadata).decode()
    with tarfile.open(sdist) as archive:
        member = next(m for m in archive.getmembers() if m.name.endswith("/LICENSE") and m.name.count("/") == 1)
        handle = archive.extractfile(member)
        assert handle is not None
        assert handle.read().decode().startswith("MIT License")
    assert (ROOT / "LICENSE").read_text(encoding="utf-8").startswith("MIT License")


@pytest.fixture(scope="module")
def plain(dist: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A fresh virtualenv with the wheel and only the plain dependencies (no server extra); its bin/."""
    home = tmp_path_factory.mktemp("plain")
    venv.EnvBuilder(with_pip=False).create(home / "venv")
    bin_dir = home / "venv" / "bin"
    (wheel,) = dist.glob("modelgates-*.whl")
    installed = subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "--python",
            str(bin_dir / "python"),
            "install",
            "--quiet",
            "--no-deps",
            str(wheel),
        ],
        capture_output=True,
        text=True,
        check=False,
        timeout=300,
        env=_clean_env(PIP_DISABLE_PIP_VERSION_CHECK="1"),
    )
    assert installed.returncode == 0, installed.stderr
    deps = home / "deps"
    deps.mkdir()
    for name in PLAIN_DISTRIBUTIONS:
        try:
            distribution = importlib.metadata.distribution(name)
        except importlib.metadata.PackageNotFoundError:
            continue  # not needed on this Python (exceptiongroup, tomli on 3.11+)
        tops = {Path(str(file)).parts[0] for file in distribution.files or []}
        for top in tops - {"..", "__pycache__"}:
            source = Path(str(distribution.locate_file(top)))
            if source.exists() and not (deps / top).exists():
                (deps / top).symlink_to(source)
    site = next((home / "venv" / "lib").glob("python3*/site-packages"))
    (site / "plain_deps.pth").write_text(f"{deps}\n", encoding="utf-8")
    for absent in ("jsonschema", "yaml", "lameenc"):
        probe = subprocess.run([bin_dir / "python", "-c", f"import {absent}"], capture_output=True, check=False)
        assert probe.returncode != 0, f"{absent} is importable in the plain install"
    return bin_dir


def test_pytest_on_an_unrelated_project_runs_normally_with_the_plain_install(plain: Path, tmp_path: Path) -> None:
    (tmp_path / "test_mine.py").write_text("def test_mine():\n    assert 1 + 1 == 2\n", encoding="utf-8")
    (tmp_path / "test_uses_fixture.py").write_text(
        "def test_app(modelgates_server):\n    assert modelgates_server.url\n", encoding="utf-8"
    )
    run = [plain / "python", "-m", "pytest", "-p", "no:cacheprovider", "-o", "addopts="]

    mine = subprocess.run(
        [*run, "test_mine.py"], cwd=tmp_path, capture_output=True, text=True, check=False, env=_clean_env(), timeout=120
    )
    assert mine.returncode == 0, mine.stdout + mine.stderr
    assert "1 passed" in mine.stdout
    assert "modelgates" in mine.stdout  # the plugin is loaded (pytest lists it), and harmless

    fixture = subprocess.run(
        [*run, "test_uses_fixture.py"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=False,
        env=_clean_env(),
        timeout=120,
    )
    assert fixture.returncode == 1, fixture.stdout + fixture.stderr
    assert "1 error" in fixture.stdout
    assert f"the modelgates_server fixture needs the server extra: {EXTRA_HINT}" in fixture.stdout
    assert "Traceback" not in fixture.stdout + fixture.stderr


def test_modelgates_serve_without_the_extra_says_what_to_install(plain: Path) -> None:
    served = subprocess.run(
        [plain / "modelgates", "serve", "--port", "0"],
        capture_output=True,
        text=True,
        check=False,
        env=_clean_env(),
        timeout=60,
    )
    assert served.returncode == 2
    assert served.stdout == ""
    assert served.stderr.splitlines() == [f"modelgates serve needs the server extra: {EXTRA_HINT}"]
