from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define, field as _attrs_field

from ..types import (
    UNSET,
    LazyModel as _LazyModel,
    ModelBase as _ModelBase,
    NoneType as _NoneType,
    Unset,
    list_field as _list_field,
    union_field as _union_field,
)

if TYPE_CHECKING:
    from ..models.anthropic_advisor_message_usage_iteration import AnthropicAdvisorMessageUsageIteration
    from ..models.anthropic_cache_creation import AnthropicCacheCreation
    from ..models.anthropic_compaction_usage_iteration import AnthropicCompactionUsageIteration
    from ..models.anthropic_message_usage_iteration import AnthropicMessageUsageIteration
    from ..models.anthropic_output_tokens_details import AnthropicOutputTokensDetails
    from ..models.anthropic_unknown_usage_iteration import AnthropicUnknownUsageIteration
    from ..models.messages_delta_event_usage_server_tool_use_type_0 import MessagesDeltaEventUsageServerToolUseType0
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
    AnthropicUnknownUsageIteration = _LazyModel(
        globals(), "anthropic_unknown_usage_iteration", "AnthropicUnknownUsageIteration"
    )
    MessagesDeltaEventUsageServerToolUseType0 = _LazyModel(
        globals(), "messages_delta_event_usage_server_tool_use_type_0", "MessagesDeltaEventUsageServerToolUseType0"
    )


@_attrs_define(repr=False, eq=False)
class MessagesDeltaEventUsage(_ModelBase):
    cache_creation_input_tokens: int | None
    cache_read_input_tokens: int | None
    input_tokens: int | None
    output_tokens: int
    output_tokens_details: AnthropicOutputTokensDetails | None
    server_tool_use: MessagesDeltaEventUsageServerToolUseType0 | None
    cache_creation: AnthropicCacheCreation | None | Unset = UNSET
    iterations: (
        list[
            AnthropicAdvisorMessageUsageIteration
            | AnthropicCompactionUsageIteration
            | AnthropicMessageUsageIteration
            | AnthropicUnknownUsageIteration
        ]
        | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (
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
            "input_tokens",
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
                (("MessagesDeltaEventUsageServerToolUseType0", MessagesDeltaEventUsageServerToolUseType0),),
                plain=(_NoneType,),
                skip=(_NoneType,),
            ),
        ),
    )
    _optional_ = (
        (
            "cache_creation",
            _union_field((("AnthropicCacheCreation", AnthropicCacheCreation),), plain=(_NoneType,), skip=(_NoneType,)),
        ),
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
    )
