"""One generated operation, called: arguments in, request out, response back as its result.

The per-operation methods (``modelgates_api.resources``, generated from the spec) describe their
operation with an ``Operation`` and hand their arguments to ``call``/``call_async`` here. What
the spec says (paths, parameter encoding, the body model) comes from the operation's generated
module (``_get_kwargs``, the models' ``from_dict``/``to_dict``); what it cannot say is decided
here: which result type a response becomes (a model, an event stream, a streamed binary body),
how extra fields join the request, and how a local file becomes a multipart upload.
"""

from __future__ import annotations

import functools
import importlib
import io
import logging
import os
import types
from collections.abc import Awaitable, Callable, Mapping
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, Generic, NamedTuple, ParamSpec, Protocol, TypeVar, Union, cast

from ._build import build_body, plain
from ._exceptions import PARSE_ERRORS, InvalidRequestError, ResponseValidationError, text_of
from ._redact import Secret, redact, scrub_response
from ._transport import buffered

if TYPE_CHECKING:
    import httpx

    from ._client import _Core
    from ._retry import RetryConfig
    from ._transport import RequestPolicy

__all__ = [
    "CallOptions",
    "Caller",
    "FileInput",
    "Operation",
    "RawResponse",
    "call",
    "call_async",
    "raw_response",
    "raw_response_async",
]

_LOGGER = logging.getLogger("modelgates")
# What a multipart file field accepts: a path, the bytes themselves, or an open binary file.
FileInput = Union[str, "os.PathLike[str]", bytes, IO[bytes]]


class CallOptions(NamedTuple):
    """The per-call options every generated method takes after its own parameters."""

    retries: RetryConfig | None = None
    timeout_ms: float | None = None
    server_url: str | None = None
    extra_headers: Mapping[str, str] | None = None
    extra_query: Mapping[str, Any] | None = None
    extra_body: Mapping[str, Any] | None = None
    http_headers: Mapping[str, str] | None = None
    http_referer: str | None = None
    x_open_router_title: str | None = None
    x_open_router_categories: str | None = None


class Caller(Protocol):
    """What a generated group calls: the client's core (or its raw-response view)."""

    def call(self, op: Operation, params: Mapping[str, Any], body: Any, options: CallOptions) -> Any: ...

    async def call_async(self, op: Operation, params: Mapping[str, Any], body: Any, options: CallOptions) -> Any: ...

    def raw(self) -> Caller:
        """The caller whose calls return ``RawResponse`` instead of the parsed result."""
        ...


class Operation(NamedTuple):
    """What the generated layer knows about one operation (all strings: nothing imported yet).

    A NamedTuple, not a frozen dataclass: ~0.1 ms to define against ~0.9 ms, on every first call."""

    name: str  # "models.count"
    http: str  # "GET /models/count"
    module: str  # its generated module, relative to modelgates_api ("api.models.list_models_count")
    # Every keyword of the method but the call options: name -> (path|query|header|body, name in the spec).
    fields: Mapping[str, tuple[str, str]]
    body_class: str | None = None  # the JSON body's model, "chat_request:ChatRequest" in modelgates_api.models
    multipart_class: str | None = None  # the multipart body's model
    multipart_fields: Mapping[str, str] | None = None  # its wire names -> model attributes
    multipart_files: tuple[str, ...] = ()  # the wire names of its file parts (the rest are form fields)
    multipart_only: tuple[str, ...] = ()  # fields only the multipart body has: giving one chooses it
    whole_body: bool = False  # the body is one value (``body=``), not fields
    required_body: tuple[str, ...] = ()  # body fields the spec requires: None for one is refused, by name
    authorization_param: bool = False  # the spec declares Authorization as a header parameter
    requires_auth: bool = True
    result: str = "json"  # "json", "none", "binary" or "json|binary"
    result_class: str | None = None  # the 2xx model, when it is one class ("models_count_response:ModelsCountResponse")
    events_class: str | None = None  # the model of one server-sent event, when the operation streams
    events_envelope: bool = False  # each event parses as {data, event, ...} rather than as the data alone
    stream_field: str | None = None  # the body field that asks for the event stream


@functools.cache
def _module(name: str) -> Any:
    return importlib.import_module(f"modelgates_api.{name}")


@functools.cache
def _model(path: str) -> Any:
    module, _, name = path.partition(":")
    return getattr(_module(f"models.{module}"), name)


@functools.cache
def _parse_client() -> Any:
    """What a generated ``_parse_response`` asks for: only its raise_on_unexpected_status (off: a status
    the operation does not declare parses to None, which the caller maps to ModelGatesDefaultError)."""
    return types.SimpleNamespace(raise_on_unexpected_status=False)


@functools.cache
def _streamable_result(cls: type) -> type:
    """``cls`` that also works where a stream is expected (``with res as s: for e in s``).

    Seed 004 shows that block after ``send(..., stream=False)``: a non-streamed result of an
    operation that can stream is a one-event stream of itself.
    """

    def __enter__(self: Any) -> Any:
        return self

    def __exit__(self: Any, *exc_info: object) -> None:
        return None

    def __iter__(self: Any) -> Any:
        yield self

    namespace = {"__slots__": (), "__enter__": __enter__, "__exit__": __exit__, "__iter__": __iter__}
    subclass = type(cls.__name__, (cls,), namespace)
    subclass.__qualname__ = cls.__qualname__
    subclass.__module__ = cls.__module__
    return subclass


ResultT = TypeVar("ResultT")


class RawResponse(Generic[ResultT]):
    """A call's HTTP response (status, headers) with its parsed result on demand (``parse()``).

    From ``client.<group>.with_raw_response.<method>(...)``. For a streamed result (events, a
    binary body), ``parse()`` returns the stream object, still unread: close it (``with``).
    """

    __slots__ = ("_parse", "_parsed", "http_response")

    def __init__(self, response: httpx.Response, parse: Callable[[], Any]) -> None:
        self.http_response = response
        self._parse = parse
        self._parsed: Any = _UNPARSED

    @property
    def status_code(self) -> int:
        return self.http_response.status_code

    @property
    def headers(self) -> httpx.Headers:
        return self.http_response.headers

    @property
    def generation_id(self) -> str | None:
        """The generation this call made (``X-Generation-Id``), to look up with ``generations.get_generation``."""
        value: str | None = self.http_response.headers.get("x-generation-id")
        return value

    @property
    def request_id(self) -> str | None:
        """The server's id of this request (``X-Request-Id``, else the generation id), as an error carries it."""
        value: str | None = self.http_response.headers.get("x-request-id") or self.generation_id
        return value

    def parse(self) -> ResultT:
        if self._parsed is _UNPARSED:
            self._parsed = self._parse()
        result: ResultT = self._parsed
        return result

    def close(self) -> None:
        """Close the response (only needed for a streamed one that is never parsed)."""
        self.http_response.close()

    def __repr__(self) -> str:
        return f"<RawResponse [{self.status_code}] {self.http_response.request.method} {self.http_response.url.path}>"


_UNPARSED = object()
_P = ParamSpec("_P")


def raw_response(method: Callable[_P, ResultT]) -> Callable[_P, RawResponse[ResultT]]:
    """A group's ``method``, made on the raw caller (``Caller.raw()``), typed as what it returns there.

    The generated ``<Group>WithRawResponse`` classes are built of these: the same parameters, each
    signature written once.
    """
    return cast("Callable[_P, RawResponse[ResultT]]", method)


def raw_response_async(
    method: Callable[_P, Awaitable[ResultT]],
) -> Callable[_P, Awaitable[RawResponse[ResultT]]]:
    """``raw_response`` of an async method."""
    return cast("Callable[_P, Awaitable[RawResponse[ResultT]]]", method)


# -- building the request


def _file_tuple(field: str, value: Any, opened: list[IO[bytes]]) -> Any:
    """A multipart file part from a path, bytes or an open binary file (never read whole here)."""
    from modelgates_api.types import File

    if isinstance(value, File):
        return value
    if isinstance(value, bytes | bytearray | memoryview):
        return File(payload=io.BytesIO(bytes(value)), file_name=field)
    if isinstance(value, str | os.PathLike):
        path = Path(value)
        try:
            handle = path.open("rb")
        except OSError as exc:
            raise InvalidRequestError(f"{field}: cannot open {str(path)!r} to upload it ({exc.strerror})") from exc
        opened.append(handle)
        return File(payload=handle, file_name=path.name)
    if isinstance(value, io.TextIOBase):
        raise InvalidRequestError(
            f"{field}: a file opened in text mode cannot be uploaded as it is; open it with 'rb', or pass its path"
        )
    if hasattr(value, "read"):
        name = getattr(value, "name", None)
        return File(payload=value, file_name=os.path.basename(name) if isinstance(name, str) else field)
    raise InvalidRequestError(
        f"{field}: expected a path, bytes or a binary file object to upload, got {type(value).__name__}"
    )


def _multipart_body(op: Operation, fields: Mapping[str, Any], opened: list[IO[bytes]]) -> Any:
    cls = _model(op.multipart_class or "")
    attributes = op.multipart_fields or {}
    values: dict[str, Any] = {}
    for wire, value in fields.items():
        if value is None:
            continue
        attribute = attributes.get(wire, wire)
        values[attribute] = _file_tuple(wire, value, opened) if wire in op.multipart_files else value
    try:
        return cls(**values)
    except TypeError as exc:
        raise InvalidRequestError(f"invalid {cls.__name__}: {exc}") from exc


def _merge(kind: str, base: dict[str, Any], extra: Mapping[str, Any] | None, op: Operation) -> dict[str, Any]:
    if not extra:
        return base
    clash = sorted(set(base) & set(extra))
    if clash:
        raise InvalidRequestError(
            f"{op.name}: extra_{kind} repeats {', '.join(map(repr, clash))}, already given as a typed argument "
            "(give each field once; nothing was sent)"
        )
    return {**base, **{key: plain(value) for key, value in extra.items()}}


def build_kwargs(
    op: Operation,
    params: Mapping[str, Any],
    body: Any,
    options: CallOptions,
    authorization: str | None,
    opened: list[IO[bytes]],
) -> dict[str, Any]:
    """The generated builder's request (method, url, params, headers, json/files), extras merged in."""
    endpoint = _module(op.module)
    arguments = {name: value for name, value in params.items() if value is not None}
    if op.authorization_param:
        arguments["authorization"] = authorization
    if _is_multipart(op, body):
        arguments["body"] = _multipart_body(op, body or {}, opened)
        kwargs: dict[str, Any] = endpoint._get_kwargs(**arguments)
        # The generator pins the boundary to "+++", which a file's bytes may contain: httpx picks
        # a random one when the header is left to it.
        kwargs["headers"].pop("Content-Type", None)
        if options.extra_body:
            kwargs["data"] = {key: str(value) for key, value in options.extra_body.items()}
    elif op.body_class is not None or op.whole_body:
        model = _model(op.body_class) if op.body_class else None
        if model is not None and isinstance(body, Mapping):
            request_body = build_body(model, body)
        elif model is not None:
            request_body = build_body(model, plain(body) if not isinstance(body, model) else body.to_dict())
        else:
            request_body = None
        if request_body is not None:
            kwargs = request_body.serialize(lambda built: endpoint._get_kwargs(body=built, **arguments))
        else:
            kwargs = endpoint._get_kwargs(body=body, **arguments)
        kwargs["json"] = _merge("body", kwargs.get("json") or {}, options.extra_body, op)
    else:
        if options.extra_body:
            raise InvalidRequestError(f"{op.name}: extra_body given, but {op.http} takes no request body")
        kwargs = endpoint._get_kwargs(**arguments)
    kwargs.setdefault("headers", {})
    if options.extra_query:
        kwargs["params"] = _merge("query", dict(kwargs.get("params") or {}), options.extra_query, op)
    return kwargs


def _is_multipart(op: Operation, body: Any) -> bool:
    if op.multipart_class is None:
        return False
    if op.body_class is None:
        return True
    return isinstance(body, Mapping) and any(body.get(name) is not None for name in op.multipart_only)


def _streams(op: Operation, body: Any) -> bool | None:
    """Whether the response is read as a stream: True, False, or None (its media type decides)."""
    if op.result == "binary":
        return True
    if op.result == "json|binary":
        return None
    if op.events_class is not None and op.stream_field and isinstance(body, Mapping):
        return bool(body.get(op.stream_field))
    return False


# -- the response as the operation's result


def _parse_json(op: Operation, response: httpx.Response, secrets: tuple[str, ...]) -> Any:
    if op.result == "none" or (not response.content and op.result_class is None):
        return None
    try:
        if op.result_class is not None:
            cls = _model(op.result_class)
            if op.events_class is not None:
                cls = _streamable_result(cls)
            return cls.from_dict(response.json())
        return _module(op.module)._parse_response(client=_parse_client(), response=response)
    except PARSE_ERRORS as exc:
        scrub_response(response, secrets, content=True)  # err.raw_response.text must not show an echoed key
        text = redact(text_of(response), secrets)  # a server may echo the request, key included
        raise ResponseValidationError(
            f"{op.name}: the response does not match the spec ({type(exc).__name__}: {str(exc)[:200]}); "
            f"body starts {text[:120]!r}",
            body=text,
            raw_response=response,
        ) from exc


def _result(op: Operation, response: httpx.Response, policy: RequestPolicy, *, is_async: bool) -> Any:
    secrets = tuple(policy.secrets)
    if buffered(response, policy):  # the transport read it whole: a JSON result
        return _parse_json(op, response, secrets)
    if op.events_class is not None:
        if op.events_class == "chat_stream_chunk:ChatStreamChunk":
            from ._chat_stream import AsyncChatStream, ChatStream

            return (AsyncChatStream if is_async else ChatStream)(response, secrets=secrets, limits=policy.limits)
        from ._streams import AsyncEventStream, EventStream

        stream_cls = AsyncEventStream if is_async else EventStream
        return stream_cls(
            response,
            model=_model(op.events_class),
            envelope=op.events_envelope,
            secrets=secrets,
            limits=policy.limits,
            result_model=_model(op.result_class) if op.result_class else None,
        )
    from ._speech_response import AsyncBinaryResponse, BinaryResponse

    binary = AsyncBinaryResponse if is_async else BinaryResponse
    return binary(response, limits=policy.limits)


# -- the call


def _check_arguments(op: Operation, body: Any, options: CallOptions) -> None:
    """Refuse what the signature's types forbid but Python lets through, before anything is sent."""
    if isinstance(body, Mapping):
        for name in op.required_body:
            if body.get(name) is None:
                raise InvalidRequestError(f"{op.name}: {name} is required, got None (nothing was sent)")
    for option in ("extra_headers", "http_headers", "extra_query", "extra_body"):
        value = getattr(options, option)
        if value is not None and not isinstance(value, Mapping):
            raise InvalidRequestError(
                f"{op.name}: {option} must be a mapping of names to values, got {type(value).__name__}"
            )


def _prepare(
    core: _Core, op: Operation, params: Mapping[str, Any], body: Any, options: CallOptions, *, for_async: bool
) -> tuple[httpx.Request, RequestPolicy]:
    _check_arguments(op, body, options)
    api_key = core.resolve_api_key(required=op.requires_auth)
    authorization = Secret(f"Bearer {api_key}") if api_key else None  # repr [REDACTED] in tracebacks
    opened: list[IO[bytes]] = []
    try:
        try:
            kwargs = build_kwargs(op, params, body, options, authorization, opened)
        except RecursionError as exc:  # json and the models recurse: a value nested thousands deep, or a cycle
            raise InvalidRequestError(
                f"{op.name}: the request body is nested too deeply (or refers to itself) to be sent as JSON"
            ) from exc
        if authorization and not op.authorization_param:
            kwargs["headers"]["Authorization"] = authorization
        if op.events_class is not None and _streams(op, body):
            kwargs["headers"].setdefault("Accept", "text/event-stream")  # what a negotiating server goes by
        extra_headers = {**(options.http_headers or {}), **(options.extra_headers or {})}
        request, policy = core.build(
            kwargs, api_key or "", options, extra_headers, stream=_streams(op, body), for_async=for_async
        )
    except BaseException:
        for handle in opened:
            handle.close()
        raise
    request.extensions["modelgates_uploads"] = opened  # closed once the call has its response
    return request, policy


def call(core: _Core, op: Operation, params: Mapping[str, Any], body: Any, options: CallOptions, *, raw: bool) -> Any:
    request, policy = _prepare(core, op, params, body, options, for_async=False)
    try:
        response = core.send(request, policy)
    finally:
        _close_uploads(request)
    if raw:
        return RawResponse(response, lambda: _result(op, response, policy, is_async=False))
    return _result(op, response, policy, is_async=False)


async def call_async(
    core: _Core, op: Operation, params: Mapping[str, Any], body: Any, options: CallOptions, *, raw: bool
) -> Any:
    request, policy = _prepare(core, op, params, body, options, for_async=True)
    try:
        response = await core.send_async(request, policy)
    finally:
        _close_uploads(request)
    if raw:
        return RawResponse(response, lambda: _result(op, response, policy, is_async=True))
    return _result(op, response, policy, is_async=True)


def _close_uploads(request: httpx.Request) -> None:
    for handle in request.extensions.get("modelgates_uploads", ()):
        handle.close()
