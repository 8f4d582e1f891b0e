"""Against a fake GateFlow (seed 002: an OpenAI-compatible gateway) on loopback: the formats it
takes, its own body fields, and its X-GateFlow-* headers, through the SDK's escape hatches."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from modelgates import ModelGates, RetryConfig
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from tests._data import FRANCE

GATEFLOW_HEADERS = {
    "X-GateFlow-Provider": "openai",
    "X-GateFlow-Model": "gpt-4o-mini-tts",
    "X-GateFlow-Latency-Ms": "41",
}
FORMATS = {"mp3": "audio/mpeg", "opus": "audio/ogg", "aac": "audio/aac", "flac": "audio/flac", "wav": "audio/wav"}
CHAT_RESULT = {
    "id": "gen-gf-1",
    "object": "chat.completion",
    "created": 1,
    "model": "openai/gpt-4o",
    "choices": [
        {"index": 0, "finish_reason": "stop", "message": {"role": "assistant", "content": "Paris."}},
    ],
}


@pytest.fixture
def gateflow(httpserver: HTTPServer) -> Iterator[HTTPServer]:
    def speech(request: Request) -> Response:
        wanted = request.get_json()["response_format"]
        return Response(f"{wanted} audio".encode(), headers={"Content-Type": FORMATS[wanted], **GATEFLOW_HEADERS})

    httpserver.expect_request("/v1/audio/speech", method="POST").respond_with_handler(speech)
    httpserver.expect_request("/v1/chat/completions", method="POST").respond_with_json(
        CHAT_RESULT, headers=GATEFLOW_HEADERS
    )
    yield httpserver


@pytest.fixture
def client(gateflow: HTTPServer) -> Iterator[ModelGates]:
    no_retries = RetryConfig("none", None, False)
    with ModelGates(api_key="gf-key", server_url=gateflow.url_for("/v1"), retry_config=no_retries) as made:
        yield made


@pytest.mark.parametrize("audio_format", sorted(FORMATS))
def test_every_gateflow_format_is_requested_and_received(
    client: ModelGates, gateflow: HTTPServer, audio_format: str
) -> None:
    with client.tts.create_speech(
        input="Hi", model="openai/gpt-4o-mini-tts", voice="alloy", response_format=audio_format
    ) as audio:
        assert audio.read() == f"{audio_format} audio".encode()
        assert audio.content_type == FORMATS[audio_format]
        assert audio.headers["x-gateflow-provider"] == "openai"
    assert gateflow.log[-1][0].get_json()["response_format"] == audio_format


def test_gateflow_body_fields_arrive_at_the_top_level(client: ModelGates, gateflow: HTTPServer) -> None:
    settings = {"voice_settings": {"stability": 0.4}}
    client.tts.create_speech(
        input="Hi", model="m", voice="alloy", response_format="wav", extra_body={"gateflow": settings}
    ).close()
    assert gateflow.log[-1][0].get_json()["gateflow"] == settings


def test_gateflow_headers_of_a_chat_result_through_the_raw_response(client: ModelGates) -> None:
    raw = client.chat.with_raw_response.send(messages=FRANCE, model="openai/gpt-4o")
    assert raw.headers["X-GateFlow-Provider"] == "openai"
    assert raw.headers["X-GateFlow-Latency-Ms"] == "41"
    assert raw.parse().choices[0].message.content == "Paris."
