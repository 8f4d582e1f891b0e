"""What chat.send and tts.create_speech put on the wire, from dicts or generated models, sync and async."""

from __future__ import annotations

import json
from typing import Any

import pytest
from modelgates import ModelGates, errors
from modelgates.utils import NO_RETRIES
from pytest_httpserver import HTTPServer
from werkzeug import Response

from tests._data import FRANCE, SEED_004_PARAMS
from tests._support import json_response

from .conftest import API_KEY, CHAT_RESULT, error_body, serve_sequence

CHAT = "/api/v1/chat/completions"
SPEECH = "/api/v1/audio/speech"
AUDIO = bytes(range(256)) * 64


@pytest.fixture
def chat_ok(httpserver: HTTPServer) -> list[Any]:
    return serve_sequence(httpserver, CHAT, [json_response(200, CHAT_RESULT)])


def test_every_seed_parameter_reaches_the_body(client: ModelGates, chat_ok: list[Any]) -> None:
    result = client.chat.send(
        messages=[{"content": "Hello!", "role": "user"}],
        x_open_router_experimental_metadata="enabled",
        stream=False,
        **SEED_004_PARAMS,
    )
    assert result.choices[0].message.content == "Paris."
    assert result.usage is not None and result.usage.total_tokens == 22
    (request,) = chat_ok
    assert request.get_json() == {
        "messages": [{"role": "user", "content": "Hello!"}],
        "stream": False,
        **SEED_004_PARAMS,
    }
    assert request.headers["X-OpenRouter-Experimental-Metadata"] == "enabled"


def test_generated_models_and_dicts_mix_freely(client: ModelGates, chat_ok: list[Any]) -> None:
    from modelgates_api.models.chat_system_message import ChatSystemMessage
    from modelgates_api.models.chat_user_message import ChatUserMessage
    from modelgates_api.models.provider_preferences import ProviderPreferences
    from modelgates_api.models.reasoning import Reasoning

    client.chat.send(
        messages=[
            ChatSystemMessage.from_dict({"role": "system", "content": "Be brief."}),
            ChatUserMessage.from_dict({"role": "user", "content": "Hi"}),
            {"role": "assistant", "content": None},
        ],
        model="m",
        provider=ProviderPreferences.from_dict({"order": ["openai"], "allow_fallbacks": False}),
        reasoning=Reasoning.from_dict({"effort": "low"}),
        response_format={"type": "json_schema", "json_schema": {"name": "x", "schema": {"type": "object"}}},
    )
    body = chat_ok[0].get_json()
    assert body["messages"] == [
        {"role": "system", "content": "Be brief."},
        {"role": "user", "content": "Hi"},
        {"role": "assistant", "content": None},
    ]
    assert body["provider"] == {"order": ["openai"], "allow_fallbacks": False}
    assert body["reasoning"] == {"effort": "low"}
    assert body["response_format"]["json_schema"]["schema"] == {"type": "object"}


@pytest.mark.parametrize(
    ("messages", "params", "where"),
    [
        ([{"rol": "user", "content": "Hi"}], {}, "role"),
        (FRANCE, {"provider": {"allow_fallback": True}}, "provider.allow_fallback"),
    ],
)
def test_unknown_fields_are_refused_before_sending(
    client: ModelGates, chat_ok: list[Any], messages: Any, params: dict[str, Any], where: str
) -> None:
    with pytest.raises(errors.InvalidRequestError) as caught:
        client.chat.send(messages=messages, model="m", **params)
    assert where.split(".", maxsplit=1)[0] in str(caught.value)
    assert chat_ok == []


def test_a_misspelled_keyword_is_a_type_error_naming_it_and_sends_nothing(
    client: ModelGates, chat_ok: list[Any]
) -> None:
    # The signature is explicit: Python itself refuses the call, as for any function (openai does the same).
    with pytest.raises(TypeError, match="temprature"):
        client.chat.send(messages=FRANCE, model="m", temprature=0.7)  # type: ignore[call-overload]
    assert chat_ok == []


def test_per_call_server_url(make_client: Any, httpserver: HTTPServer, chat_ok: list[Any]) -> None:
    client = make_client(server_url="http://127.0.0.1:9/wrong")
    client.chat.send(messages=FRANCE, model="m", server_url=httpserver.url_for("/api/v1/"))
    assert chat_ok[0].path == CHAT


@pytest.mark.anyio
async def test_async_chat_sends_the_same_body(aclient: ModelGates, chat_ok: list[Any]) -> None:
    result = await aclient.chat.send_async(
        messages=[{"content": "Hello!", "role": "user"}],
        x_open_router_experimental_metadata="disabled",
        **SEED_004_PARAMS,
    )
    assert result.id == "gen-123"
    assert chat_ok[0].get_json() == {
        "messages": [{"role": "user", "content": "Hello!"}],
        "stream": False,
        **SEED_004_PARAMS,
    }
    assert chat_ok[0].headers["X-OpenRouter-Experimental-Metadata"] == "disabled"


# -- speech


def audio_response() -> Response:
    return Response(AUDIO, status=200, content_type="application/octet-stream")


def test_speech_sends_the_request_and_returns_the_audio(client: ModelGates, httpserver: HTTPServer) -> None:
    seen = serve_sequence(httpserver, SPEECH, [audio_response()])
    with client.tts.create_speech(
        input="Hello world",
        model="elevenlabs/eleven-turbo-v2",
        voice="alloy",
        response_format="pcm",
        speed=1,
        provider={"options": {"openai": {"instructions": "calm"}}},
        http_referer="https://app",
    ) as res:
        assert res.status_code == 200
        assert res.read() == AUDIO
        assert res.content == AUDIO
    (request,) = seen
    assert request.get_json() == {
        "input": "Hello world",
        "model": "elevenlabs/eleven-turbo-v2",
        "voice": "alloy",
        "response_format": "pcm",
        "speed": 1,
        "provider": {"options": {"openai": {"instructions": "calm"}}},
    }
    assert request.headers["Authorization"] == f"Bearer {API_KEY}"
    assert request.headers["HTTP-Referer"] == "https://app"


@pytest.mark.parametrize(
    ("status", "cls"), [(401, errors.UnauthorizedResponseError), (529, errors.ProviderOverloadedResponseError)]
)
def test_speech_errors_are_typed(client: ModelGates, httpserver: HTTPServer, status: int, cls: type) -> None:
    serve_sequence(httpserver, SPEECH, [json_response(status, error_body(status, "speech failed"))])
    with pytest.raises(cls) as caught:
        client.tts.create_speech(input="hi", model="m", voice="alloy", retries=NO_RETRIES)
    assert caught.value.message == "speech failed"
    assert caught.value.data is not None


def test_speech_is_retried_before_audio_arrives(client: ModelGates, httpserver: HTTPServer, pacer: Any) -> None:
    seen = serve_sequence(
        httpserver, SPEECH, [json_response(503, error_body(503), {"Retry-After": "1"}), audio_response()]
    )
    with client.tts.create_speech(input="hi", model="m", voice="alloy") as res:
        assert res.read() == AUDIO
    assert len(seen) == 2
    assert pacer.sleeps == [1.0]


@pytest.mark.anyio
async def test_async_speech_success_and_error(aclient: ModelGates, httpserver: HTTPServer) -> None:
    seen = serve_sequence(httpserver, SPEECH, [audio_response(), json_response(402, error_body(402, "no credits"))])
    async with await aclient.tts.create_speech_async(input="hi", model="m", voice="alloy") as res:
        assert res.status_code == 200
        assert await res.aread() == AUDIO
    with pytest.raises(errors.PaymentRequiredResponseError, match="no credits"):
        await aclient.tts.create_speech_async(input="hi", model="m", voice="alloy")
    assert json.loads(seen[0].get_data()) == {"input": "hi", "model": "m", "voice": "alloy"}
    assert len(seen) == 2


def test_typo_inside_a_list_item_is_refused_with_its_path(client: ModelGates, chat_ok: list[Any]) -> None:
    tools = [{"type": "function", "function": {"name": "get_weather", "parameters": {}}}, {"type": "function"}]
    tools[0]["functoin"] = tools[0].pop("function")
    with pytest.raises(errors.InvalidRequestError):
        client.chat.send(messages=FRANCE, model="m", tools=tools)
    good = [{"type": "function", "function": {"name": "get_weather", "descripton": "typo"}}]
    with pytest.raises(errors.InvalidRequestError, match=r"tools\[0\]\.function\.descripton"):
        client.chat.send(messages=FRANCE, model="m", tools=good)
    assert chat_ok == []


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("temperature", "hot", "temperature: expected float or int or null, got str"),
        ("max_tokens", 10.5, "max_tokens: expected int or null, got float"),
        ("seed", [1], "seed: expected int or null, got list"),
        # a plain field (no union to parse) is checked by its type too: it used to reach the server as given
        ("session_id", 5, "session_id: expected str, got int"),
        ("user", True, "user: expected str, got bool"),
    ],
)
def test_a_value_of_the_wrong_type_is_refused_naming_what_is_accepted(
    client: ModelGates, chat_ok: list[Any], field: str, value: Any, message: str
) -> None:
    with pytest.raises(errors.InvalidRequestError) as caught:
        client.chat.send(messages=FRANCE, model="m", **{field: value})
    assert str(caught.value) == f"invalid ChatRequest: {message}"
    assert chat_ok == []


def test_non_string_header_value_is_refused(client: ModelGates, chat_ok: list[Any]) -> None:
    with pytest.raises(errors.InvalidRequestError, match="must be a string"):
        client.chat.send(messages=FRANCE, model="m", http_headers={"X-Count": 3})  # type: ignore[dict-item]
    assert chat_ok == []


@pytest.mark.parametrize("status", [401, 503])
def test_streaming_call_raises_http_errors_before_returning(
    client: ModelGates, httpserver: HTTPServer, pacer: Any, status: int
) -> None:
    seen = serve_sequence(httpserver, CHAT, [json_response(status, error_body(status, "stream refused"))])
    with pytest.raises(errors.APIStatusError, match="stream refused") as caught:
        client.chat.send(messages=FRANCE, model="m", stream=True, retries=NO_RETRIES)
    assert caught.value.status_code == status
    assert seen[0].get_json()["stream"] is True


@pytest.mark.parametrize("shape", ["deep list", "deep dict", "cycle"])
def test_a_body_nested_too_deeply_is_refused_before_sending(client: ModelGates, chat_ok: list[Any], shape: str) -> None:
    value: Any = []
    if shape == "cycle":
        value = {}
        value["self"] = value
    else:
        for _ in range(5000):
            value = [value] if shape == "deep list" else {"a": value}
    with pytest.raises(errors.InvalidRequestError, match="nested too deeply"):  # was a bare RecursionError
        client.chat.send(messages=FRANCE, model="m", extra_body={"deep": value})
    assert chat_ok == []
