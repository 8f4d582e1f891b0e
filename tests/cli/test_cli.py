"""The `modelgates` console script, run for real in a subprocess against the local server."""

from __future__ import annotations

import io
import json
import os
import signal
import socket
import subprocess
import sys
import wave
from collections.abc import Iterator
from pathlib import Path

import httpx
import miniaudio
import pytest
from modelgates import errors
from modelgates._cli import EXIT_CODES, _progress_printer, exit_code_for
from modelgates.testing import LocalServer

API_KEY = "cli-test-key"
SCRIPT = Path(sys.executable).with_name("modelgates")


@pytest.fixture(scope="module")
def server() -> Iterator[LocalServer]:
    with LocalServer(api_key=API_KEY) as running:
        yield running


def cli(server: LocalServer, *args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    environment = {k: v for k, v in os.environ.items() if not k.startswith("MODELGATES_")}
    environment |= {"MODELGATES_SERVER_URL": server.url, "MODELGATES_API_KEY": API_KEY, **(env or {})}
    return subprocess.run(
        [str(SCRIPT), *args], capture_output=True, text=True, env=environment, timeout=60, check=False
    )


def test_speech_writes_a_playable_wav_and_says_what_it_wrote(server: LocalServer, tmp_path: Path) -> None:
    out = tmp_path / "hello.wav"
    result = cli(server, "speech", "Hello world", "-o", str(out))
    assert result.returncode == 0, result.stderr
    with wave.open(str(out), "rb") as audio:
        assert (audio.getnchannels(), audio.getsampwidth(), audio.getframerate()) == (1, 2, 24_000)
        frames = audio.getnframes()
    assert frames > 0
    assert (
        f"wrote {out} ({out.stat().st_size:,} bytes, {frames / 24_000:.2f} s of 24000 Hz 16-bit mono)" in result.stdout
    )
    assert result.stderr == ""  # no progress noise when stderr is not a terminal


def test_speech_mp3_decodes_with_a_real_decoder(server: LocalServer, tmp_path: Path) -> None:
    out = tmp_path / "hello.mp3"
    result = cli(server, "speech", "Hello world", "-o", str(out), "--voice", "nova", "--speed", "1.5")
    assert result.returncode == 0, result.stderr
    info = miniaudio.mp3_get_info(out.read_bytes())
    assert (info.sample_rate, info.nchannels) == (24_000, 1)
    decoded = miniaudio.decode(out.read_bytes(), nchannels=1, sample_rate=24_000)
    assert decoded.num_frames > 1000
    assert max(decoded.samples) > 1000, "a real signal, not silence"
    request = server.requests[-1].json()
    assert request["response_format"] == "mp3" and request["voice"] == "nova" and request["speed"] == 1.5


def test_speech_pcm_is_raw_samples(server: LocalServer, tmp_path: Path) -> None:
    out = tmp_path / "hello.raw"
    result = cli(server, "speech", "Hello", "-o", str(out), "--format", "pcm")
    assert result.returncode == 0, result.stderr
    assert out.stat().st_size % 2 == 0 and out.stat().st_size > 0
    assert not out.read_bytes().startswith(b"RIFF")


def test_chat_streams_the_answer(server: LocalServer) -> None:
    result = cli(server, "chat", "What is the capital of France?", "--system", "Be brief.")
    assert result.returncode == 0, result.stderr
    assert result.stdout == "The capital of France is Paris.\n"
    sent = server.requests[-1].json()
    assert sent["stream"] is True
    assert [m["role"] for m in sent["messages"]] == ["system", "user"]


@pytest.mark.parametrize("stream_flag", [[], ["--no-stream"]])
def test_chat_json_prints_the_final_result(server: LocalServer, stream_flag: list[str]) -> None:
    result = cli(server, "chat", "What is the capital of France?", "--json", *stream_flag)
    assert result.returncode == 0, result.stderr
    printed = json.loads(result.stdout)
    assert printed["choices"][0]["message"]["content"] == "The capital of France is Paris."
    assert printed["choices"][0]["finish_reason"] == "stop"


def test_app_attribution_flags_become_headers(server: LocalServer) -> None:
    result = cli(server, "chat", "hi", "--no-stream", "--app-url", "https://app.example", "--app-title", "My App")
    assert result.returncode == 0, result.stderr
    headers = server.requests[-1].headers
    assert headers["http-referer"] == "https://app.example"
    assert headers["x-openrouter-title"] == "My App"


@pytest.mark.parametrize(
    ("args", "kind", "error_name"),
    [
        (["chat", "hi", "--api-key", "wrong-key"], "auth", "UnauthorizedResponseError"),
        (["chat", "hi", "--model", "fault/402"], "payment", "PaymentRequiredResponseError"),
        (["chat", "hi", "--model", "fault/429;should-retry=false"], "rate_limit", "TooManyRequestsResponseError"),
        (["chat", "hi", "--model", "fault/503", "--max-retries", "0"], "server", "ServiceUnavailableResponseError"),
        (["chat", "hi", "--model", "fault/400"], "usage", "BadRequestResponseError"),
        (["chat", "hi", "--model", "fault/cut", "--max-retries", "0"], "network", "IncompleteResponseError"),
    ],
)
def test_failures_are_one_line_with_a_distinct_exit_code(
    server: LocalServer, args: list[str], kind: str, error_name: str
) -> None:
    result = cli(server, *args)
    assert result.returncode == EXIT_CODES[kind]
    assert result.stderr.startswith(f"modelgates: {error_name}: ")
    assert result.stderr.count("\n") == 1, "one line, no traceback"
    assert "wrong-key" not in result.stderr and API_KEY not in result.stderr


def test_exit_codes_are_distinct() -> None:
    assert len(set(EXIT_CODES.values())) == len(EXIT_CODES)
    assert 0 not in EXIT_CODES.values() and 1 not in EXIT_CODES.values()


def test_no_server_is_a_network_failure(server: LocalServer) -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        closed_port = probe.getsockname()[1]
    result = cli(server, "chat", "hi", "--max-retries", "0", "--server-url", f"http://127.0.0.1:{closed_port}/api/v1")
    assert result.returncode == EXIT_CODES["network"]
    assert result.stderr.startswith("modelgates: APIConnectionError: POST http://127.0.0.1:")


def test_missing_key_is_an_auth_failure_before_sending(server: LocalServer) -> None:
    before = len(server.requests)
    result = cli(server, "chat", "hi", env={"MODELGATES_API_KEY": ""})
    assert result.returncode == EXIT_CODES["auth"]
    assert "no API key" in result.stderr
    assert len(server.requests) == before


def test_cut_audio_leaves_no_file_and_says_how_much_arrived(server: LocalServer, tmp_path: Path) -> None:
    out = tmp_path / "cut.wav"
    result = cli(server, "speech", "Hello world", "-o", str(out), "--model", "fault/cut", "--max-retries", "0")
    assert result.returncode == EXIT_CODES["network"]
    assert "IncompleteResponseError" in result.stderr and "bytes" in result.stderr
    assert list(tmp_path.iterdir()) == []


def test_unwritable_output_is_a_local_failure(server: LocalServer, tmp_path: Path) -> None:
    result = cli(server, "speech", "Hello", "-o", str(tmp_path / "missing-dir" / "x.wav"))
    assert result.returncode == EXIT_CODES["local_io"]
    assert result.stderr.startswith("modelgates: FileNotFoundError")


def test_bad_arguments_are_usage_errors(server: LocalServer) -> None:
    result = cli(server, "speech", "Hello")  # no -o
    assert result.returncode == EXIT_CODES["usage"]
    assert "required: -o/--output" in result.stderr


def test_debug_shows_the_traceback_and_the_sdk_log(server: LocalServer) -> None:
    result = cli(server, "chat", "hi", "--model", "fault/402", "--debug")
    assert result.returncode == 1
    assert "Traceback (most recent call last)" in result.stderr
    assert "modelgates DEBUG sending POST" in result.stderr
    assert API_KEY not in result.stderr


def test_version(server: LocalServer) -> None:
    import modelgates

    result = cli(server, "--version")
    assert result.stdout.strip() == f"modelgates {modelgates.__version__}"


def test_progress_is_shown_only_on_a_terminal() -> None:
    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    assert _progress_printer(io.StringIO()) is None
    screen = Terminal()
    show = _progress_printer(screen)
    assert show is not None
    show(2048)
    assert screen.getvalue() == "\r2 KiB received"


def test_serve_runs_a_server_until_terminated(tmp_path: Path) -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    process = subprocess.Popen(
        [str(SCRIPT), "serve", "--port", str(port), "--api-key", "k"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert process.stdout is not None
        banner = process.stdout.readline()
        assert f"http://127.0.0.1:{port}/api/v1" in banner
        answer = httpx.post(
            f"http://127.0.0.1:{port}/api/v1/chat/completions",
            json={"messages": [{"role": "user", "content": "What is the capital of France?"}]},
            headers={"Authorization": "Bearer k"},
        )
        assert answer.json()["choices"][0]["message"]["content"] == "The capital of France is Paris."
        process.send_signal(signal.SIGTERM)
        assert process.wait(timeout=10) == 0
    finally:
        process.kill()
        process.communicate()


def test_ctrl_c_mid_download_leaves_no_file(server: LocalServer, tmp_path: Path) -> None:
    out = tmp_path / "slow.wav"
    environment = {k: v for k, v in os.environ.items() if not k.startswith("MODELGATES_")}
    environment |= {"MODELGATES_SERVER_URL": server.url, "MODELGATES_API_KEY": API_KEY}
    process = subprocess.Popen(
        [str(SCRIPT), "speech", "Hello", "-o", str(out), "--model", "fault/stall=60", "--debug"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=environment,
    )
    try:
        assert process.stderr is not None
        # --debug logs "sending POST ..."; once the request is out, the server stalls the body.
        while "sending POST" not in process.stderr.readline():
            pass
        process.send_signal(signal.SIGINT)
        # A safety net far below the 60 s stall: exiting at all means the interrupt was handled.
        assert process.wait(timeout=30) == 130
    finally:
        process.kill()
        process.communicate()
    assert list(tmp_path.iterdir()) == []


def test_progress_goes_to_a_terminal_stderr(server: LocalServer, tmp_path: Path) -> None:
    import pty

    leader, follower = pty.openpty()
    environment = {k: v for k, v in os.environ.items() if not k.startswith("MODELGATES_")}
    environment |= {"MODELGATES_SERVER_URL": server.url, "MODELGATES_API_KEY": API_KEY}
    try:
        result = subprocess.run(
            [str(SCRIPT), "speech", "Hello world", "-o", str(tmp_path / "p.wav")],
            stdout=subprocess.PIPE,
            stderr=follower,
            env=environment,
            timeout=60,
            check=False,
        )
        os.close(follower)
        shown = b""
        while True:
            try:
                piece = os.read(leader, 4096)
            except OSError:  # the pty reports EIO once the writer is gone and all is read
                break
            if not piece:
                break
            shown += piece
    finally:
        os.close(leader)
    assert result.returncode == 0
    assert b"KiB received" in shown and shown.endswith(b"\r\n")


@pytest.mark.parametrize(
    ("error", "kind"),
    [
        (errors.MissingAPIKeyError("no key"), "auth"),
        (errors.InvalidRequestError("bad field"), "usage"),
        (errors.APITimeoutError("slow"), "network"),
        (errors.ResponseValidationError("odd", body="", raw_response=None), "server"),
        (errors.ModelGatesDefaultError("teapot", status_code=418), "server"),
        (errors.UnauthorizedResponseError("who?", status_code=401), "auth"),
        (errors.ForbiddenResponseError("no", status_code=403), "auth"),
        (errors.PaymentRequiredResponseError("pay", status_code=402), "payment"),
        (errors.TooManyRequestsResponseError("slow down", status_code=429), "rate_limit"),
        (errors.NotFoundResponseError("no such model", status_code=404), "usage"),
        # an error event in a 200 stream whose code is 429: the status it names decides
        (errors.TooManyRequestsResponseError("limited mid-stream", status_code=429, code="429"), "rate_limit"),
        (errors.ModelGatesError("anything else"), "server"),
        (PermissionError("read-only"), "local_io"),
    ],
)
def test_exit_code_for_each_failure_class(error: BaseException, kind: str) -> None:
    assert exit_code_for(error) == EXIT_CODES[kind]


def test_a_negative_retry_count_is_a_usage_error(server: LocalServer) -> None:
    result = cli(server, "chat", "hi", "--max-retries", "-1")
    assert result.returncode == EXIT_CODES["usage"]
    assert "expected a whole number >= 0, got '-1'" in result.stderr
    assert "Traceback" not in result.stderr
