from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define, field as _attrs_field

from ..models.anthropic_speed import AnthropicSpeed, check_anthropic_speed
from ..types import (
    UNSET,
    LazyModel as _LazyModel,
    ModelBase as _ModelBase,
    NoneType as _NoneType,
    Unset,
    guarded as _guarded,
    list_field as _list_field,
    union_field as _union_field,
)

if TYPE_CHECKING:
    from ..models.anthropic_advisor_message_usage_iteration import AnthropicAdvisorMessageUsageIteration
    from ..models.anthropic_cache_creation import AnthropicCacheCreation
    from ..models.anthropic_compaction_usage_iteration import AnthropicCompactionUsageIteration
    from ..models.anthropic_message_usage_iteration import AnthropicMessageUsageIteration
    from ..models.anthropic_output_tokens_details import AnthropicOutputTokensDetails
    from ..models.anthropic_server_tool_usage import AnthropicServerToolUsage
    from ..models.anthropic_unknown_usage_iteration import AnthropicUnknownUsageIteration
    from ..models.cost_details import CostDetails
else:
    AnthropicAdvisorMessageUsageIteration = _LazyModel(
        globals(), "anthropic_advisor_message_usage_iteration", "AnthropicAdvisorMessageUsageIteration"
    )
    AnthropicCacheCreation = _LazyModel(globals(), "anthropic_cache_creation", "AnthropicCacheCreation")
    AnthropicCompactionUsageIteration = _LazyModel(
        globals(), "anthropic_compaction_usage_iteration", "AnthropicCompactionUsageIteration"
    )
    AnthropicMessageUsageIteration = _LazyModel(
        globals(), "anthropic_message_usage_iteration", "AnthropicMessageUsageIteration"
    )
    AnthropicOutputTokensDetails = _LazyModel(
        globals(), "anthropic_output_tokens_details", "AnthropicOutputTokensDetails"
    )
    AnthropicServerToolUsage = _LazyModel(globals(), "anthropic_server_tool_usage", "AnthropicServerToolUsage")
    AnthropicUnknownUsageIteration = _LazyModel(
        globals(), "anthropic_unknown_usage_iteration", "AnthropicUnknownUsageIteration"
    )
    CostDetails = _LazyModel(globals(), "cost_details", "CostDetails")


@_attrs_define(repr=False, eq=False)
class MessagesResultUsage(_ModelBase):
    """
    Example:
        {'cache_creation': None, 'cache_creation_input_tokens': None, 'cache_read_input_tokens': None, 'inference_geo':
            None, 'input_tokens': 100, 'output_tokens': 50, 'output_tokens_details': None, 'server_tool_use': None,
            'service_tier': 'standard'}

    """

    cache_creation: AnthropicCacheCreation | None
    cache_creation_input_tokens: int | None
    cache_read_input_tokens: int | None
    inference_geo: None | str
    input_tokens: int
    output_tokens: int
    output_tokens_details: AnthropicOutputTokensDetails | None
    server_tool_use: AnthropicServerToolUsage | None
    service_tier: None | str
    cost: float | None | Unset = UNSET
    cost_details: CostDetails | None | Unset = UNSET
    is_byok: bool | Unset = UNSET
    iterations: (
        list[
            AnthropicAdvisorMessageUsageIteration
            | AnthropicCompactionUsageIteration
            | AnthropicMessageUsageIteration
            | AnthropicUnknownUsageIteration
        ]
        | Unset
    ) = UNSET
    speed: AnthropicSpeed | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (
        (
            "cache_creation",
            _union_field((("AnthropicCacheCreation", AnthropicCacheCreation),), plain=(_NoneType,), skip=(_NoneType,)),
        ),
        (
            "cache_creation_input_tokens",
            _union_field(
                (),
                plain=(
                    int,
                    _NoneType,
                ),
                skip=(
                    int,
                    _NoneType,
                ),
            ),
        ),
        (
            "cache_read_input_tokens",
            _union_field(
                (),
                plain=(
                    int,
                    _NoneType,
                ),
                skip=(
                    int,
                    _NoneType,
                ),
            ),
        ),
        (
            "inference_geo",
            _union_field(
                (),
                plain=(
                    str,
                    _NoneType,
                ),
                skip=(
                    str,
                    _NoneType,
                ),
            ),
        ),
        "input_tokens",
        "output_tokens",
        (
            "output_tokens_details",
            _union_field(
                (("AnthropicOutputTokensDetails", AnthropicOutputTokensDetails),), plain=(_NoneType,), skip=(_NoneType,)
            ),
        ),
        (
            "server_tool_use",
            _union_field(
                (("AnthropicServerToolUsage", AnthropicServerToolUsage),), plain=(_NoneType,), skip=(_NoneType,)
            ),
        ),
        (
            "service_tier",
            _union_field(
                (),
                plain=(
                    str,
                    _NoneType,
                ),
                skip=(
                    str,
                    _NoneType,
                ),
            ),
        ),
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
        ("cost_details", _union_field((("CostDetails", CostDetails),), plain=(_NoneType,), skip=(_NoneType,))),
        "is_byok",
        (
            "iterations",
            _list_field(
                _union_field(
                    (
                        ("AnthropicCompactionUsageIteration", AnthropicCompactionUsageIteration),
                        ("AnthropicMessageUsageIteration", AnthropicMessageUsageIteration),
                        ("AnthropicAdvisorMessageUsageIteration", AnthropicAdvisorMessageUsageIteration),
                        ("AnthropicUnknownUsageIteration", AnthropicUnknownUsageIteration),
                    )
                )
            ),
        ),
        (
            "speed",
            _union_field(
                (("AnthropicSpeed", _guarded((str,), check_anthropic_speed)),), plain=(_NoneType,), skip=(_NoneType,)
            ),
        ),
    )
