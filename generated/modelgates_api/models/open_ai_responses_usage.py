from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define, field as _attrs_field

from ..types import LazyModel as _LazyModel, ModelBase as _ModelBase, model_field as _model_field

if TYPE_CHECKING:
    from ..models.open_ai_responses_usage_input_tokens_details import OpenAIResponsesUsageInputTokensDetails
    from ..models.open_ai_responses_usage_output_tokens_details import OpenAIResponsesUsageOutputTokensDetails
else:
    OpenAIResponsesUsageInputTokensDetails = _LazyModel(
        globals(), "open_ai_responses_usage_input_tokens_details", "OpenAIResponsesUsageInputTokensDetails"
    )
    OpenAIResponsesUsageOutputTokensDetails = _LazyModel(
        globals(), "open_ai_responses_usage_output_tokens_details", "OpenAIResponsesUsageOutputTokensDetails"
    )


@_attrs_define(repr=False, eq=False)
class OpenAIResponsesUsage(_ModelBase):
    """
    Example:
        {'input_tokens': 100, 'input_tokens_details': {'cached_tokens': 0}, 'output_tokens': 50,
            'output_tokens_details': {'reasoning_tokens': 0}, 'total_tokens': 150}

    """

    input_tokens: int
    input_tokens_details: OpenAIResponsesUsageInputTokensDetails
    output_tokens: int
    output_tokens_details: OpenAIResponsesUsageOutputTokensDetails
    total_tokens: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (
        "input_tokens",
        ("input_tokens_details", _model_field(OpenAIResponsesUsageInputTokensDetails)),
        "output_tokens",
        ("output_tokens_details", _model_field(OpenAIResponsesUsageOutputTokensDetails)),
        "total_tokens",
    )
