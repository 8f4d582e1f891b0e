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
    from ..models.anthropic_unknown_usage_iteration import AnthropicUnknownUsageIteration
    from ..models.cost_details import CostDetails
    from ..models.image_generation_usage_completion_tokens_details_type_0 import (
        ImageGenerationUsageCompletionTokensDetailsType0,
    )
    from ..models.image_generation_usage_prompt_tokens_details_type_0 import (
        ImageGenerationUsagePromptTokensDetailsType0,
    )
    from ..models.image_generation_usage_server_tool_use_type_0 import ImageGenerationUsageServerToolUseType0
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
    AnthropicUnknownUsageIteration = _LazyModel(
        globals(), "anthropic_unknown_usage_iteration", "AnthropicUnknownUsageIteration"
    )
    CostDetails = _LazyModel(globals(), "cost_details", "CostDetails")
    ImageGenerationUsageCompletionTokensDetailsType0 = _LazyModel(
        globals(),
        "image_generation_usage_completion_tokens_details_type_0",
        "ImageGenerationUsageCompletionTokensDetailsType0",
    )
    ImageGenerationUsagePromptTokensDetailsType0 = _LazyModel(
        globals(), "image_generation_usage_prompt_tokens_details_type_0", "ImageGenerationUsagePromptTokensDetailsType0"
    )
    ImageGenerationUsageServerToolUseType0 = _LazyModel(
        globals(), "image_generation_usage_server_tool_use_type_0", "ImageGenerationUsageServerToolUseType0"
    )


@_attrs_define(repr=False, eq=False)
class ImageGenerationUsage(_ModelBase):
    """Token and cost usage for the image generation request, when available

    Example:
        {'completion_tokens': 4175, 'cost': 0.04, 'prompt_tokens': 0, 'total_tokens': 4175}

    Attributes:
        completion_tokens (int): The tokens generated
        prompt_tokens (int): Including images, input audio, and tools if any
        total_tokens (int): Sum of the above two fields
        cost (float | None | Unset): Cost of the completion
        is_byok (bool | Unset): Whether a request was made using a Bring Your Own Key configuration
        prompt_tokens_details (ImageGenerationUsagePromptTokensDetailsType0 | None | Unset): Breakdown of tokens used in
            the prompt.
        server_tool_use (ImageGenerationUsageServerToolUseType0 | None | Unset): Usage for server-side tool execution
            (e.g., web search)
        service_tier (None | str | Unset): The service tier used by the upstream provider for this request
    """

    completion_tokens: int
    prompt_tokens: int
    total_tokens: int
    cache_creation: AnthropicCacheCreation | None | Unset = UNSET
    completion_tokens_details: ImageGenerationUsageCompletionTokensDetailsType0 | None | Unset = UNSET
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
        | None
        | Unset
    ) = UNSET
    prompt_tokens_details: ImageGenerationUsagePromptTokensDetailsType0 | None | Unset = UNSET
    server_tool_use: ImageGenerationUsageServerToolUseType0 | None | Unset = UNSET
    service_tier: None | str | Unset = UNSET
    speed: AnthropicSpeed | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _required_ = (
        "completion_tokens",
        "prompt_tokens",
        "total_tokens",
    )
    _optional_ = (
        (
            "cache_creation",
            _union_field((("AnthropicCacheCreation", AnthropicCacheCreation),), plain=(_NoneType,), skip=(_NoneType,)),
        ),
        (
            "completion_tokens_details",
            _union_field(
                (
                    (
                        "ImageGenerationUsageCompletionTokensDetailsType0",
                        ImageGenerationUsageCompletionTokensDetailsType0,
                    ),
                ),
                plain=(_NoneType,),
                skip=(_NoneType,),
            ),
        ),
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
            _union_field(
                (
                    (
                        "list[AnthropicAdvisorMessageUsageIteration | AnthropicCompactionUsageIteration | AnthropicMessageUsageIteration | AnthropicUnknownUsageIteration]",
                        _guarded(
                            (list,),
                            _list_field(
                                _union_field(
                                    (
                                        ("AnthropicCompactionUsageIteration", AnthropicCompactionUsageIteration),
                                        ("AnthropicMessageUsageIteration", AnthropicMessageUsageIteration),
                                        (
                                            "AnthropicAdvisorMessageUsageIteration",
                                            AnthropicAdvisorMessageUsageIteration,
                                        ),
                                        ("AnthropicUnknownUsageIteration", AnthropicUnknownUsageIteration),
                                    )
                                )
                            ),
                        ),
                    ),
                ),
                plain=(_NoneType,),
                skip=(_NoneType,),
            ),
        ),
        (
            "prompt_tokens_details",
            _union_field(
                (("ImageGenerationUsagePromptTokensDetailsType0", ImageGenerationUsagePromptTokensDetailsType0),),
                plain=(_NoneType,),
                skip=(_NoneType,),
            ),
        ),
        (
            "server_tool_use",
            _union_field(
                (("ImageGenerationUsageServerToolUseType0", ImageGenerationUsageServerToolUseType0),),
                plain=(_NoneType,),
                skip=(_NoneType,),
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
        (
            "speed",
            _union_field(
                (("AnthropicSpeed", _guarded((str,), check_anthropic_speed)),), plain=(_NoneType,), skip=(_NoneType,)
            ),
        ),
    )
