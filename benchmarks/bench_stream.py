"""Section 4: chat streaming. A long SSE stream (10,000 chunks): events/s in user code, and time to first event."""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager
from typing import Any

from _common import API_KEY, MESSAGES, SDKS, Context, Row, attempt, chat_body, log, median, raw_headers

SECTION = "4. Chat streaming (SSE)"
EVENTS = 10_000
MODEL = f"test/stream-{EVENTS}"
SLOW_SECONDS = 2.0

Opener = Callable[[], AbstractContextManager[Iterator[Any]]]


class _RawStream:
    """Raw httpx: ``client.stream`` + ``iter_lines`` + manual ``data:`` parsing + ``json.loads``."""

    def __init__(self, http: Any, url: str) -> None:
        self._context = http.stream(
            "POST", url + "/chat/completions", content=chat_body(MODEL, stream=True), headers=raw_headers()
        )

    def __enter__(self) -> Iterator[Any]:
        return self._events(self._context.__enter__())

    @staticmethod
    def _events(response: Any) -> Iterator[Any]:
        response.raise_for_status()
        for line in response.iter_lines():
            if line.startswith("data:"):
                data = line[5:].lstrip()
                if data == "[DONE]":
                    return
                yield json.loads(data)

    def __exit__(self, *exc_info: object) -> None:
        self._context.__exit__(*exc_info)


def _openers(sdk: str, url: str) -> tuple[Opener, Callable[[], None]]:
    """How ``sdk`` opens the stream (a context manager yielding typed events), and how to close its client."""
    if sdk == "modelgates":
        import modelgates

        mg = modelgates.ModelGates(api_key=API_KEY, server_url=url)
        return (lambda: mg.chat.send(messages=MESSAGES, model=MODEL, stream=True)), mg.close
    if sdk == "httpx":
        import httpx

        http = httpx.Client()
        return (lambda: _RawStream(http, url)), http.close
    if sdk == "openai":
        import openai

        oa = openai.OpenAI(api_key=API_KEY, base_url=url)

        def open_oa() -> Any:
            return oa.chat.completions.create(model=MODEL, messages=MESSAGES, stream=True)  # type: ignore[arg-type]

        return open_oa, oa.close
    if sdk == "openrouter":
        import openrouter

        orc: Any = openrouter.OpenRouter(api_key=API_KEY, server_url=url)

        def open_or() -> Any:
            return orc.chat.send(model=MODEL, messages=MESSAGES, stream=True)

        return open_or, lambda: orc.__exit__(None, None, None)
    raise ValueError(sdk)


def _consume(open_stream: Opener) -> tuple[float, float, int]:
    """(seconds to the first event, seconds for all, events) as seen by the code iterating the stream."""
    started = time.perf_counter()
    first = 0.0
    count = 0
    with open_stream() as events:
        for _ in events:
            if count == 0:
                first = time.perf_counter() - started
            count += 1
    return first, time.perf_counter() - started, count


def _warm(sdk: str, url: str) -> tuple[Opener, Callable[[], None], tuple[float, float, int]]:
    """The SDK's opener and close, and its first stream (it warms the connection and the lazy imports)."""
    open_stream, close = _openers(sdk, url)
    try:
        first = _consume(open_stream)
        if first[2] < EVENTS:
            raise RuntimeError(f"only {first[2]} events arrived")
    except BaseException:
        close()
        raise
    return open_stream, close, first


def _rounds(
    opened: dict[str, tuple[Opener, Callable[[], None]]],
    samples: dict[str, list[tuple[float, float, int]]],
    repeats: int,
    rows: tuple[Row, Row, Row],
) -> None:
    """Round-robin: every SDK sees the same machine state (the host's load moves); one that fails is n/a."""
    rate = rows[0]
    for _ in range(repeats):
        for sdk in list(opened):
            taken = attempt(rate, sdk, lambda sdk=sdk: _consume(opened[sdk][0]))  # type: ignore[misc]
            if taken is None:
                opened.pop(sdk)[1]()
                samples.pop(sdk)
                for row in rows[1:]:
                    row.values[sdk], row.notes[sdk] = None, rate.notes[sdk]
            else:
                samples[sdk].append(taken)


def run(ctx: Context) -> list[Row]:
    repeats = ctx.reps(5, 1)
    rate = Row(SECTION, f"events/s, {EVENTS:,} chunks as typed objects", "events/s", "higher")
    first = Row(SECTION, "time to first event (request sent -> first chunk in user code)", "ms", "lower")
    total = Row(SECTION, f"wall time for the whole {EVENTS:,}-chunk stream", "ms", "lower")
    opened: dict[str, tuple[Opener, Callable[[], None]]] = {}
    samples: dict[str, list[tuple[float, float, int]]] = {}
    for sdk in SDKS:
        warmed = attempt(rate, sdk, lambda sdk=sdk: _warm(sdk, ctx.url))  # type: ignore[misc]
        if warmed is None:
            for row in (first, total):
                row.values[sdk], row.notes[sdk] = None, rate.notes[sdk]
            continue
        open_stream, close, warm = warmed
        if warm[1] > SLOW_SECONDS:  # measured once: its warm-up stream is the sample
            samples[sdk] = [warm]
            close()
        else:
            opened[sdk], samples[sdk] = (open_stream, close), []
    try:
        _rounds(opened, samples, repeats, (rate, first, total))
    finally:
        for _open, close in opened.values():
            close()
    for sdk, taken in samples.items():
        seconds = median([s[1] for s in taken])
        rate.values[sdk] = taken[0][2] / seconds
        first.values[sdk] = median([s[0] for s in taken]) * 1000
        total.values[sdk] = seconds * 1000
        total.detail.setdefault("samples_s", {})[sdk] = [s[1] for s in taken]
        first.detail.setdefault("samples_ms", {})[sdk] = [s[0] * 1000 for s in taken]
        log(f"  {sdk}: {rate.values[sdk]:,.0f} events/s, first after {first.values[sdk]:.1f} ms")
    rate.notes.setdefault("httpx", "dicts from json.loads, not typed objects")
    rate.detail["note"] = (
        f"typed: modelgates ChatStreamChunk (attrs), openai ChatCompletionChunk (pydantic), openrouter "
        f"ChatStreamChunk (pydantic); an SDK whose first stream took over {SLOW_SECONDS:.0f}s is measured once"
    )
    return [rate, first, total]
