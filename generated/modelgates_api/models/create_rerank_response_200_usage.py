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

    _json_fields_ = (
        "cost",
        "search_units",
        "total_tokens",
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "cost"
            cost = d.pop("cost", UNSET)

            _at_field_ = "search_units"
            search_units = d.pop("search_units", UNSET)

            _at_field_ = "total_tokens"
            total_tokens = d.pop("total_tokens", UNSET)

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        create_rerank_response_200_usage = cls(
            cost=cost,
            search_units=search_units,
            total_tokens=total_tokens,
        )

        create_rerank_response_200_usage.additional_properties = d
        return create_rerank_response_200_usage
