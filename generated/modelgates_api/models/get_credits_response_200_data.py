from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define, field as _attrs_field

from ..types import ModelBase as _ModelBase


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

    _required_ = (
        "total_credits",
        "total_usage",
    )
