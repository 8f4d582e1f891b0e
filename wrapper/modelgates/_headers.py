"""Where every header the SDK sends is decided, and how headers are shown in logs.

Precedence, lowest first: the SDK's own (User-Agent), the client's (auth, app attribution),
the call's named arguments (``http_referer=`` ...), and last the call's ``http_headers=``.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from ._exceptions import InvalidRequestError
from ._redact import SENSITIVE_HEADERS
from ._version import __version__

__all__ = ["USER_AGENT", "AttributionHeaders", "build_headers", "redacted_headers"]

USER_AGENT = f"modelgates-python/{__version__}"
_CONTROL = re.compile(r"[\x00-\x08\x0a-\x1f\x7f]")  # control characters but tab
_TOKEN = re.compile(r"[!#$%&'*+\-.^_`|~0-9A-Za-z]+")  # a header name (RFC 9110 5.1, 5.6.2)
# Headers httpx sets from the request itself: one given by hand would break the message's framing
# (a Content-Length that does not match the body) or send it to another virtual host.
_FRAMING = frozenset({"content-length", "transfer-encoding", "host"})


class AttributionHeaders:
    """The app attribution a client sends with every request (each None when unset)."""

    __slots__ = ("categories", "referer", "title")

    def __init__(self, referer: str | None, title: str | None, categories: str | None) -> None:
        self.referer = referer
        self.title = title
        self.categories = categories

    def merged(self, referer: str | None, title: str | None, categories: str | None) -> dict[str, str]:
        """Header dict with the call's values winning over the client's."""
        chosen = {
            "HTTP-Referer": referer if referer is not None else self.referer,
            "X-OpenRouter-Title": title if title is not None else self.title,
            "X-OpenRouter-Categories": categories if categories is not None else self.categories,
        }
        return {name: value for name, value in chosen.items() if value is not None}


def _check_value(name: str, value: str) -> None:
    # CR or LF in a value would let one header smuggle another (or a second request) onto the wire;
    # other control characters make h11 fail with the whole value (an API key) in its message, and
    # non-ASCII makes httpx fail with a bare UnicodeEncodeError. The value itself is never quoted.
    if not value.isascii():
        raise InvalidRequestError(f"header {name!r} contains a non-ASCII character; refusing to send it")
    if _CONTROL.search(value):
        raise InvalidRequestError(
            f"header {name!r} contains a line break or another control character; refusing to send it"
        )
    if value != value.strip(" \t"):  # h11 refuses it with the value (the key) in its message
        raise InvalidRequestError(f"header {name!r} has leading or trailing whitespace; refusing to send it")


def _check_name(name: object) -> None:
    if isinstance(name, str) and _CONTROL.search(name):
        raise InvalidRequestError(
            f"header name {name!r:.60} contains a line break or another control character; refusing to send it"
        )
    if not isinstance(name, str) or not _TOKEN.fullmatch(name):
        raise InvalidRequestError(
            f"header name {name!r:.60} is not a valid HTTP header name (letters, digits and !#$%&'*+-.^_`|~ only; "
            "nothing was sent)"
        )


def build_headers(
    *,
    attribution: Mapping[str, str],
    operation_headers: Mapping[str, str],
    extra: Mapping[str, str] | None,
) -> dict[str, str]:
    """Every header of one request, checked for CR/LF before anything is sent.

    ``operation_headers`` come from the generated request builder (``Authorization``,
    ``Content-Type`` and the operation's declared header parameters).
    """
    headers = {"User-Agent": USER_AGENT}
    headers.update(attribution)
    headers.update(operation_headers)
    if extra:
        lowered = {k.lower(): k for k in headers}
        for name, value in extra.items():
            _check_name(name)
            if name.lower() in _FRAMING:
                raise InvalidRequestError(
                    f"extra_headers/http_headers may not set {name!r}: httpx sets it from the request (given by "
                    "hand it would break the message framing); nothing was sent"
                )
            existing = lowered.get(name.lower())
            if existing is not None and existing != name:
                del headers[existing]
            headers[name] = value
            lowered[name.lower()] = name  # "X-A" then "x-a" in the same call: the last one wins
    for name, value in headers.items():
        if not isinstance(value, str):
            raise InvalidRequestError(f"header {name!r} must be a string, got {type(value).__name__}")
        _check_name(name)
        _check_value(name, value)
    return headers


def redacted_headers(headers: Mapping[str, str]) -> dict[str, str]:
    """A copy fit for a log line: credentials replaced."""
    return {k: ("[REDACTED]" if k.lower() in SENSITIVE_HEADERS else v) for k, v in headers.items()}
