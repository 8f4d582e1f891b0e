"""Assemble streamed chat chunks into the message a non-streaming call would have returned."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, TypeVar

from ._exceptions import ResponseValidationError, StreamNotConsumedError

if TYPE_CHECKING:
    from modelgates_api.models.chat_result import ChatResult
    from modelgates_api.models.chat_stream_chunk import ChatStreamChunk
    from modelgates_api.models.chat_stream_delta import ChatStreamDelta
    from modelgates_api.models.chat_tool_call import ChatToolCall

__all__ = ["ChatAccumulator"]


# The generated ``Unset`` type, bound on the first ChatAccumulator: importing it here would pull the
# generated package into ``import modelgates``, and importing it per call costs more than the work.
_Unset: type = type(None)


def _bind_unset() -> None:
    global _Unset  # noqa: PLW0603 - a one-time late binding, see above
    from modelgates_api.types import Unset

    _Unset = Unset


def _given(value: Any) -> Any:
    """The value, or None for the generated models' ``UNSET``."""
    return None if isinstance(value, _Unset) else value


_T = TypeVar("_T")


def _assembled(build: Callable[[Any], _T], payload: Any, what: str) -> _T:
    """``build(payload)``; a stream whose pieces do not make a spec-valid ``what`` (e.g. a tool call
    whose streamed ``type`` is not ``function``) raises ``ResponseValidationError``, not a bare
    TypeError or KeyError from the generated parser."""
    try:
        return build(payload)
    except (KeyError, TypeError, ValueError, AttributeError, RecursionError) as exc:
        raise ResponseValidationError(
            f"the streamed chunks do not assemble into a valid {what} ({type(exc).__name__}: {exc})",
            body=_dumped(payload),
            raw_response=None,
        ) from exc


def _dumped(payload: Any) -> str:
    try:
        return json.dumps(payload, default=str)
    except (ValueError, RecursionError):  # nested too deep to serialize: the message says enough
        return f"<{type(payload).__name__} nested too deep to show>"


def _check_indexes(chunk: ChatStreamChunk) -> None:
    # Class tests rather than isinstance and _given() calls: this runs for every chunk, and JSON makes
    # plain ints and lists (a bool's class is bool, so it is refused as before).
    choices = chunk.choices
    if choices.__class__ is not list:
        return
    for choice in choices:
        if choice.index.__class__ is not int:
            raise _bad_index("choices[].index", choice.index)
        delta: Any = choice.delta
        calls = None if delta is None or delta.__class__ is _Unset else delta.tool_calls
        if calls.__class__ is list:
            for fragment in calls:
                if fragment.index.__class__ is not int:
                    raise _bad_index("choices[].delta.tool_calls[].index", fragment.index)


def _bad_index(where: str, value: Any) -> ResponseValidationError:
    return ResponseValidationError(
        f"a chat stream chunk has {where} = {value!r:.60}, not an integer", body=repr(value)[:200], raw_response=None
    )


_PLAIN = (str, int, float)  # what _as_dict returns as it is


def _as_dict(value: Any) -> Any:
    if isinstance(value, _PLAIN):
        return value
    to_dict = getattr(value, "to_dict", None)
    return to_dict() if callable(to_dict) else value


@dataclass
class _ToolCallParts:
    id: str = ""
    type: str = "function"
    name: str = ""
    arguments: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "type": self.type, "function": {"name": self.name, "arguments": "".join(self.arguments)}}


@dataclass
class _ChoiceParts:
    """Everything one choice index has received; strings are kept as pieces and joined once."""

    content: list[str] = field(default_factory=list)
    reasoning: list[str] = field(default_factory=list)
    refusal: list[str] = field(default_factory=list)
    tool_calls: dict[int, _ToolCallParts] = field(default_factory=dict)
    images: list[Any] = field(default_factory=list)
    reasoning_details: list[Any] = field(default_factory=list)
    finish_reason: str | None = None
    native_finish_reason: str | None = None
    logprobs: Any = None

    def add_delta(self, delta: ChatStreamDelta) -> None:
        # Runs for every chunk: the common delta (a piece of content, nothing else) takes three class
        # tests and one append; lists are only walked when they hold something.
        value: Any = delta.content
        if value.__class__ is str:
            self.content.append(value)
        value = delta.reasoning
        if value.__class__ is str:
            self.reasoning.append(value)
        value = delta.refusal
        if value.__class__ is str:
            self.refusal.append(value)
        value = delta.tool_calls
        if value.__class__ is list and value:
            self._add_tool_calls(value)
        value = delta.images
        if value.__class__ is list and value:
            self.images.extend(_as_dict(image) for image in value)
        value = delta.reasoning_details
        if value.__class__ is list and value:
            self.reasoning_details.extend(_as_dict(detail) for detail in value)

    def _add_tool_calls(self, fragments: list[Any]) -> None:
        for fragment in fragments:
            call = self.tool_calls.setdefault(fragment.index, _ToolCallParts())
            call.id = _given(fragment.id) or call.id
            call.type = _given(fragment.type_) or call.type
            function = _given(fragment.function)
            if function is not None:
                call.name += _given(function.name) or ""
                arguments = _given(function.arguments)
                if arguments:
                    call.arguments.append(arguments)

    def message(self) -> dict[str, Any]:
        message: dict[str, Any] = {"role": "assistant", "content": "".join(self.content) if self.content else None}
        for name, pieces in (("reasoning", self.reasoning), ("refusal", self.refusal)):
            if pieces:
                message[name] = "".join(pieces)
        if self.tool_calls:
            message["tool_calls"] = [self.tool_calls[index].to_dict() for index in sorted(self.tool_calls)]
        if self.images:
            message["images"] = self.images
        if self.reasoning_details:
            message["reasoning_details"] = self.reasoning_details
        return message


class ChatAccumulator:
    """Feed it every ``ChatStreamChunk`` (``add``); read the message so far at any time.

    The properties describe choice 0 (the only one unless ``n`` > 1 was requested);
    ``to_result()`` covers all choices and has the shape of the non-streaming ``ChatResult``.
    """

    def __init__(self) -> None:
        if _Unset is type(None):
            _bind_unset()
        self._choices: dict[int, _ChoiceParts] = {}
        self._top: dict[str, Any] = {}  # id, created, model, provider, ...: the latest value wins
        self._usage: Any = None
        self.chunks = 0

    def add(self, chunk: ChatStreamChunk) -> None:
        """Take one chunk; raises ``ResponseValidationError`` (before changing anything) when an
        index is not an integer: the generated parser keeps whatever it finds there, and a list
        (unhashable) or a mix of 0 and "1" (unsortable) would fail later as a bare TypeError."""
        _check_indexes(chunk)
        self.chunks += 1
        # The checks inline rather than through _given(): this runs once per chunk, and the calls
        # were a third of a streamed chunk's cost.
        unset, top = _Unset, self._top
        value: Any
        for name, value in (
            ("id", chunk.id),
            ("created", chunk.created),
            ("model", chunk.model),
            ("provider", chunk.provider),
            ("system_fingerprint", chunk.system_fingerprint),
            ("service_tier", chunk.service_tier),
            ("modelgates_metadata", chunk.modelgates_metadata),
        ):
            if value is not None and value.__class__ is not unset:
                top[name] = value if value.__class__ in _PLAIN else _as_dict(value)
        value = chunk.usage
        if value is not None and value.__class__ is not unset:
            self._usage = value
        choices = chunk.choices
        if choices.__class__ is list and choices:  # what the parser makes (and _check_indexes checked)
            self._add_choices(choices)

    def _add_choices(self, choices: list[Any]) -> None:
        unset = _Unset
        value: Any
        for choice in choices:
            parts = self._choices.get(choice.index)
            if parts is None:
                parts = self._choices[choice.index] = _ChoiceParts()
            delta = choice.delta
            if delta is not None and delta.__class__ is not unset:
                parts.add_delta(delta)
            value = choice.finish_reason
            if value is not None and value.__class__ is not unset:
                parts.finish_reason = str(value)
            value = choice.native_finish_reason
            if value and value.__class__ is not unset:
                parts.native_finish_reason = value
            value = choice.logprobs
            if value is not None and value.__class__ is not unset:
                parts.logprobs = _as_dict(value)

    def _first(self) -> _ChoiceParts:
        return self._choices.get(0) or next(iter(self._choices.values()), _ChoiceParts())

    @property
    def content(self) -> str:
        return "".join(self._first().content)

    @property
    def reasoning(self) -> str | None:
        pieces = self._first().reasoning
        return "".join(pieces) if pieces else None

    @property
    def tool_calls(self) -> list[ChatToolCall]:
        from modelgates_api.models.chat_tool_call import ChatToolCall

        calls = self._first().tool_calls
        return [_assembled(ChatToolCall.from_dict, calls[index].to_dict(), "ChatToolCall") for index in sorted(calls)]

    @property
    def finish_reason(self) -> str | None:
        return self._first().finish_reason

    @property
    def finished(self) -> bool:
        """Whether any choice has reported a finish reason (the generation ended)."""
        return any(parts.finish_reason is not None for parts in self._choices.values())

    @property
    def usage(self) -> Any:
        """The generated ``ChatUsage`` from the final chunk, or None if none arrived yet."""
        return self._usage

    @property
    def model(self) -> str | None:
        return self._top.get("model")

    @property
    def id(self) -> str | None:
        return self._top.get("id")

    def to_dict(self) -> dict[str, Any]:
        """The ``chat.completion`` JSON the non-streaming call would have returned.

        ``id``, ``created`` and ``model`` are required by ``ChatResult``: if no chunk carried
        them (a stream that failed at once), they are ``""``, ``0`` and ``""``.
        """
        result: dict[str, Any] = {"id": "", "created": 0, "model": "", **self._top, "object": "chat.completion"}
        result["choices"] = [
            {
                "index": index,
                "message": parts.message(),
                "finish_reason": parts.finish_reason,
                "native_finish_reason": parts.native_finish_reason,
                "logprobs": parts.logprobs,
            }
            for index, parts in sorted(self._choices.items())
        ]
        if self._usage is not None:
            result["usage"] = _as_dict(self._usage)
        return result

    def to_result(self) -> ChatResult:
        """The assembled ``ChatResult`` of the chunks read so far.

        Raises ``StreamNotConsumedError`` before any chunk was read (it does not read the stream
        itself: iterate it first, or call ``stream.final()``, which drains it and returns this).
        """
        if self.chunks == 0:
            raise StreamNotConsumedError(
                "nothing was streamed yet: iterate the stream (or call stream.final()) before accumulated.to_result()"
            )
        from modelgates_api.models.chat_result import ChatResult

        return _assembled(ChatResult.from_dict, self.to_dict(), "ChatResult")

    def __repr__(self) -> str:
        return (
            f"ChatAccumulator(chunks={self.chunks}, content={self.content!r}, "
            f"tool_calls={len(self._first().tool_calls)}, finish_reason={self.finish_reason!r})"
        )
