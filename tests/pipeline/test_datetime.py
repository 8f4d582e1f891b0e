"""Date-time fields (OpenAPI ``format: date-time``, RFC 3339) parse without python-dateutil, on 3.10 too."""

from __future__ import annotations

import datetime

import pytest
from modelgates_api.models.create_keys_body import CreateKeysBody
from modelgates_api.types import SpecError, parse_datetime

UTC = datetime.timezone.utc


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2027-12-31T23:59:59Z", datetime.datetime(2027, 12, 31, 23, 59, 59, tzinfo=UTC)),
        ("2025-08-24T10:30:00.000Z", datetime.datetime(2025, 8, 24, 10, 30, tzinfo=UTC)),
        ("2025-08-24T10:30:00.5z", datetime.datetime(2025, 8, 24, 10, 30, 0, 500000, tzinfo=UTC)),
        # nanoseconds (JavaScript's and Go's clocks): cut to microseconds, not refused
        ("2025-08-24T10:30:00.123456789Z", datetime.datetime(2025, 8, 24, 10, 30, 0, 123456, tzinfo=UTC)),
        (
            "2025-08-24t10:30:00+05:30",
            datetime.datetime(2025, 8, 24, 10, 30, tzinfo=datetime.timezone(datetime.timedelta(hours=5, minutes=30))),
        ),
        ("2025-08-24 10:30:00", datetime.datetime(2025, 8, 24, 10, 30)),
    ],
)
def test_rfc3339_date_times_parse(text: str, expected: datetime.datetime) -> None:
    parsed = parse_datetime(text)
    assert parsed == expected
    assert parsed.utcoffset() == expected.utcoffset()


@pytest.mark.parametrize("text", ["yesterday", "2025-13-01T00:00:00Z", "2025-08-24T10:30:00+5"])
def test_a_value_that_is_no_date_time_is_a_value_error(text: str) -> None:
    with pytest.raises(ValueError, match=r"Invalid isoformat string|month must be in"):
        parse_datetime(text)


def test_a_date_time_field_reads_and_writes_through_its_model() -> None:
    body = CreateKeysBody.from_dict({"name": "ci", "expires_at": "2027-12-31T23:59:59.250Z"})
    assert body.expires_at == datetime.datetime(2027, 12, 31, 23, 59, 59, 250000, tzinfo=UTC)
    assert body.to_dict()["expires_at"] == "2027-12-31T23:59:59.250000+00:00"
    with pytest.raises(SpecError, match=r"expected a date-time string, got int"):
        parse_datetime(20271231)  # type: ignore[arg-type]
