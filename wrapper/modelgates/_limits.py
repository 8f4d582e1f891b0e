"""Size and time limits on what a server may send, and the bounded reads that apply them.

A body is counted after content decoding (gzip, deflate, brotli): a 10 MB gzip body can expand to
10 GB, so counting the wire bytes would bound nothing. Each limit has a default that no real answer
comes near, and is set per client with ``ModelGates(limits=Limits(...))``.
"""

from __future__ import annotations

import time
from dataclasses import dataclass

import httpx

from ._exceptions import ResponseTooLargeError
from ._validate import check_number

__all__ = [
    "DEFAULT_LIMITS",
    "Limits",
    "attempt_seconds",
    "read_body",
    "read_body_async",
    "timeout_seconds",
    "whole_response_timeout",
]

MIB = 1 << 20


@dataclass(frozen=True)
class Limits:
    """``max_body_bytes``: a buffered (JSON) body, decoded; ``max_event_bytes``: one server-sent
    event or line; ``max_decompression_ratio``: decoded over received bytes of a streamed (audio)
    body, checked once ``ratio_after_bytes`` have been decoded, so a gzip bomb fails while real
    audio, which hardly compresses, streams at any length."""

    max_body_bytes: int = 64 * MIB
    max_event_bytes: int = 16 * MIB
    max_decompression_ratio: float = 100.0
    ratio_after_bytes: int = 16 * MIB

    def __post_init__(self) -> None:
        for name in ("max_body_bytes", "max_event_bytes", "max_decompression_ratio", "ratio_after_bytes"):
            check_number(f"Limits.{name}", getattr(self, name), strict=True)


DEFAULT_LIMITS = Limits()


def too_large(what: str, limit: int, field: str, response: httpx.Response | None) -> ResponseTooLargeError:
    return ResponseTooLargeError(
        f"{what} is larger than {limit} bytes (decoded); nothing more was read. To accept more, pass "
        f"ModelGates(limits=Limits({field}=...))",
        body="",
        raw_response=response,
    )


def timeout_seconds(request: httpx.Request, kind: str) -> float | None:
    """The request's ``kind`` timeout ("read", "pool"...) as httpx put it in its extensions."""
    timeout = request.extensions.get("timeout", {})
    seconds = timeout.get(kind) if isinstance(timeout, dict) else None
    return float(seconds) if isinstance(seconds, int | float) else None


def attempt_seconds(request: httpx.Request) -> float | None:
    """How long one whole attempt may take: the request's read timeout (``timeout_ms``), which
    httpx applies only between two reads, so a server sending a byte a second never trips it."""
    return timeout_seconds(request, "read")


def whole_response_timeout(request: httpx.Request) -> httpx.ReadTimeout:
    """What an attempt that outlasted ``attempt_seconds`` raises (mapped to ``APITimeoutError``)."""
    return httpx.ReadTimeout("the whole response took longer than the timeout", request=request)


def _overdue(request: httpx.Request, deadline: float | None) -> httpx.ReadTimeout | None:
    if deadline is None or time.monotonic() <= deadline:
        return None
    return whole_response_timeout(request)


def _capped(response: httpx.Response, limits: Limits) -> ResponseTooLargeError | None:
    announced = response.headers.get("content-length", "")
    if announced.isdigit() and "content-encoding" not in response.headers and int(announced) > limits.max_body_bytes:
        return too_large("the response body", limits.max_body_bytes, "max_body_bytes", response)
    return None


def read_body(response: httpx.Response, limits: Limits, deadline: float | None) -> bytes:
    """The whole decoded body, refusing one over ``max_body_bytes`` and one still arriving at ``deadline``."""
    error = _capped(response, limits)
    if error is not None:
        raise error
    chunks: list[bytes] = []
    size = 0
    for chunk in response.iter_bytes():
        size += len(chunk)
        if size > limits.max_body_bytes:
            raise too_large("the response body", limits.max_body_bytes, "max_body_bytes", response)
        chunks.append(chunk)
        late = _overdue(response.request, deadline)
        if late is not None:
            raise late
    body = b"".join(chunks)
    response._content = body  # where httpx keeps a read body: .json() and .text work as usual
    return body


async def read_body_async(response: httpx.Response, limits: Limits, deadline: float | None) -> bytes:
    error = _capped(response, limits)
    if error is not None:
        raise error
    chunks: list[bytes] = []
    size = 0
    async for chunk in response.aiter_bytes():
        size += len(chunk)
        if size > limits.max_body_bytes:
            raise too_large("the response body", limits.max_body_bytes, "max_body_bytes", response)
        chunks.append(chunk)
        late = _overdue(response.request, deadline)
        if late is not None:
            raise late
    body = b"".join(chunks)
    response._content = body
    return body
