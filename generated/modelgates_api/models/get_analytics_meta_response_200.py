from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define, field as _attrs_field

from ..types import LazyModel as _LazyModel, ModelBase as _ModelBase, model_field as _model_field

if TYPE_CHECKING:
    from ..models.get_analytics_meta_response_200_data import GetAnalyticsMetaResponse200Data
else:
    GetAnalyticsMetaResponse200Data = _LazyModel(
        globals(), "get_analytics_meta_response_200_data", "GetAnalyticsMetaResponse200Data"
    )


@_attrs_define(repr=False, eq=False)
class GetAnalyticsMetaResponse200(_ModelBase):
    data: GetAnalyticsMetaResponse200Data
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (("data", _model_field(GetAnalyticsMetaResponse200Data)),)
