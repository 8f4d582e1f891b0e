from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define, field as _attrs_field

from ..types import LazyModel as _LazyModel, ModelBase as _ModelBase, model_field as _model_field

if TYPE_CHECKING:
    from ..models.get_credits_response_200_data import GetCreditsResponse200Data
else:
    GetCreditsResponse200Data = _LazyModel(globals(), "get_credits_response_200_data", "GetCreditsResponse200Data")


@_attrs_define(repr=False, eq=False)
class GetCreditsResponse200(_ModelBase):
    """Total credits purchased and used

    Example:
        {'data': {'total_credits': 100.5, 'total_usage': 25.75}}

    """

    data: GetCreditsResponse200Data
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (("data", _model_field(GetCreditsResponse200Data)),)
