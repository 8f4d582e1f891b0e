from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import PARSE_ERRORS, as_object, at_field
from ..types import ModelBase as _ModelBase

if TYPE_CHECKING:
    from typing_extensions import Self


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

    _json_fields_ = (
        "interval",
        "note",
        "requests",
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "interval"
            interval = d.pop("interval")

            _at_field_ = "note"
            note = d.pop("note")

            _at_field_ = "requests"
            requests = d.pop("requests")

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        get_current_key_response_200_data_rate_limit = cls(
            interval=interval,
            note=note,
            requests=requests,
        )

        get_current_key_response_200_data_rate_limit.additional_properties = d
        return get_current_key_response_200_data_rate_limit
