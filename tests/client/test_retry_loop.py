"""The send loop against a real server: what is retried, how long it waits, when it stops."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime, timezone
from email.utils import format_datetime

import httpx
import pytest
from modelgates import ModelGates, errors
from modelgates.utils import NO_RETRIES, BackoffStrategy
from pytest_httpserver import HTTPServer
from werkzeug import Response

from tests._data import FRANCE
from tests._rawserver import refused_url
from tests._support import LOOPBACK_TLS, FakePacer, json_response

from .conftest import API_KEY, CHAT_RESULT, error_body, raw_server, retry_config, serve_sequence

CHAT = "/api/v1/chat/completions"
MakeClient = Callable[..., ModelGates]


def ok() -> Response:
    return json_response(200, CHAT_RESULT)


def fail(status: int, headers: dict[str, str] | None = None) -> Response:
    return json_response(status, error_body(status), headers)


@pytest.mark.parametrize("status", [408, 429, 500, 502, 503, 524, 529])
def test_retryable_status_is_retried_until_success(
    httpserver: HTTPServer, client: ModelGates, pacer: FakePacer, status: int
) -> None:
    seen = serve_sequence(httpserver, CHAT, [fail(status), fail(status), ok()])
    result = client.chat.send(messages=FRANCE, model="m")
    assert result.id == "gen-123"
    assert len(seen) == 3
    # default backoff (500 ms, x2) with the jitter at its midpoint
    assert pacer.sleeps == [0.5, 1.0]


@pytest.mark.parametrize("status", [400, 401, 402, 403, 404, 413, 422])
def test_non_retryable_status_is_sent_once(
    httpserver: HTTPServer, client: ModelGates, pacer: FakePacer, status: int
) -> None:
    seen = serve_sequence(httpserver, CHAT, [fail(status), ok()])
    with pytest.raises(errors.APIStatusError) as caught:
        client.chat.send(messages=FRANCE, model="m")
    assert caught.value.status_code == status
    assert len(seen) == 1
    assert pacer.sleeps == []


def test_retry_after_seconds_is_honoured(httpserver: HTTPServer, client: ModelGates, pacer: FakePacer) -> None:
    seen = serve_sequence(httpserver, CHAT, [fail(429, {"Retry-After": "2"}), ok()])
    client.chat.send(messages=FRANCE, model="m")
    assert pacer.sleeps == [2.0]
    assert len(seen) == 2


def test_retry_after_http_date_is_honoured(httpserver: HTTPServer, client: ModelGates, pacer: FakePacer) -> None:
    when = format_datetime(datetime.fromtimestamp(pacer.wall + 3, tz=timezone.utc), usegmt=True)
    serve_sequence(httpserver, CHAT, [fail(503, {"Retry-After": when}), ok()])
    client.chat.send(messages=FRANCE, model="m")
    assert pacer.sleeps == [pytest.approx(3.0)]


def test_retry_after_ms_is_honoured(httpserver: HTTPServer, client: ModelGates, pacer: FakePacer) -> None:
    serve_sequence(httpserver, CHAT, [fail(429, {"retry-after-ms": "1234", "Retry-After": "9"}), ok()])
    client.chat.send(messages=FRANCE, model="m")
    assert pacer.sleeps == [pytest.approx(1.234)]


def test_retry_after_is_capped_at_max_interval(httpserver: HTTPServer, client: ModelGates, pacer: FakePacer) -> None:
    serve_sequence(httpserver, CHAT, [fail(429, {"Retry-After": "86400"}), ok()])
    client.chat.send(messages=FRANCE, model="m")
    assert pacer.sleeps == [8.0]  # the default max_interval, not a day


@pytest.mark.parametrize(("rand", "factor"), [(0.0, 0.75), (0.999999, 1.25)])
def test_backoff_jitter_stays_within_a_quarter(
    httpserver: HTTPServer, client: ModelGates, pacer: FakePacer, rand: float, factor: float
) -> None:
    pacer.rand = rand
    serve_sequence(httpserver, CHAT, [fail(500), fail(500), ok()])
    client.chat.send(messages=FRANCE, model="m")
    assert pacer.sleeps == [pytest.approx(0.5 * factor, rel=1e-4), pytest.approx(1.0 * factor, rel=1e-4)]


def test_x_should_retry_false_stops_a_retryable_status(
    httpserver: HTTPServer, client: ModelGates, pacer: FakePacer
) -> None:
    seen = serve_sequence(httpserver, CHAT, [fail(503, {"x-should-retry": "false"}), ok()])
    with pytest.raises(errors.ServiceUnavailableResponseError):
        client.chat.send(messages=FRANCE, model="m")
    assert len(seen) == 1


def test_x_should_retry_true_retries_an_unretryable_status(
    httpserver: HTTPServer, client: ModelGates, pacer: FakePacer
) -> None:
    seen = serve_sequence(httpserver, CHAT, [fail(409, {"x-should-retry": "true"}), ok()])
    assert client.chat.send(messages=FRANCE, model="m").id == "gen-123"
    assert len(seen) == 2


def test_default_retries_are_bounded_in_count(httpserver: HTTPServer, client: ModelGates, pacer: FakePacer) -> None:
    seen = serve_sequence(httpserver, CHAT, [fail(503)])
    with pytest.raises(errors.ServiceUnavailableResponseError):
        client.chat.send(messages=FRANCE, model="m")
    assert len(seen) == 5  # one try and four retries
    assert pacer.sleeps == [0.5, 1.0, 2.0, 4.0]


def test_default_retries_never_wait_more_than_two_minutes(
    httpserver: HTTPServer, client: ModelGates, pacer: FakePacer
) -> None:
    serve_sequence(httpserver, CHAT, [fail(429, {"Retry-After": "100000"})])
    start = pacer.now
    with pytest.raises(errors.TooManyRequestsResponseError):
        client.chat.send(messages=FRANCE, model="m")
    assert pacer.now - start <= 120
    assert len(pacer.sleeps) == 4


def test_total_wait_is_bounded_by_max_elapsed_time(
    httpserver: HTTPServer, make_client: MakeClient, pacer: FakePacer
) -> None:
    backoff = BackoffStrategy(initial_interval=1_000, max_interval=10_000, exponent=2.0, max_elapsed_time=5_000)
    client = make_client(retry_config=retry_config(max_retries=100, backoff=backoff))
    seen = serve_sequence(httpserver, CHAT, [fail(502)])
    with pytest.raises(errors.BadGatewayResponseError):
        client.chat.send(messages=FRANCE, model="m")
    # 1 s + 2 s fit in 5 s; the next 4 s wait would end at 7 s, so the loop gives up instead.
    assert pacer.sleeps == [1.0, 2.0]
    assert len(seen) == 3


def test_retries_off_per_call_and_per_client(httpserver: HTTPServer, make_client: MakeClient) -> None:
    seen = serve_sequence(httpserver, CHAT, [fail(503)])
    with pytest.raises(errors.ServiceUnavailableResponseError):
        make_client().chat.send(messages=FRANCE, model="m", retries=NO_RETRIES)
    assert len(seen) == 1
    with pytest.raises(errors.ServiceUnavailableResponseError):
        make_client(retry_config=NO_RETRIES).chat.send(messages=FRANCE, model="m")
    assert len(seen) == 2


def test_per_call_retries_win_over_the_clients(httpserver: HTTPServer, make_client: MakeClient) -> None:
    seen = serve_sequence(httpserver, CHAT, [fail(503)])
    client = make_client(retry_config=NO_RETRIES)
    with pytest.raises(errors.ServiceUnavailableResponseError):
        client.chat.send(messages=FRANCE, model="m", retries=retry_config(max_retries=2))
    assert len(seen) == 3


def test_connection_refused_is_retried_then_raised(make_client: MakeClient, pacer: FakePacer) -> None:
    client = make_client(server_url=refused_url())
    with pytest.raises(errors.APIConnectionError) as caught:
        client.chat.send(messages=FRANCE, model="m")
    assert not isinstance(caught.value, errors.APITimeoutError)
    assert isinstance(caught.value.__cause__, httpx.ConnectError)
    assert len(pacer.sleeps) == 4
    assert "POST http://127.0.0.1:" in str(caught.value)


def test_connection_errors_not_retried_when_turned_off(make_client: MakeClient, pacer: FakePacer) -> None:
    with raw_server("close") as server:
        client = make_client(server_url=server.url, retry_config=retry_config(connection=False))
        with pytest.raises(errors.APIConnectionError) as caught:
            client.chat.send(messages=FRANCE, model="m")
        assert len(server.connections) == 1
    assert isinstance(caught.value.__cause__, httpx.RemoteProtocolError)
    assert pacer.sleeps == []


def test_server_hanging_up_is_retried(make_client: MakeClient, pacer: FakePacer) -> None:
    with raw_server("close") as server:
        client = make_client(server_url=server.url, retry_config=retry_config(max_retries=2))
        with pytest.raises(errors.APIConnectionError):
            client.chat.send(messages=FRANCE, model="m")
        assert len(server.connections) == 3
    assert pacer.sleeps == [0.1, 0.2]


def test_read_timeout_raises_api_timeout_error(make_client: MakeClient, pacer: FakePacer) -> None:
    with raw_server("hang") as server:
        client = make_client(server_url=server.url, retry_config=retry_config(max_retries=1))
        with pytest.raises(errors.APITimeoutError) as caught:
            client.chat.send(messages=FRANCE, model="m", timeout_ms=100)
        assert len(server.connections) == 2  # the timeout was retried once
    assert isinstance(caught.value.__cause__, httpx.ReadTimeout)
    assert "timed out" in str(caught.value)
    assert API_KEY not in str(caught.value)


def test_unsupported_url_scheme_is_refused_not_retried(make_client: MakeClient, pacer: FakePacer) -> None:
    with pytest.raises(errors.InvalidRequestError, match="server_url must be an http:// or https:// URL"):
        make_client().chat.send(messages=FRANCE, model="m", server_url="ftp://127.0.0.1/api/v1")
    assert pacer.sleeps == []


def test_discarded_responses_are_closed_before_the_next_attempt(
    httpserver: HTTPServer, make_client: MakeClient
) -> None:
    # With a single pooled connection, an attempt whose response stayed open would block the next one.
    http = httpx.Client(
        verify=LOOPBACK_TLS, limits=httpx.Limits(max_connections=1), timeout=httpx.Timeout(5.0, pool=0.5)
    )
    try:
        client = make_client(client=http)
        # error bodies are not read by the loop (it streams), so each discarded one must be closed
        seen = serve_sequence(httpserver, CHAT, [fail(503), fail(503), fail(503), ok()])
        with pytest.raises(errors.ServiceUnavailableResponseError):
            client.chat.send(messages=FRANCE, model="m", retries=retry_config(max_retries=2))
        assert len(seen) == 3
        # the raised error's response was closed too: the pool is free for another request
        assert client.chat.send(messages=FRANCE, model="m", retries=NO_RETRIES).id == "gen-123"
        assert len(seen) == 4
    finally:
        http.close()


def test_every_retry_decision_is_logged_at_debug(
    httpserver: HTTPServer, client: ModelGates, caplog: pytest.LogCaptureFixture
) -> None:
    serve_sequence(httpserver, CHAT, [fail(429, {"Retry-After": "1"}), fail(400)])
    with caplog.at_level(logging.DEBUG, logger="modelgates"), pytest.raises(errors.BadRequestResponseError):
        client.chat.send(messages=FRANCE, model="m")
    messages = [r.getMessage() for r in caplog.records if r.name == "modelgates"]
    assert all(r.levelno == logging.DEBUG for r in caplog.records if r.name == "modelgates")
    assert any("429 is retryable; retry 1/4 in 1 s" in m for m in messages)
    assert any(m.endswith("400 is not retryable") for m in messages)
    assert sum(m.startswith("sending POST") for m in messages) == 2
    assert not any(API_KEY in m for m in messages)


# -- async twins


@pytest.mark.anyio
async def test_async_retry_after_and_success(httpserver: HTTPServer, aclient: ModelGates, pacer: FakePacer) -> None:
    seen = serve_sequence(httpserver, CHAT, [fail(429, {"Retry-After": "2"}), fail(500), ok()])
    result = await aclient.chat.send_async(messages=FRANCE, model="m")
    assert result.id == "gen-123"
    assert len(seen) == 3
    assert pacer.sleeps == [2.0, 1.0]


@pytest.mark.anyio
async def test_async_non_retryable_is_sent_once(httpserver: HTTPServer, aclient: ModelGates, pacer: FakePacer) -> None:
    seen = serve_sequence(httpserver, CHAT, [fail(422), ok()])
    with pytest.raises(errors.UnprocessableEntityResponseError):
        await aclient.chat.send_async(messages=FRANCE, model="m")
    assert len(seen) == 1


@pytest.mark.anyio
async def test_async_connection_refused(pacer: FakePacer) -> None:
    async with ModelGates(api_key=API_KEY, server_url=refused_url()) as client:
        client._core.pacer = pacer.pacer()
        with pytest.raises(errors.APIConnectionError) as caught:
            await client.chat.send_async(messages=FRANCE, model="m", retries=retry_config(max_retries=2))
    assert isinstance(caught.value.__cause__, httpx.ConnectError)
    assert pacer.sleeps == [0.1, 0.2]


@pytest.mark.anyio
async def test_async_read_timeout(pacer: FakePacer) -> None:
    with raw_server("hang") as server:
        async with ModelGates(api_key=API_KEY, server_url=server.url, timeout_ms=100) as client:
            client._core.pacer = pacer.pacer()
            with pytest.raises(errors.APITimeoutError) as caught:
                await client.chat.send_async(messages=FRANCE, model="m", retries=NO_RETRIES)
        assert len(server.connections) == 1
    assert isinstance(caught.value.__cause__, httpx.ReadTimeout)


@pytest.mark.anyio
async def test_async_bounded_by_max_elapsed_time(httpserver: HTTPServer, pacer: FakePacer) -> None:
    backoff = BackoffStrategy(initial_interval=1_000, max_interval=10_000, exponent=2.0, max_elapsed_time=5_000)
    seen = serve_sequence(httpserver, CHAT, [fail(529)])
    async with ModelGates(
        api_key=API_KEY, server_url=httpserver.url_for("/api/v1"), retry_config=retry_config(100, backoff)
    ) as client:
        client._core.pacer = pacer.pacer()
        with pytest.raises(errors.ProviderOverloadedResponseError):
            await client.chat.send_async(messages=FRANCE, model="m")
    assert pacer.sleeps == [1.0, 2.0]
    assert len(seen) == 3


def test_a_backoff_config_without_a_strategy_backs_off_as_the_default(
    httpserver: HTTPServer, make_client: Callable[..., ModelGates], pacer: FakePacer
) -> None:
    from modelgates.utils import RetryConfig

    # RetryConfig("backoff") once meant "backoff" on paper and a single attempt in fact.
    seen = serve_sequence(httpserver, CHAT, [fail(503), ok()])
    result = make_client(retry_config=RetryConfig("backoff")).chat.send(messages=FRANCE, model="m")
    assert result.id == "gen-123"
    assert len(seen) == 2
    assert pacer.sleeps == [0.5]


def test_a_retry_config_that_is_not_one_is_refused_by_the_constructor_naming_it() -> None:
    with pytest.raises(errors.InvalidRequestError) as caught:
        ModelGates(api_key=API_KEY, retry_config="none")  # type: ignore[arg-type]
    assert str(caught.value) == (
        "retry_config must be a RetryConfig (e.g. RetryConfig('none', None, False)), got 'none'"
    )
