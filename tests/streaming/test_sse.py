"""SSE framing: every WHATWG case, with the body split at every byte boundary.

The decoder is checked directly (all two-cut splits, fast), then end to end through
``chat.send(stream=True)`` against a loopback server that sends each piece as its own HTTP
chunk, for every split point where framing can go wrong (next to a line ending, a field's colon,
a byte of a multi-byte character or the BOM: a cut between two ASCII letters of the JSON is
decoded as any other of them, and the decoder test above covers those) and byte by byte.
"""

from __future__ import annotations

import json
import socket

import pytest
from modelgates import ModelGates
from modelgates._sse import ServerSentEvent, SSEDecoder

from tests._rawserver import RawServer, WireRequest

from .conftest import chunked

SSE_HEADERS = {"Content-Type": "text/event-stream"}
TEXTS = ["Hé", "llo ✓", " 🌍"]  # 2-, 3- and 4-byte UTF-8 sequences, so some cuts fall inside a character


def data(text: str, finish: str | None = None) -> str:
    return json.dumps(
        {"id": "gen-1", "choices": [{"index": 0, "delta": {"content": text}, "finish_reason": finish}]},
        ensure_ascii=False,
        separators=(",", ":"),
    )


def events(eol: str) -> list[str]:
    return [
        f"data: {data(TEXTS[0])}{eol}{eol}",
        f"data: {data(TEXTS[1])}{eol}{eol}",
        f"data: {data(TEXTS[2], 'stop')}{eol}{eol}",
    ]


def case(body: str) -> bytes:
    return body.encode()


CASES: dict[str, bytes] = {
    "lf": case("".join(events("\n")) + "data: [DONE]\n\n"),
    "crlf": case("".join(events("\r\n")) + "data: [DONE]\r\n\r\n"),
    "cr": case("".join(events("\r")) + "data: [DONE]\r\r"),
    "mixed line endings": case(
        f"data: {data(TEXTS[0])}\r\n\n"
        f"data: {data(TEXTS[1])}\r\r"
        f"data: {data(TEXTS[2], 'stop')}\n\r\n"
        "data: [DONE]\r\n\r\n"
    ),
    "keep-alive comments": case(
        ": OPENROUTER PROCESSING\n\n"
        + events("\n")[0]
        + ": OPENROUTER PROCESSING\n\n:\n\n"
        + events("\n")[1]
        + f": inside an event\ndata: {data(TEXTS[2], 'stop')}\n\n"
        + "data: [DONE]\n\n"
    ),
    "multi-line data": case(
        # A JSON object spread over data lines: the lines join with "\n", which JSON allows.
        'data: {"id":"gen-1",\ndata: "choices":[{"index":0,"delta":{"content":"Hé"}}]}\n\n'
        + events("\n")[1]
        + f"data: {data(TEXTS[2], 'stop')[:13]}\ndata:{data(TEXTS[2], 'stop')[13:]}\n\n"
        + "data: [DONE]\n\n"
    ),
    "event id retry and unknown fields": case(
        f"event: message\nid: 1\nretry: 3000\ndata: {data(TEXTS[0])}\n\n"
        f"id: 2\nx-unknown: yes\ndata:{data(TEXTS[1])}\n\n"
        f"retry: soon\ndata: {data(TEXTS[2], 'stop')}\n\n"
        "id: 3\n\n"  # no data: dispatches nothing
        "data: [DONE]\n\n"
    ),
    "leading BOM": b"\xef\xbb\xbf" + case("".join(events("\n")) + "data: [DONE]\n\n"),
}


def decode(pieces: list[bytes]) -> list[ServerSentEvent]:
    decoder = SSEDecoder()
    out: list[ServerSentEvent] = []
    for piece in pieces:
        out += decoder.feed(piece)
    return out


@pytest.mark.parametrize("name", list(CASES))
def test_decoder_gives_the_same_events_for_every_two_cut_split(name: str) -> None:
    body = CASES[name]
    expected = decode([body])
    assert [event.data for event in expected][-1] == "[DONE]"
    assert [json.loads(event.data)["choices"][0]["delta"]["content"] for event in expected[:-1]] == TEXTS
    assert decode([body[i : i + 1] for i in range(len(body))]) == expected
    for i in range(len(body) + 1):
        for j in range(i, len(body) + 1, 7):  # every first cut; second cuts sampled to stay fast
            assert decode([body[:i], body[i:j], body[j:]]) == expected, (i, j)


def test_decoder_reports_fields_per_the_spec() -> None:
    got = decode([CASES["event id retry and unknown fields"]])
    assert [(event.event, event.id, event.retry) for event in got] == [
        ("message", "1", 3000),
        ("message", "2", None),
        ("message", "2", None),  # the last event id persists; "retry: soon" is not a number
        ("message", "3", None),
    ]
    assert decode([b"event: ping\ndata: a\ndata:\ndata: b\n\n"]) == [ServerSentEvent(data="a\n\nb", event="ping")]


def test_decoder_keeps_an_unterminated_event_pending_and_decodes_utf8_whatever_the_split() -> None:
    decoder = SSEDecoder()
    assert decoder.feed(b"data: caf\xc3") == []
    assert decoder.feed(b"\xa9") == []
    assert decoder.has_pending
    assert decoder.feed(b"\r") == [] and decoder.feed(b"\r") == [ServerSentEvent(data="café")]
    assert decoder.feed(b"\n") == []  # a lone LF after CR CR is a blank line, not an event


def test_a_bom_only_counts_at_the_very_start() -> None:
    assert decode([b"\xef\xbb", b"\xbfdata: a\n\n"]) == [ServerSentEvent(data="a")]
    assert decode([b"\n\xef\xbb\xbfdata: a\n\n"]) == []  # a BOM later is part of a field name


def framing_points(body: bytes) -> list[int]:
    """Each cut ``i`` with a line ending, a colon or a non-ASCII byte on either side of it."""
    special = b"\r\n:"
    return [
        i
        for i in range(1, len(body))
        if body[i - 1] in special or body[i] in special or body[i - 1] >= 0x80 or body[i] >= 0x80
    ]


@pytest.mark.parametrize("name", list(CASES))
def test_chat_stream_is_the_same_for_every_framing_split_point_end_to_end(
    server: RawServer, client: ModelGates, name: str
) -> None:
    body = CASES[name]
    pieces: list[bytes] = []

    def handler(request: WireRequest, conn: socket.socket) -> bool:
        conn.sendall(chunked(200, SSE_HEADERS, pieces))
        return True

    server.handler = handler
    splits = [[body[:i], body[i:]] for i in framing_points(body)] + [[body[i : i + 1] for i in range(len(body))]]
    for split in splits:
        pieces[:] = split
        with client.chat.send(messages=[{"role": "user", "content": "hi"}], stream=True) as stream:
            texts = list(stream.iter_text())
        assert texts == TEXTS, split
        assert stream.accumulated.finish_reason == "stop"
        assert stream.http_response.is_closed
    assert len(server.requests) == len(splits)


def test_a_large_event_in_small_pieces_arrives_whole() -> None:
    # A base64 image delta can be megabytes in one event; pieces of 1 KiB must not each rescan it.
    from modelgates._sse import SSEDecoder

    payload = "A" * (2 << 20)
    body = b"data: " + payload.encode() + b"\r\n\r\ndata: next\r\n\r\n"
    decoder = SSEDecoder()
    events = []
    for start in range(0, len(body), 1023):  # odd piece size: a CRLF falls across a boundary
        events += decoder.feed(body[start : start + 1023])
    assert [len(e.data) for e in events] == [len(payload), 4]
    assert events[0].data == payload
