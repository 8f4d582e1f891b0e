from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import PARSE_ERRORS, UNSET, Unset, as_object, at_field
from ..types import ModelBase as _ModelBase

if TYPE_CHECKING:
    from typing_extensions import Self


@_attrs_define(repr=False, eq=False)
class STTUsage(_ModelBase):
    """Aggregated usage statistics for the request

    Example:
        {'cost': 0.000508, 'input_tokens': 83, 'output_tokens': 30, 'seconds': 9.2, 'total_tokens': 113}

    Attributes:
        cost (float | Unset): Total cost of the request in USD Example: 0.000508.
        input_tokens (int | Unset): Number of input tokens billed for this request Example: 83.
        output_tokens (int | Unset): Number of output tokens generated Example: 30.
        seconds (float | Unset): Duration of the input audio in seconds Example: 9.2.
        total_tokens (int | Unset): Total number of tokens used (input + output) Example: 113.
    """

    cost: float | Unset = UNSET
    input_tokens: int | Unset = UNSET
    output_tokens: int | Unset = UNSET
    seconds: float | Unset = UNSET
    total_tokens: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _json_fields_ = (
        "cost",
        "input_tokens",
        "output_tokens",
        "seconds",
        "total_tokens",
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "cost"
            cost = d.pop("cost", UNSET)

            _at_field_ = "input_tokens"
            input_tokens = d.pop("input_tokens", UNSET)

            _at_field_ = "output_tokens"
            output_tokens = d.pop("output_tokens", UNSET)

            _at_field_ = "seconds"
            seconds = d.pop("seconds", UNSET)

            _at_field_ = "total_tokens"
            total_tokens = d.pop("total_tokens", UNSET)

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        stt_usage = cls(
            cost=cost,
            input_tokens=input_tokens,
            output_tokens=output_tokens,
            seconds=seconds,
            total_tokens=total_tokens,
        )

        stt_usage.additional_properties = d
        return stt_usage
