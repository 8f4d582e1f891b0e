from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define, field as _attrs_field

from ..types import (
    LazyModel as _LazyModel,
    ModelBase as _ModelBase,
    list_field as _list_field,
    model_field as _model_field,
)

if TYPE_CHECKING:
    from ..models.fusion_analysis_result_contradictions_item_stances_item import (
        FusionAnalysisResultContradictionsItemStancesItem,
    )
else:
    FusionAnalysisResultContradictionsItemStancesItem = _LazyModel(
        globals(),
        "fusion_analysis_result_contradictions_item_stances_item",
        "FusionAnalysisResultContradictionsItemStancesItem",
    )


@_attrs_define(repr=False, eq=False)
class FusionAnalysisResultContradictionsItem(_ModelBase):
    stances: list[FusionAnalysisResultContradictionsItemStancesItem]
    topic: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (
        ("stances", _list_field(_model_field(FusionAnalysisResultContradictionsItemStancesItem))),
        "topic",
    )
