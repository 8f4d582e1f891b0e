"""``EventStream`` / ``AsyncEventStream``: the server-sent events of any streaming operation.

Chat has its own accumulating ``ChatStream``; every other ``text/event-stream`` response of the
spec (Responses, Messages, images...) comes back as one of these, yielding each event as the
generated model of the stream's schema. The iteration, closing, draining and error handling are
the chat stream's (``_chat_stream``); only the decoding of one event differs, here:

- an event parses into the spec's event model: either the JSON ``data`` alone, or, where the
  schema is Speakeasy's envelope (``{data, event}``), the envelope holding it;
- an ``error`` object, or an event of type ``error``, raises the typed ``APIStatusError``;
- a body that ends without ``[DONE]`` and without a terminal event (``response.completed``,
  ``message_stop``...) raises ``IncompleteResponseError``: a cut stream never looks finished.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from ._chat_stream import _AsyncStream, _Events, _Item, _StreamBase, _SyncStream
from ._exceptions import IncompleteResponseError, ResponseValidationError, error_from_stream_event
from ._limits import DEFAULT_LIMITS, Limits
from ._message_assembly import MessageAssembler
from ._sse import ServerSentEvent

if TYPE_CHECKING:
    import httpx

__all__ = ["AsyncEventStream", "EventStream"]

EventT = TypeVar("EventT")
# The event types that end a stream: after one, a stream is complete even if the [DONE] line
# never arrives. Exact names: many events that end a part only (``response.output_text.done``,
# ``response.web_search_call.completed``, ``content_block_stop``) must not make a stream cut
# right after them look finished.
_TERMINAL_TYPES = frozenset(
    {"response.completed", "response.incomplete", "response.failed", "message_stop", "image_generation.completed"}
)


class _Named(str):
    """An event's data, still undecoded, with the SSE ``event:`` name it came with."""

    __slots__ = ("event",)
    event: str


class _ModelEvents(_Events):
    """Decodes events into ``model`` (no chat accumulator: ``last`` is the latest event)."""

    def __init__(
        self,
        response: httpx.Response,
        secrets: Iterable[str],
        model: Any,
        envelope: bool,
        limits: Limits,
        result_model: Any = None,
    ) -> None:
        super().__init__(response, secrets, limits)
        self.model = model
        self.envelope = envelope
        self.result_model = result_model  # the non-streaming result's model: what an assembled stream becomes
        self.assembler: MessageAssembler | None = None
        self.count = 0
        self.terminal = False
        self.last: Any = None
        self.final: Any = None  # the complete object a final event carries (Responses: response.completed)
        self.final_error: ResponseValidationError | None = None  # why the events do not assemble into one

    def _item(self, event: ServerSentEvent) -> _Item:
        item = _Named(event.data)
        item.event = event.event
        return item

    def _so_far(self) -> tuple[str, Any]:
        return f"the event stream broke off after {{}} bytes and {self.count} events", self.last

    def end(self) -> list[_Item]:
        if self.done:
            return []
        self.done = True
        if self.is_json:
            text = self._json_body.decode("utf-8", errors="replace")
            return [self._invalid("expected an event stream, the server answered with one JSON body", text)]
        if self.terminal:
            return []
        received = self.response.num_bytes_downloaded
        return [
            IncompleteResponseError(
                f"the event stream ended after {received} bytes and {self.count} events without [DONE] or "
                "a final event: it is incomplete (partial holds the last event)",
                bytes_received=received,
                partial=self.last,
                raw_response=self.response,
            )
        ]

    def decode(self, text: str, *, from_result: bool = False) -> Any:
        try:
            payload = json.loads(text)
        except (ValueError, RecursionError) as exc:
            return self._invalid(f"a stream event is not JSON ({type(exc).__name__})", text)
        kind = payload.get("type") if isinstance(payload, dict) else None
        if isinstance(payload, dict):
            error = payload.get("error")
            if kind == "error":
                error = error if isinstance(error, dict) else payload
            if isinstance(error, dict):
                return error_from_stream_event(
                    error, raw_response=self.response, partial=self.last, secrets=self.secrets
                )
            if isinstance(kind, str) and kind in _TERMINAL_TYPES:  # (a list there is not hashable)
                self.terminal = True
        source: Any = payload
        if self.envelope:
            source = {"data": payload}
            name = getattr(text, "event", "")
            if name == "message" and isinstance(kind, str):
                name = kind  # no event: line (SSE then says "message"): the envelope's name is the data's type
            if name:
                source["event"] = name
        try:
            event = self.model.from_dict(source)
        except (KeyError, TypeError, ValueError, AttributeError, RecursionError) as exc:
            return self._invalid(
                f"a stream event does not match the spec ({type(exc).__name__}: {str(exc)[:200]})", text
            )
        self.count += 1
        self.last = event
        if isinstance(payload, dict) and self.result_model is not None and self.final_error is None:
            try:
                self._assemble(payload, kind)
            except ResponseValidationError as exc:
                # The events themselves were fine: only final() (the assembled result) fails, not iteration.
                self.final_error = exc
        if self.terminal and self.final is None and kind != "message_stop":
            # The Responses API's final events carry the whole response: the stream's result. Another
            # final event (image_generation.completed) is the result itself.
            data = getattr(event, "data", event) if self.envelope else event
            self.final = getattr(data, "response", None) or data
        return event

    def _assemble(self, payload: dict[str, Any], kind: Any) -> None:
        """Messages streams carry no final object: build it from the events (``_message_assembly``)."""
        if kind == "message_start":
            self.assembler = MessageAssembler(payload)
        elif self.assembler is not None:
            self.assembler.add(payload)
            if kind == "message_stop":
                self.final = self.assembler.result(self.result_model)


def _final_of(events: _Events, response: httpx.Response) -> Any:
    error = getattr(events, "final_error", None)
    if error is not None:
        raise error
    found = getattr(events, "final", None)
    if found is None:
        raise IncompleteResponseError(
            "the stream ended without a final event carrying the complete result",
            bytes_received=response.num_bytes_downloaded,
            partial=getattr(events, "last", None),
            raw_response=response,
        )
    return found


class _ModelStream(_StreamBase, Generic[EventT]):
    """What the sync and async event streams share beyond the chat stream's machinery."""

    def __init__(
        self,
        response: httpx.Response,
        *,
        model: type[EventT],
        envelope: bool,
        secrets: Iterable[str] = (),
        limits: Limits = DEFAULT_LIMITS,
        result_model: Any = None,
    ) -> None:
        super().__init__(_ModelEvents(response, secrets, model, envelope, limits, result_model))

    @property
    def last(self) -> EventT | None:
        """The latest event received."""
        events: _ModelEvents = self._events  # type: ignore[assignment]
        latest: EventT | None = events.last
        return latest

    def __repr__(self) -> str:
        events: _ModelEvents = self._events  # type: ignore[assignment]
        state = "closed" if self.closed else "open"
        return f"<{type(self).__name__} [{self.http_response.status_code}] {state}, {events.count} events>"


class EventStream(_ModelStream[EventT], _SyncStream):
    """Iterate for the operation's events; use ``with`` so that leaving early closes the response.

    Mid-stream error events raise the typed ``APIStatusError``; a stream cut short raises
    ``IncompleteResponseError``. ``last`` is the latest event received.
    """

    def __next__(self) -> EventT:
        event: EventT = super().__next__()
        return event

    def until_done(self) -> EventT | None:
        """Read the rest of the stream; return its last event (raises if it did not complete)."""
        for _ in self:
            pass
        return self.last

    def final(self) -> Any:
        """Read the rest of the stream; return the complete object its final event carries.

        For ``responses.send(stream=True)`` that is the whole response (``response.completed``);
        for ``messages.create(stream=True)`` the message assembled from the events, as the
        non-streaming call returns it; for ``images.generate(stream=True)`` the
        ``image_generation.completed`` event. Raises ``IncompleteResponseError`` when the stream
        ended without one.
        """
        for _ in self:
            pass
        return _final_of(self._events, self.http_response)


class AsyncEventStream(_ModelStream[EventT], _AsyncStream):
    """The async twin of ``EventStream``: ``async with`` / ``async for``."""

    async def __anext__(self) -> EventT:
        event: EventT = await super().__anext__()
        return event

    async def until_done(self) -> EventT | None:
        """Read the rest of the stream; return its last event (raises if it did not complete)."""
        async for _ in self:
            pass
        return self.last

    async def final(self) -> Any:
        """The async twin of ``EventStream.final``."""
        async for _ in self:
            pass
        return _final_of(self._events, self.http_response)
