from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.output_fusion_server_tool_item_type import (
    OutputFusionServerToolItemType,
    check_output_fusion_server_tool_item_type,
)
from ..models.tool_call_status import ToolCallStatus, check_tool_call_status
from ..types import PARSE_ERRORS, UNSET, Unset, as_object, at_field
from ..types import PARSE_ERRORS as _LIST_ERRORS
from ..types import LazyModel as _LazyModel
from ..types import ModelBase as _ModelBase
from ..types import as_list as _as_list
from ..types import at_index as _at_index

if TYPE_CHECKING:
    from typing_extensions import Self

    from ..models.fusion_analysis_result import FusionAnalysisResult
    from ..models.fusion_source import FusionSource
    from ..models.output_fusion_server_tool_item_failed_models_item import OutputFusionServerToolItemFailedModelsItem
    from ..models.output_fusion_server_tool_item_responses_item import OutputFusionServerToolItemResponsesItem


@_attrs_define(repr=False, eq=False)
class OutputFusionServerToolItem(_ModelBase):
    """An openrouter:fusion server tool output item

    Example:
        {'id': 'st_tmp_abc123', 'status': 'completed', 'type': 'openrouter:fusion'}

    Attributes:
        analysis (FusionAnalysisResult | Unset): Structured analysis produced by the fusion analyst model. Example:
            {'blind_spots': ['No model considered the impact on existing API consumers.'], 'consensus': ['All panel models
            agree the request is asking for a concise summary.'], 'contradictions': [{'stances': [{'model': 'openai/gpt-5',
            'stance': 'Favors an incremental rollout.'}, {'model': 'anthropic/claude-sonnet-4.5', 'stance': 'Favors a single
            coordinated migration.'}], 'topic': 'Recommended approach'}], 'partial_coverage': [{'models': ['openai/gpt-5'],
            'point': 'Only one model addressed the rollback strategy.'}], 'unique_insights': [{'insight': 'Highlighted a
            backwards-compatibility risk the other models missed.', 'model': 'anthropic/claude-sonnet-4.5'}]}.
        error (str | Unset): Error message when the fusion run did not produce an analysis result.
        failed_models (list[OutputFusionServerToolItemFailedModelsItem] | Unset): Models that were requested as part of
            the analysis panel but did not produce a response. Present when at least one requested analysis model failed.
            The fusion result is still usable but was produced from a degraded panel.
        failure_reason (str | Unset): Typed failure reason when the fusion run failed. Possible values include:
            all_panels_failed, insufficient_credits, rate_limited, invalid_model, judge_not_valid_json,
            judge_schema_mismatch, judge_upstream_error, judge_empty_completion. The four analysis-stage codes keep their
            pre-rename `judge_` spelling so existing consumers keep matching. The consumer-cancellation code is `cancelled`.
        responses (list[OutputFusionServerToolItemResponsesItem] | Unset): Analysis models that produced a response in
            this fusion run, with each model's full panel content.
        sources (list[FusionSource] | Unset): Web pages the analysis panels and analyst retrieved via web search during
            this fusion run, deduplicated by URL across the whole run. Present when at least one model cited a source.
    """

    status: ToolCallStatus
    type_: OutputFusionServerToolItemType
    analysis: FusionAnalysisResult | Unset = UNSET
    error: str | Unset = UNSET
    failed_models: list[OutputFusionServerToolItemFailedModelsItem] | Unset = UNSET
    failure_reason: str | Unset = UNSET
    id: str | Unset = UNSET
    responses: list[OutputFusionServerToolItemResponsesItem] | Unset = UNSET
    sources: list[FusionSource] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _json_fields_ = (
        "status",
        ("type_", "type"),
        "analysis",
        "error",
        "failed_models",
        "failure_reason",
        "id",
        "responses",
        "sources",
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "status"
            status = check_tool_call_status(d.pop("status"))

            _at_field_ = "type"
            type_ = check_output_fusion_server_tool_item_type(d.pop("type"))

            _at_field_ = "analysis"
            _analysis = d.pop("analysis", UNSET)
            analysis: FusionAnalysisResult | Unset
            if isinstance(_analysis, Unset):
                analysis = UNSET
            else:
                analysis = FusionAnalysisResult.from_dict(_analysis)

            _at_field_ = "error"
            error = d.pop("error", UNSET)

            _at_field_ = "failed_models"
            _failed_models = d.pop("failed_models", UNSET)
            failed_models: list[OutputFusionServerToolItemFailedModelsItem] | Unset = UNSET
            if _failed_models is not UNSET:
                failed_models = []
                for _failed_models_item_data_index, failed_models_item_data in enumerate(_as_list(_failed_models)):
                    try:
                        failed_models_item = OutputFusionServerToolItemFailedModelsItem.from_dict(
                            failed_models_item_data
                        )

                    except _LIST_ERRORS as _error:
                        raise _at_index(_error, _failed_models_item_data_index)
                    failed_models.append(failed_models_item)

            _at_field_ = "failure_reason"
            failure_reason = d.pop("failure_reason", UNSET)

            _at_field_ = "id"
            id = d.pop("id", UNSET)

            _at_field_ = "responses"
            _responses = d.pop("responses", UNSET)
            responses: list[OutputFusionServerToolItemResponsesItem] | Unset = UNSET
            if _responses is not UNSET:
                responses = []
                for _responses_item_data_index, responses_item_data in enumerate(_as_list(_responses)):
                    try:
                        responses_item = OutputFusionServerToolItemResponsesItem.from_dict(responses_item_data)

                    except _LIST_ERRORS as _error:
                        raise _at_index(_error, _responses_item_data_index)
                    responses.append(responses_item)

            _at_field_ = "sources"
            _sources = d.pop("sources", UNSET)
            sources: list[FusionSource] | Unset = UNSET
            if _sources is not UNSET:
                sources = []
                for _sources_item_data_index, sources_item_data in enumerate(_as_list(_sources)):
                    try:
                        sources_item = FusionSource.from_dict(sources_item_data)

                    except _LIST_ERRORS as _error:
                        raise _at_index(_error, _sources_item_data_index)
                    sources.append(sources_item)

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        output_fusion_server_tool_item = cls(
            status=status,
            type_=type_,
            analysis=analysis,
            error=error,
            failed_models=failed_models,
            failure_reason=failure_reason,
            id=id,
            responses=responses,
            sources=sources,
        )

        output_fusion_server_tool_item.additional_properties = d
        return output_fusion_server_tool_item


# modelgates: the models the methods above use, imported where first used, not with this module (the models refer to
# each other in cycles, and a call needs only the models of the values it meets: a chat call imports ~20 of the 60
# its request and result can hold). Each name is rebound to the class by its first use. Absolute module names: a
# relative import reads the module's ``__spec__.parent``, a Python-level property.
if not TYPE_CHECKING:
    FusionAnalysisResult = _LazyModel(globals(), "modelgates_api.models.fusion_analysis_result", "FusionAnalysisResult")
    FusionSource = _LazyModel(globals(), "modelgates_api.models.fusion_source", "FusionSource")
    OutputFusionServerToolItemFailedModelsItem = _LazyModel(
        globals(),
        "modelgates_api.models.output_fusion_server_tool_item_failed_models_item",
        "OutputFusionServerToolItemFailedModelsItem",
    )
    OutputFusionServerToolItemResponsesItem = _LazyModel(
        globals(),
        "modelgates_api.models.output_fusion_server_tool_item_responses_item",
        "OutputFusionServerToolItemResponsesItem",
    )
