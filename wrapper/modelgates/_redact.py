"""Keeping the API key out of everything the SDK hands back or lets others print.

Three leaks are closed here: an error's attributes (its request carries ``Authorization``; a
server may echo the key in a header or the body), the logs of httpx and httpcore (which print
URLs and, at DEBUG, every response header), and tracebacks rendered with their locals (the key as
a plain string in the frame that builds the request).
"""

from __future__ import annotations

import functools
import logging
import re
import threading
from collections.abc import Iterable

import httpx

__all__ = [
    "REDACTED",
    "SENSITIVE_HEADERS",
    "Secret",
    "forget_credentials",
    "forget_sent_credentials",
    "install_log_filter",
    "redact",
    "redact_bytes",
    "scrub_request",
    "scrub_response",
]

REDACTED = "[REDACTED]"
SENSITIVE_HEADERS = frozenset({"authorization", "proxy-authorization", "cookie", "x-api-key"})
# Query parameters that carry a credential by their name alone (``?key=...`` in a server URL).
_SENSITIVE_QUERY = frozenset({"key", "api_key", "apikey", "token", "access_token", "password", "secret", "sig"})
# Every logger httpx and httpcore write to (a filter on a logger does not cover its children).
_THIRD_PARTY_LOGGERS = (
    "httpx",
    "httpcore.connection",
    "httpcore.http11",
    "httpcore.http2",
    "httpcore.proxy",
    "httpcore.socks",
)


class Secret(str):
    """A str that shows as ``'[REDACTED]'`` in its repr: what a traceback with locals, a debugger or
    a ``%r`` in a log prints of the frames that hold the key. Formatting (f-strings) and every str
    method give plain strings, so the real value still reaches the wire."""

    __slots__ = ()

    def __repr__(self) -> str:
        return repr(REDACTED)


# A secret shorter than this also occurs inside ordinary words (a key "k" in "ok", "key", "unknown"):
# it is replaced only where it stands alone, not next to a letter, digit, "-" or "_" (the characters
# keys are made of), so that a message stays readable. Real keys are far longer and replaced anywhere.
_SHORT_SECRET = 8
_KEY_CHARACTER = r"[A-Za-z0-9_\-]"


@functools.lru_cache(maxsize=64)
def _standalone(secret: str) -> re.Pattern[str]:
    return re.compile(rf"(?<!{_KEY_CHARACTER}){re.escape(secret)}(?!{_KEY_CHARACTER})")


@functools.lru_cache(maxsize=64)
def _standalone_bytes(secret: str) -> re.Pattern[bytes]:
    # The same pattern over the secret's UTF-8 bytes (as redact_bytes encodes the secret).
    return re.compile(_standalone(secret).pattern.encode("utf-8", errors="ignore"))


def redact(text: str, secrets: Iterable[str]) -> str:
    """Replace every occurrence of each secret (an API key a server echoed back) in ``text``."""
    for secret in secrets:
        if len(secret) >= _SHORT_SECRET:
            text = text.replace(secret, REDACTED)
        elif secret:
            text = _standalone(secret).sub(REDACTED, text)
    return text


def redact_bytes(data: bytes, secrets: Iterable[str]) -> bytes:
    for secret in secrets:
        raw = secret.encode("utf-8", errors="ignore")
        if len(secret) >= _SHORT_SECRET:
            data = data.replace(raw, REDACTED.encode())
        elif raw:  # a secret with no UTF-8 form would leave a pattern that matches everywhere
            data = _standalone_bytes(secret).sub(REDACTED.encode(), data)
    return data


def _scrub_headers(headers: httpx.Headers, secrets: tuple[str, ...], *, sensitive: bool) -> httpx.Headers | None:
    """A redacted copy, or None when nothing needed hiding (the common case, no copy made)."""
    changed = False
    items = []
    for name, value in headers.multi_items():
        clean = REDACTED if sensitive and name.lower() in SENSITIVE_HEADERS else redact(value, secrets)
        changed = changed or clean != value
        items.append((name, clean))
    return httpx.Headers(items) if changed else None


def scrub_request(request: httpx.Request, secrets: Iterable[str] = ()) -> httpx.Request:
    """A copy of ``request`` without its credentials: what an error keeps (and pickles)."""
    secrets = tuple(secrets)
    headers = _scrub_headers(request.headers, secrets, sensitive=True)
    if headers is None and not any(secret and secret in str(request.url) for secret in secrets):
        return request
    try:
        content: bytes | None = request.content
    except httpx.RequestNotRead:
        content = None
    return httpx.Request(
        request.method,
        redact(str(request.url), secrets),
        headers=headers if headers is not None else request.headers,
        content=content,
    )


def scrub_response(response: httpx.Response, secrets: Iterable[str], *, content: bool = False) -> None:
    """Hide ``secrets`` in the response's headers (and in its read body, if ``content``): a server
    may echo the key, and ``err.headers`` / ``err.raw_response.text`` show what it sent."""
    secrets = tuple(secrets)
    headers = _scrub_headers(response.headers, secrets, sensitive=False)
    if headers is not None:
        response.headers = headers
    if content and hasattr(response, "_content"):
        clean = redact_bytes(response.content, secrets)
        if clean != response.content:
            response._content = clean
            if hasattr(response, "_text"):
                del response._text  # recomputed from the redacted bytes


def forget_sent_credentials(request: httpx.Request) -> None:
    """Once a request has been answered, the copy its response keeps (``raw.http_response.request``,
    ``stream.http_response.request``) no longer carries the key: in place, nothing resends it."""
    headers = request.headers
    for name in [name for name in headers if name in SENSITIVE_HEADERS]:  # (httpx yields them lower-cased)
        headers[name] = REDACTED


def forget_credentials(response: httpx.Response) -> None:
    """Swap the response's request for one without credentials: an error keeps (and pickles) it."""
    try:
        request = response.request
    except RuntimeError:  # a response built without a request
        return
    response.request = scrub_request(request)


# -- the logs of httpx and httpcore


class _KnownSecrets:
    """The keys this process's clients have sent: what the log filter hides."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._secrets: frozenset[str] = frozenset()
        self._filter: _LogScrubber | None = None

    def add(self, secrets: Iterable[str]) -> None:
        new = frozenset(s for s in secrets if s) - self._secrets
        if not new and self._filter is not None:
            return
        with self._lock:
            self._secrets |= new
            if self._filter is None:
                self._filter = _LogScrubber(self)
                for name in _THIRD_PARTY_LOGGERS:
                    logging.getLogger(name).addFilter(self._filter)

    @property
    def secrets(self) -> frozenset[str]:
        return self._secrets


class _LogScrubber(logging.Filter):
    """Rewrites a record of httpx/httpcore that would print a key; lets every record through."""

    def __init__(self, known: _KnownSecrets) -> None:
        super().__init__()
        self._known = known

    def filter(self, record: logging.LogRecord) -> bool:
        if isinstance(record.args, tuple) and any(isinstance(arg, httpx.URL) for arg in record.args):
            record.args = tuple(_loggable(arg) if isinstance(arg, httpx.URL) else arg for arg in record.args)
        secrets = self._known.secrets
        if secrets:
            message = record.getMessage()
            clean = redact(message, secrets)
            if clean != message:
                record.msg, record.args = clean, None
        return True


def _loggable(url: httpx.URL) -> httpx.URL:
    params = url.params
    if url.userinfo:
        url = url.copy_with(userinfo=b"")
    if any(name.lower() in _SENSITIVE_QUERY for name in params):
        url = url.copy_with(
            params=[(k, REDACTED if k.lower() in _SENSITIVE_QUERY else v) for k, v in params.multi_items()]
        )
    return url


_KNOWN = _KnownSecrets()


def install_log_filter(secrets: Iterable[str]) -> None:
    """Have httpx's and httpcore's logs hide ``secrets`` from now on (and credential query values)."""
    _KNOWN.add(secrets)
