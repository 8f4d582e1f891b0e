"""SSE framing micro-benchmark: httpx-sse's ``EventSource.iter_sse()`` against hand-rolled parsers.

The same 10,000-event byte stream the server sends for ``test/stream-10000`` (its own generator), held in
memory and handed over in 16 KiB pieces (what the server's writes look like), through an ``httpx.Response``.
No network, no JSON models: only the framing, then the framing plus ``json.loads`` of each ``data``.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Iterator

import httpx
from _common import Context, Row, log, median

SECTION = "8. SSE framing (micro-benchmark, in memory)"
EVENTS = 10_000
PIECE = 16 * 1024

Parser = Callable[[httpx.Response], Iterator[str]]  # yields each event's data


class _Pieces(httpx.SyncByteStream):
    def __init__(self, data: bytes) -> None:
        self._data = data

    def __iter__(self) -> Iterator[bytes]:
        data = self._data
        for start in range(0, len(data), PIECE):
            yield data[start : start + PIECE]


def _body() -> bytes:
    from modelgates.testing._chat import stream_bench_events

    events = stream_bench_events(EVENTS, "gen-bench", 1_700_000_000, f"test/stream-{EVENTS}")
    return b": OPENROUTER PROCESSING\n\n" + b"".join(events)


def _httpx_sse(response: httpx.Response) -> Iterator[str]:
    from httpx_sse import EventSource

    for event in EventSource(response).iter_sse():
        yield event.data


def _modelgates_decoder(response: httpx.Response) -> Iterator[str]:
    from modelgates._sse import SSEDecoder

    decoder = SSEDecoder()
    for piece in response.iter_bytes():
        for event in decoder.feed(piece):
            yield event.data


def _iter_lines(response: httpx.Response) -> Iterator[str]:
    """Minimal: httpx's line splitting, ``data:`` lines only (one data line per event, as this server sends)."""
    for line in response.iter_lines():
        if line.startswith("data:"):
            yield line[5:].lstrip()


def _split_bytes(response: httpx.Response) -> Iterator[str]:
    """Minimal on bytes: split at blank lines (LF only), keep the ``data:`` lines of each block."""
    buffer = b""
    for piece in response.iter_bytes():
        buffer += piece
        *blocks, buffer = buffer.split(b"\n\n")
        for block in blocks:
            for line in block.split(b"\n"):
                if line.startswith(b"data:"):
                    yield line[5:].lstrip().decode()


PARSERS: dict[str, Parser] = {
    "httpx-sse EventSource.iter_sse()": _httpx_sse,
    "modelgates._sse.SSEDecoder (ships in the SDK)": _modelgates_decoder,
    "hand-rolled: iter_lines + 'data:' prefix": _iter_lines,
    "hand-rolled: bytes split at blank lines": _split_bytes,
}


def _time(parser: Parser, body: bytes, *, decode: bool) -> tuple[float, int]:
    response = httpx.Response(200, headers={"content-type": "text/event-stream"}, stream=_Pieces(body))
    count = 0
    started = time.perf_counter()
    for data in parser(response):
        if data == "[DONE]":
            break
        if decode:
            json.loads(data)
        count += 1
    return time.perf_counter() - started, count


def run(ctx: Context) -> list[Row]:
    repeats = ctx.reps(7, 2)
    body = _body()
    framing = Row(SECTION, f"framing only: {EVENTS:,} events, us per event", "us", "lower")
    decoded = Row(SECTION, "framing + json.loads: us per event", "us", "lower")
    framing.values, decoded.values = {}, {}
    for name, parser in PARSERS.items():
        for row, decode in ((framing, False), (decoded, True)):
            _time(parser, body, decode=decode)  # warm-up
            samples = [_time(parser, body, decode=decode) for _ in range(repeats)]
            counts = {count for _, count in samples}
            if counts != {EVENTS + 2}:
                row.notes[name] = f"saw {sorted(counts)} events, expected {EVENTS + 2}"
            row.values[name] = median([seconds for seconds, _ in samples]) / (EVENTS + 2) * 1e6
        log(f"  {name}: {framing.values[name]:.2f} us/event framing, {decoded.values[name]:.2f} with json.loads")
    framing.detail["bytes"] = len(body)
    framing.detail["piece_bytes"] = PIECE
    return [framing, decoded]
