from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.fusion_call_analysis_completed_event_type import (
    FusionCallAnalysisCompletedEventType,
    check_fusion_call_analysis_completed_event_type,
)
from ..types import PARSE_ERRORS, as_object, at_field
from ..types import LazyModel as _LazyModel
from ..types import ModelBase as _ModelBase

if TYPE_CHECKING:
    from typing_extensions import Self

    from ..models.fusion_analysis_result import FusionAnalysisResult


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

    _json_fields_ = (
        "analysis",
        "item_id",
        "output_index",
        "sequence_number",
        ("type_", "type"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "analysis"
            analysis = FusionAnalysisResult.from_dict(d.pop("analysis"))

            _at_field_ = "item_id"
            item_id = d.pop("item_id")

            _at_field_ = "output_index"
            output_index = d.pop("output_index")

            _at_field_ = "sequence_number"
            sequence_number = d.pop("sequence_number")

            _at_field_ = "type"
            type_ = check_fusion_call_analysis_completed_event_type(d.pop("type"))

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        fusion_call_analysis_completed_event = cls(
            analysis=analysis,
            item_id=item_id,
            output_index=output_index,
            sequence_number=sequence_number,
            type_=type_,
        )

        fusion_call_analysis_completed_event.additional_properties = d
        return fusion_call_analysis_completed_event


# modelgates: the models the methods above use, imported where first used, not with this module (the models refer to
# each other in cycles, and a call needs only the models of the values it meets: a chat call imports ~20 of the 60
# its request and result can hold). Each name is rebound to the class by its first use. Absolute module names: a
# relative import reads the module's ``__spec__.parent``, a Python-level property.
if not TYPE_CHECKING:
    FusionAnalysisResult = _LazyModel(globals(), "modelgates_api.models.fusion_analysis_result", "FusionAnalysisResult")
