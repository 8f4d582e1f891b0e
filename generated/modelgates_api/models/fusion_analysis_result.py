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
    from ..models.fusion_analysis_result_contradictions_item import FusionAnalysisResultContradictionsItem
    from ..models.fusion_analysis_result_partial_coverage_item import FusionAnalysisResultPartialCoverageItem
    from ..models.fusion_analysis_result_unique_insights_item import FusionAnalysisResultUniqueInsightsItem
else:
    FusionAnalysisResultContradictionsItem = _LazyModel(
        globals(), "fusion_analysis_result_contradictions_item", "FusionAnalysisResultContradictionsItem"
    )
    FusionAnalysisResultPartialCoverageItem = _LazyModel(
        globals(), "fusion_analysis_result_partial_coverage_item", "FusionAnalysisResultPartialCoverageItem"
    )
    FusionAnalysisResultUniqueInsightsItem = _LazyModel(
        globals(), "fusion_analysis_result_unique_insights_item", "FusionAnalysisResultUniqueInsightsItem"
    )


@_attrs_define(repr=False, eq=False)
class FusionAnalysisResult(_ModelBase):
    """Structured analysis produced by the fusion analyst model.

    Example:
        {'blind_spots': ['No model considered the impact on existing API consumers.'], 'consensus': ['All panel models
            agree the request is asking for a concise summary.'], 'contradictions': [{'stances': [{'model': 'openai/gpt-5',
            'stance': 'Favors an incremental rollout.'}, {'model': 'anthropic/claude-sonnet-4.5', 'stance': 'Favors a single
            coordinated migration.'}], 'topic': 'Recommended approach'}], 'partial_coverage': [{'models': ['openai/gpt-5'],
            'point': 'Only one model addressed the rollback strategy.'}], 'unique_insights': [{'insight': 'Highlighted a
            backwards-compatibility risk the other models missed.', 'model': 'anthropic/claude-sonnet-4.5'}]}

    """

    blind_spots: list[str]
    consensus: list[str]
    contradictions: list[FusionAnalysisResultContradictionsItem]
    partial_coverage: list[FusionAnalysisResultPartialCoverageItem]
    unique_insights: list[FusionAnalysisResultUniqueInsightsItem]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (
        "blind_spots",
        "consensus",
        ("contradictions", _list_field(_model_field(FusionAnalysisResultContradictionsItem))),
        ("partial_coverage", _list_field(_model_field(FusionAnalysisResultPartialCoverageItem))),
        ("unique_insights", _list_field(_model_field(FusionAnalysisResultUniqueInsightsItem))),
    )
