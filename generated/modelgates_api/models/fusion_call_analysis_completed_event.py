from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.fusion_call_analysis_completed_event_type import (
    FusionCallAnalysisCompletedEventType,
    check_fusion_call_analysis_completed_event_type,
)
from ..types import LazyModel as _LazyModel, ModelBase as _ModelBase, model_field as _model_field

if TYPE_CHECKING:
    from ..models.fusion_analysis_result import FusionAnalysisResult
else:
    FusionAnalysisResult = _LazyModel(globals(), "fusion_analysis_result", "FusionAnalysisResult")


@_attrs_define(repr=False, eq=False)
class FusionCallAnalysisCompletedEvent(_ModelBase):
    """Emitted when the fusion analyst completes with the structured analysis.

    Example:
        {'analysis': {'blind_spots': [], 'consensus': [], 'contradictions': [], 'partial_coverage': [],
            'unique_insights': []}, 'item_id': 'st_fusion_abc', 'output_index': 0, 'sequence_number': 40, 'type':
            'response.fusion_call.analysis.completed'}

    Attributes:
        analysis (FusionAnalysisResult): Structured analysis produced by the fusion analyst model. Example:
            {'blind_spots': ['No model considered the impact on existing API consumers.'], 'consensus': ['All panel models
            agree the request is asking for a concise summary.'], 'contradictions': [{'stances': [{'model': 'openai/gpt-5',
            'stance': 'Favors an incremental rollout.'}, {'model': 'anthropic/claude-sonnet-4.5', 'stance': 'Favors a single
            coordinated migration.'}], 'topic': 'Recommended approach'}], 'partial_coverage': [{'models': ['openai/gpt-5'],
            'point': 'Only one model addressed the rollback strategy.'}], 'unique_insights': [{'insight': 'Highlighted a
            backwards-compatibility risk the other models missed.', 'model': 'anthropic/claude-sonnet-4.5'}]}.
    """

    analysis: FusionAnalysisResult
    item_id: str
    output_index: int
    sequence_number: int
    type_: FusionCallAnalysisCompletedEventType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (
        ("analysis", _model_field(FusionAnalysisResult)),
        "item_id",
        "output_index",
        "sequence_number",
        ("type", check_fusion_call_analysis_completed_event_type, "type_"),
    )
