from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.output_fusion_server_tool_item_type import (
    OutputFusionServerToolItemType,
    check_output_fusion_server_tool_item_type,
)
from ..models.tool_call_status import ToolCallStatus, check_tool_call_status
from ..types import (
    UNSET,
    LazyModel as _LazyModel,
    ModelBase as _ModelBase,
    Unset,
    list_field as _list_field,
    model_field as _model_field,
)

if TYPE_CHECKING:
    from ..models.fusion_analysis_result import FusionAnalysisResult
    from ..models.fusion_source import FusionSource
    from ..models.output_fusion_server_tool_item_failed_models_item import OutputFusionServerToolItemFailedModelsItem
    from ..models.output_fusion_server_tool_item_responses_item import OutputFusionServerToolItemResponsesItem
else:
    FusionAnalysisResult = _LazyModel(globals(), "fusion_analysis_result", "FusionAnalysisResult")
    FusionSource = _LazyModel(globals(), "fusion_source", "FusionSource")
    OutputFusionServerToolItemFailedModelsItem = _LazyModel(
        globals(), "output_fusion_server_tool_item_failed_models_item", "OutputFusionServerToolItemFailedModelsItem"
    )
    OutputFusionServerToolItemResponsesItem = _LazyModel(
        globals(), "output_fusion_server_tool_item_responses_item", "OutputFusionServerToolItemResponsesItem"
    )


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

    _required_ = (
        ("status", check_tool_call_status),
        ("type", check_output_fusion_server_tool_item_type, "type_"),
    )
    _optional_ = (
        ("analysis", _model_field(FusionAnalysisResult)),
        "error",
        ("failed_models", _list_field(_model_field(OutputFusionServerToolItemFailedModelsItem))),
        "failure_reason",
        "id",
        ("responses", _list_field(_model_field(OutputFusionServerToolItemResponsesItem))),
        ("sources", _list_field(_model_field(FusionSource))),
    )
