from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define, field as _attrs_field

from ..types import (
    UNSET,
    LazyModel as _LazyModel,
    ModelBase as _ModelBase,
    NoneType as _NoneType,
    Unset,
    model_field as _model_field,
    union_field as _union_field,
)

if TYPE_CHECKING:
    from ..models.server_tool_use_details import ServerToolUseDetails
    from ..models.usage_cost_details import UsageCostDetails
    from ..models.usage_input_tokens_details import UsageInputTokensDetails
    from ..models.usage_output_tokens_details import UsageOutputTokensDetails
else:
    ServerToolUseDetails = _LazyModel(globals(), "server_tool_use_details", "ServerToolUseDetails")
    UsageCostDetails = _LazyModel(globals(), "usage_cost_details", "UsageCostDetails")
    UsageInputTokensDetails = _LazyModel(globals(), "usage_input_tokens_details", "UsageInputTokensDetails")
    UsageOutputTokensDetails = _LazyModel(globals(), "usage_output_tokens_details", "UsageOutputTokensDetails")


@_attrs_define(repr=False, eq=False)
class Usage(_ModelBase):
    """Token usage information for the response

    Example:
        {'cost': 0.0012, 'cost_details': {'upstream_inference_cost': None, 'upstream_inference_input_cost': 0.0008,
            'upstream_inference_output_cost': 0.0004}, 'input_tokens': 10, 'input_tokens_details': {'cached_tokens': 0},
            'output_tokens': 25, 'output_tokens_details': {'reasoning_tokens': 0}, 'total_tokens': 35}

    Attributes:
        cost (float | None | Unset): Cost of the completion
        is_byok (bool | Unset): Whether a request was made using a Bring Your Own Key configuration
    """

    input_tokens: int
    input_tokens_details: UsageInputTokensDetails
    output_tokens: int
    output_tokens_details: UsageOutputTokensDetails
    total_tokens: int
    cost: float | None | Unset = UNSET
    cost_details: UsageCostDetails | Unset = UNSET
    is_byok: bool | Unset = UNSET
    server_tool_use_details: None | ServerToolUseDetails | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (
        "input_tokens",
        ("input_tokens_details", _model_field(UsageInputTokensDetails)),
        "output_tokens",
        ("output_tokens_details", _model_field(UsageOutputTokensDetails)),
        "total_tokens",
    )
    _optional_ = (
        (
            "cost",
            _union_field(
                (),
                plain=(
                    float,
                    int,
                    _NoneType,
                ),
                skip=(
                    float,
                    int,
                    _NoneType,
                ),
            ),
        ),
        ("cost_details", _model_field(UsageCostDetails)),
        "is_byok",
        (
            "server_tool_use_details",
            _union_field((("ServerToolUseDetails", ServerToolUseDetails),), plain=(_NoneType,), skip=(_NoneType,)),
        ),
    )
