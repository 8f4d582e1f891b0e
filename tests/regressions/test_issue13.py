"""Issue 13, points 1, 4 and 5: open enums both ways, stream error codes as strings, one-line validation errors.

Against real loopback servers: pytest-httpserver answers what the spec does not list yet (the
LocalServer validates against openapi.yaml, so it refuses ``wav`` as the real gateway of today
would not). Nothing of the SDK is mocked.
"""

from __future__ import annotations

import asyncio
import json
import logging
from collections.abc import Iterator
from typing import Any

import pytest
from modelgates import ModelGates, errors
from modelgates.testing import LocalServer
from modelgates.utils import RetryConfig
from modelgates_api.models.chat_content_text import ChatContentText
from modelgates_api.models.chat_result import ChatResult
from modelgates_api.models.chat_stream_chunk import ChatStreamChunk
from modelgates_api.types import SpecError, request_parsing
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from tests._data import FRANCE

API_KEY = "test-key"
NO_RETRIES = RetryConfig("none", None, False)
SSE = {"Content-Type": "text/event-stream"}
SPEECH = "/api/v1/audio/speech"
CHAT = "/api/v1/chat/completions"


def result(message: dict[str, Any]) -> dict[str, Any]:
    return {
        "id": "gen-1",
        "object": "chat.completion",
        "created": 1,
        "model": "m",
        "choices": [{"index": 0, "finish_reason": "stop", "message": message}],
    }


def sse(*events: Any, done: bool = True) -> bytes:
    body = b"".join(b"data: " + json.dumps(event).encode() + b"\n\n" for event in events)
    return body + (b"data: [DONE]\n\n" if done else b"")


@pytest.fixture
def client(httpserver: HTTPServer) -> Iterator[ModelGates]:
    with ModelGates(api_key=API_KEY, server_url=httpserver.url_for("/api/v1"), retry_config=NO_RETRIES) as made:
        yield made


# --- point 1: a request sends what the spec does not list yet ---------------------------------------


@pytest.mark.parametrize("audio_format", ["wav", "opus", "aac", "flac"])
def test_a_speech_format_the_spec_does_not_list_is_sent_and_logged_once(
    httpserver: HTTPServer, client: ModelGates, audio_format: str, caplog: pytest.LogCaptureFixture
) -> None:
    received: list[Any] = []

    def answer(request: Request) -> Response:
        received.append(json.loads(request.get_data()))
        return Response(b"RIFF-audio", headers={"Content-Type": f"audio/{audio_format}"})

    httpserver.expect_request(SPEECH, method="POST").respond_with_handler(answer)
    with caplog.at_level(logging.DEBUG, logger="modelgates"):
        with client.tts.create_speech(
            input="Hello", model="openai/gpt-4o-mini-tts", voice="alloy", response_format=audio_format
        ) as audio:
            assert audio.read() == b"RIFF-audio"
    assert received == [
        {"input": "Hello", "model": "openai/gpt-4o-mini-tts", "voice": "alloy", "response_format": audio_format}
    ]
    lines = [r.getMessage() for r in caplog.records if "the spec does not list" in r.getMessage()]
    assert lines == [
        f"SpeechRequest: sending values the spec does not list: {audio_format!r} for SpeechRequestResponseFormat "
        "(the spec lists mp3, pcm)"
    ]


def test_a_listed_value_logs_nothing_and_an_unknown_chat_enum_is_sent(
    httpserver: HTTPServer, client: ModelGates, caplog: pytest.LogCaptureFixture
) -> None:
    bodies: list[Any] = []

    def answer(request: Request) -> Response:
        bodies.append(json.loads(request.get_data()))
        return Response(json.dumps(result({"role": "assistant", "content": "Paris"})), content_type="application/json")

    httpserver.expect_request(CHAT, method="POST").respond_with_handler(answer)
    with caplog.at_level(logging.DEBUG, logger="modelgates"):
        client.chat.send(messages=FRANCE, model="m", service_tier="flex")
        assert not [r for r in caplog.records if "does not list" in r.getMessage()]
        image = {"type": "image_url", "image_url": {"url": "https://x/y.png", "detail": "ultra"}}
        client.chat.send(messages=[{"role": "user", "content": [image]}], model="m", service_tier="turbo")
    assert bodies[1]["service_tier"] == "turbo"
    assert bodies[1]["messages"][0]["content"][0]["image_url"]["detail"] == "ultra"
    (line,) = [r.getMessage() for r in caplog.records if "does not list" in r.getMessage()]
    assert "'ultra' for ChatImageUrlDetail" in line and "'turbo'" in line


def test_the_request_enum_types_are_the_listed_values_plus_str() -> None:
    import typing

    from modelgates_api.models import speech_request_response_format as module

    args = typing.get_args(module.SpeechRequestResponseFormat)
    assert typing.get_args(args[0]) == ("mp3", "pcm")
    assert args[1] is str
    assert module.check_speech_request_response_format("wav") == "wav"


# --- point 1: a response keeps what the spec does not list yet ---------------------------------------


def test_a_chat_result_with_an_unknown_role_tool_type_and_fields_parses(
    httpserver: HTTPServer, client: ModelGates
) -> None:
    message = {
        "role": "assistant2",
        "content": "Paris",
        "brand_new": {"x": 1},
        "tool_calls": [{"id": "c1", "type": "custom", "function": {"name": "f", "arguments": "{}"}, "extra": 2}],
    }
    body = result(message)
    body["choices"][0]["finish_reason"] = "paused_for_thought"
    httpserver.expect_request(CHAT).respond_with_json(body)
    got = client.chat.send(messages=FRANCE, model="m")
    parsed = got.choices[0].message
    assert parsed.role == "assistant2"
    assert parsed.additional_properties == {"brand_new": {"x": 1}}
    assert parsed.tool_calls[0].type_ == "custom"
    assert parsed.tool_calls[0].additional_properties == {"extra": 2}
    assert got.choices[0].finish_reason == "paused_for_thought"
    assert got.to_dict()["choices"][0]["message"] == message  # nothing lost on the way back


def test_a_streamed_custom_tool_call_and_unknown_role_assemble(httpserver: HTTPServer, client: ModelGates) -> None:
    events = [
        {"id": "g", "choices": [{"index": 0, "delta": {"role": "assistant2", "content": "Hi"}}]},
        {
            "id": "g",
            "choices": [
                {
                    "index": 0,
                    "delta": {"tool_calls": [{"index": 0, "id": "c1", "type": "custom", "function": {"name": "f"}}]},
                    "finish_reason": "tool_calls",
                }
            ],
        },
    ]
    httpserver.expect_request(CHAT).respond_with_response(Response(sse(*events), headers=SSE))
    with client.chat.send(messages=FRANCE, model="m", stream=True) as stream:
        final = stream.final()
    assert final.choices[0].message.tool_calls[0].type_ == "custom"
    assert final.choices[0].message.content == "Hi"


def test_union_members_keep_unknown_fields_and_unknown_kinds() -> None:
    # ChatContentText is closed in the spec (additionalProperties: false): a response still keeps a new field.
    part = ChatContentText.from_dict({"type": "text", "text": "hi", "annotations_v2": [1]})
    assert part.additional_properties == {"annotations_v2": [1]}
    assert part.to_dict() == {"type": "text", "text": "hi", "annotations_v2": [1]}
    # A union member picked by its discriminator, not merely the first that fits once enums are open.
    chunk = ChatStreamChunk.from_dict(
        {"id": "g", "choices": [{"index": 0, "delta": {"role": "tool", "content": "x", "new": True}}]}
    )
    assert chunk.choices[0].delta.role == "tool"
    assert chunk.choices[0].delta.additional_properties == {"new": True}


def test_a_request_drops_nothing_silently_from_a_closed_object() -> None:
    with request_parsing() as unlisted:
        part = ChatContentText.from_dict({"type": "text", "text": "hi", "typo": 1})
    assert part.additional_properties == {}  # left out, so the wrapper can refuse it as unknown
    assert unlisted == []


def test_a_response_that_really_does_not_fit_still_says_where(httpserver: HTTPServer, client: ModelGates) -> None:
    body = result({"role": "assistant"})
    del body["choices"][0]["index"]
    httpserver.expect_request(CHAT).respond_with_json(body)
    with pytest.raises(errors.ResponseValidationError, match=r"choices\[0\]: missing 'index'"):
        client.chat.send(messages=FRANCE, model="m")
    with pytest.raises(SpecError, match=r"^choices\[0\]: missing 'index'$"):
        ChatResult.from_dict(body)


# --- point 5: client-side validation errors say field, value and what is accepted ---------------------


@pytest.mark.parametrize(
    ("messages", "expected"),
    [
        (
            [{"role": "user", "content": "hi"}, {"role": "robot", "content": "x"}],
            "invalid ChatRequest: messages[1]: role 'robot' is not one of system, developer, user, assistant, tool",
        ),
        ([{"role": "usr", "content": "hi"}], "messages[0]: role 'usr' is not one of system, developer, user"),
        ([{"role": "user"}], "invalid ChatRequest: messages[0]: missing 'content'"),
        ("hi", "invalid ChatRequest: messages: expected a list, got str"),
        (
            [{"role": "user", "content": [{"type": "imagex"}]}],
            "messages[0].content[0]: type 'imagex' is not one of text, image_url, input_audio, file, video_url",
        ),
        ([{"role": "tool", "content": "x"}], "invalid ChatRequest: messages[0]: missing 'tool_call_id'"),
        (["hi"], "messages[0]: expected ChatSystemMessage or ChatDeveloperMessage or ChatUserMessage"),
    ],
)
def test_a_bad_message_is_refused_in_one_line_naming_the_field(
    httpserver: HTTPServer, client: ModelGates, messages: Any, expected: str
) -> None:
    with pytest.raises(errors.InvalidRequestError) as caught:
        client.chat.send(messages=messages, model="m")
    assert expected in str(caught.value)
    assert "\n" not in str(caught.value)
    assert "Unexpected value" not in str(caught.value)
    assert httpserver.log == []


def test_speech_voice_none_says_required_and_nothing_is_sent(httpserver: HTTPServer, client: ModelGates) -> None:
    with pytest.raises(errors.InvalidRequestError, match=r"^tts.create_speech: voice is required, got None"):
        client.tts.create_speech(input="Hello", model="m", voice=None)  # type: ignore[arg-type]
    with pytest.raises(errors.InvalidRequestError, match=r"^invalid SpeechRequest: provider: expected an object"):
        client.tts.create_speech(input="Hello", model="m", voice="alloy", provider="openai")
    with pytest.raises(errors.InvalidRequestError, match=r"response_format: expected a string, got int"):
        client.tts.create_speech(input="Hello", model="m", voice="alloy", response_format=5)  # type: ignore[arg-type]
    assert httpserver.log == []


def test_an_unknown_field_is_still_refused(httpserver: HTTPServer, client: ModelGates) -> None:
    with pytest.raises(errors.InvalidRequestError, match=r"unknown field 'messages\[0\]\.rol'"):
        client.chat.send(messages=[{"rol": "user", "role": "user", "content": "x"}], model="m")
    assert httpserver.log == []


def test_spec_errors_pickle_and_format() -> None:
    import pickle

    error = SpecError("'x' is not one of a, b", ["messages", 0, "role"], kind="enum", value="x", known=["a", "b"])
    copy = pickle.loads(pickle.dumps(error))
    assert str(copy) == str(error) == "messages[0]: role 'x' is not one of a, b"
    assert str(SpecError("required", ["voice"], kind="missing")) == "voice: required"
    assert str(SpecError("boom", ["a", "b"])) == "a.b: boom"
    assert str(SpecError("boom")) == "boom"


# --- point 4: stream error events map by their code, integer or numeric string -----------------------


@pytest.mark.parametrize(
    ("code", "cls", "status"),
    [
        (429, errors.TooManyRequestsResponseError, 429),
        ("429", errors.TooManyRequestsResponseError, 429),
        (" 502 ", errors.BadGatewayResponseError, 502),
        ("529", errors.ProviderOverloadedResponseError, 529),
        ("server_error", errors.ModelGatesDefaultError, 200),
        ("4xx", errors.ModelGatesDefaultError, 200),
        (None, errors.ModelGatesDefaultError, 200),
    ],
)
def test_a_stream_error_event_maps_by_its_code(
    httpserver: HTTPServer, client: ModelGates, code: Any, cls: type[errors.APIStatusError], status: int
) -> None:
    events = [
        {"id": "g", "choices": [{"index": 0, "delta": {"content": "Par"}}]},
        {"error": {"code": code, "message": "boom"}},
    ]
    httpserver.expect_request(CHAT).respond_with_response(Response(sse(*events), headers=SSE))
    with (
        client.chat.send(messages=FRANCE, model="m", stream=True) as stream,
        pytest.raises(errors.APIStatusError) as caught,
    ):
        list(stream)
    assert type(caught.value) is cls
    assert caught.value.status_code == status
    assert caught.value.code == code  # as the server sent it: the text is kept
    assert caught.value.partial.content == "Par"
    if isinstance(code, str) and code.strip().isdigit():
        assert "code=" not in str(caught.value)  # "429" says nothing beyond 429
    elif isinstance(code, str):
        assert f"code={code}" in str(caught.value)


def test_an_async_stream_error_with_a_string_code(httpserver: HTTPServer) -> None:
    events = [{"error": {"code": "503", "message": "no provider"}}]
    httpserver.expect_request(CHAT).respond_with_response(Response(sse(*events), headers=SSE))

    async def main() -> errors.APIStatusError:
        async with ModelGates(
            api_key=API_KEY, server_url=httpserver.url_for("/api/v1"), retry_config=NO_RETRIES
        ) as client:
            stream = await client.chat.send_async(messages=FRANCE, model="m", stream=True)
            try:
                async for _ in stream:
                    pass
            except errors.APIStatusError as error:
                return error
            finally:
                await stream.aclose()
        raise AssertionError("no error raised")

    error = asyncio.run(main())
    assert type(error) is errors.ServiceUnavailableResponseError
    assert error.status_code == 503


def test_the_local_server_still_sees_valid_requests_unchanged(modelgates_server: LocalServer) -> None:
    with ModelGates() as client:
        result = client.chat.send(messages=FRANCE, model="openai/gpt-4o", service_tier="auto")
    assert result.choices[0].message.content
    assert modelgates_server.requests[-1].json()["service_tier"] == "auto"
