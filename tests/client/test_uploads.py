"""Multipart uploads (``files.upload``, ``stt.create_transcription``): a path, bytes or an open file."""

from __future__ import annotations

import io
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from modelgates import ModelGates, errors
from modelgates.testing import LocalServer


@pytest.fixture(scope="module")
def _server() -> Iterator[LocalServer]:
    with LocalServer() as running:
        yield running


@pytest.fixture
def server(_server: LocalServer) -> LocalServer:
    _server.clear()
    return _server


@pytest.fixture
def client(server: LocalServer) -> Iterator[ModelGates]:
    with ModelGates(api_key=server.api_key, server_url=server.url) as made:
        yield made


def _part(body: bytes, content_type: str) -> bytes:
    boundary = content_type.split("boundary=", 1)[1].encode()
    assert boundary != b"+++"  # the generator's fixed boundary could occur in a file
    return body.split(b"--" + boundary)[1]


def test_a_path_bytes_and_an_open_file_all_upload_their_contents(
    client: ModelGates, server: LocalServer, tmp_path: Path
) -> None:
    source = tmp_path / "report.pdf"
    source.write_bytes(b"%PDF-1.7 +++ not a boundary\n")
    with source.open("rb") as handle:
        for given in (source, str(source), source.read_bytes(), handle):
            handle.seek(0)
            client.files.upload(file=given)
    assert len(server.requests) == 4
    for request in server.requests:
        part = _part(request.body, request.headers["content-type"])
        assert b'name="file"' in part
        assert part.rstrip(b"\r\n").endswith(b"%PDF-1.7 +++ not a boundary")
    first = _part(server.requests[0].body, server.requests[0].headers["content-type"])
    assert b'filename="report.pdf"' in first


def test_a_missing_file_is_an_invalid_request_naming_the_field_and_path(
    client: ModelGates, server: LocalServer, tmp_path: Path
) -> None:
    missing = tmp_path / "nope.pdf"
    with pytest.raises(errors.InvalidRequestError, match=r"file: cannot open '.*nope\.pdf' to upload it"):
        client.files.upload(file=missing)
    with pytest.raises(errors.InvalidRequestError, match="file: expected a path, bytes or a binary file object"):
        client.files.upload(file=12)  # type: ignore[arg-type]
    (tmp_path / "notes.txt").write_text("hello")
    with (tmp_path / "notes.txt").open() as text, pytest.raises(errors.InvalidRequestError, match="open it with 'rb'"):
        client.files.upload(file=text)  # type: ignore[arg-type]
    assert server.requests == []


def test_transcription_is_multipart_with_a_file_and_json_with_base64_audio(
    client: ModelGates, server: LocalServer
) -> None:
    client.stt.create_transcription(file=io.BytesIO(b"RIFF audio"), model="openai/whisper-large-v3", language="en")
    client.stt.create_transcription(input_audio={"data": "UklGRg==", "format": "wav"}, model="openai/whisper-large-v3")
    multipart, json_body = server.requests
    assert multipart.headers["content-type"].startswith("multipart/form-data; boundary=")
    assert b"RIFF audio" in multipart.body and b'name="language"' in multipart.body
    assert json_body.headers["content-type"] == "application/json"
    audio = {"data": "UklGRg==", "format": "wav"}
    assert json_body.json() == {"input_audio": audio, "model": "openai/whisper-large-v3"}


@pytest.mark.anyio
async def test_async_upload_streams_the_file(server: LocalServer, tmp_path: Path) -> None:
    source = tmp_path / "data.jsonl"
    source.write_bytes(b'{"a": 1}\n' * 1000)
    async with ModelGates(api_key=server.api_key, server_url=server.url) as client:
        await client.files.upload_async(file=source)
    assert server.requests[0].body.count(b'{"a": 1}') == 1000


def test_a_multipart_form_field_is_sent_as_text_not_opened_as_a_file(
    client: ModelGates, server: LocalServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # response_format's type (CreateAudioTranscriptionsFilesBodyResponseFormat) has "File" in its name:
    # it was taken for a file part ("cannot open 'verbose_json' to upload it"), and a file named json was sent.
    monkeypatch.chdir(tmp_path)
    (tmp_path / "json").write_bytes(b"not to be sent")
    client.stt.create_transcription(
        file=io.BytesIO(b"RIFF audio"),
        model="openai/whisper-large-v3",
        response_format="json",
        timestamp_granularities_body=["word"],
    )
    body = server.requests[-1].body
    assert re.search(rb'name="response_format"\r\n(Content-Type: text/plain\r\n)?\r\njson\r\n', body)
    assert b"not to be sent" not in body
    assert b'name="timestamp_granularities[]"' in body and b"word" in body
