"""The fault grammar: what a request asks the local server to get wrong, and how to read it.

A fault comes from the ``X-ModelGates-Fault`` header, the model name ``fault/<spec>`` or the
server's scripted queue. Grammar (parameters after ``;``, in any order)::

    <status>[;retry-after=<seconds>][;retry-after-ms=<ms>][;should-retry=true|false]
            [;body=json|html|empty|truncated]       an error response with that status (300-599)
    cut                     headers and part of the body, then the connection closes
    reset                   the connection is reset before any response byte
    stall=<seconds>         headers, then a pause (at most MAX_STALL_SECONDS) before the body
    midstream-error=<code>  a 200 event stream that fails after its first events with the stream's own
                            error event (chat, responses, messages: where the events' union names an
                            error type); any other stream, and speech: like ``cut``
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

__all__ = ["FAULT_HEADER", "MAX_STALL_SECONDS", "Fault", "FaultSpecError", "parse_fault"]

FAULT_HEADER = "X-ModelGates-Fault"
MAX_STALL_SECONDS = 30.0  # a stall longer than any sane client timeout proves nothing more

FaultKind = Literal["status", "cut", "reset", "stall", "midstream-error"]
BodyKind = Literal["json", "html", "empty", "truncated"]
_BODIES: tuple[BodyKind, ...] = ("json", "html", "empty", "truncated")
_NUMBER = re.compile(r"\d+(\.\d+)?\Z")


class FaultSpecError(ValueError):
    """A fault spec that does not follow the grammar."""


@dataclass(frozen=True)
class Fault:
    """One parsed fault; ``status`` is the HTTP status for ``status`` faults, the error code for
    ``midstream-error``."""

    kind: FaultKind
    status: int = 0
    retry_after: str | None = None
    retry_after_ms: str | None = None
    should_retry: bool | None = None
    body: BodyKind = "json"
    stall_seconds: float = 0.0


def parse_fault(spec: str) -> Fault | None:
    """Read a fault spec; an empty spec or ``none`` means no fault."""
    text = spec.strip()
    if text.lower() in ("", "none"):
        return None
    head, *options = (part.strip() for part in text.split(";"))
    name, _, value = head.partition("=")
    name = name.strip().lower()
    if name in ("cut", "reset") and not value and not options:
        return Fault(kind="cut" if name == "cut" else "reset")
    if name == "stall" and not options:
        return Fault(kind="stall", stall_seconds=min(_seconds(value, spec), MAX_STALL_SECONDS))
    if name == "midstream-error" and not options:
        return Fault(kind="midstream-error", status=_status(value, spec))
    if value:
        raise FaultSpecError(f"unknown fault {spec!r}")
    return _status_fault(_status(name, spec), options, spec)


def _status_fault(status: int, options: list[str], spec: str) -> Fault:
    retry_after: str | None = None
    retry_after_ms: str | None = None
    should_retry: bool | None = None
    body: BodyKind = "json"
    for option in options:
        key, _, value = (item.strip() for item in option.partition("="))
        key = key.lower()
        if key == "retry-after":
            retry_after = str(_seconds(value, spec)).removesuffix(".0")
        elif key == "retry-after-ms":
            retry_after_ms = str(_seconds(value, spec)).removesuffix(".0")
        elif key == "should-retry" and value.lower() in ("true", "false"):
            should_retry = value.lower() == "true"
        elif key == "body" and value.lower() in _BODIES:
            body = _BODIES[_BODIES.index(value.lower())]
        else:
            raise FaultSpecError(f"unknown option {option!r} in fault {spec!r}")
    return Fault("status", status, retry_after, retry_after_ms, should_retry, body)


def _status(text: str, spec: str) -> int:
    if not text.strip().isdigit() or not 300 <= int(text) <= 599:
        raise FaultSpecError(f"fault {spec!r}: expected a status from 300 to 599, got {text!r}")
    return int(text)


def _seconds(text: str, spec: str) -> float:
    if not _NUMBER.match(text.strip()):
        raise FaultSpecError(f"fault {spec!r}: expected a non-negative number, got {text!r}")
    return float(text)
