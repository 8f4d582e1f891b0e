from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import PARSE_ERRORS, as_object, at_field
from ..types import PARSE_ERRORS as _LIST_ERRORS
from ..types import LazyModel as _LazyModel
from ..types import ModelBase as _ModelBase
from ..types import as_list as _as_list
from ..types import at_index as _at_index

if TYPE_CHECKING:
    from typing_extensions import Self

    from ..models.fusion_analysis_result_contradictions_item import FusionAnalysisResultContradictionsItem
    from ..models.fusion_analysis_result_partial_coverage_item import FusionAnalysisResultPartialCoverageItem
    from ..models.fusion_analysis_result_unique_insights_item import FusionAnalysisResultUniqueInsightsItem


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

    _json_fields_ = (
        "blind_spots",
        "consensus",
        "contradictions",
        "partial_coverage",
        "unique_insights",
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "blind_spots"
            blind_spots = cast(list[str], d.pop("blind_spots"))

            _at_field_ = "consensus"
            consensus = cast(list[str], d.pop("consensus"))

            _at_field_ = "contradictions"
            contradictions = []
            _contradictions = d.pop("contradictions")
            for _contradictions_item_data_index, contradictions_item_data in enumerate(_as_list(_contradictions)):
                try:
                    contradictions_item = FusionAnalysisResultContradictionsItem.from_dict(contradictions_item_data)

                except _LIST_ERRORS as _error:
                    raise _at_index(_error, _contradictions_item_data_index)
                contradictions.append(contradictions_item)

            _at_field_ = "partial_coverage"
            partial_coverage = []
            _partial_coverage = d.pop("partial_coverage")
            for _partial_coverage_item_data_index, partial_coverage_item_data in enumerate(_as_list(_partial_coverage)):
                try:
                    partial_coverage_item = FusionAnalysisResultPartialCoverageItem.from_dict(
                        partial_coverage_item_data
                    )

                except _LIST_ERRORS as _error:
                    raise _at_index(_error, _partial_coverage_item_data_index)
                partial_coverage.append(partial_coverage_item)

            _at_field_ = "unique_insights"
            unique_insights = []
            _unique_insights = d.pop("unique_insights")
            for _unique_insights_item_data_index, unique_insights_item_data in enumerate(_as_list(_unique_insights)):
                try:
                    unique_insights_item = FusionAnalysisResultUniqueInsightsItem.from_dict(unique_insights_item_data)

                except _LIST_ERRORS as _error:
                    raise _at_index(_error, _unique_insights_item_data_index)
                unique_insights.append(unique_insights_item)

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        fusion_analysis_result = cls(
            blind_spots=blind_spots,
            consensus=consensus,
            contradictions=contradictions,
            partial_coverage=partial_coverage,
            unique_insights=unique_insights,
        )

        fusion_analysis_result.additional_properties = d
        return fusion_analysis_result


# modelgates: the models the methods above use, imported where first used, not with this module (the models refer to
# each other in cycles, and a call needs only the models of the values it meets: a chat call imports ~20 of the 60
# its request and result can hold). Each name is rebound to the class by its first use. Absolute module names: a
# relative import reads the module's ``__spec__.parent``, a Python-level property.
if not TYPE_CHECKING:
    FusionAnalysisResultContradictionsItem = _LazyModel(
        globals(),
        "modelgates_api.models.fusion_analysis_result_contradictions_item",
        "FusionAnalysisResultContradictionsItem",
    )
    FusionAnalysisResultPartialCoverageItem = _LazyModel(
        globals(),
        "modelgates_api.models.fusion_analysis_result_partial_coverage_item",
        "FusionAnalysisResultPartialCoverageItem",
    )
    FusionAnalysisResultUniqueInsightsItem = _LazyModel(
        globals(),
        "modelgates_api.models.fusion_analysis_result_unique_insights_item",
        "FusionAnalysisResultUniqueInsightsItem",
    )
