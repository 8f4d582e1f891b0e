"""``client.chat``: chat completions, as one result or as a stream of events."""

from __future__ import annotations

import functools
from collections.abc import Iterator, Mapping, Sequence
from typing import TYPE_CHECKING, Any, Literal, overload

from ._build import build_body
from ._client import CALL_OPTION_NAMES, CallOptions
from ._exceptions import PARSE_ERRORS, ResponseValidationError, redact, text_of
from ._redact import scrub_response
from ._validate import check_messages

if TYPE_CHECKING:
    import httpx
    from modelgates_api.models.chat_result import ChatResult
    from typing_extensions import Unpack

    from ._chat_stream import AsyncChatStream, ChatStream
    from ._client import _Core
    from ._retry import RetryConfig
    from ._transport import RequestPolicy

__all__ = ["Chat", "ChatParams"]


class ChatParams(CallOptions, total=False):
    """Keyword parameters of ``chat.send``: the request fields of seed 004, then per-call options.

    Nested values may be plain dicts or the generated models (``modelgates_api.models``).
    """

    model: str
    models: Sequence[str]
    cache_control: Any
    debug: Any
    frequency_penalty: float
    image_config: Mapping[str, Any]
    logit_bias: Mapping[str, float]
    logprobs: bool
    max_completion_tokens: int
    max_tokens: int
    metadata: Mapping[str, str]
    modalities: Sequence[Literal["text", "image", "audio"]]
    parallel_tool_calls: bool
    plugins: Sequence[Any]
    presence_penalty: float
    provider: Any
    reasoning: Any
    response_format: Any
    seed: int
    service_tier: Literal["auto", "default", "flex", "priority", "scale"]
    session_id: str
    stop: str | Sequence[str]
    stream_options: Any
    temperature: float
    tool_choice: Any
    tools: Sequence[Any]
    top_logprobs: int
    top_p: float
    trace: Mapping[str, Any]
    user: str
    x_open_router_experimental_metadata: Literal["enabled", "disabled"]


def _split(params: Mapping[str, Any]) -> tuple[dict[str, Any], CallOptions, Any]:
    """(body fields, call options, experimental-metadata header) from ``**params``."""
    fields: dict[str, Any] = {}
    options: dict[str, Any] = {}
    for name, value in params.items():
        if name in CALL_OPTION_NAMES:
            options[name] = value
        elif name != "x_open_router_experimental_metadata":
            fields[name] = value
    return fields, options, params.get("x_open_router_experimental_metadata")  # type: ignore[return-value]


@functools.cache
def _result_class() -> type[ChatResult]:
    """``ChatResult`` that also works where the docs handle a stream (``with res as s: for e in s``).

    Seed 004 shows that block after ``send(..., stream=False)``; with a bare result it would fail.
    Here the result is a one-event stream of itself. Built on first use: importing the generated
    models costs more than everything else in ``import modelgates``.
    """
    from modelgates_api.models.chat_result import ChatResult

    class ChatCompletion(ChatResult):
        __slots__ = ()

        def __enter__(self) -> ChatCompletion:
            return self

        def __exit__(self, *exc_info: object) -> None:
            return None

        def __iter__(self) -> Iterator[ChatCompletion]:
            yield self

    ChatCompletion.__qualname__ = ChatCompletion.__name__ = "ChatResult"
    return ChatCompletion


def _parse_result(response: httpx.Response, secrets: Sequence[str]) -> ChatResult:
    try:
        return _result_class().from_dict(response.json())
    except PARSE_ERRORS as exc:
        scrub_response(response, secrets, content=True)  # err.raw_response.text must not show an echoed key
        text = redact(text_of(response), secrets)  # a server may echo the request, key included
        raise ResponseValidationError(
            f"chat completion response does not match the spec ({type(exc).__name__}: {exc}); body starts "
            f"{text[:120]!r}",
            body=text,
            raw_response=response,
        ) from exc


class Chat:
    """Chat completions (``POST /chat/completions``)."""

    def __init__(self, core: _Core) -> None:
        self._core = core

    def _prepare(
        self,
        messages: Sequence[Any],
        stream: bool,
        retries: RetryConfig | None,
        params: Mapping[str, Any],
        *,
        for_async: bool,
    ) -> tuple[httpx.Request, RequestPolicy]:
        from modelgates_api.api.chat import send_chat_completion_request
        from modelgates_api.models.chat_request import ChatRequest

        fields, options, metadata_level = _split(params)
        body = build_body(ChatRequest, {"messages": check_messages(messages), **fields, "stream": stream})
        extra = {} if metadata_level is None else {"x_open_router_experimental_metadata": metadata_level}
        return self._core.prepare(
            body,
            lambda model, authorization: send_chat_completion_request._get_kwargs(
                body=model, authorization=authorization, **extra
            ),
            options,
            retries,
            for_async=for_async,
            stream=stream,
        )

    @overload
    def send(
        self,
        messages: Sequence[Any],
        *,
        stream: Literal[False] = False,
        retries: RetryConfig | None = None,
        **params: Unpack[ChatParams],
    ) -> ChatResult: ...

    @overload
    def send(
        self,
        messages: Sequence[Any],
        *,
        stream: Literal[True],
        retries: RetryConfig | None = None,
        **params: Unpack[ChatParams],
    ) -> ChatStream: ...

    @overload
    def send(
        self, messages: Sequence[Any], *, stream: bool, retries: RetryConfig | None = None, **params: Unpack[ChatParams]
    ) -> ChatResult | ChatStream: ...

    def send(
        self,
        messages: Sequence[Any],
        *,
        stream: bool = False,
        retries: RetryConfig | None = None,
        **params: Unpack[ChatParams],
    ) -> ChatResult | ChatStream:
        """Create a chat completion.

        ``stream=False`` returns the generated ``ChatResult``. ``stream=True`` returns a
        ``ChatStream``: iterate it for ``ChatStreamChunk`` events, ideally inside ``with``.
        Errors (HTTP statuses, and error events after the stream started) raise the typed
        classes of ``modelgates.errors``.
        """
        request, policy = self._prepare(messages, stream, retries, params, for_async=False)
        response = self._core.send(request, policy)
        if stream:
            from ._chat_stream import ChatStream

            return ChatStream(response, secrets=policy.secrets, limits=policy.limits)
        return _parse_result(response, policy.secrets)

    @overload
    async def send_async(
        self,
        messages: Sequence[Any],
        *,
        stream: Literal[False] = False,
        retries: RetryConfig | None = None,
        **params: Unpack[ChatParams],
    ) -> ChatResult: ...

    @overload
    async def send_async(
        self,
        messages: Sequence[Any],
        *,
        stream: Literal[True],
        retries: RetryConfig | None = None,
        **params: Unpack[ChatParams],
    ) -> AsyncChatStream: ...

    @overload
    async def send_async(
        self, messages: Sequence[Any], *, stream: bool, retries: RetryConfig | None = None, **params: Unpack[ChatParams]
    ) -> ChatResult | AsyncChatStream: ...

    async def send_async(
        self,
        messages: Sequence[Any],
        *,
        stream: bool = False,
        retries: RetryConfig | None = None,
        **params: Unpack[ChatParams],
    ) -> ChatResult | AsyncChatStream:
        """The async twin of ``send``: ``AsyncChatStream`` (``async with`` / ``async for``) when streaming."""
        request, policy = self._prepare(messages, stream, retries, params, for_async=True)
        response = await self._core.send_async(request, policy)
        if stream:
            from ._chat_stream import AsyncChatStream

            return AsyncChatStream(response, secrets=policy.secrets, limits=policy.limits)
        return _parse_result(response, policy.secrets)
