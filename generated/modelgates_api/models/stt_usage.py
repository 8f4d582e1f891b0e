from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define, field as _attrs_field

from ..types import UNSET, ModelBase as _ModelBase, Unset


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

    _optional_ = (
        "cost",
        "input_tokens",
        "output_tokens",
        "seconds",
        "total_tokens",
    )
