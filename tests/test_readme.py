"""Every code block in README.md runs as written.

Each ```python block runs in its own interpreter, in a temporary directory, with
``MODELGATES_SERVER_URL``/``MODELGATES_API_KEY`` pointing at a ``LocalServer`` (as a reader who
followed "Command line and local server" would have them), and must exit 0. Each ```sh block runs
with bash the same way, except those in ``SH_SKIPPED`` (each with its reason); a block that starts
``modelgates serve --port 8089`` gets a free port instead of 8089, so parallel runs do not collide.
A block added to the README later is picked up by itself (the test ids name its heading and line).
"""

from __future__ import annotations

import os
import re
import socket
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from modelgates.testing import LocalServer

ROOT = Path(__file__).resolve().parent.parent
README = ROOT / "README.md"
BIN = Path(sys.executable).parent
FENCE = re.compile(r"^```(\w+)\n(.*?)^```$", re.MULTILINE | re.DOTALL)

# sh blocks that are not run here, by their first line, and why.
SH_SKIPPED = {
    "make demo": "runs make (make test would recurse); the demo is tests/examples/test_docs_examples.py",
    "pip install .": "installs into the environment; tests/test_packaging.py installs the built wheel instead",
    "make generate": "rewrites generated/; tests/pipeline/test_generate.py runs the generation on copies",
}


def blocks(language: str) -> list[tuple[str, str]]:
    """(id, code) of every ```language block, in order; the id is the heading above it and its line."""
    text = README.read_text(encoding="utf-8")
    found = []
    for match in FENCE.finditer(text):
        if match.group(1) != language:
            continue
        line = text.count("\n", 0, match.start()) + 1
        headings = re.findall(r"^#+ (.+)$", text[: match.start()], re.MULTILINE)
        heading = headings[-1] if headings else "top"
        found.append((f"{heading}-line{line}", match.group(2)))
    return found


def test_the_readme_has_the_blocks_it_promises() -> None:
    python = [code for _, code in blocks("python")]
    assert len(python) >= 4
    joined = "\n".join(python)
    for name in ("aread", "aiter_bytes", "aiter_text", "aclose", "to_result", "RetryConfig"):
        assert name in joined, name
    assert "..." not in joined  # placeholders do not run


@pytest.fixture(scope="module")
def server() -> Iterator[LocalServer]:
    with LocalServer(api_key="test-key") as running:
        yield running


def _env(server_url: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("MODELGATES_")}
    env.update(
        MODELGATES_SERVER_URL=server_url,
        MODELGATES_API_KEY="test-key",
        PATH=f"{BIN}{os.pathsep}{env.get('PATH', '')}",
    )
    return env


@pytest.mark.parametrize("code", [code for _, code in blocks("python")], ids=[i for i, _ in blocks("python")])
def test_python_block_runs(code: str, server: LocalServer, tmp_path: Path) -> None:
    server.clear()
    done = subprocess.run(
        [sys.executable, "-W", "error", "-X", "dev", "-c", code],  # a leaked resource fails it
        cwd=tmp_path,
        env=_env(server.url),
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert server.requests, "the block sent nothing to the server"


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
    return port


@pytest.mark.parametrize("code", [code for _, code in blocks("sh")], ids=[i for i, _ in blocks("sh")])
def test_sh_block_runs(code: str, server: LocalServer, tmp_path: Path) -> None:
    first = code.strip().splitlines()[0]
    for start, reason in SH_SKIPPED.items():
        if first.startswith(start):
            pytest.skip(reason)
    port = _free_port()
    # A background server is waited for: bash reads the line it prints once it listens (on a busy
    # machine the next line of the block could otherwise connect before it does).
    ready = f'coproc SERVE {{ exec modelgates serve --port {port}; }}; read -r _ <&"${{SERVE[0]}}"'
    script = code.replace("modelgates serve --port 8089 &", ready)
    script = script.replace("--port 8089", f"--port {port}").replace("127.0.0.1:8089", f"127.0.0.1:{port}")
    # Any background job the block starts (modelgates serve) is stopped when it ends.
    wrapped = f"set -euo pipefail\ntrap 'kill $(jobs -p) 2>/dev/null; wait' EXIT\n{script}"
    done = subprocess.run(
        ["bash", "-c", wrapped],
        cwd=tmp_path,
        env=_env(server.url),
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    if "modelgates speech" in script:
        assert (tmp_path / "hello.wav").read_bytes()[:4] == b"RIFF"
