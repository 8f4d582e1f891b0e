"""Checks of a call's input that neither the generated models nor httpx make, run before sending.

Each failure is an ``InvalidRequestError`` naming the field, what was given and what is accepted,
instead of a bare ValueError/TypeError from json or httpx, or a request that should never have
gone out.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from typing import Any

from ._exceptions import InvalidRequestError

__all__ = ["check_finite_json", "check_number", "check_server_url", "check_timeout_ms"]


def _shown(value: Any) -> str:
    return f"{value!r:.60} ({type(value).__name__})"


def check_number(name: str, value: Any, *, minimum: float = 0.0, strict: bool = False) -> float:
    """A finite int or float (never a bool or a numeric string) at least ``minimum`` (above, if ``strict``)."""
    ok = isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value)
    if ok and (value > minimum if strict else value >= minimum):
        return float(value)
    bound = f"> {minimum:g}" if strict else f">= {minimum:g}"
    raise InvalidRequestError(f"{name} must be a finite number {bound}, got {_shown(value)} (nothing was sent)")


def check_timeout_ms(value: Any) -> float:
    return check_number("timeout_ms", value, strict=True)


def check_server_url(value: Any, name: str) -> str:
    """An http(s) URL with a host and no query or fragment: ``127.0.0.1:8080/api`` would be read as
    a path, and a query would be replaced by each call's own. The message never shows userinfo or a
    query (a key may be in either), even of a URL that does not parse."""
    import httpx  # imported by every caller already; here to keep this module's imports light

    try:
        url = httpx.URL(value) if isinstance(value, str) else None
    except httpx.InvalidURL:
        url = None
    if url is not None and url.scheme in ("http", "https") and url.host and not (url.query or url.fragment):
        return str(value)
    if isinstance(value, str):
        shown = value.split("?", 1)[0].split("#", 1)[0]
        scheme, sep, rest = shown.rpartition("://")
        shown = f"{scheme}{sep}{rest.rpartition('@')[2]}".strip()
    else:
        shown = _shown(value)
    why = "with a host, without a query or fragment (extra_query= adds query parameters)"
    raise InvalidRequestError(
        f"{name} must be an http:// or https:// URL {why}, e.g. 'https://modelgates.ai/api/v1'; got {shown!r:.80}"
    )


def check_finite_json(body: Any, what: str) -> None:
    """Refuse NaN and infinities anywhere in a JSON body: JSON has no such numbers (json raises a
    bare ValueError on them, and a server would reject or misread them)."""
    found = _non_finite(body, "")
    if found is not None:
        path, value = found
        raise InvalidRequestError(
            f"invalid {what}: {path} is {value!r}; a finite number is accepted (nothing was sent)"
        )


def _non_finite(value: Any, path: str) -> tuple[str, float] | None:
    if isinstance(value, float):
        return None if math.isfinite(value) else (path or "the body", value)
    if isinstance(value, Mapping):
        for key, item in value.items():
            found = _non_finite(item, f"{path}.{key}" if path else str(key))
            if found:
                return found
    elif isinstance(value, list | tuple):
        for index, item in enumerate(value):
            found = _non_finite(item, f"{path}[{index}]")
            if found:
                return found
    return None
