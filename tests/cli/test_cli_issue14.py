"""Issue 14's CLI points, as a user at a shell sees them (the installed ``modelgates`` command
against a LocalServer): the format follows the extension, a contradiction is a usage error,
--speed is range-checked, --json has one shape, errors name the user's path, and the debug log
says what happened."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from modelgates.testing import LocalServer

MODELGATES = Path(sys.executable).parent / "modelgates"


@pytest.fixture(scope="module")
def server() -> Iterator[LocalServer]:
    with LocalServer() as running:
        yield running


def cli(server: LocalServer, cwd: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("MODELGATES_")}
    env.update(MODELGATES_SERVER_URL=server.url, MODELGATES_API_KEY="test-key")
    return subprocess.run(
        [str(MODELGATES), *args], cwd=cwd, env=env, capture_output=True, text=True, check=False, timeout=60
    )


@pytest.mark.parametrize(("name", "magic"), [("out.mp3", b"\xff"), ("out.wav", b"RIFF")])
def test_the_format_follows_the_extension(server: LocalServer, tmp_path: Path, name: str, magic: bytes) -> None:
    done = cli(server, tmp_path, "speech", "hello", "-o", name)
    assert done.returncode == 0, done.stderr
    assert (tmp_path / name).read_bytes().startswith(magic)


def test_a_format_that_contradicts_the_extension_is_a_usage_error(server: LocalServer, tmp_path: Path) -> None:
    server.clear()
    done = cli(server, tmp_path, "speech", "hello", "-o", "x.wav", "--format", "mp3")
    assert done.returncode == 2
    assert "--format mp3 contradicts the extension of x.wav" in done.stderr
    assert not (tmp_path / "x.wav").exists()
    assert server.requests == []
    agreed = cli(server, tmp_path, "speech", "hello", "-o", "x.wav", "--format", "wav")
    assert agreed.returncode == 0, agreed.stderr


@pytest.mark.parametrize("speed", ["100", "0.1", "fast", "nan"])
def test_speed_out_of_range_is_a_usage_error(server: LocalServer, tmp_path: Path, speed: str) -> None:
    done = cli(server, tmp_path, "speech", "hello", "-o", "x.wav", "--speed", speed)
    assert done.returncode == 2
    assert "expected a number from 0.25 to 4.0" in done.stderr


def test_speed_in_range_is_sent(server: LocalServer, tmp_path: Path) -> None:
    server.clear()
    done = cli(server, tmp_path, "speech", "hello", "-o", "x.wav", "--speed", "4")
    assert done.returncode == 0, done.stderr
    assert server.requests[-1].json()["speed"] == 4.0


def test_json_has_the_same_shape_streamed_or_not(server: LocalServer, tmp_path: Path) -> None:
    streamed = json.loads(cli(server, tmp_path, "chat", "hi", "--json").stdout)
    buffered = json.loads(cli(server, tmp_path, "chat", "hi", "--json", "--no-stream").stdout)
    streamed.pop("id")
    buffered.pop("id")  # each answer has its own generation id; everything else is the same
    assert streamed == buffered
    assert streamed["choices"][0]["message"]["content"]


@pytest.mark.parametrize("where", ["missing-dir/x.wav", "a-directory"])
def test_a_bad_output_path_is_named_as_given(server: LocalServer, tmp_path: Path, where: str) -> None:
    (tmp_path / "a-directory").mkdir()
    done = cli(server, tmp_path, "speech", "hello", "-o", where)
    assert done.returncode == 8
    assert ".part" not in done.stderr
    assert Path(where).parent.name in done.stderr or where in done.stderr
    assert len(done.stderr.splitlines()) == 1


def test_the_debug_log_says_what_happened(server: LocalServer, tmp_path: Path) -> None:
    server.enqueue_faults(["503;retry-after=0", None])
    retried = cli(server, tmp_path, "chat", "hi", "--no-stream", "--debug")
    assert retried.returncode == 0, retried.stderr
    assert "503 is retryable; retry 1/4 in 0 s" in retried.stderr
    server.enqueue_faults(["403"])
    refused = cli(server, tmp_path, "chat", "hi", "--no-stream")
    assert refused.returncode == 3
    server.enqueue_faults(["403"])
    logged = cli(server, tmp_path, "chat", "hi", "--no-stream", "--debug")
    assert "403 is not retryable" in logged.stderr
    server.enqueue_faults(["503"])
    off = cli(server, tmp_path, "chat", "hi", "--no-stream", "--debug", "--max-retries", "0")
    assert "503 is retryable, but" in off.stderr or "giving up after 0 retries" in off.stderr
