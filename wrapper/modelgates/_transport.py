"""The one path every request takes: send, decide on a retry, map errors (sync and async).

Both the buffered calls (chat JSON) and the streamed ones (speech audio, chat events) go
through ``send``/``send_async``. A response comes back only when its status is a success: read
whole for buffered calls (a body cut mid-way is retried as a whole), and for streams with their
first body bytes already in (a failure before them is retried; the rest is the caller's to read).
So a stream is retried only before its first byte reaches the caller.
"""

from __future__ import annotations

import datetime
import logging
import time
import weakref
from collections.abc import AsyncIterator, Iterator, Sequence
from dataclasses import dataclass, field
from typing import TypeVar, cast

import httpx
import httpx._client

from ._deadline import attempt_deadline
from ._exceptions import (
    APIConnectionError,
    APITimeoutError,
    IncompleteResponseError,
    ModelGatesError,
    error_from_response,
)
from ._headers import redacted_headers
from ._limits import DEFAULT_LIMITS, Limits, attempt_seconds, read_body, read_body_async, whole_response_timeout
from ._redact import forget_sent_credentials, install_log_filter, redact, scrub_request, scrub_response
from ._retry import Pacer, RetryConfig, check_retry_config, retry_decision, retry_delay
from ._slow_start import slot_for

__all__ = ["ERROR_BODY_LIMIT", "RequestPolicy", "buffered", "error_from_transport", "send", "send_async"]

# An error body bigger than this is cut: it is only there to explain the error.
ERROR_BODY_LIMIT = 1 << 20


@dataclass(frozen=True)
class RequestPolicy:
    """How one call is sent: its retries, whether its body is streamed, what to hide in logs.

    Not a tuple: an error tracker that records a traceback's locals expands tuples item by item
    (Sentry does), and ``secrets`` must never be read that way, nor shown by the repr."""

    retries: RetryConfig
    stream: bool | None  # None: a JSON response is read whole, any other media type streamed
    pacer: Pacer
    logger: logging.Logger
    secrets: Sequence[str] = field(repr=False)  # the API key: never in a repr (tracebacks with locals, logs)
    limits: Limits = DEFAULT_LIMITS


_S = TypeVar("_S", httpx.SyncByteStream, httpx.AsyncByteStream)
# httpx's wrappers that point back at their response (see ``_unbound``); None if a release drops them.
_BOUND_SYNC: type | None = getattr(httpx._client, "BoundSyncStream", None)
_BOUND_ASYNC: type | None = getattr(httpx._client, "BoundAsyncStream", None)

# Transport errors that are about the request itself, not the network: the same request fails again.
_NEVER_RETRIED = (httpx.UnsupportedProtocol, httpx.LocalProtocolError)


def loggable_url(url: httpx.URL) -> httpx.URL:
    """``url`` without the parts that may hold credentials (user:password@, the query)."""
    return url.copy_with(query=None, userinfo=b"")


def error_from_transport(
    exc: httpx.RequestError, secrets: Sequence[str] = (), request: httpx.Request | None = None
) -> ModelGatesError:
    """The SDK error for an httpx failure that left us without a (complete) response."""
    request = _request_of(exc) or request  # errors raised while reading a body carry none
    if request is not None and _request_of(exc) is not None:
        exc.request = scrub_request(request)  # the httpx error is the SDK error's __cause__: no key there either
    where = f"{request.method} {loggable_url(request.url)}" if request is not None else "request"
    detail = redact(str(exc) or type(exc).__name__, secrets)
    if isinstance(exc, httpx.TimeoutException):
        return APITimeoutError(f"{where} timed out ({type(exc).__name__}: {detail})", request=request)
    return APIConnectionError(f"{where} failed: {type(exc).__name__}: {detail}", request=request)


def _request_of(exc: httpx.RequestError) -> httpx.Request | None:
    try:
        return exc.request
    except RuntimeError:
        return None


class _Attempts:
    """Bookkeeping of one call's attempts: counts, elapsed time, and the retry verdicts."""

    def __init__(self, request: httpx.Request, policy: RequestPolicy) -> None:
        self.request = request
        self.policy = policy
        self.retries_done = 0
        self.started = policy.pacer.monotonic()

    def _delay_if_allowed(self, verdict: tuple[bool, str], headers: httpx.Headers | None, what: str) -> float | None:
        config = self.policy.retries
        log = self.policy.logger
        allowed, reason = verdict
        if not allowed or not config.enabled or config.backoff is None:
            off = "" if not allowed else ", but retries are off"
            log.debug("%s %s: %s; %s%s", self.request.method, loggable_url(self.request.url), what, reason, off)
            return None
        if self.retries_done >= config.max_retries:
            log.debug("%s: giving up after %d retries", what, self.retries_done)
            return None
        pacer = self.policy.pacer
        delay = retry_delay(self.retries_done, config.backoff, headers, rand=pacer.random(), now=pacer.wall_clock())
        elapsed = pacer.monotonic() - self.started
        if elapsed + delay > config.backoff.max_elapsed_time / 1000:
            log.debug(
                "%s: giving up, a retry in %.2fs would pass the %d ms budget",
                what,
                delay,
                config.backoff.max_elapsed_time,
            )
            return None
        self.retries_done += 1
        log.debug(
            "%s %s: %s; %s; retry %d/%d in %g s",
            self.request.method,
            loggable_url(self.request.url),
            what,
            reason,
            self.retries_done,
            config.max_retries,
            round(delay, 3),
        )
        return delay

    def after_response(self, response: httpx.Response) -> float | None:
        return self._delay_if_allowed(
            retry_decision(response.status_code, response.headers), response.headers, f"status {response.status_code}"
        )

    def after_transport_error(self, exc: httpx.RequestError) -> float | None:
        if not isinstance(exc, httpx.TransportError) or isinstance(exc, _NEVER_RETRIED):
            # too many redirects, undecodable body, a URL scheme httpx cannot send, a request
            # httpx refused to write: trying again cannot help
            self.policy.logger.debug("%s: not retrying, trying again cannot help", type(exc).__name__)
            return None
        if not self.policy.retries.retry_connection_errors:
            self.policy.logger.debug("%s: not retrying, connection-error retries are off", type(exc).__name__)
            return None
        return self._delay_if_allowed(retry_decision(None, None), None, type(exc).__name__)


def _log_send(request: httpx.Request, policy: RequestPolicy) -> None:
    if policy.logger.isEnabledFor(logging.DEBUG):
        policy.logger.debug(
            "sending %s %s headers=%s", request.method, loggable_url(request.url), redacted_headers(request.headers)
        )


def _kept(response: httpx.Response, body: bytes) -> bytes:
    # Where httpx keeps a body it has read: `err.raw_response.text` / `.json()` then work as on any
    # read response, instead of raising ResponseNotRead (we read it chunk by chunk, capped).
    response._content = body
    return body


def _read_error_body_sync(response: httpx.Response) -> bytes:
    chunks = []
    size = 0
    try:
        for chunk in response.iter_bytes():  # decoded: error pages often come gzipped
            chunks.append(chunk)
            size += len(chunk)
            if size >= ERROR_BODY_LIMIT:
                break
    except httpx.HTTPError:
        pass  # a cut error body still tells us the status; keep what arrived
    finally:
        response.close()
    return _kept(response, b"".join(chunks)[:ERROR_BODY_LIMIT])


async def _read_error_body_async(response: httpx.Response) -> bytes:
    chunks = []
    size = 0
    try:
        async for chunk in response.aiter_bytes():
            chunks.append(chunk)
            size += len(chunk)
            if size >= ERROR_BODY_LIMIT:
                break
    except httpx.HTTPError:
        pass
    finally:
        await response.aclose()
    return _kept(response, b"".join(chunks)[:ERROR_BODY_LIMIT])


def _unbound(stream: _S, bound: type | None) -> _S:
    """The transport's stream under httpx's ``Bound*Stream``, which holds the response itself.

    A prefetched body keeps a live generator. Reachable from the response, it would sit in the
    cycle response -> stream -> generator -> Bound*Stream -> response, so a response dropped
    unread would be closed by the garbage collector at any moment, possibly while this thread
    holds httpcore's pool lock (closing takes it again: a deadlock). Skipping the bound wrapper
    leaves no cycle: dropping the response closes its body there and then.
    """
    inner = getattr(stream, "_stream", None)
    if bound is not None and isinstance(stream, bound) and inner is not None:
        return cast(_S, inner)
    return stream


class _Prefetched(httpx.SyncByteStream):
    """A response body whose first raw piece was already read (see ``_attempt_sync``)."""

    def __init__(self, first: bytes, rest: Iterator[bytes], original: httpx.SyncByteStream, elapsed: _Elapsed) -> None:
        self._first, self._rest, self._original, self._elapsed = first, rest, original, elapsed

    def __iter__(self) -> Iterator[bytes]:
        if self._first:
            first, self._first = self._first, b""
            yield first
        yield from self._rest

    def close(self) -> None:
        self._elapsed.stop()
        self._original.close()


class _AsyncPrefetched(httpx.AsyncByteStream):
    def __init__(
        self, first: bytes, rest: AsyncIterator[bytes], original: httpx.AsyncByteStream, elapsed: _Elapsed
    ) -> None:
        self._first, self._rest, self._original, self._elapsed = first, rest, original, elapsed

    async def __aiter__(self) -> AsyncIterator[bytes]:
        if self._first:
            first, self._first = self._first, b""
            yield first
        async for piece in self._rest:
            yield piece

    async def aclose(self) -> None:
        self._elapsed.stop()
        await self._original.aclose()


def buffered(response: httpx.Response, policy: RequestPolicy) -> bool:
    """Whether a success response is read whole (JSON, or a media type left to decide) or streamed."""
    if policy.stream is None:
        media = response.headers.get("content-type", "").partition(";")[0].strip().lower()
        return media in ("", "application/json", "text/json") or media.endswith("+json")
    return not policy.stream


class _Elapsed:
    """Sets ``response.elapsed`` on close, as the bound stream we skipped would (weakly: no cycle)."""

    def __init__(self, response: httpx.Response, started: float) -> None:
        self._response = weakref.ref(response)
        self._started = started

    def stop(self) -> None:
        response = self._response()
        if response is not None:
            response.elapsed = datetime.timedelta(seconds=time.perf_counter() - self._started)


class _CutBody(Exception):
    """A buffered body broke off after its headers: retried like a connection error, and once the
    retries are spent, an ``IncompleteResponseError`` (what the caller can tell apart)."""

    def __init__(self, cause: httpx.TransportError, response: httpx.Response) -> None:
        super().__init__(str(cause))
        self.cause = cause
        self.response = response

    def error(self, secrets: Sequence[str]) -> ModelGatesError:
        received = self.response.num_bytes_downloaded
        if not received:  # broke before any body byte: as a stream that breaks then, a connection error
            return error_from_transport(self.cause, secrets, self.response.request)
        return IncompleteResponseError(
            f"the response body broke off after {received} bytes: {error_from_transport(self.cause, secrets)}",
            bytes_received=received,
            raw_response=self.response,
        )


# Redirects the send loop follows in a row before it reports the last one as an error.
MAX_REDIRECTS = 5


def _redirected(
    client: httpx.Client | httpx.AsyncClient, request: httpx.Request, response: httpx.Response, hops: int
) -> httpx.Request | None:
    """The request to send next for a redirect we follow, else None (the redirect is an error).

    Only a 307/308 (they keep the method and the body) to the same origin (scheme, host, port) is
    followed, with every header: httpx would also follow one to another host, dropping only
    ``Authorization`` while forwarding the body and an ``X-Api-Key`` given in ``http_headers=``,
    and would turn a POST answered by 301/302/303 into a GET whose reply looked like a result.
    A client passed in with ``follow_redirects=False`` follows none.
    """
    if not (response.is_redirect and client.follow_redirects and hops < MAX_REDIRECTS):
        return None
    target = request.url.join(response.headers["location"])
    same_origin = (target.scheme, target.host, target.port) == (request.url.scheme, request.url.host, request.url.port)
    if response.status_code not in (307, 308) or not same_origin:
        return None
    try:
        content = request.content
    except httpx.RequestNotRead:  # a streamed body (a multipart upload) cannot be sent twice
        return None
    extensions = request.extensions
    return httpx.Request(request.method, target, headers=request.headers, content=content, extensions=extensions)


def _deadline(request: httpx.Request) -> float | None:
    seconds = attempt_seconds(request)
    return time.monotonic() + seconds if seconds is not None else None


def _attempt_sync(client: httpx.Client, request: httpx.Request, policy: RequestPolicy) -> httpx.Response:
    # Like the async twin's cancel scope: a buffered call's headers and body within the timeout
    # (on the SDK's own clients, see _deadline.py; a client passed in is bounded between reads only).
    deadline = _deadline(request)
    socket_deadline = deadline if policy.stream is False else None
    try:
        with attempt_deadline(socket_deadline):
            return _attempt_sync_unbounded(client, request, policy, deadline)
    except httpx.TimeoutException as exc:
        if socket_deadline is not None and time.monotonic() >= socket_deadline:
            raise whole_response_timeout(request) from exc
        raise


def _attempt_sync_unbounded(
    client: httpx.Client, request: httpx.Request, policy: RequestPolicy, deadline: float | None
) -> httpx.Response:
    started = time.perf_counter()
    response = client.send(request, stream=True, follow_redirects=False)  # see _redirected
    if not response.is_success:
        return response
    try:
        if buffered(response, policy):
            try:
                read_body(response, policy.limits, deadline)
            except httpx.TimeoutException:
                raise
            except httpx.TransportError as exc:
                raise _CutBody(exc, response) from exc
            response.close()
        elif isinstance(response.stream, httpx.SyncByteStream):
            # Wait for the first body bytes here, inside the retry loop: a connection that breaks
            # (or a read that times out) before any byte reaches the caller is retried like one
            # that broke before the headers. After that, a stream is never retried.
            original = _unbound(response.stream, _BOUND_SYNC)
            rest = iter(original)
            response.stream = _Prefetched(next(rest, b""), rest, original, _Elapsed(response, started))
    except BaseException:
        response.close()
        raise
    return response


async def _attempt_async(client: httpx.AsyncClient, request: httpx.Request, policy: RequestPolicy) -> httpx.Response:
    # The whole attempt (headers, and a buffered body) within the timeout: a cancel scope does in
    # async what the sync twin can only check between two reads.
    import anyio  # not at the top: a sync-only program never imports anyio (nor asyncio)

    seconds = attempt_seconds(request)
    try:
        # (policy.stream None: the media type decides, after the headers; bounded like a stream until then)
        with anyio.fail_after(seconds if seconds is not None and policy.stream is False else None):
            # A body the media type decides to buffer is bounded between reads, as in the sync twin.
            deadline = _deadline(request) if policy.stream is None else None
            return await _attempt_async_unbounded(client, request, policy, deadline)
    except TimeoutError as exc:
        raise whole_response_timeout(request) from exc


async def _attempt_async_unbounded(
    client: httpx.AsyncClient, request: httpx.Request, policy: RequestPolicy, deadline: float | None
) -> httpx.Response:
    started = time.perf_counter()
    response = await client.send(request, stream=True, follow_redirects=False)
    if not response.is_success:
        return response
    try:
        if buffered(response, policy):
            try:
                await read_body_async(response, policy.limits, deadline)
            except httpx.TimeoutException:
                raise
            except httpx.TransportError as exc:
                raise _CutBody(exc, response) from exc
            await response.aclose()
        elif isinstance(response.stream, httpx.AsyncByteStream):
            original = _unbound(response.stream, _BOUND_ASYNC)
            rest = aiter(original)
            response.stream = _AsyncPrefetched(await anext(rest, b""), rest, original, _Elapsed(response, started))
    except BaseException:
        await response.aclose()
        raise
    return response


def send(client: httpx.Client, request: httpx.Request, policy: RequestPolicy) -> httpx.Response:
    """Send with retries; return a success response or raise the mapped ``ModelGatesError``."""
    check_retry_config(policy.retries)
    install_log_filter(policy.secrets)
    attempts = _Attempts(request, policy)
    hops = 0
    while True:
        _log_send(request, policy)
        try:
            response = _attempt_sync(client, request, policy)
        except _CutBody as cut:
            delay = attempts.after_transport_error(cut.cause)
            if delay is None:
                raise cut.error(policy.secrets) from cut.cause
            policy.pacer.sleep(delay)
            continue
        except httpx.RequestError as exc:
            delay = attempts.after_transport_error(exc)
            if delay is None:
                raise error_from_transport(exc, policy.secrets, request) from exc
            policy.pacer.sleep(delay)
            continue
        if response.is_success:
            scrub_response(response, policy.secrets)  # a key the server echoed in a header
            forget_sent_credentials(response.request)  # and the one we sent, which the response keeps
            return response
        follow = _redirected(client, request, response, hops)
        if follow is not None:
            response.close()
            request, hops = follow, hops + 1
            continue
        delay = attempts.after_response(response)
        if delay is None:
            body = _read_error_body_sync(response)
            raise error_from_response(response, body=body, secrets=policy.secrets)
        response.close()  # the discarded attempt must not hold its connection while we wait
        policy.pacer.sleep(delay)


async def send_async(client: httpx.AsyncClient, request: httpx.Request, policy: RequestPolicy) -> httpx.Response:
    """The async twin of ``send``."""
    check_retry_config(policy.retries)
    install_log_filter(policy.secrets)
    attempts = _Attempts(request, policy)
    hops = 0
    while True:
        _log_send(request, policy)
        try:
            async with slot_for(client, request):  # see _slow_start.py
                response = await _attempt_async(client, request, policy)
        except _CutBody as cut:
            delay = attempts.after_transport_error(cut.cause)
            if delay is None:
                raise cut.error(policy.secrets) from cut.cause
            await policy.pacer.async_sleep(delay)
            continue
        except httpx.RequestError as exc:
            delay = attempts.after_transport_error(exc)
            if delay is None:
                raise error_from_transport(exc, policy.secrets, request) from exc
            await policy.pacer.async_sleep(delay)
            continue
        if response.is_success:
            scrub_response(response, policy.secrets)  # a key the server echoed in a header
            forget_sent_credentials(response.request)  # and the one we sent, which the response keeps
            return response
        follow = _redirected(client, request, response, hops)
        if follow is not None:
            await response.aclose()
            request, hops = follow, hops + 1
            continue
        delay = attempts.after_response(response)
        if delay is None:
            body = await _read_error_body_async(response)
            raise error_from_response(response, body=body, secrets=policy.secrets)
        await response.aclose()
        await policy.pacer.async_sleep(delay)
