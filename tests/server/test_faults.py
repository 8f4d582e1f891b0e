"""Fault injection: the grammar, and each fault doing on the wire what it says."""

from __future__ import annotations

import json
import time

import httpx
import pytest
from modelgates.testing import MAX_STALL_SECONDS, Fault, FaultSpecError, LocalServer, SpecValidator, parse_fault

from tests._support import LOOPBACK_TLS

from .conftest import CHAT_OP, SEED_CHAT, SEED_SPEECH, SPEECH_OP, sse_data

STREAM_CHAT = {**SEED_CHAT, "stream": True}


def _fault(spec: str) -> dict[str, str]:
    return {"X-ModelGates-Fault": spec}


def test_grammar() -> None:
    assert parse_fault("") is None
    assert parse_fault("none") is None
    assert parse_fault("503") == Fault("status", 503)
    assert parse_fault(" 429 ; retry-after=2 ; retry-after-ms=1500 ; should-retry=false ; body=html ") == Fault(
        "status", 429, retry_after="2", retry_after_ms="1500", should_retry=False, body="html"
    )
    assert parse_fault("503;retry-after=0.5").retry_after == "0.5"  # type: ignore[union-attr]
    assert parse_fault("cut") == Fault("cut")
    assert parse_fault("reset") == Fault("reset")
    assert parse_fault("stall=1.5") == Fault("stall", stall_seconds=1.5)
    assert parse_fault("stall=9999") == Fault("stall", stall_seconds=MAX_STALL_SECONDS)
    assert parse_fault("midstream-error=502") == Fault("midstream-error", 502)
    for bad in (
        "200",
        "600",
        "abc",
        "cut=1",
        "503;body=xml",
        "503;nope=1",
        "stall=-1",
        "stall=x",
        "cut;x",
        "503;retry-after=x",
    ):
        with pytest.raises(FaultSpecError):
            parse_fault(bad)


@pytest.mark.parametrize("status", [429, 500, 502, 503, 524, 529])
def test_declared_status_with_retry_headers(client: httpx.Client, validator: SpecValidator, status: int) -> None:
    spec = f"{status};retry-after=2;retry-after-ms=1500;should-retry=false"
    response = client.post("/chat/completions", json=SEED_CHAT, headers=_fault(spec))
    assert response.status_code == status
    assert response.headers["retry-after"] == "2"
    assert response.headers["retry-after-ms"] == "1500"
    assert response.headers["x-should-retry"] == "false"
    assert response.headers["x-generation-id"].startswith("gen-")
    body = response.json()
    assert body["error"]["code"] == status
    assert validator.validate_response_body(CHAT_OP, status, response.headers["content-type"], body) == []


def test_undeclared_status_and_body_kinds(client: httpx.Client) -> None:
    teapot = client.post("/audio/speech", json=SEED_SPEECH, headers=_fault("418"))
    assert teapot.status_code == 418
    assert teapot.json()["error"]["code"] == 418
    html = client.post("/audio/speech", json=SEED_SPEECH, headers=_fault("502;body=html"))
    assert html.headers["content-type"].startswith("text/html")
    assert "<h1>502 Bad Gateway</h1>" in html.text
    empty = client.post("/chat/completions", json=SEED_CHAT, headers=_fault("599;body=empty"))
    assert empty.status_code == 599
    assert empty.content == b""
    truncated = client.post("/chat/completions", json=SEED_CHAT, headers=_fault("500;body=truncated"))
    assert truncated.status_code == 500
    assert int(truncated.headers["content-length"]) == len(truncated.content) > 0
    with pytest.raises(json.JSONDecodeError):
        truncated.json()
    # The connection survives all of that (keep-alive): a normal request still works.
    assert client.post("/chat/completions", json=SEED_CHAT).status_code == 200


def test_fault_from_model_name_and_header_precedence(client: httpx.Client) -> None:
    by_model = client.post("/chat/completions", json={**SEED_CHAT, "model": "fault/429;retry-after=1"})
    assert by_model.status_code == 429
    assert by_model.headers["retry-after"] == "1"
    both = client.post("/chat/completions", json={**SEED_CHAT, "model": "fault/429"}, headers=_fault("503"))
    assert both.status_code == 503
    speech = client.post("/audio/speech", json={**SEED_SPEECH, "model": "fault/529"})
    assert speech.status_code == 529


def test_bad_fault_spec_is_a_400(client: httpx.Client) -> None:
    response = client.post("/chat/completions", json=SEED_CHAT, headers=_fault("explode"))
    assert response.status_code == 400
    assert "expected a status from 300 to 599" in response.json()["error"]["message"]


def test_scripted_queue(server: LocalServer, client: httpx.Client) -> None:
    server.enqueue_faults(["503;retry-after=0", "503", None])
    statuses = [client.post("/chat/completions", json=SEED_CHAT).status_code for _ in range(4)]
    assert statuses == [503, 503, 200, 200]
    server.enqueue_faults(["500"])
    assert client.post("/chat/completions", json=SEED_CHAT, headers=_fault("none")).status_code == 200  # header wins
    server.enqueue_faults(["500"])
    server.clear()
    assert client.post("/chat/completions", json=SEED_CHAT).status_code == 200
    with pytest.raises(FaultSpecError):
        server.enqueue_faults(["bogus"])


def test_reset(client: httpx.Client) -> None:
    with pytest.raises(httpx.TransportError):
        client.post("/chat/completions", json=SEED_CHAT, headers=_fault("reset"))
    assert client.post("/chat/completions", json=SEED_CHAT).status_code == 200


def test_cut_speech_sends_half_then_closes(client: httpx.Client) -> None:
    received = bytearray()
    with pytest.raises(httpx.RemoteProtocolError):
        with client.stream("POST", "/audio/speech", json=SEED_SPEECH, headers=_fault("cut")) as response:
            assert response.status_code == 200
            length = int(response.headers["content-length"])
            for piece in response.iter_raw():
                received += piece
    assert len(received) == length // 2


@pytest.mark.parametrize("spec", ["cut", "midstream-error=502"])
def test_cut_bytes_model(client: httpx.Client, spec: str) -> None:
    request = {"input": "x", "model": "test/bytes-200000", "voice": "v"}
    received = bytearray()
    with pytest.raises(httpx.RemoteProtocolError):
        with client.stream("POST", "/audio/speech", json=request, headers=_fault(spec)) as response:
            for piece in response.iter_raw():
                received += piece
    assert len(received) == 100000


def test_cut_chat_stream_and_json(client: httpx.Client) -> None:
    text = bytearray()
    with pytest.raises(httpx.RemoteProtocolError):
        with client.stream("POST", "/chat/completions", json=STREAM_CHAT, headers=_fault("cut")) as response:
            for piece in response.iter_bytes():
                text += piece
    data = sse_data(text.decode())
    assert len(data) == 2
    assert "[DONE]" not in data
    with pytest.raises(httpx.RemoteProtocolError):
        client.post("/chat/completions", json=SEED_CHAT, headers=_fault("cut"))


def test_midstream_error(client: httpx.Client, validator: SpecValidator) -> None:
    with client.stream(
        "POST", "/chat/completions", json=STREAM_CHAT, headers=_fault("midstream-error=502")
    ) as response:
        assert response.status_code == 200
        data = sse_data(response.read().decode())
    assert "[DONE]" not in data
    assert len(data) == 3
    last = data[-1]
    assert last["error"] == {"code": 502, "message": "Provider disconnected", "metadata": None}
    assert last["choices"] == [
        {"index": 0, "delta": {"content": ""}, "finish_reason": "error", "native_finish_reason": "error"}
    ]
    assert validator.validate_response_body(CHAT_OP, 200, "text/event-stream", last) == []
    # Without streaming there is no 200 to fail inside: the code becomes the status.
    plain = client.post("/chat/completions", json=SEED_CHAT, headers=_fault("midstream-error=502"))
    assert plain.status_code == 502


def test_stall(client: httpx.Client) -> None:
    started = time.monotonic()
    response = client.post("/chat/completions", json=SEED_CHAT, headers=_fault("stall=0.3"))
    assert response.status_code == 200
    assert time.monotonic() - started >= 0.3
    with pytest.raises(httpx.ReadTimeout):
        client.post(
            "/audio/speech",
            json=SEED_SPEECH,
            headers=_fault("stall=5"),
            timeout=httpx.Timeout(5, read=0.2),
        )


def test_stall_streams_after_the_pause(client: httpx.Client) -> None:
    with client.stream("POST", "/chat/completions", json=STREAM_CHAT, headers=_fault("stall=0.2")) as response:
        assert response.status_code == 200  # headers come first
        assert sse_data(response.read().decode())[-1] == "[DONE]"


def test_stop_ends_a_stall() -> None:
    with LocalServer() as server, httpx.Client(verify=LOOPBACK_TLS, base_url=server.url, timeout=10) as http:
        with http.stream(
            "POST",
            "/audio/speech",
            json=SEED_SPEECH,
            headers={"Authorization": "Bearer test-key", **_fault("stall=30")},
        ) as response:
            assert response.status_code == 200
            started = time.monotonic()
            server.stop()
            with pytest.raises(httpx.TransportError):
                response.read()
            assert time.monotonic() - started < 20  # well before the 30 s stall ends: stop() cut it


def test_speech_statuses_validate(client: httpx.Client, validator: SpecValidator) -> None:
    for status in (400, 401, 402, 404, 429, 500, 502, 503, 524, 529):
        response = client.post("/audio/speech", json=SEED_SPEECH, headers=_fault(str(status)))
        assert response.status_code == status
        assert validator.validate_response_body(SPEECH_OP, status, "application/json", response.json()) == []


@pytest.mark.parametrize("operation", ["responses", "messages"])
def test_a_midstream_error_in_any_event_stream_is_its_own_error_event(operation: str) -> None:
    # It cut the connection on every stream but chat's: the typed mid-stream error could not be tested offline.
    from modelgates import ModelGates, errors
    from modelgates.testing import LocalServer
    from modelgates.utils import NO_RETRIES

    fault = {"X-ModelGates-Fault": "midstream-error=529"}
    with (
        LocalServer(api_key="k") as server,
        ModelGates(api_key="k", server_url=server.url, retry_config=NO_RETRIES) as c,
    ):
        with pytest.raises(errors.ProviderOverloadedResponseError) as caught:
            if operation == "responses":
                with c.responses.send(input="Hi", model="m", stream=True, http_headers=fault) as stream:
                    list(stream)
            else:
                messages = [{"role": "user", "content": "Hi"}]
                with c.messages.create(
                    messages=messages, model="m", max_tokens=5, stream=True, http_headers=fault
                ) as s:
                    list(s)
    assert caught.value.status_code == 529
    assert caught.value.partial is not None  # the stream's first event arrived before the error
    assert "Injected fault: 529" in str(caught.value)
