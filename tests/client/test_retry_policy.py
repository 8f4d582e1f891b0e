"""The pure retry functions: which failures are retried, and how long the SDK waits."""

from __future__ import annotations

from datetime import datetime, timezone
from email.utils import format_datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st
from modelgates._retry import (
    DEFAULT_RETRY_CONFIG,
    RETRYABLE_STATUSES,
    parse_retry_after,
    retry_decision,
    retry_delay,
)
from modelgates.utils import NO_RETRIES, BackoffStrategy, RetryConfig

NOW = 1_700_000_000.0
BACKOFF = BackoffStrategy(initial_interval=500, max_interval=8_000, exponent=2.0, max_elapsed_time=120_000)


@pytest.mark.parametrize("status", [408, 429, 500, 502, 503, 524, 529])
def test_retryable_statuses(status: int) -> None:
    assert retry_decision(status, {})[0] is True


@pytest.mark.parametrize("status", [400, 401, 402, 403, 404, 413, 422, 418, 501])
def test_statuses_never_retried(status: int) -> None:
    assert retry_decision(status, {})[0] is False


def test_connection_errors_are_retryable() -> None:
    assert retry_decision(None, None)[0] is True


@pytest.mark.parametrize(("value", "expected"), [("false", False), ("FALSE ", False), ("true", True), ("True", True)])
@pytest.mark.parametrize("status", [400, 429, 503])
def test_x_should_retry_wins_over_the_status(status: int, value: str, expected: bool) -> None:
    assert retry_decision(status, {"x-should-retry": value})[0] is expected


def test_retry_table_matches_the_documented_statuses() -> None:
    assert frozenset({408, 429, 500, 502, 503, 524, 529}) == RETRYABLE_STATUSES


@pytest.mark.parametrize(
    ("headers", "expected"),
    [
        ({"retry-after": "2"}, 2.0),
        ({"retry-after": " 1.5 "}, 1.5),
        ({"retry-after": "0"}, 0.0),
        ({"retry-after-ms": "250"}, 0.25),
        ({"retry-after-ms": "250", "retry-after": "9"}, 0.25),  # the precise form wins
        ({"retry-after-ms": "nonsense", "retry-after": "3"}, 3.0),
        ({"retry-after-ms": "-5", "retry-after": "3"}, 3.0),
        ({"retry-after": "-1"}, None),
        ({"retry-after": "soon"}, None),
        ({"retry-after": ""}, None),
        ({}, None),
    ],
)
def test_parse_retry_after_seconds_forms(headers: dict[str, str], expected: float | None) -> None:
    assert parse_retry_after(headers, NOW) == expected


def test_parse_retry_after_http_date() -> None:
    when = datetime.fromtimestamp(NOW + 30, tz=timezone.utc)
    assert parse_retry_after({"retry-after": format_datetime(when, usegmt=True)}, NOW) == pytest.approx(30.0)


def test_parse_retry_after_http_date_in_the_past_means_now() -> None:
    assert parse_retry_after({"retry-after": "Sun, 06 Nov 1994 08:49:37 GMT"}, NOW) == 0.0


def test_parse_retry_after_obsolete_asctime_date_is_gmt() -> None:
    # RFC 9110 5.6.7: recipients must accept the asctime form, which carries no zone and means GMT.
    moment = datetime(2023, 11, 14, 22, 14, 20, tzinfo=timezone.utc)
    asctime = moment.strftime("%a %b %d %H:%M:%S %Y")
    assert parse_retry_after({"retry-after": asctime}, moment.timestamp() - 7) == pytest.approx(7.0)


def test_server_delay_is_capped_at_max_interval() -> None:
    assert retry_delay(0, BACKOFF, {"retry-after": "3600"}, rand=0.5, now=NOW) == 8.0
    assert retry_delay(0, BACKOFF, {"retry-after": "2"}, rand=0.9, now=NOW) == 2.0  # no jitter on a server's delay


def test_backoff_grows_exponentially_without_jitter_at_the_midpoint() -> None:
    delays = [retry_delay(n, BACKOFF, None, rand=0.5, now=NOW) for n in range(6)]
    assert delays == [0.5, 1.0, 2.0, 4.0, 8.0, 8.0]


@given(
    retries_done=st.integers(min_value=0, max_value=10_000),
    rand=st.floats(min_value=0.0, max_value=1.0, exclude_max=True),
    initial=st.integers(min_value=1, max_value=60_000),
    max_interval=st.integers(min_value=1, max_value=120_000),
    exponent=st.floats(min_value=1.0, max_value=10.0),
)
def test_backoff_is_jittered_within_a_quarter_and_never_exceeds_the_cap(
    retries_done: int, rand: float, initial: int, max_interval: int, exponent: float
) -> None:
    backoff = BackoffStrategy(initial, max_interval, exponent, 120_000)
    delay = retry_delay(retries_done, backoff, None, rand=rand, now=NOW)
    cap = max_interval / 1000
    assert 0 < delay <= cap
    base = initial / 1000 * exponent ** min(retries_done, 50)
    if base * 1.25 < cap and retries_done <= 50:
        assert base * 0.75 - 1e-9 <= delay <= base * 1.25 + 1e-9


@given(st.dictionaries(st.sampled_from(["retry-after", "retry-after-ms"]), st.text(max_size=40)))
def test_any_retry_after_header_gives_a_delay_within_the_cap(headers: dict[str, str]) -> None:
    delay = retry_delay(2, BACKOFF, headers, rand=0.3, now=NOW)
    assert 0 <= delay <= BACKOFF.max_interval / 1000


def test_retry_config_forms() -> None:
    assert NO_RETRIES.enabled is False
    assert RetryConfig("none", None, False).enabled is False
    assert RetryConfig("backoff", BACKOFF, True).enabled is True
    with pytest.raises(ValueError, match="strategy"):
        RetryConfig("sometimes", BACKOFF, True)  # type: ignore[arg-type]


def test_default_retries_are_bounded_in_count_and_time() -> None:
    assert DEFAULT_RETRY_CONFIG.enabled
    assert DEFAULT_RETRY_CONFIG.max_retries <= 10
    assert DEFAULT_RETRY_CONFIG.backoff is not None
    assert DEFAULT_RETRY_CONFIG.backoff.max_elapsed_time <= 120_000
    assert DEFAULT_RETRY_CONFIG.retry_connection_errors is True


def test_very_long_retry_runs_wait_the_cap_instead_of_overflowing() -> None:
    assert retry_delay(5_000, BACKOFF, None, rand=0.5, now=NOW) == 8.0


def test_negative_max_retries_is_refused() -> None:
    with pytest.raises(ValueError, match="max_retries"):
        RetryConfig("backoff", BACKOFF, True, max_retries=-1)
