"""Client settings (arguments, environment, defaults), the headers sent, and keeping the key secret."""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from typing import Any

import httpx
import pytest
from modelgates import ModelGates, ModelGatesError, __version__, errors
from modelgates.utils import NO_RETRIES
from pytest_httpserver import HTTPServer
from werkzeug import Response

from tests._data import FRANCE
from tests._support import LOOPBACK_TLS, json_response

from .conftest import API_KEY, CHAT_RESULT, header_names, raw_server, serve_sequence

CHAT = "/api/v1/chat/completions"
MakeClient = Callable[..., ModelGates]
ENV_NAMES = (
    "MODELGATES_API_KEY",
    "MODELGATES_SERVER_URL",
    "MODELGATES_HTTP_REFERER",
    "MODELGATES_X_OPEN_ROUTER_TITLE",
    "MODELGATES_X_OPEN_ROUTER_CATEGORIES",
)
# What httpx adds to every request on its own.
TRANSPORT_HEADERS = {"host", "accept", "accept-encoding", "connection", "content-length"}


@pytest.fixture(autouse=True)
def clean_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ENV_NAMES:
        monkeypatch.delenv(name, raising=False)


@pytest.fixture
def chat_ok(httpserver: HTTPServer) -> list[Any]:
    return serve_sequence(httpserver, CHAT, [json_response(200, CHAT_RESULT)])


def names(request: Any) -> set[str]:
    return header_names(request)


# -- settings


def test_environment_supplies_every_setting(
    httpserver: HTTPServer, chat_ok: list[Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("MODELGATES_API_KEY", API_KEY)
    monkeypatch.setenv("MODELGATES_SERVER_URL", httpserver.url_for("/api/v1"))
    monkeypatch.setenv("MODELGATES_HTTP_REFERER", "https://env.example")
    monkeypatch.setenv("MODELGATES_X_OPEN_ROUTER_TITLE", "Env App")
    monkeypatch.setenv("MODELGATES_X_OPEN_ROUTER_CATEGORIES", "cli-agent")
    with ModelGates() as client:
        client.chat.send(messages=FRANCE, model="m")
    headers = chat_ok[0].headers
    assert headers["Authorization"] == f"Bearer {API_KEY}"
    assert headers["HTTP-Referer"] == "https://env.example"
    assert headers["X-OpenRouter-Title"] == "Env App"
    assert headers["X-OpenRouter-Categories"] == "cli-agent"


def test_arguments_win_over_environment(
    httpserver: HTTPServer, chat_ok: list[Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("MODELGATES_API_KEY", "sk-from-env")
    monkeypatch.setenv("MODELGATES_SERVER_URL", "http://127.0.0.1:9/nowhere")
    monkeypatch.setenv("MODELGATES_HTTP_REFERER", "https://env.example")
    with ModelGates(api_key=API_KEY, server_url=httpserver.url_for("/api/v1"), http_referer="https://arg") as client:
        client.chat.send(messages=FRANCE, model="m")
    assert chat_ok[0].headers["Authorization"] == f"Bearer {API_KEY}"
    assert chat_ok[0].headers["HTTP-Referer"] == "https://arg"


def test_default_server_url_and_timeouts() -> None:
    with ModelGates(api_key=API_KEY) as client:
        assert client.server_url == "https://modelgates.ai/api/v1"
        timeout = client._core.client.timeout
        assert timeout.connect == 5.0
        assert timeout.read is not None and timeout.read >= 300


def test_missing_key_is_refused_before_sending(httpserver: HTTPServer, chat_ok: list[Any]) -> None:
    with ModelGates(server_url=httpserver.url_for("/api/v1")) as client:
        with pytest.raises(ModelGatesError, match="MODELGATES_API_KEY"):
            client.chat.send(messages=FRANCE, model="m")
        with pytest.raises(ModelGatesError, match="API key"):
            client.tts.create_speech(input="hi", model="m", voice="alloy")
    with ModelGates(api_key=lambda: "", server_url=httpserver.url_for("/api/v1")) as client:
        with pytest.raises(errors.InvalidRequestError):
            client.chat.send(messages=FRANCE, model="m")
    assert chat_ok == []


def test_callable_key_is_asked_on_every_request(make_client: MakeClient, chat_ok: list[Any]) -> None:
    keys = iter(["sk-first", "sk-second"])
    client = make_client(api_key=lambda: next(keys))
    client.chat.send(messages=FRANCE, model="m")
    client.chat.send(messages=FRANCE, model="m")
    assert [r.headers["Authorization"] for r in chat_ok] == ["Bearer sk-first", "Bearer sk-second"]


def test_repr_never_shows_the_key() -> None:
    client = ModelGates(api_key=API_KEY, server_url="http://127.0.0.1:1/api/v1")
    assert API_KEY not in repr(client)
    assert "api_key=<set>" in repr(client)
    assert "api_key=<missing>" in repr(ModelGates(server_url="http://127.0.0.1:1"))


def test_repr_hides_credentials_in_the_server_url() -> None:
    client = ModelGates(api_key=API_KEY, server_url="https://user:pw@gw.example/api/v1")
    assert repr(client) == "ModelGates(server_url='https://gw.example/api/v1', api_key=<set>)"


@pytest.mark.parametrize(
    "url",
    [
        "127.0.0.1:8080/api/v1",
        "ftp://gw.example",
        "/api/v1",
        "https://",
        "https://gw.example/api/v1?key=sk-in-query",  # each call's query would replace it
        "https://gw.example/api/v1#frag",
        "https://bob:hunter2@gw.example/api?key=sk-in-query\n",  # does not parse: still shown without secrets
        "https://bob:hunter2@proxy:abc/api",
    ],
)
def test_a_server_url_that_is_not_an_http_url_is_refused(url: str, make_client: MakeClient, chat_ok: list[Any]) -> None:
    with pytest.raises(errors.InvalidRequestError, match=r"^server_url must be an http:// or https:// URL") as caught:
        ModelGates(api_key=API_KEY, server_url=url)
    assert "hunter2" not in str(caught.value) and "sk-in-query" not in str(caught.value)
    with pytest.raises(errors.InvalidRequestError, match=r"^server_url must be an http:// or https:// URL"):
        make_client().chat.send(messages=FRANCE, model="m", server_url=url)
    assert chat_ok == []


def test_invalid_timeout_is_refused() -> None:
    with pytest.raises(errors.InvalidRequestError, match="timeout_ms"):
        ModelGates(api_key=API_KEY, timeout_ms=0)


def test_unknown_call_option_is_refused(make_client: MakeClient, chat_ok: list[Any]) -> None:
    with pytest.raises(TypeError, match="timeout"):
        make_client().tts.create_speech(input="hi", model="m", voice="v", timeout=5)  # type: ignore[call-arg]
    assert chat_ok == []


def test_context_manager_closes_its_own_client_only(httpserver: HTTPServer, chat_ok: list[Any]) -> None:
    with ModelGates(api_key=API_KEY, server_url=httpserver.url_for("/api/v1")) as client:
        client.chat.send(messages=FRANCE, model="m")
        own = client._core.client
    assert own.is_closed

    mine = httpx.Client(verify=LOOPBACK_TLS)
    try:
        with ModelGates(api_key=API_KEY, server_url=httpserver.url_for("/api/v1"), client=mine) as client:
            client.chat.send(messages=FRANCE, model="m")
        assert not mine.is_closed
        assert len(chat_ok) == 2
    finally:
        mine.close()


@pytest.mark.anyio
async def test_async_context_manager_closes_its_own_clients_only(httpserver: HTTPServer, chat_ok: list[Any]) -> None:
    async with ModelGates(api_key=API_KEY, server_url=httpserver.url_for("/api/v1")) as client:
        await client.chat.send_async(messages=FRANCE, model="m")
        own = client._core.async_client
    assert own.is_closed

    async with httpx.AsyncClient(verify=LOOPBACK_TLS) as mine:
        async with ModelGates(api_key=API_KEY, server_url=httpserver.url_for("/api/v1"), async_client=mine) as client:
            await client.chat.send_async(messages=FRANCE, model="m")
        assert not mine.is_closed
    assert len(chat_ok) == 2


@pytest.mark.parametrize("where", ["client", "call"])
def test_timeout_ms_applies_per_client_and_per_call(make_client: MakeClient, where: str) -> None:
    with raw_server("hang") as server:
        if where == "client":
            client = make_client(server_url=server.url, timeout_ms=100, retry_config=NO_RETRIES)
            call: dict[str, Any] = {}
        else:
            client = make_client(server_url=server.url, retry_config=NO_RETRIES)
            call = {"timeout_ms": 100}
        start = time.monotonic()
        with pytest.raises(errors.APITimeoutError):
            client.chat.send(messages=FRANCE, model="m", **call)
        assert time.monotonic() - start < 20  # a safety net: the other timeouts are 30 s or more


def test_client_timeout_ms_applies_to_a_client_passed_in(make_client: MakeClient) -> None:
    with raw_server("hang") as server, httpx.Client(verify=LOOPBACK_TLS, timeout=30) as mine:
        client = make_client(server_url=server.url, timeout_ms=100, retry_config=NO_RETRIES, client=mine)
        start = time.monotonic()
        with pytest.raises(errors.APITimeoutError):
            client.chat.send(messages=FRANCE, model="m")
        assert time.monotonic() - start < 20  # a safety net: the other timeouts are 30 s or more


# -- headers


def test_exact_header_set_of_a_chat_call(make_client: MakeClient, chat_ok: list[Any]) -> None:
    client = make_client(http_referer="https://app.example", x_open_router_title="App", x_open_router_categories="a,b")
    client.chat.send(messages=FRANCE, model="m", x_open_router_experimental_metadata="enabled")
    request = chat_ok[0]
    assert names(request) == TRANSPORT_HEADERS | {
        "authorization",
        "user-agent",
        "content-type",
        "http-referer",
        "x-openrouter-title",
        "x-openrouter-categories",
        "x-openrouter-experimental-metadata",
    }
    assert request.headers["Authorization"] == f"Bearer {API_KEY}"
    assert request.headers["User-Agent"] == f"modelgates-python/{__version__}"
    assert request.headers["Content-Type"] == "application/json"
    assert request.headers["HTTP-Referer"] == "https://app.example"
    assert request.headers["X-OpenRouter-Title"] == "App"
    assert request.headers["X-OpenRouter-Categories"] == "a,b"
    assert request.headers["X-OpenRouter-Experimental-Metadata"] == "enabled"


def test_unset_attribution_headers_are_not_sent(make_client: MakeClient, chat_ok: list[Any]) -> None:
    make_client().chat.send(messages=FRANCE, model="m")
    assert names(chat_ok[0]) == TRANSPORT_HEADERS | {"authorization", "user-agent", "content-type"}


def test_per_call_values_win_over_the_clients(make_client: MakeClient, chat_ok: list[Any]) -> None:
    client = make_client(http_referer="https://client", x_open_router_title="Client", x_open_router_categories="c")
    client.chat.send(
        messages=FRANCE,
        model="m",
        http_referer="https://call",
        x_open_router_title="Call",
        x_open_router_categories="d",
    )
    client.chat.send(messages=FRANCE, model="m")
    first, second = chat_ok
    assert (first.headers["HTTP-Referer"], first.headers["X-OpenRouter-Title"]) == ("https://call", "Call")
    assert first.headers["X-OpenRouter-Categories"] == "d"
    assert second.headers["HTTP-Referer"] == "https://client"  # a call's values do not stick


def test_http_headers_add_and_override_any_header(make_client: MakeClient, chat_ok: list[Any]) -> None:
    client = make_client(http_referer="https://client")
    client.chat.send(
        messages=FRANCE,
        model="m",
        http_referer="https://call",
        http_headers={"x-custom": "1", "http-referer": "https://headers", "user-agent": "mine/1.0"},
    )
    headers = chat_ok[0].headers
    assert headers["X-Custom"] == "1"
    assert headers.getlist("HTTP-Referer") == ["https://headers"]
    assert headers.getlist("User-Agent") == ["mine/1.0"]


@pytest.mark.parametrize(
    "call",
    [
        {"http_referer": "https://x\r\nX-Injected: 1"},
        {"x_open_router_title": "title\nsecond"},
        {"http_headers": {"X-Trace": "a\rb"}},
        {"http_headers": {"X-Bad\r\nName": "v"}},
    ],
)
def test_line_breaks_in_headers_are_refused_before_sending(
    make_client: MakeClient, chat_ok: list[Any], call: dict[str, Any]
) -> None:
    with pytest.raises(errors.InvalidRequestError, match="line break"):
        make_client().chat.send(messages=FRANCE, model="m", **call)
    assert chat_ok == []


def test_line_break_in_the_key_is_refused_without_showing_it(make_client: MakeClient, chat_ok: list[Any]) -> None:
    secret = "sk-mg-secret\r\nX-Injected: yes"
    with pytest.raises(errors.InvalidRequestError) as caught:
        make_client(api_key=secret).chat.send(messages=FRANCE, model="m")
    assert "sk-mg-secret" not in str(caught.value)
    assert chat_ok == []


def test_debug_logs_redact_the_key(
    make_client: MakeClient, chat_ok: list[Any], caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.DEBUG):
        make_client().chat.send(messages=FRANCE, model="m", http_headers={"Cookie": "session=abc"})
    logged = "\n".join(r.getMessage() for r in caplog.records)
    assert "'authorization': '[redacted]'" in logged.lower()
    assert API_KEY not in logged
    assert "session=abc" not in logged


def test_custom_debug_logger_receives_the_decisions(
    make_client: MakeClient, chat_ok: list[Any], caplog: pytest.LogCaptureFixture
) -> None:
    logger = logging.getLogger("myapp.modelgates")
    with caplog.at_level(logging.DEBUG, logger="myapp.modelgates"):
        make_client(debug_logger=logger).chat.send(messages=FRANCE, model="m")
    assert any(r.name == "myapp.modelgates" and "sending POST" in r.getMessage() for r in caplog.records)


@pytest.fixture(scope="module")
def _other_host() -> Iterator[HTTPServer]:
    server = HTTPServer(host="127.0.0.2")
    server.start()
    yield server
    server.stop()


@pytest.fixture
def other_host_server(_other_host: HTTPServer) -> Iterator[HTTPServer]:
    """A second server on another loopback address (another host, as far as the client can tell)."""
    yield _other_host
    _other_host.clear()


def test_key_is_not_sent_when_a_redirect_leads_to_another_host(
    httpserver: HTTPServer, other_host_server: HTTPServer
) -> None:
    target = other_host_server.url_for("/api/v1/chat/completions")
    httpserver.expect_request(CHAT).respond_with_response(Response(status=307, headers={"Location": target}))
    other_host_server.expect_request("/api/v1/chat/completions").respond_with_json(CHAT_RESULT)
    origin = f"http://127.0.0.1:{httpserver.port}/api/v1"
    with ModelGates(api_key=API_KEY, server_url=origin) as client:
        with pytest.raises(errors.ModelGatesDefaultError, match="not followed"):  # issue 12: same origin only
            client.chat.send(messages=FRANCE, model="m")
    assert len(httpserver.log) == 1
    assert httpserver.log[0][0].headers["Authorization"] == f"Bearer {API_KEY}"
    assert other_host_server.log == []  # neither the key nor the prompt went there


@pytest.mark.anyio
async def test_async_key_is_not_sent_across_hosts(httpserver: HTTPServer, other_host_server: HTTPServer) -> None:
    target = other_host_server.url_for("/api/v1/chat/completions")
    httpserver.expect_request(CHAT).respond_with_response(Response(status=307, headers={"Location": target}))
    other_host_server.expect_request("/api/v1/chat/completions").respond_with_json(CHAT_RESULT)
    async with ModelGates(api_key=API_KEY, server_url=f"http://127.0.0.1:{httpserver.port}/api/v1") as client:
        with pytest.raises(errors.ModelGatesDefaultError, match="not followed"):
            await client.chat.send_async(messages=FRANCE, model="m")
    assert other_host_server.log == []


@pytest.mark.anyio
async def test_async_headers_match_sync(httpserver: HTTPServer, chat_ok: list[Any]) -> None:
    kwargs: dict[str, Any] = {"api_key": API_KEY, "server_url": httpserver.url_for("/api/v1"), "http_referer": "r"}
    with ModelGates(**kwargs) as client:
        client.chat.send(messages=FRANCE, model="m", http_headers={"X-A": "1"})
    async with ModelGates(**kwargs) as aclient:
        await aclient.chat.send_async(messages=FRANCE, model="m", http_headers={"X-A": "1"})
    sync_req, async_req = chat_ok
    assert dict(sync_req.headers) == dict(async_req.headers)
    assert sync_req.get_data() == async_req.get_data()


def test_prepared_request_and_policy_reprs_hide_the_key(make_client: MakeClient) -> None:
    # what a traceback with locals (pytest --showlocals, rich) would print while a call is in flight
    from modelgates._operation import CallOptions, _prepare
    from modelgates_api.resources.chat import _SEND

    request, policy = _prepare(make_client()._core, _SEND, {}, {"messages": FRANCE}, CallOptions(), for_async=False)
    assert API_KEY not in repr(policy)
    assert API_KEY not in repr(request)
    assert policy.secrets == (API_KEY,)  # still there for redaction
    # An error tracker that records locals (Sentry's serializer) expands sequences and mappings item by
    # item and takes the repr of anything else: a policy that were a tuple would hand it the key.
    assert API_KEY not in json.dumps(_as_a_locals_serializer_sees_it(policy))


def _as_a_locals_serializer_sees_it(value: Any) -> Any:
    if isinstance(value, str):
        return str(value)  # the text itself, as a serializer writes a string (not the repr a Secret redacts)
    if isinstance(value, Mapping):
        return {str(key): _as_a_locals_serializer_sees_it(item) for key, item in value.items()}
    if isinstance(value, Sequence):
        return [_as_a_locals_serializer_sees_it(item) for item in value]
    return repr(value)


def test_http_headers_differing_only_in_case_send_one_header(httpserver: HTTPServer, make_client: MakeClient) -> None:
    received = serve_sequence(httpserver, CHAT, [json_response(200, CHAT_RESULT)])
    make_client().chat.send(messages=FRANCE, model="m", http_headers={"X-Trace": "first", "x-trace": "second"})
    assert received[0].headers.getlist("X-Trace") == ["second"]


def test_a_key_given_through_http_headers_is_redacted_too(httpserver: HTTPServer, make_client: MakeClient) -> None:
    other_key = "sk-other-0123456789abcdef"
    echo = {"error": {"code": 401, "message": f"key Bearer {other_key} is revoked", "metadata": None}}
    serve_sequence(httpserver, CHAT, [json_response(401, echo)])
    with pytest.raises(errors.UnauthorizedResponseError) as caught:
        make_client().chat.send(messages=FRANCE, model="m", http_headers={"Authorization": f"Bearer {other_key}"})
    assert other_key not in str(caught.value) and other_key not in caught.value.body


def test_first_calls_from_many_threads_share_one_http_client(make_client: MakeClient) -> None:
    import threading

    client = make_client()
    seen: list[httpx.Client] = []
    start = threading.Barrier(8)

    def first_use() -> None:
        start.wait()
        seen.append(client._core.client)

    threads = [threading.Thread(target=first_use) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len({id(c) for c in seen}) == 1
