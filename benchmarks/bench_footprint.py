"""Section 6: install footprint. Each SDK with its runtime dependencies in a fresh virtualenv, on disk."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from _common import PYTHON, ROOT, SDKS, Context, Row, fail_note, log

SECTION = "6. Install footprint"
MIB = 1024 * 1024
INSTALL_TIMEOUT = 240  # seconds per SDK; pip's cache makes a repeat install take a few seconds

TARGETS = {"modelgates": str(ROOT), "httpx": "httpx", "openai": "openai", "openrouter": "openrouter"}


def _size(folder: Path) -> tuple[int, int]:
    """(bytes, files) under ``folder``."""
    total = files = 0
    for dirpath, _dirs, names in os.walk(folder):
        for name in names:
            path = os.path.join(dirpath, name)
            if not os.path.islink(path):
                total += os.path.getsize(path)
                files += 1
    return total, files


def _site_packages(venv: Path) -> Path:
    found = sorted(venv.glob("lib/python*/site-packages")) or sorted(venv.glob("Lib/site-packages"))
    if not found:
        raise RuntimeError(f"no site-packages in {venv}")
    return found[0]


def _fresh_venv(folder: Path) -> Path:
    # Without pip: the venv's site-packages then holds only what the install brings; the dev venv's pip
    # installs into it (pip --python), and the empty venv is still measured as the baseline.
    subprocess.run([PYTHON, "-m", "venv", "--without-pip", str(folder)], check=True, capture_output=True, timeout=60)
    return folder / ("Scripts" if sys.platform == "win32" else "bin") / "python"


def _install(sdk: str, scratch: str) -> dict[str, float]:
    with tempfile.TemporaryDirectory(dir=scratch) as folder:
        venv = Path(folder) / "venv"
        python = _fresh_venv(venv)
        baseline, _ = _size(_site_packages(venv))
        done = subprocess.run(
            [
                PYTHON,
                "-m",
                "pip",
                "--python",
                str(python),
                "install",
                "--quiet",
                "--disable-pip-version-check",
                TARGETS[sdk],
            ],
            capture_output=True,
            text=True,
            timeout=INSTALL_TIMEOUT,
            check=False,
        )
        if done.returncode != 0:
            lines = done.stderr.strip().splitlines() or [f"pip exit status {done.returncode}"]
            raise RuntimeError(lines[-1])
        size, files = _size(_site_packages(venv))
        listed = subprocess.run(
            [PYTHON, "-m", "pip", "--python", str(python), "list", "--format=freeze", "--disable-pip-version-check"],
            capture_output=True,
            text=True,
            timeout=60,
            check=True,
        )
        distributions = [line for line in listed.stdout.splitlines() if line and not line.startswith("#")]
    return {"bytes": size - baseline, "files": files, "distributions": len(distributions), "list": distributions}  # type: ignore[dict-item]


def run(ctx: Context) -> list[Row]:
    size = Row(SECTION, "installed size with runtime dependencies (fresh venv, site-packages)", "MiB", "lower")
    count = Row(SECTION, "distributions installed (the SDK included)", "count", "lower")
    with ThreadPoolExecutor(max_workers=2) as pool:  # installs wait on the network and the disk as much as the CPU
        futures = {sdk: pool.submit(_install, sdk, str(ctx.scratch)) for sdk in SDKS}
        for sdk, future in futures.items():
            try:
                result = future.result()
            except (RuntimeError, OSError, subprocess.SubprocessError) as exc:
                size.values[sdk] = count.values[sdk] = None
                size.notes[sdk] = count.notes[sdk] = fail_note(exc)
                log(f"  {sdk}: n/a ({size.notes[sdk]})")
                continue
            size.values[sdk] = result["bytes"] / MIB
            count.values[sdk] = result["distributions"]
            count.detail.setdefault("distributions", {})[sdk] = result["list"]
            log(f"  {sdk}: {size.values[sdk]:.1f} MiB in {result['distributions']:.0f} distributions")
    size.detail["how"] = (
        "python -m venv --without-pip, then pip --python <venv> install <sdk> (no extras; modelgates from this "
        "checkout), size of site-packages minus the empty venv's; byte-compiled files included, as pip writes them"
    )
    return [size, count]
