from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LazyModel as _LazyModel
from ..types import ModelBase as _ModelBase
from ..types import list_field as _list_field
from ..types import model_field as _model_field

if TYPE_CHECKING:
    from ..models.fusion_analysis_result_contradictions_item_stances_item import (
        FusionAnalysisResultContradictionsItemStancesItem,
    )
else:
    FusionAnalysisResultContradictionsItemStancesItem = _LazyModel(
        globals(),
        "modelgates_api.models.fusion_analysis_result_contradictions_item_stances_item",
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
