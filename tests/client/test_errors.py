"""Typed errors: one class per status, whatever the body looks like, and nothing secret inside."""

from __future__ import annotations

import functools
import gzip
import importlib
import json
import pickle
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
import pytest
from modelgates import ModelGates, errors
from modelgates._exceptions import error_from_response
from modelgates._transport import ERROR_BODY_LIMIT
from modelgates.testing._validation import load_spec
from modelgates.utils import NO_RETRIES
from modelgates_api.status_errors import ERROR_CLASSES_BY_STATUS
from pytest_httpserver import HTTPServer
from werkzeug import Response

from tests._data import FRANCE
from tests._support import LOOPBACK_TLS, json_response

from .conftest import API_KEY, CHAT_RESULT, error_body, raw_server, serve_sequence

CHAT = "/api/v1/chat/completions"
SPEECH = "/api/v1/audio/speech"
SPEC = Path(__file__).resolve().parents[2] / "openapi.yaml"

EXPECTED_CLASSES = {
    400: errors.BadRequestResponseError,
    401: errors.UnauthorizedResponseError,
    402: errors.PaymentRequiredResponseError,
    403: errors.ForbiddenResponseError,
    404: errors.NotFoundResponseError,
    408: errors.RequestTimeoutResponseError,
    409: errors.ConflictResponseError,
    410: errors.GoneResponseError,
    413: errors.PayloadTooLargeResponseError,
    422: errors.UnprocessableEntityResponseError,
    429: errors.TooManyRequestsResponseError,
    500: errors.InternalServerResponseError,
    502: errors.BadGatewayResponseError,
    503: errors.ServiceUnavailableResponseError,
    524: errors.EdgeNetworkTimeoutResponseError,
    529: errors.ProviderOverloadedResponseError,
}

HTML = "<html><head><title>502 Bad Gateway</title></head>\n<body><center><h1>Oops</h1></center></body></html>"


def _send_chat(client: ModelGates) -> Any:
    return client.chat.send(messages=FRANCE, model="openai/gpt-4", retries=NO_RETRIES)


@pytest.mark.parametrize("status", sorted(EXPECTED_CLASSES))
def test_json_error_gives_the_status_class_with_parsed_model(
    httpserver: HTTPServer, client: ModelGates, status: int
) -> None:
    payload = error_body(status, f"boom {status}", provider_name="OpenAI")
    headers = {"X-Generation-Id": "gen-err-1"}
    serve_sequence(httpserver, CHAT, [json_response(status, payload, headers)])
    with pytest.raises(errors.APIStatusError) as caught:
        _send_chat(client)
    err = caught.value
    assert type(err) is EXPECTED_CLASSES[status]
    assert err.status_code == status
    assert err.message == f"boom {status}"
    assert err.code == status
    assert err.metadata == {"provider_name": "OpenAI"}
    assert err.data is not None
    assert type(err.data).__name__ == EXPECTED_CLASSES[status].__name__.removesuffix("Error")
    assert err.data.error.message == f"boom {status}"
    assert json.loads(err.body) == payload
    assert err.headers["x-generation-id"] == "gen-err-1"
    assert err.generation_id == "gen-err-1"
    assert err.raw_response is not None
    assert err.raw_response.status_code == status
    assert str(err) == f"{status}: boom {status} (generation_id=gen-err-1)"


@pytest.mark.parametrize("status", sorted(EXPECTED_CLASSES))
def test_html_error_body_still_gives_the_status_class(httpserver: HTTPServer, client: ModelGates, status: int) -> None:
    serve_sequence(httpserver, CHAT, [Response(HTML, status=status, content_type="text/html")])
    with pytest.raises(errors.APIStatusError) as caught:
        _send_chat(client)
    err = caught.value
    assert type(err) is EXPECTED_CLASSES[status]
    assert err.status_code == status
    assert err.data is None
    assert err.body == HTML
    assert "\n" not in str(err)
    assert str(err).startswith(f"{status}: ")
    assert "502 Bad Gateway" in str(err)


@pytest.mark.parametrize("status", sorted(EXPECTED_CLASSES))
def test_empty_error_body_still_gives_the_status_class(httpserver: HTTPServer, client: ModelGates, status: int) -> None:
    serve_sequence(httpserver, CHAT, [Response(b"", status=status)])
    with pytest.raises(errors.APIStatusError) as caught:
        _send_chat(client)
    err = caught.value
    assert type(err) is EXPECTED_CLASSES[status]
    assert (err.status_code, err.data, err.body, err.code) == (status, None, "", None)
    assert "empty body" in str(err)


@pytest.mark.parametrize(
    "body",
    [
        '{"error": {"code": 429, "message": "trunc',
        '{"error": "rate limited"}',
        '{"error": {"code": "x", "message": 12}}',
        "[1, 2, 3]",
        "null",
        '{"message": "plain message"}',
        '{"error": {"message": "no code here"}}',
    ],
)
def test_odd_json_bodies_never_raise_decoding_errors(httpserver: HTTPServer, client: ModelGates, body: str) -> None:
    serve_sequence(httpserver, CHAT, [Response(body, status=429, content_type="application/json")])
    with pytest.raises(errors.TooManyRequestsResponseError) as caught:
        _send_chat(client)
    err = caught.value
    assert err.body == body
    assert err.status_code == 429
    assert str(err)  # renders
    if body.startswith('{"error": "rate'):
        assert err.message == "rate limited"
    if body.startswith('{"message"'):
        assert err.message == "plain message"


def test_error_without_model_fields_keeps_message_but_no_data(httpserver: HTTPServer, client: ModelGates) -> None:
    serve_sequence(httpserver, CHAT, [json_response(400, {"error": {"message": "no code here"}})])
    with pytest.raises(errors.BadRequestResponseError) as caught:
        _send_chat(client)
    assert caught.value.message == "no code here"
    assert caught.value.data is None  # the spec's model requires `code`


def test_gzip_encoded_error_body_is_decoded(httpserver: HTTPServer, client: ModelGates) -> None:
    payload = json.dumps(error_body(402, "Insufficient credits")).encode()
    response = Response(
        gzip.compress(payload), status=402, headers={"Content-Encoding": "gzip"}, content_type="application/json"
    )
    serve_sequence(httpserver, CHAT, [response])
    with pytest.raises(errors.PaymentRequiredResponseError) as caught:
        _send_chat(client)
    assert caught.value.message == "Insufficient credits"
    assert caught.value.data is not None


@pytest.mark.parametrize("status", [418, 421, 451, 501, 599])
def test_undeclared_status_gives_the_default_error(httpserver: HTTPServer, client: ModelGates, status: int) -> None:
    serve_sequence(httpserver, CHAT, [json_response(status, error_body(status, "teapot"))])
    with pytest.raises(errors.ModelGatesDefaultError) as caught:
        _send_chat(client)
    assert caught.value.status_code == status
    assert caught.value.message == "teapot"
    assert caught.value.data is None


def test_multi_line_server_message_still_renders_as_one_line(httpserver: HTTPServer, client: ModelGates) -> None:
    serve_sequence(httpserver, CHAT, [json_response(400, error_body(400, "first line\nsecond line"))])
    with pytest.raises(errors.BadRequestResponseError) as caught:
        _send_chat(client)
    assert caught.value.message == "first line\nsecond line"
    assert str(caught.value) == "400: first line second line"


def test_echoed_api_key_is_redacted_from_error_text(httpserver: HTTPServer, client: ModelGates) -> None:
    serve_sequence(httpserver, CHAT, [json_response(401, error_body(401, f"Invalid key {API_KEY}"))])
    with pytest.raises(errors.UnauthorizedResponseError) as caught:
        _send_chat(client)
    err = caught.value
    for text in (str(err), repr(err), err.message, err.body, repr(err.args)):
        assert API_KEY not in text
    assert "[REDACTED]" in err.message


def test_a_short_key_is_redacted_where_it_stands_alone_not_inside_words(
    httpserver: HTTPServer, make_client: Callable[..., ModelGates]
) -> None:
    # A one-letter key (a placeholder in a script) replaced everywhere made "ok" read "o[REDACTED]".
    message = "not ok: the key k is unknown (Bearer k)"
    serve_sequence(httpserver, CHAT, [json_response(401, error_body(401, message))])
    with pytest.raises(errors.UnauthorizedResponseError) as caught:
        _send_chat(make_client(api_key="k"))
    err = caught.value
    assert err.message == "not ok: the key [REDACTED] is unknown (Bearer [REDACTED])"
    assert " k " not in err.body and "Bearer k" not in err.body and "not ok" in err.body


def test_error_classes_share_useful_bases() -> None:
    for cls in EXPECTED_CLASSES.values():
        assert issubclass(cls, errors.APIStatusError)
        assert issubclass(cls, errors.ModelGatesError)
    assert issubclass(errors.APITimeoutError, errors.APIConnectionError)
    assert issubclass(errors.InvalidRequestError, ValueError)


def test_error_survives_pickling_for_multiprocessing(httpserver: HTTPServer, client: ModelGates) -> None:
    serve_sequence(httpserver, CHAT, [json_response(404, error_body(404, "no such model"))])
    with pytest.raises(errors.NotFoundResponseError) as caught:
        _send_chat(client)
    err = caught.value
    copy = pickle.loads(pickle.dumps(err))
    assert type(copy) is errors.NotFoundResponseError
    assert str(copy) == str(err)


# -- 2xx bodies that do not match the spec


@pytest.mark.parametrize(
    "body",
    ["<html>maintenance</html>", "", '{"id": "x"}', "[]", '{"id": 1, "choices": "nope", "created": 1, "model": "m"}'],
)
def test_success_body_not_matching_the_spec_raises_response_validation_error(
    httpserver: HTTPServer, client: ModelGates, body: str
) -> None:
    serve_sequence(httpserver, CHAT, [Response(body, status=200, content_type="application/json")])
    with pytest.raises(errors.ResponseValidationError) as caught:
        _send_chat(client)
    assert caught.value.body == body
    assert caught.value.raw_response is not None
    assert "does not match the spec" in str(caught.value)


def test_lenient_about_fields_servers_omit(httpserver: HTTPServer, client: ModelGates) -> None:
    minimal = {k: CHAT_RESULT[k] for k in ("id", "created", "model", "choices")}
    serve_sequence(httpserver, CHAT, [json_response(200, minimal)])
    assert _send_chat(client).choices[0].message.content == "Paris."


# -- transport failures are checked in test_retry_loop.py; mapping used directly


def test_error_from_response_reads_an_unread_response() -> None:
    response = httpx.Response(503, json=error_body(503, "no provider"), headers={"x-request-id": "req-9"})
    err = error_from_response(response)
    assert type(err) is errors.ServiceUnavailableResponseError
    assert err.request_id == "req-9"
    assert str(err) == "503: no provider (request_id=req-9)"


# -- the mapping table against the spec


@functools.cache  # 17 tests ask; the spec is 1.3 MB
def _declared_error_refs() -> dict[int, set[str]]:
    spec = load_spec(SPEC)
    declared: dict[int, set[str]] = {}
    for operations in spec["paths"].values():
        for operation in operations.values():
            for status, response in operation.get("responses", {}).items():
                if str(status).isdigit() and int(status) >= 400:
                    refs = declared.setdefault(int(status), set())
                    for media in response.get("content", {}).values():
                        refs.add(media["schema"]["$ref"].rsplit("/", 1)[-1])
    return declared


def test_error_table_covers_exactly_the_statuses_the_spec_declares() -> None:
    assert set(_declared_error_refs()) == set(ERROR_CLASSES_BY_STATUS)
    assert EXPECTED_CLASSES == ERROR_CLASSES_BY_STATUS


@pytest.mark.parametrize("status", sorted(ERROR_CLASSES_BY_STATUS))
def test_each_error_class_names_the_generated_model_of_its_status(status: int) -> None:
    cls = ERROR_CLASSES_BY_STATUS[status]
    refs = _declared_error_refs()[status]
    assert cls.model_path is not None
    module_name, _, class_name = cls.model_path.rpartition(".")
    model = getattr(importlib.import_module(f"modelgates_api.models.{module_name}"), class_name)
    # The Messages API answers in Anthropic's error shape; every other operation in the common envelope.
    assert class_name in refs
    assert refs <= {class_name, "AnthropicMessagesErrorResponse"}
    assert model.__name__ == class_name
    assert hasattr(model, "from_dict")


def test_private_generated_request_builders_still_exist() -> None:
    """The wrapper calls the generated ``_get_kwargs``; a regeneration that renames them must fail here."""
    from modelgates_api.api.chat import send_chat_completion_request
    from modelgates_api.api.tts import create_audio_speech
    from modelgates_api.models.chat_request import ChatRequest
    from modelgates_api.models.speech_request import SpeechRequest

    speech = create_audio_speech._get_kwargs(
        body=SpeechRequest.from_dict({"input": "hi", "model": "m", "voice": "v"}), authorization="Bearer k"
    )
    assert speech["method"].lower() == "post"
    assert speech["url"] == "/audio/speech"
    assert speech["headers"]["Authorization"] == "Bearer k"
    assert speech["json"] == {"input": "hi", "model": "m", "voice": "v"}

    chat = send_chat_completion_request._get_kwargs(
        body=ChatRequest.from_dict({"messages": FRANCE}),
        authorization="Bearer k",
        x_open_router_experimental_metadata="enabled",  # type: ignore[arg-type]
    )
    assert chat["method"].lower() == "post"
    assert chat["url"] == "/chat/completions"
    assert chat["headers"]["X-OpenRouter-Experimental-Metadata"] == "enabled"
    assert chat["json"]["messages"] == FRANCE


# -- async


@pytest.mark.anyio
@pytest.mark.parametrize("status", [400, 429, 503])
@pytest.mark.parametrize("kind", ["json", "html", "empty"])
async def test_async_errors_map_like_sync(httpserver: HTTPServer, aclient: ModelGates, status: int, kind: str) -> None:
    body = {"json": json.dumps(error_body(status, "nope")), "html": HTML, "empty": ""}[kind]
    serve_sequence(httpserver, CHAT, [Response(body, status=status, content_type="text/plain")])
    with pytest.raises(errors.APIStatusError) as caught:
        await aclient.chat.send_async(messages=FRANCE, model="m", retries=NO_RETRIES)
    assert type(caught.value) is EXPECTED_CLASSES[status]
    assert caught.value.body == body
    assert (caught.value.data is not None) is (kind == "json")


@pytest.mark.anyio
async def test_async_gzip_error_and_validation_error(httpserver: HTTPServer, aclient: ModelGates) -> None:
    payload = json.dumps(error_body(413, "too big")).encode()
    serve_sequence(
        httpserver, CHAT, [Response(gzip.compress(payload), status=413, headers={"Content-Encoding": "gzip"})]
    )
    with pytest.raises(errors.PayloadTooLargeResponseError) as caught:
        await aclient.chat.send_async(messages=FRANCE, model="m", retries=NO_RETRIES)
    assert caught.value.message == "too big"
    httpserver.clear()
    serve_sequence(httpserver, CHAT, [Response("not json", status=200)])
    with pytest.raises(errors.ResponseValidationError):
        await aclient.chat.send_async(messages=FRANCE, model="m", retries=NO_RETRIES)


# -- error bodies that are cut or huge


def test_error_body_cut_mid_way_still_gives_the_status_class(make_client: Any) -> None:
    with raw_server("cut") as server:
        client = make_client(server_url=server.url, retry_config=NO_RETRIES)
        with pytest.raises(errors.InternalServerResponseError) as caught:
            _send_chat(client)
    assert caught.value.body == '{"error": {"code": 500, "message": "cut sho'
    assert caught.value.data is None


@pytest.mark.anyio
async def test_async_error_body_cut_mid_way(pacer: Any) -> None:
    with raw_server("cut") as server:
        async with ModelGates(api_key=API_KEY, server_url=server.url, retry_config=NO_RETRIES) as client:
            with pytest.raises(errors.InternalServerResponseError) as caught:
                await client.chat.send_async(messages=FRANCE, model="m")
    assert caught.value.body.startswith('{"error"')


def test_huge_error_body_is_kept_only_up_to_the_limit(httpserver: HTTPServer, client: ModelGates) -> None:
    serve_sequence(httpserver, CHAT, [Response(b"x" * (ERROR_BODY_LIMIT * 3), status=400)])
    with pytest.raises(errors.BadRequestResponseError) as caught:
        _send_chat(client)
    assert len(caught.value.body) == ERROR_BODY_LIMIT
    assert len(str(caught.value)) < 400  # the one-line summary stays short


@pytest.mark.anyio
async def test_async_huge_error_body_is_kept_only_up_to_the_limit(httpserver: HTTPServer, aclient: ModelGates) -> None:
    serve_sequence(httpserver, CHAT, [Response(b"y" * (ERROR_BODY_LIMIT * 2), status=404)])
    with pytest.raises(errors.NotFoundResponseError) as caught:
        await aclient.chat.send_async(messages=FRANCE, model="m")
    assert len(caught.value.body) == ERROR_BODY_LIMIT


def test_unfollowed_redirect_gives_the_default_error(httpserver: HTTPServer, make_client: Any) -> None:
    # an httpx client passed in keeps its own redirect setting (httpx's default: not followed)
    httpserver.expect_request(CHAT).respond_with_response(Response(status=307, headers={"Location": "/elsewhere"}))
    with httpx.Client(verify=LOOPBACK_TLS) as mine:
        with pytest.raises(errors.ModelGatesDefaultError) as caught:
            _send_chat(make_client(client=mine))
    assert caught.value.status_code == 307
    assert len(httpserver.log) == 1


def test_a_redirected_upload_is_not_sent_twice_and_is_the_default_error(
    httpserver: HTTPServer, make_client: Any
) -> None:
    # A same-origin 307 is followed with the same body; a multipart upload's body is a stream that
    # cannot be read again (httpx raised RequestNotRead): the redirect is reported, not followed.
    httpserver.expect_request("/api/v1/files").respond_with_response(
        Response(status=307, headers={"Location": "/api/v1/files-again"})
    )
    with pytest.raises(errors.ModelGatesDefaultError) as caught:
        make_client().files.upload(file=b"hello world", retries=NO_RETRIES)
    assert caught.value.status_code == 307
    assert "not followed" in caught.value.message
    assert [entry[0].path for entry in httpserver.log] == ["/api/v1/files"]
