"""One SDK streams one large speech body to a file, in a fresh process; prints its measurements as JSON.

Usage: audio_worker.py SDK URL OUT_PATH SIZE_BYTES. Memory is measured around the download only (after the
SDK is imported, its client made and a small warm-up request sent), both as the growth of ``ru_maxrss``
and as the peak resident set sampled every 2 ms by a thread (``ru_maxrss`` may hide growth below an
earlier peak).
"""

from __future__ import annotations

import gc
import json
import os
import resource
import sys
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager
from typing import Any

import psutil
from _common import API_KEY, raw_headers

VOICE = "alloy"
TEXT = "benchmark"

# Per SDK: (download the body of `model` to `path`, open the same request and hand out its pieces).
Download = Callable[[str, str], None]
Pieces = Callable[[str], AbstractContextManager[Iterator[bytes]]]


class _Opened:
    """A context manager over a streamed response, yielding an iterator of its byte pieces."""

    def __init__(self, enter: Callable[[], Any], pieces: Callable[[Any], Iterator[bytes]], close: Callable[[Any], Any]):
        self._enter, self._pieces, self._close = enter, pieces, close
        self._response: Any = None

    def __enter__(self) -> Iterator[bytes]:
        self._response = self._enter()
        return self._pieces(self._response)

    def __exit__(self, *exc_info: object) -> None:
        self._close(self._response)


def _write_all(pieces: Iterator[bytes], path: str) -> None:
    with open(path, "wb") as out:
        for piece in pieces:
            out.write(piece)


def _sdk(sdk: str, url: str) -> tuple[Download, Pieces]:
    if sdk == "modelgates":
        import modelgates

        mg = modelgates.ModelGates(api_key=API_KEY, server_url=url)

        def download_mg(model: str, path: str) -> None:
            with mg.tts.create_speech(input=TEXT, model=model, voice=VOICE) as audio:
                audio.stream_to_file(path)

        def pieces_mg(model: str) -> _Opened:
            return _Opened(
                lambda: mg.tts.create_speech(input=TEXT, model=model, voice=VOICE),
                lambda r: r.iter_bytes(),
                lambda r: r.close(),
            )

        return download_mg, pieces_mg
    if sdk == "httpx":
        import httpx

        http = httpx.Client()
        endpoint, headers = url + "/audio/speech", raw_headers()

        def open_httpx(model: str) -> AbstractContextManager[httpx.Response]:
            return http.stream("POST", endpoint, json={"input": TEXT, "model": model, "voice": VOICE}, headers=headers)

        def download_httpx(model: str, path: str) -> None:
            with open_httpx(model) as response:
                response.raise_for_status()
                _write_all(response.iter_bytes(), path)

        def pieces_httpx(model: str) -> _Opened:
            context = open_httpx(model)
            return _Opened(context.__enter__, lambda r: r.iter_bytes(), lambda r: context.__exit__(None, None, None))

        return download_httpx, pieces_httpx
    if sdk == "openai":
        import openai

        oa = openai.OpenAI(api_key=API_KEY, base_url=url)

        def download_oa(model: str, path: str) -> None:
            with oa.with_streaming_response.audio.speech.create(model=model, voice=VOICE, input=TEXT) as response:
                response.stream_to_file(path)

        def pieces_oa(model: str) -> _Opened:
            context = oa.with_streaming_response.audio.speech.create(model=model, voice=VOICE, input=TEXT)
            return _Opened(context.__enter__, lambda r: r.iter_bytes(), lambda r: context.__exit__(None, None, None))

        return download_oa, pieces_oa
    if sdk == "openrouter":
        import openrouter

        orc = openrouter.OpenRouter(api_key=API_KEY, server_url=url)

        def download_or(model: str, path: str) -> None:
            # Its speech API returns the streamed httpx.Response itself: the caller copies the pieces.
            response = orc.tts.create_speech(input=TEXT, model=model, voice=VOICE)
            try:
                _write_all(response.iter_bytes(), path)
            finally:
                response.close()

        def pieces_or(model: str) -> _Opened:
            return _Opened(
                lambda: orc.tts.create_speech(input=TEXT, model=model, voice=VOICE),
                lambda r: r.iter_bytes(),
                lambda r: r.close(),
            )

        return download_or, pieces_or
    raise ValueError(sdk)


class _Sampler(threading.Thread):
    def __init__(self) -> None:
        super().__init__(daemon=True)
        self._process = psutil.Process()
        self.peak = self._process.memory_info().rss
        self._halt = threading.Event()

    def run(self) -> None:
        while not self._halt.wait(0.002):
            self.peak = max(self.peak, self._process.memory_info().rss)

    def stop(self) -> int:
        self._halt.set()
        self.join()
        return int(max(self.peak, self._process.memory_info().rss))


def main() -> None:
    sdk, url, path, size = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
    download, pieces = _sdk(sdk, url)
    download("test/bytes-65536", path)  # warm-up: lazy imports, connection, file-system paths
    os.unlink(path)
    gc.collect()
    rss_before = psutil.Process().memory_info().rss
    maxrss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
    sampler = _Sampler()
    sampler.start()
    started = time.perf_counter()
    download(f"test/bytes-{size}", path)
    elapsed = time.perf_counter() - started
    peak = sampler.stop()
    maxrss_after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
    written = os.path.getsize(path)
    os.unlink(path)
    if written != size:
        raise SystemExit(f"{sdk} wrote {written} bytes, expected {size}")
    started = time.perf_counter()
    with pieces(f"test/bytes-{size}") as chunks:
        next(chunks)
        first_byte = time.perf_counter() - started
    result = {
        "seconds": elapsed,
        "first_byte_seconds": first_byte,
        "rss_growth_sampled": peak - rss_before,
        "rss_growth_maxrss": max(0, maxrss_after - maxrss_before),
        "rss_before": rss_before,
    }
    print(json.dumps(result))


if __name__ == "__main__":
    main()
