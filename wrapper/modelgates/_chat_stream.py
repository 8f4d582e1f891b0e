"""``ChatStream`` / ``AsyncChatStream``: the events of ``chat.send(stream=True)``.

Both classes wrap an open ``httpx.Response`` and share one sans-I/O core (``_Events``) that turns
body bytes into ``ChatStreamChunk`` models, so the sync and async twins cannot drift apart. The
response is closed when the stream ends (``[DONE]``, end of body, error) or is closed early.
"""

from __future__ import annotations

import contextlib
import json
import socket
import threading
import time
from collections import deque
from collections.abc import AsyncIterator, Iterable, Iterator
from typing import TYPE_CHECKING, Any, TypeAlias, Union

import httpx

from ._accumulate import ChatAccumulator
from ._exceptions import (
    PARSE_ERRORS,
    IncompleteResponseError,
    ModelGatesError,
    ResponseValidationError,
    error_from_stream_event,
)
from ._limits import DEFAULT_LIMITS, Limits, attempt_seconds, too_large
from ._redact import redact
from ._sse import ServerSentEvent, SSEDecoder
from ._transport import error_from_transport

if TYPE_CHECKING:
    from modelgates_api.models.chat_result import ChatResult
    from modelgates_api.models.chat_stream_chunk import ChatStreamChunk
    from typing_extensions import Self

__all__ = ["AsyncChatStream", "ChatStream"]

_PREVIEW = 200
# A queued event: its raw data (decoded when taken), a decoded chunk, or the error to raise there.
_Item: TypeAlias = Union[str, "ChatStreamChunk", ModelGatesError]
# What may follow [DONE] before we give up on keeping the connection (normally 5 bytes: "0\r\n\r\n"),
# and how long we wait for it: a proxy that holds the body open after [DONE] must not hold the caller.
DRAIN_LIMIT = 64 * 1024
DRAIN_SECONDS = 0.25


def _socket_of(response: httpx.Response) -> socket.socket | None:
    stream = response.extensions.get("network_stream")
    sock = stream.get_extra_info("socket") if stream is not None else None
    return sock if isinstance(sock, socket.socket) else None


class _Watchdog:
    """Shuts the socket down if the drain outlives ``DRAIN_SECONDS``: that wakes the blocked read,
    which then fails, and the connection is dropped instead of the caller waiting."""

    def __init__(self, sock: socket.socket) -> None:
        self._sock = sock
        self._lock = threading.Lock()
        self._active = True
        self._timer = threading.Timer(DRAIN_SECONDS, self._fire)
        self._timer.daemon = True
        self._timer.start()

    def _fire(self) -> None:
        with self._lock:
            if self._active:
                with contextlib.suppress(OSError):
                    self._sock.shutdown(socket.SHUT_RDWR)

    def stop(self) -> None:
        with self._lock:  # after this, the timer can no longer touch a socket back in the pool
            self._active = False
        self._timer.cancel()


def _media_type(response: httpx.Response) -> str:
    value: str = response.headers.get("content-type", "")
    return value.partition(";")[0].strip().lower()


def _chunk_from_result(payload: dict[str, Any]) -> dict[str, Any]:
    """A ``chat.completion`` JSON body recast as one ``chat.completion.chunk`` holding all of it."""
    chunk = {key: value for key, value in payload.items() if key not in ("choices", "object")}
    chunk["object"] = "chat.completion.chunk"
    choices = []
    for choice in payload.get("choices") or ():
        delta = dict(choice.get("message") or {})
        if isinstance(delta.get("content"), list):  # content parts: a delta carries text only
            delta["content"] = "".join(part.get("text", "") for part in delta["content"] if isinstance(part, dict))
        delta.pop("audio", None)
        delta["tool_calls"] = [{"index": i, **call} for i, call in enumerate(delta.get("tool_calls") or ())]
        choices.append({**{k: v for k, v in choice.items() if k != "message"}, "delta": delta})
    chunk["choices"] = choices
    return chunk


class _Events:
    """Bytes in, chunks (or the error to raise at that point) out. No I/O."""

    def __init__(self, response: httpx.Response, secrets: Iterable[str], limits: Limits) -> None:
        self.response = response
        self.secrets = tuple(secrets)
        self.limits = limits
        self.accumulated = ChatAccumulator()
        self.done = False  # [DONE] seen, or a terminal error queued
        self.saw_done_marker = False
        self.is_json = _media_type(response) in ("application/json", "text/json")
        self._decoder = SSEDecoder(limits.max_event_bytes)
        # Keep-alive comments (": OPENROUTER PROCESSING") reset httpx's read timeout but are not
        # progress: a stream with no event for the timeout fails like one whose reads time out.
        self._idle_seconds = attempt_seconds(response.request) if response._request is not None else None
        self._last_event = time.monotonic()
        self._json_body = bytearray()

    def check_content_type(self) -> None:
        media_type = _media_type(self.response)
        # A missing type is tolerated: the body then decides. An HTML error page from a proxy is not.
        if media_type and not self.is_json and media_type != "text/event-stream":
            raise ResponseValidationError(
                f"expected a text/event-stream response to a streaming chat request, got {media_type!r}",
                body="",
                raw_response=self.response,
            )

    def feed(self, data: bytes) -> list[_Item]:
        """The events completed by ``data``, still undecoded: ``decode`` runs when one is taken,
        so the first event of a large piece reaches the caller without waiting for the rest."""
        if self.done:
            return []
        if self.is_json:
            self._json_body += data  # an ordinary chat result: parsed whole at the end
            if len(self._json_body) > self.limits.max_body_bytes:
                raise too_large("the chat result", self.limits.max_body_bytes, "max_body_bytes", self.response)
            return []
        out: list[_Item] = []
        for event in self._decoder.feed(data):
            if event.data == "[DONE]":
                self.done = self.saw_done_marker = True
                break
            out.append(self._item(event))
        now = time.monotonic()
        if out or self.done:
            self._last_event = now
        elif self._idle_seconds is not None and now - self._last_event > self._idle_seconds:
            idle = httpx.ReadTimeout(f"no event for over {self._idle_seconds:g} s", request=self.response.request)
            raise self.broken(idle)
        return out

    def waiting(self) -> bool:
        """The caller asks for the next event: the idle time counts from now, not from the last event
        (a caller that took its time over the last one has not seen the server idle)."""
        self._last_event = time.monotonic()
        return True

    def _item(self, event: ServerSentEvent) -> _Item:
        """What ``feed`` queues for an event (its data, undecoded; see ``_streams`` for named events)."""
        return event.data

    def _so_far(self) -> tuple[str, Any]:
        """What had arrived, for an error's message and its ``partial``."""
        return f"the chat stream broke off after {{}} bytes and {self.accumulated.chunks} chunks", self.accumulated

    def end(self) -> list[_Item]:
        """At end of body: the JSON result as one chunk, or the truncation error, or nothing."""
        if self.done:
            return []
        self.done = True
        if self.is_json:
            return [self.decode(self._json_body.decode("utf-8", errors="replace"), from_result=True)]
        if self.accumulated.finished:
            # finish_reason (and usage) arrived and only the terminator was lost: the generation is whole.
            return []
        received = self.response.num_bytes_downloaded
        return [
            IncompleteResponseError(
                f"the chat stream ended after {received} bytes and {self.accumulated.chunks} chunks without "
                "a finish_reason or [DONE]: the generation is incomplete (partial holds what arrived)",
                bytes_received=received,
                partial=self.accumulated,
                raw_response=self.response,
            )
        ]

    def broken(self, exc: httpx.HTTPError) -> ModelGatesError:
        """The error for an httpx failure while reading the body."""
        if not isinstance(exc, httpx.TransportError):
            if isinstance(exc, httpx.RequestError):
                return error_from_transport(exc, self.secrets)
            return ModelGatesError(str(exc))
        received = self.response.num_bytes_downloaded
        what, partial = self._so_far()
        return IncompleteResponseError(
            f"{what.format(received)}: {error_from_transport(exc, self.secrets)} (partial holds what arrived)",
            bytes_received=received,
            partial=partial,
            raw_response=self.response,
        )

    def _invalid(self, why: str, text: str) -> ResponseValidationError:
        text = redact(text, self.secrets)
        return ResponseValidationError(f"{why}; data starts {text[:_PREVIEW]!r}", body=text, raw_response=self.response)

    def decode(self, text: str, *, from_result: bool = False) -> ChatStreamChunk | ModelGatesError:
        from modelgates_api.models.chat_stream_chunk import ChatStreamChunk

        try:
            payload = json.loads(text)  # each event is decoded once: json here, the model below
        except (ValueError, RecursionError) as exc:
            return self._invalid(f"a chat stream event is not JSON ({exc})", text)
        if not isinstance(payload, dict):
            return self._invalid("a chat stream event is not a JSON object", text)
        error = payload.get("error")
        if isinstance(error, dict):
            # An error chunk may still carry the choice's finish_reason "error": keep it if it parses.
            with contextlib.suppress(*PARSE_ERRORS, ResponseValidationError):
                self.accumulated.add(ChatStreamChunk.from_dict({k: v for k, v in payload.items() if k != "error"}))
            return error_from_stream_event(
                error, raw_response=self.response, partial=self.accumulated, secrets=self.secrets
            )
        try:
            chunk = ChatStreamChunk.from_dict(_chunk_from_result(payload) if from_result else payload)
            self.accumulated.add(chunk)  # checks what from_dict does not: indexes are integers
        except (*PARSE_ERRORS, ResponseValidationError) as exc:
            return self._invalid(f"a chat stream event does not match the spec ({type(exc).__name__}: {exc})", text)
        return chunk


class _StreamBase:
    """Iteration over an events core (``_Events`` or a subclass), shared by every event stream."""

    _events: _Events

    def __init__(self, events: _Events) -> None:
        self._events = events
        self._pending: deque[_Item] = deque()
        self._closed = False
        self._completed = False

    @property
    def http_response(self) -> httpx.Response:
        return self._events.response

    @property
    def accumulated(self) -> ChatAccumulator:
        """Everything received so far, assembled (content, tool calls, usage...)."""
        return self._events.accumulated

    @property
    def closed(self) -> bool:
        return self._closed

    def _take(self) -> Any:
        """The next queued chunk, decoded now; raises a queued error. None when the queue is empty."""
        if not self._pending:
            return None
        item = self._pending.popleft()
        if isinstance(item, str):
            item = self._events.decode(item)
        if isinstance(item, ModelGatesError):
            # Nothing after an error event (or an undecodable one) is delivered.
            self._pending.clear()
            self._events.done = True
            raise item
        return item

    def _incomplete_final(self) -> IncompleteResponseError:
        return IncompleteResponseError(
            "the chat stream was closed before it completed; .accumulated holds what arrived",
            bytes_received=self.http_response.num_bytes_downloaded,
            partial=self.accumulated,
            raw_response=self.http_response,
        )

    def __repr__(self) -> str:
        state = "closed" if self._closed else "open"
        return f"<{type(self).__name__} [{self.http_response.status_code}] {state}, {self.accumulated.chunks} chunks>"


class _SyncStream(_StreamBase):
    def __init__(self, events: _Events) -> None:
        super().__init__(events)
        self._body: Iterator[bytes] | None = None

    def __iter__(self) -> Self:
        return self

    def __next__(self) -> Any:
        waiting = False
        try:
            while True:
                chunk = self._take()
                if chunk is not None:
                    return chunk
                if self._closed or self._events.done:
                    self._completed = self._completed or not self._closed
                    if self._events.saw_done_marker and not self._closed:
                        self._drain()
                    self.close()
                    raise StopIteration
                if not waiting:
                    waiting = self._events.waiting()
                self._pending.extend(self._read())
        except ModelGatesError:
            self.close()
            raise

    def _read(self) -> list[_Item]:
        if self._body is None:
            self._events.check_content_type()
            self._body = self.http_response.iter_bytes()
        try:
            data = next(self._body)
        except StopIteration:
            return self._events.end()
        except httpx.HTTPError as exc:
            raise self._events.broken(exc) from exc
        return self._events.feed(data)

    def _drain(self) -> None:
        # Reading the few bytes after [DONE] (the chunked terminator) lets httpx return the
        # connection to the pool; closing before them drops it, and the next call pays a new
        # TCP (and TLS) handshake. Bounded in bytes and, by the watchdog, in time.
        sock = _socket_of(self.http_response)
        if sock is None or self._body is None:
            return  # no socket to bound the wait with (a custom transport): just close
        watchdog = _Watchdog(sock)
        received = 0
        try:
            for piece in self._body:
                received += len(piece)
                if received > DRAIN_LIMIT:
                    break
        except httpx.HTTPError:
            pass  # the generation is complete; a failure after [DONE] costs only the connection
        finally:
            watchdog.stop()

    def close(self) -> None:
        """Close the HTTP response (releasing its connection); iteration then stops."""
        self._pending.clear()
        if not self._closed:
            self._closed = True
            self.http_response.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


class ChatStream(_SyncStream):
    """Iterate for ``ChatStreamChunk`` events; use ``with`` so that leaving early closes the response.

    Mid-stream error events raise the typed ``APIStatusError`` (``partial`` = the accumulator);
    a stream cut short raises ``IncompleteResponseError``. A server that ignores ``stream=True``
    and answers with a JSON result yields that result as a single chunk.
    """

    def __init__(
        self, response: httpx.Response, *, secrets: Iterable[str] = (), limits: Limits = DEFAULT_LIMITS
    ) -> None:
        super().__init__(_Events(response, secrets, limits))

    def __next__(self) -> ChatStreamChunk:
        chunk: ChatStreamChunk = super().__next__()
        return chunk

    def iter_text(self) -> Iterator[str]:
        """Only the content text of choice 0, piece by piece."""
        for chunk in self:
            for choice in chunk.choices or ():
                content = choice.delta.content if choice.delta else None
                if choice.index == 0 and isinstance(content, str) and content:
                    yield content

    text_stream = iter_text

    def final(self) -> ChatResult:
        """Drain the rest of the stream and return the assembled ``ChatResult``."""
        for _ in self:
            pass
        if not self._completed:
            raise self._incomplete_final()
        return self.accumulated.to_result()

    get_final_result = final


class _AsyncStream(_StreamBase):
    def __init__(self, events: _Events) -> None:
        super().__init__(events)
        self._body: AsyncIterator[bytes] | None = None

    def __aiter__(self) -> Self:
        return self

    async def __anext__(self) -> Any:
        waiting = False
        try:
            while True:
                chunk = self._take()
                if chunk is not None:
                    return chunk
                if self._closed or self._events.done:
                    self._completed = self._completed or not self._closed
                    if self._events.saw_done_marker and not self._closed:
                        await self._drain()
                    await self.aclose()
                    raise StopAsyncIteration
                if not waiting:
                    waiting = self._events.waiting()
                self._pending.extend(await self._read())
        except ModelGatesError:
            await self.aclose()
            raise

    async def _read(self) -> list[_Item]:
        if self._body is None:
            self._events.check_content_type()
            self._body = self.http_response.aiter_bytes()
        try:
            data = await self._body.__anext__()
        except StopAsyncIteration:
            return self._events.end()
        except httpx.HTTPError as exc:
            raise self._events.broken(exc) from exc
        return self._events.feed(data)

    async def _drain(self) -> None:
        # See ChatStream._drain; here a cancel scope bounds the wait.
        if self._body is None:
            return
        import anyio  # here, not at the top: sync code never imports anyio (nor asyncio)

        received = 0
        with anyio.move_on_after(DRAIN_SECONDS):
            try:
                async for piece in self._body:
                    received += len(piece)
                    if received > DRAIN_LIMIT:
                        break
            except httpx.HTTPError:
                pass

    async def aclose(self) -> None:
        """Close the HTTP response (releasing its connection); iteration then stops."""
        self._pending.clear()
        if not self._closed:
            self._closed = True
            body, self._body = self._body, None
            aclose = getattr(body, "aclose", None)
            if aclose is not None:  # finish httpx's async generator now rather than at garbage collection
                await aclose()
            await self.http_response.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()


class AsyncChatStream(_AsyncStream):
    """The async twin of ``ChatStream``: ``async with`` / ``async for``, ``await final()``."""

    def __init__(
        self, response: httpx.Response, *, secrets: Iterable[str] = (), limits: Limits = DEFAULT_LIMITS
    ) -> None:
        super().__init__(_Events(response, secrets, limits))

    async def __anext__(self) -> ChatStreamChunk:
        chunk: ChatStreamChunk = await super().__anext__()
        return chunk

    def aiter_text(self) -> AsyncIterator[str]:
        """Only the content text of choice 0, piece by piece."""
        return _AsyncText(self)

    text_stream = aiter_text

    async def final(self) -> ChatResult:
        """Drain the rest of the stream and return the assembled ``ChatResult``."""
        async for _ in self:
            pass
        if not self._completed:
            raise self._incomplete_final()
        return self.accumulated.to_result()

    get_final_result = final


class _AsyncText:
    """``aiter_text()`` as a plain iterator object: no async generator left for the GC to finalize."""

    def __init__(self, stream: AsyncChatStream) -> None:
        self._stream = stream

    def __aiter__(self) -> _AsyncText:
        return self

    async def __anext__(self) -> str:
        while True:
            chunk = await self._stream.__anext__()
            for choice in chunk.choices or ():
                content = choice.delta.content if choice.delta else None
                if choice.index == 0 and isinstance(content, str) and content:
                    return content
