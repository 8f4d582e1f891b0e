"""Every error the SDK raises, and the one function that turns a response into one.

    ModelGatesError                      base of everything raised on purpose
    ├── APIConnectionError               no response: refused, reset, DNS, protocol error
    │   └── APITimeoutError              connect, read, write or pool timeout
    ├── InvalidRequestError              bad input, refused before anything is sent
    │   └── MissingAPIKeyError           no key from the argument or the environment
    ├── ClientClosedError                a call on a client after close() or its with block
    ├── LocalFileError                   stream_to_file that cannot write its file (also an OSError)
    ├── StreamNotConsumedError           stream.accumulated.to_result() before the stream was read
    ├── StreamConsumedError              a binary body read again after it was consumed or closed
    ├── ResponseValidationError          a 2xx body that does not match the spec
    │   └── ResponseTooLargeError        a body or event over a size limit (``Limits``)
    ├── IncompleteResponseError          a body or stream that ended before it was complete
    └── APIStatusError                   the server answered with an error
        ├── <one class per error status the spec declares>, generated from the spec into
        │   modelgates_api/status_errors.py, named after the status's error schema:
        │   400 BadRequestResponseError, 401 UnauthorizedResponseError, ... 429
        │   TooManyRequestsResponseError, ... 529 ProviderOverloadedResponseError
        └── ModelGatesDefaultError       any other 4XX/5XX (or 3XX left unfollowed)

An ``APIStatusError`` is raised for an HTTP error status, and also for an error that arrives
inside a 200 stream once generation has started (``status_code`` is then the ``error.code``
from the event, an integer or a numeric string, or else the stream's HTTP status; ``code`` is the
code as sent, and ``partial`` holds what had arrived).
"""

from __future__ import annotations

import codecs
import importlib
import json
from collections.abc import Iterable
from typing import Any

import httpx

from ._redact import forget_credentials, redact, scrub_request, scrub_response

# The exception classes (``modelgates.errors`` re-exports them); the functions below are the SDK's own.
__all__ = [
    "APIConnectionError",
    "APIStatusError",
    "APITimeoutError",
    "ClientClosedError",
    "IncompleteResponseError",
    "InvalidRequestError",
    "LocalFileError",
    "MissingAPIKeyError",
    "ModelGatesDefaultError",
    "ModelGatesError",
    "ResponseTooLargeError",
    "ResponseValidationError",
    "StreamConsumedError",
    "StreamNotConsumedError",
]

_BODY_PREVIEW_CHARS = 200


class ModelGatesError(Exception):
    """Base class of every error the SDK raises on purpose."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message

    def __reduce__(self) -> tuple[Any, ...]:
        # The subclasses take keyword-only arguments, which default exception pickling cannot
        # pass back; without this an error raised in a worker process cannot reach the parent.
        state = dict(self.__dict__)
        if isinstance(self, OSError):  # LocalFileError: errno, strerror and filename are not in __dict__
            state.update(errno=self.errno, strerror=self.strerror, filename=self.filename)
        return _rebuild, (type(self), self.message, state)


def _rebuild(cls: type[ModelGatesError], message: str, state: dict[str, Any]) -> ModelGatesError:
    error = cls.__new__(cls)
    Exception.__init__(error, message)
    if isinstance(error, OSError):
        for name in ("errno", "strerror", "filename"):
            setattr(error, name, state.pop(name, None))
    error.__dict__.update(state)
    return error


class InvalidRequestError(ModelGatesError, ValueError):
    """Input the SDK refuses before sending: no API key, an unknown field, a CR/LF in a header."""


class MissingAPIKeyError(InvalidRequestError):
    """No API key from ``api_key=`` or ``MODELGATES_API_KEY``; nothing was sent."""


class ClientClosedError(ModelGatesError, RuntimeError):
    """A call on a ``ModelGates`` after ``close()``/``aclose()`` or its ``with`` block; nothing was sent."""


class LocalFileError(ModelGatesError, OSError):
    """``stream_to_file``/``save_wav`` that cannot write its file: a destination that is not a regular file
    (a directory, a FIFO, a device) or in a missing or unwritable directory, refused before the body is
    downloaded; a write or flush that fails midway (disk full, file too large), after which the destination
    is as it was. Also an ``OSError`` with the ``errno`` of the failure, as a file error is."""


class StreamNotConsumedError(ModelGatesError, RuntimeError):
    """``stream.accumulated.to_result()`` before any chunk was read: iterate the stream, or ``stream.final()``."""


class StreamConsumedError(ModelGatesError, RuntimeError):
    """A binary body (``BinaryResponse``) read again after ``iter_bytes``/``stream_to_file`` consumed it,
    or after ``close()``: ``read()`` keeps the body for any number of later uses."""


class APIConnectionError(ModelGatesError):
    """The request got no HTTP response (refused, reset, DNS failure, protocol error)."""

    def __init__(self, message: str, *, request: httpx.Request | None = None) -> None:
        super().__init__(message)
        self.request = scrub_request(request) if request is not None else None  # no Authorization kept


class APITimeoutError(APIConnectionError):
    """Connecting, sending, waiting for the response or reading it took longer than allowed."""


class ResponseValidationError(ModelGatesError):
    """A success response whose body does not match the spec."""

    def __init__(self, message: str, *, body: str, raw_response: httpx.Response | None) -> None:
        super().__init__(message)
        self.body = body
        self.raw_response = _without_credentials(raw_response)


class ResponseTooLargeError(ResponseValidationError):
    """A body, an event or a decompression ratio over its limit (``modelgates.utils.Limits``); the
    message names the limit and how to raise it. Nothing more of the body is read."""


class IncompleteResponseError(ModelGatesError):
    """A body or an event stream ended before it was complete (connection cut, short body).

    ``partial`` is what had arrived: the message accumulated so far for a chat stream, or the
    number of bytes for audio. ``bytes_received`` counts raw body bytes.
    """

    def __init__(
        self,
        message: str,
        *,
        bytes_received: int,
        partial: Any = None,
        raw_response: httpx.Response | None = None,
    ) -> None:
        super().__init__(message)
        self.bytes_received = bytes_received
        self.partial = partial
        self.raw_response = _without_credentials(raw_response)


class APIStatusError(ModelGatesError):
    """The server answered with an error (an HTTP error status, or an error event in a stream)."""

    #: Name of the generated model (``modelgates_api.models.<module>.<Class>``) of this status's body.
    model_path: str | None = None

    def __init__(
        self,
        message: str,
        *,
        status_code: int | None,
        code: int | str | None = None,
        metadata: dict[str, Any] | None = None,
        data: Any = None,
        body: str = "",
        raw_response: httpx.Response | None = None,
        partial: Any = None,
    ) -> None:
        super().__init__(message)
        self.status_code = status_code
        self.code = code
        self.metadata = metadata
        self.data = data
        self.body = body
        self.raw_response = _without_credentials(raw_response)
        self.headers: httpx.Headers = raw_response.headers if raw_response is not None else httpx.Headers()
        self.generation_id: str | None = self.headers.get("x-generation-id")
        self.request_id: str | None = self.headers.get("x-request-id") or self.generation_id
        self.partial = partial

    def __str__(self) -> str:
        parts = [f"{self.status_code}" if self.status_code is not None else "error", self.message]
        # A code that only repeats the status (429, or "429" from a stream event) says nothing more.
        extras = (
            [f"code={self.code}"] if self.code is not None and str(self.code).strip() != str(self.status_code) else []
        )
        if self.generation_id:
            extras.append(f"generation_id={self.generation_id}")
        elif self.request_id:
            extras.append(f"request_id={self.request_id}")
        line = " ".join(": ".join(parts).split())  # one line, even when the server's message has several
        return f"{line} ({', '.join(extras)})" if extras else line


class ModelGatesDefaultError(APIStatusError):
    """Any error status the spec does not declare (e.g. 418, 599), or a redirect not followed."""


def error_class(status: int | None) -> type[APIStatusError]:
    """The class of an error status: the spec's class for a status it declares, else ModelGatesDefaultError."""
    # The classes are generated from the spec (modelgates_api/status_errors.py), and import this
    # module for their base class: imported here, on the first error, not at the top.
    from modelgates_api.status_errors import ERROR_CLASSES_BY_STATUS

    return ERROR_CLASSES_BY_STATUS.get(status, ModelGatesDefaultError) if status else ModelGatesDefaultError


# What a hostile or broken body can make the parsers raise besides ValueError: RecursionError for
# JSON nested thousands deep (json's C decoder recurses), TypeError/KeyError/AttributeError from the
# generated from_dict meeting a value of the wrong shape. None of them may leave the SDK as such.
PARSE_ERRORS = (ValueError, TypeError, KeyError, AttributeError, RecursionError)


def usable_encoding(name: str | None) -> str:
    """``name`` if it is a text encoding Python knows, else UTF-8.

    A Content-Type charset comes from the server: ``charset=base64`` names a bytes-to-bytes codec
    (``bytes.decode`` raises LookupError), ``charset=rot13`` a str-to-str one (TypeError), and an
    unknown name raises LookupError. None of them may hide the status of the response.
    """
    if name:
        try:
            info = codecs.lookup(name)
        except LookupError:
            return "utf-8"
        if getattr(info, "_is_text_encoding", True):
            return info.name
    return "utf-8"


def text_of(response: httpx.Response, raw: bytes | None = None) -> str:
    """The body as text in a usable encoding; also makes ``response.text`` safe for the caller."""
    encoding = usable_encoding(response.encoding)
    if not hasattr(response, "_text"):  # httpx refuses a new encoding once .text was read
        response.encoding = encoding
    content = response.content if raw is None else raw
    return content.decode(encoding, errors="replace")


def _without_credentials(response: httpx.Response | None) -> httpx.Response | None:
    if response is not None:
        forget_credentials(response)
    return response


def _parse_model(cls: type[APIStatusError], payload: Any) -> Any:
    if cls.model_path is None or not isinstance(payload, dict):
        return None
    module_name, _, class_name = cls.model_path.rpartition(".")
    model = getattr(importlib.import_module(f"modelgates_api.models.{module_name}"), class_name)
    try:
        return model.from_dict(payload)
    except PARSE_ERRORS:
        return None


def _envelope(payload: Any) -> tuple[str | None, int | str | None, dict[str, Any] | None]:
    """(message, code, metadata) from ``{"error": {...}}``, tolerating any other shape."""
    if not isinstance(payload, dict):
        return None, None, None
    error = payload.get("error")
    if isinstance(error, str):
        return error, None, None
    if not isinstance(error, dict):
        message = payload.get("message")
        return (message if isinstance(message, str) else None), None, None
    message = error.get("message")
    code = error.get("code")
    metadata = error.get("metadata")
    return (
        message if isinstance(message, str) else None,
        code if isinstance(code, int | str) and not isinstance(code, bool) else None,
        metadata if isinstance(metadata, dict) else None,
    )


def _preview(text: str) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= _BODY_PREVIEW_CHARS else flat[:_BODY_PREVIEW_CHARS] + "..."


def error_from_response(
    response: httpx.Response, *, body: bytes | None = None, secrets: Iterable[str] = ()
) -> APIStatusError:
    """The exception for an error response whose body has been read.

    The class depends on the status alone; the body only adds detail. A body that is HTML,
    empty or broken JSON still gives the status's class, with ``data=None`` and the text kept.
    """
    secrets = tuple(secrets)
    if body is not None:
        response._content = body
    scrub_response(response, secrets, content=True)  # err.headers and err.raw_response.text too
    body = response.content
    cls = error_class(response.status_code)
    text = redact(text_of(response, body), secrets)
    try:
        payload: Any = json.loads(text) if text.strip() else None
    except (ValueError, RecursionError):  # HTML, broken JSON, JSON nested too deep: the status still counts
        payload = None
    message, code, metadata = _envelope(payload)
    if response.is_redirect:
        location = redact(response.headers.get("location", ""), secrets)
        message = (
            f"redirect to {location!r} not followed: only a 307/308 to the same origin is (the request and its "
            "key are not sent elsewhere)"
        )
    if message is None:
        reason = response.reason_phrase or "HTTP error"
        message = f"{reason}: {_preview(text)}" if text.strip() else f"{reason} (empty body)"
    return cls(
        message,
        status_code=response.status_code,
        code=code,
        metadata=metadata,
        data=_parse_model(cls, payload),
        body=text,
        raw_response=response,
    )


# The status of each error type of the Messages API (Anthropic's errors say their type, not their status).
STATUS_OF_ERROR_TYPE = {
    "invalid_request_error": 400,
    "authentication_error": 401,
    "billing_error": 402,
    "permission_error": 403,
    "not_found_error": 404,
    "request_too_large": 413,
    "rate_limit_error": 429,
    "api_error": 500,
    "timeout_error": 504,
    "overloaded_error": 529,
}


def error_from_stream_event(
    error: dict[str, Any], *, raw_response: httpx.Response | None, partial: Any, secrets: Iterable[str] = ()
) -> APIStatusError:
    """The exception for an ``error`` object that arrived inside a 200 event stream."""
    # Redact the serialized event, then read everything from it: message, metadata and body alike.
    body = redact(json.dumps({"error": error}), tuple(secrets))
    redacted = json.loads(body)
    message, code, metadata = _envelope(redacted)
    kind = redacted["error"].get("type")
    if code is None and isinstance(kind, str) and kind != "error":
        code = kind  # the Messages API's errors carry a type ("overloaded_error"), not a code
    # The code picks the class whether it is 429 or "429"; a code that is not a number ("server_error")
    # stays in ``code`` and the stream's own HTTP status picks the class instead.
    if isinstance(code, str) and code.strip().isascii() and code.strip().isdigit():
        status: int | None = int(code.strip())
    elif isinstance(code, int):
        status = code
    elif isinstance(code, str) and code in STATUS_OF_ERROR_TYPE:
        status = STATUS_OF_ERROR_TYPE[code]
    else:
        status = raw_response.status_code if raw_response is not None else None
    cls = error_class(status)
    return cls(
        f"{message or 'error event in the stream'} (after the stream had started)",
        status_code=status,
        code=code,
        metadata=metadata,
        data=None,
        body=body,
        raw_response=raw_response,
        partial=partial,
    )
