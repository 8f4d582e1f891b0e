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
class GetCreditsResponse200Data(_ModelBase):
    """
    Example:
        {'total_credits': 100.5, 'total_usage': 25.75}

    Attributes:
        total_credits (float): Total credits purchased Example: 100.5.
        total_usage (float): Total credits used Example: 25.75.
    """

    total_credits: float
    total_usage: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _json_fields_ = (
        "total_credits",
        "total_usage",
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "total_credits"
            total_credits = d.pop("total_credits")

            _at_field_ = "total_usage"
            total_usage = d.pop("total_usage")

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        get_credits_response_200_data = cls(
            total_credits=total_credits,
            total_usage=total_usage,
        )

        get_credits_response_200_data.additional_properties = d
        return get_credits_response_200_data
