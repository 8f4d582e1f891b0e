"""``modelgates api <group>.<method>`` and ``modelgates models``: any operation from the shell."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from modelgates._cli import parse_fields
from modelgates.testing import LocalServer

API_KEY = "cli-api-key"
SCRIPT = Path(sys.executable).with_name("modelgates")


@pytest.fixture(scope="module")
def server() -> Iterator[LocalServer]:
    with LocalServer(api_key=API_KEY) as running:
        yield running


def cli(server: LocalServer, *args: str) -> subprocess.CompletedProcess[str]:
    environment = {k: v for k, v in os.environ.items() if not k.startswith("MODELGATES_")}
    environment |= {"MODELGATES_SERVER_URL": server.url, "MODELGATES_API_KEY": API_KEY}
    return subprocess.run(
        [str(SCRIPT), *args], capture_output=True, text=True, env=environment, timeout=60, check=False
    )


def test_fields_are_json_when_they_parse_and_strings_otherwise() -> None:
    assert parse_fields(["--limit", "5", "--q", "gpt 4", "--zdr", "--ids=[1,2]", "--output-modalities", "text"]) == {
        "limit": 5,
        "q": "gpt 4",
        "zdr": True,
        "ids": [1, 2],
        "output_modalities": "text",
    }
    with pytest.raises(ValueError, match="expected --field value pairs, got 'stray'"):
        parse_fields(["stray"])


def test_a_get_with_a_query_parameter_prints_the_json_result(server: LocalServer) -> None:
    server.clear()
    result = cli(server, "api", "models.count", "--output-modalities", "text")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == {"data": {"count": 150}}
    assert server.requests[-1].path == "/api/v1/models/count?output_modalities=text"


def test_a_body_from_json_and_fields_reaches_the_server(server: LocalServer) -> None:
    server.clear()
    result = cli(server, "api", "embeddings.generate", "--json", '{"input": "hello"}', "--model", "m/e")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["object"] == "list"
    assert server.requests[-1].json() == {"input": "hello", "model": "m/e"}


def test_a_stream_prints_one_json_line_per_event(server: LocalServer) -> None:
    body = '{"messages": [{"role": "user", "content": "What is the capital of France?"}]}'
    result = cli(server, "api", "chat.send", "--json", body, "--stream")
    assert result.returncode == 0, result.stderr
    events = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(events) >= 2 and all(e["object"] == "chat.completion.chunk" for e in events)
    assert "Paris" in "".join(e["choices"][0]["delta"].get("content") or "" for e in events if e["choices"])


def test_a_file_answer_goes_to_the_output_file(server: LocalServer, tmp_path: Path) -> None:
    out = tmp_path / "content.bin"
    result = cli(server, "api", "files.download", "--file-id", "file-1", "-o", str(out))
    assert result.returncode == 0, result.stderr
    assert out.read_bytes() and f"to {out}" in result.stderr
    missing = cli(server, "api", "files.download", "--file-id", "file-1")
    assert missing.returncode == 2 and "give -o FILE" in missing.stderr


def test_unknown_operations_and_fields_are_usage_errors_that_say_what_exists(server: LocalServer) -> None:
    unknown = cli(server, "api", "models.cnt")
    assert unknown.returncode == 2
    assert "unknown operation 'models.cnt'; did you mean 'models.count'" in unknown.stderr
    assert "chat.send" not in unknown.stderr  # a suggestion, not the 97 names
    far = cli(server, "api", "nothing.like.it")
    assert far.returncode == 2 and "the API has: " in far.stderr and "chat.send" in far.stderr
    field = cli(server, "api", "models.count", "--bogus", "1")
    assert field.returncode == 2
    assert "models.count has no field 'bogus'; it takes: output_modalities" in field.stderr


def test_a_missing_required_field_is_a_usage_error_naming_it(server: LocalServer) -> None:
    server.clear()
    result = cli(server, "api", "chat.send", "--model", "m")
    assert result.returncode == 2, result.stderr
    assert result.stderr == "modelgates: InvalidRequestError: chat.send needs --messages (or the field in --json)\n"
    assert server.requests == []


def test_a_reader_that_leaves_early_ends_the_command_quietly(server: LocalServer) -> None:
    environment = {k: v for k, v in os.environ.items() if not k.startswith("MODELGATES_")}
    environment |= {"MODELGATES_SERVER_URL": server.url, "MODELGATES_API_KEY": API_KEY}
    # The pipe's reader is gone before the command writes: what `modelgates models | head -0` does.
    reader, writer = os.pipe()
    os.close(reader)
    try:
        result = subprocess.run(
            [str(SCRIPT), "api", "models.list"],
            stdout=writer,
            stderr=subprocess.PIPE,
            env=environment,
            timeout=60,
            check=False,
        )
    finally:
        os.close(writer)
    assert result.returncode == 141
    assert result.stderr == b""


def test_no_key_says_how_to_give_one(server: LocalServer) -> None:
    environment = {k: v for k, v in os.environ.items() if not k.startswith("MODELGATES_")}
    environment["MODELGATES_SERVER_URL"] = server.url
    result = subprocess.run(
        [str(SCRIPT), "models"], capture_output=True, text=True, env=environment, timeout=60, check=False
    )
    assert result.returncode == 3
    assert "MODELGATES_API_KEY" in result.stderr and "(or pass --api-key)" in result.stderr


def test_models_lists_the_model_ids(server: LocalServer) -> None:
    result = cli(server, "models")
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["openai/gpt-4"]


def test_a_json_answer_goes_to_the_output_file_when_one_is_given(server: LocalServer, tmp_path: Path) -> None:
    target = tmp_path / "count.json"
    result = cli(server, "api", "models.count", "-o", str(target))
    assert result.returncode == 0, result.stderr
    assert json.loads(target.read_text()) == {"data": {"count": 150}}  # it printed to stdout and wrote nothing
    assert result.stdout == ""
    server.clear()
    streamed = cli(
        server, "api", "chat.send", "--messages", '[{"role": "user", "content": "hi"}]', "--stream", "-o", "x"
    )
    assert streamed.returncode == 2 and "leave out -o" in streamed.stderr
    assert server.requests == []  # refused before sending: a billed call that fails would be the worst of both
