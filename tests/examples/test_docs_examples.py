"""The documented examples run as written: seed 004 with its `with` block, the README, `make demo`."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import wave
from collections.abc import Iterator
from pathlib import Path

import pytest
from modelgates.testing import LocalServer
from seed_examples import SEED_004

ROOT = Path(__file__).resolve().parents[2]
API_KEY = "docs-key"


@pytest.fixture
def server(monkeypatch: pytest.MonkeyPatch) -> Iterator[LocalServer]:
    with LocalServer(api_key=API_KEY) as running:
        monkeypatch.setenv("MODELGATES_SERVER_URL", running.url)
        monkeypatch.setenv("MODELGATES_API_KEY", API_KEY)
        yield running


@pytest.mark.parametrize("stream", [False, True])
def test_seed_004_runs_verbatim_with_its_with_block(
    server: LocalServer, stream: bool, capsys: pytest.CaptureFixture[str]
) -> None:
    code = SEED_004 if not stream else SEED_004.replace("stream=False", "stream=True")
    exec(compile(code, "seed-004", "exec"), {"__name__": "seed"})
    printed = capsys.readouterr().out
    assert "Paris" in printed
    if stream:
        assert printed.count("ChatStreamChunk(") >= 2  # one line per event
    else:
        assert printed.count("ChatResult(") == 1  # the one-event stream of a non-streaming result
    request = server.requests[-1]
    assert request.json()["stream"] is stream
    assert request.headers["x-openrouter-experimental-metadata"] == "enabled"


def test_readme_quick_start_runs(server: LocalServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    quick_start = re.search(r"## Quick start\n.*?```python\n(.*?)```", readme, re.S)
    assert quick_start is not None
    monkeypatch.chdir(tmp_path)
    exec(compile(quick_start.group(1), "README quick start", "exec"), {"__name__": "readme"})
    with wave.open(str(tmp_path / "hello.wav"), "rb") as audio:
        assert audio.getframerate() == 24_000 and audio.getnframes() > 0


@pytest.mark.slow
def test_make_demo_script_runs_end_to_end(tmp_path: Path) -> None:
    environment = {k: v for k, v in os.environ.items() if not k.startswith("MODELGATES_")}
    result = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "demo.py")],
        capture_output=True,
        text=True,
        timeout=120,
        env=environment,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "<BinaryResponse [200 OK] audio/pcm" in result.stdout  # seed 000's print(res)
    assert "The capital of France is Paris." in result.stdout
    assert re.search(r"hello\.wav: 1 channel\(s\), 24000 Hz, 16-bit, \d+\.\d\d s", result.stdout)
    assert "demo finished" in result.stdout
