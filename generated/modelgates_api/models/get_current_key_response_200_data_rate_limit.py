from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define, field as _attrs_field

from ..types import ModelBase as _ModelBase


@_attrs_define(repr=False, eq=False)
class GetCurrentKeyResponse200DataRateLimit(_ModelBase):
    """Legacy rate limit information about a key. Will always return -1.

    Example:
        {'interval': '1h', 'note': 'This field is deprecated and safe to ignore.', 'requests': 1000}

    Attributes:
        interval (str): Rate limit interval Example: 1h.
        note (str): Note about the rate limit Example: This field is deprecated and safe to ignore..
        requests (int): Number of requests allowed per interval Example: 1000.
    """

    interval: str
    note: str
    requests: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (
        "interval",
        "note",
        "requests",
    )
