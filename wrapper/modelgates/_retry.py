"""Retry policy: named constants and small pure functions, plus the injectable clock.

The send loop (``_transport.py``) asks two questions of this module after every attempt:
``retry_decision`` (may I try again, and why?) and ``retry_delay`` (how long do I wait?).
Neither sleeps nor does I/O, so both are tested directly; the waiting goes through ``Pacer``,
which tests replace so that no test waits.
"""

from __future__ import annotations

import random
import time
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, field
from datetime import timezone
from typing import Literal

from ._exceptions import InvalidRequestError
from ._validate import check_number

__all__ = [
    "DEFAULT_RETRY_CONFIG",
    "NO_RETRIES",
    "RETRYABLE_STATUSES",
    "BackoffStrategy",
    "Pacer",
    "RetryConfig",
    "check_retry_config",
    "parse_retry_after",
    "retry_decision",
    "retry_delay",
]

# 408 timeout, 429 rate limit, 5xx that a later try can outlive (524 edge timeout, 529 overload).
RETRYABLE_STATUSES = frozenset({408, 429, 500, 502, 503, 524, 529})
JITTER_FRACTION = 0.25


@dataclass(frozen=True)
class BackoffStrategy:
    """Exponential backoff, all times in milliseconds (the upstream SDK's shape)."""

    initial_interval: int
    max_interval: int
    exponent: float
    max_elapsed_time: int

    def __post_init__(self) -> None:
        # Refused here, not after the first failed attempt (a negative sleep raises ValueError then).
        for name in ("initial_interval", "max_interval", "max_elapsed_time"):
            check_number(f"BackoffStrategy.{name}", getattr(self, name))
        check_number("BackoffStrategy.exponent", self.exponent, minimum=1.0)


@dataclass(frozen=True)
class RetryConfig:
    """``RetryConfig("backoff", BackoffStrategy(...), True)``; ``RetryConfig("none", None, False)`` disables retries.

    ``RetryConfig("backoff")`` without a ``BackoffStrategy`` backs off as the default does (``backoff``
    is then ``DEFAULT_BACKOFF``): a "backoff" config that never retried would say one thing and do another.

    ``max_retries`` bounds the count of retries as ``backoff.max_elapsed_time`` bounds their total
    time; whichever is reached first ends the retrying.
    """

    strategy: Literal["backoff", "none"]
    backoff: BackoffStrategy | None = None
    retry_connection_errors: bool = True
    max_retries: int = 4

    def __post_init__(self) -> None:
        # InvalidRequestError is a ValueError, what these raised before.
        if self.strategy not in ("backoff", "none"):
            raise InvalidRequestError(f"RetryConfig.strategy must be 'backoff' or 'none', not {self.strategy!r}")
        if self.backoff is not None and not isinstance(self.backoff, BackoffStrategy):
            raise InvalidRequestError(
                f"RetryConfig.backoff must be a BackoffStrategy or None, got {type(self.backoff).__name__}"
            )
        if not isinstance(self.max_retries, int) or isinstance(self.max_retries, bool) or self.max_retries < 0:
            raise InvalidRequestError(f"RetryConfig.max_retries must be an int >= 0, got {self.max_retries!r:.40}")
        if self.strategy == "backoff" and self.backoff is None:
            object.__setattr__(self, "backoff", DEFAULT_BACKOFF)

    @property
    def enabled(self) -> bool:
        return self.strategy == "backoff" and self.max_retries > 0


# Upstream's default retries for up to an hour; ours gives up after two minutes in all.
DEFAULT_BACKOFF = BackoffStrategy(initial_interval=500, max_interval=8_000, exponent=2.0, max_elapsed_time=120_000)
DEFAULT_RETRY_CONFIG = RetryConfig("backoff", DEFAULT_BACKOFF, retry_connection_errors=True, max_retries=4)
NO_RETRIES = RetryConfig("none", None, retry_connection_errors=False, max_retries=0)


def check_retry_config(config: object, name: str = "retries") -> None:
    """Refuse a ``retries=``/``retry_config=`` that is not a RetryConfig before the first attempt
    (``retries="none"`` used to fail with AttributeError only once a retryable status came)."""
    if not isinstance(config, RetryConfig):
        sent = " (nothing was sent)" if name == "retries" else ""
        raise InvalidRequestError(
            f"{name} must be a RetryConfig (e.g. RetryConfig('none', None, False)), got {config!r:.40}{sent}"
        )


def retry_decision(status_code: int | None, headers: Mapping[str, str] | None) -> tuple[bool, str]:
    """Whether a failed attempt may be retried, with the reason (for the debug log).

    ``status_code`` None means the attempt failed before a response (connection error, timeout).
    The server's ``x-should-retry`` header, when present, overrides the status table.
    """
    if headers is not None:
        verdict = headers.get("x-should-retry", "").strip().lower()
        if verdict == "true":
            return True, "server sent x-should-retry: true"
        if verdict == "false":
            return False, "server sent x-should-retry: false"
    if status_code is None:
        return True, "connection error or timeout"
    if status_code in RETRYABLE_STATUSES:
        return True, f"{status_code} is retryable"
    return False, f"{status_code} is not retryable"


def parse_retry_after(headers: Mapping[str, str], now: float) -> float | None:
    """Seconds the server asked us to wait, from ``retry-after-ms`` or ``Retry-After``.

    ``Retry-After`` is either delta-seconds or an HTTP date (RFC 9110 10.2.3). Unparseable or
    negative values count as absent rather than as an error: the backoff then applies.
    """
    millis = headers.get("retry-after-ms")
    if millis is not None:
        try:
            value = float(millis) / 1000
        except ValueError:
            value = -1.0
        if value >= 0:
            return value
    raw = headers.get("retry-after")
    if raw is None:
        return None
    raw = raw.strip()
    try:
        seconds = float(raw)
    except ValueError:
        from email.utils import parsedate_to_datetime  # rarely needed; costs a few ms to import

        try:
            when = parsedate_to_datetime(raw)
        except (TypeError, ValueError, IndexError):
            return None
        if when.tzinfo is None:  # an HTTP date is GMT even when it does not say so (the asctime form)
            when = when.replace(tzinfo=timezone.utc)
        seconds = when.timestamp() - now
        return max(seconds, 0.0)
    return seconds if seconds >= 0 else None


def retry_delay(
    retries_done: int,
    backoff: BackoffStrategy,
    headers: Mapping[str, str] | None,
    *,
    rand: float,
    now: float,
) -> float:
    """Seconds to wait before retry number ``retries_done + 1``.

    A server-given delay wins but is capped at ``max_interval`` (a hostile or confused server
    must not park the caller for an hour). Otherwise exponential backoff with +/-25% jitter,
    ``rand`` in [0, 1) supplying the randomness.
    """
    cap = backoff.max_interval / 1000
    if headers is not None:
        asked = parse_retry_after(headers, now)
        if asked is not None:
            return min(asked, cap)
    try:
        base = backoff.initial_interval / 1000 * backoff.exponent**retries_done
    except OverflowError:  # a long run of retries (large max_retries): the cap applies
        return cap
    jittered = base * (1 - JITTER_FRACTION + 2 * JITTER_FRACTION * rand)
    return min(jittered, cap)


def _wall_clock() -> float:
    return time.time()


async def _anyio_sleep(seconds: float) -> None:
    import anyio  # not at the top: a sync-only program never imports anyio (nor asyncio)

    await anyio.sleep(seconds)


@dataclass
class Pacer:
    """Clock, randomness and sleep used by the retry loop; tests replace them to not wait."""

    sleep: Callable[[float], None] = time.sleep
    async_sleep: Callable[[float], Awaitable[None]] = _anyio_sleep
    random: Callable[[], float] = random.random
    monotonic: Callable[[], float] = time.monotonic
    wall_clock: Callable[[], float] = field(default=_wall_clock)
