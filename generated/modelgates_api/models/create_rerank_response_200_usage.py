from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define, field as _attrs_field

from ..types import UNSET, ModelBase as _ModelBase, Unset


@_attrs_define(repr=False, eq=False)
class CreateRerankResponse200Usage(_ModelBase):
    """Usage statistics

    Example:
        {'search_units': 1, 'total_tokens': 150}

    Attributes:
        cost (float | Unset): Cost of the request in credits Example: 0.001.
        search_units (int | Unset): Number of search units consumed (Cohere billing) Example: 1.
        total_tokens (int | Unset): Total number of tokens used Example: 150.
    """

    cost: float | Unset = UNSET
    search_units: int | Unset = UNSET
    total_tokens: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _optional_ = (
        "cost",
        "search_units",
        "total_tokens",
    )
