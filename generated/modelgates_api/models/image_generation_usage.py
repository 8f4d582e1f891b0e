from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.anthropic_speed import AnthropicSpeed, check_anthropic_speed
from ..types import PARSE_ERRORS, UNSET, Unset, as_object, at_field
from ..types import PARSE_ERRORS as _LIST_ERRORS
from ..types import LazyModel as _LazyModel
from ..types import ModelBase as _ModelBase
from ..types import NoneType as _NoneType
from ..types import as_list as _as_list
from ..types import at_index as _at_index
from ..types import parse_union as _parse_union

if TYPE_CHECKING:
    from typing_extensions import Self

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

    _json_fields_ = (
        "completion_tokens",
        "prompt_tokens",
        "total_tokens",
        "cache_creation",
        "completion_tokens_details",
        "cost",
        "cost_details",
        "is_byok",
        "iterations",
        "prompt_tokens_details",
        "server_tool_use",
        "service_tier",
        "speed",
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "completion_tokens"
            completion_tokens = d.pop("completion_tokens")

            _at_field_ = "prompt_tokens"
            prompt_tokens = d.pop("prompt_tokens")

            _at_field_ = "total_tokens"
            total_tokens = d.pop("total_tokens")

            _at_field_ = "cache_creation"
            cache_creation = d.pop("cache_creation", UNSET)
            if not isinstance(cache_creation, (_NoneType, Unset)):
                cache_creation = _parse_union(
                    cache_creation,
                    (("AnthropicCacheCreation", AnthropicCacheCreation),),
                    plain=(_NoneType,),
                )

            _at_field_ = "completion_tokens_details"
            completion_tokens_details = d.pop("completion_tokens_details", UNSET)
            if not isinstance(completion_tokens_details, (_NoneType, Unset)):
                completion_tokens_details = _parse_union(
                    completion_tokens_details,
                    (
                        (
                            "ImageGenerationUsageCompletionTokensDetailsType0",
                            ImageGenerationUsageCompletionTokensDetailsType0,
                        ),
                    ),
                    plain=(_NoneType,),
                )

            _at_field_ = "cost"
            cost = d.pop("cost", UNSET)
            if not isinstance(cost, (float, int, _NoneType, Unset)):
                cost = _parse_union(
                    cost,
                    (),
                    plain=(float, int, _NoneType),
                )

            _at_field_ = "cost_details"
            cost_details = d.pop("cost_details", UNSET)
            if not isinstance(cost_details, (_NoneType, Unset)):
                cost_details = _parse_union(
                    cost_details,
                    (("CostDetails", CostDetails),),
                    plain=(_NoneType,),
                )

            _at_field_ = "is_byok"
            is_byok = d.pop("is_byok", UNSET)

            _at_field_ = "iterations"
            iterations = d.pop("iterations", UNSET)
            if not isinstance(iterations, (_NoneType, Unset)):

                def _iterations_member_0(
                    data: object,
                ) -> list[
                    AnthropicAdvisorMessageUsageIteration
                    | AnthropicCompactionUsageIteration
                    | AnthropicMessageUsageIteration
                    | AnthropicUnknownUsageIteration
                ]:
                    if not isinstance(data, list):
                        raise TypeError()
                    iterations_type_0 = []
                    _iterations_type_0 = data
                    for _iterations_type_0_item_data_index, iterations_type_0_item_data in enumerate(
                        _as_list(_iterations_type_0)
                    ):
                        try:
                            iterations_type_0_item = iterations_type_0_item_data
                            iterations_type_0_item = _parse_union(
                                iterations_type_0_item,
                                (
                                    ("AnthropicCompactionUsageIteration", AnthropicCompactionUsageIteration),
                                    ("AnthropicMessageUsageIteration", AnthropicMessageUsageIteration),
                                    ("AnthropicAdvisorMessageUsageIteration", AnthropicAdvisorMessageUsageIteration),
                                    ("AnthropicUnknownUsageIteration", AnthropicUnknownUsageIteration),
                                ),
                            )

                        except _LIST_ERRORS as _error:
                            raise _at_index(_error, _iterations_type_0_item_data_index)
                        iterations_type_0.append(iterations_type_0_item)

                    return iterations_type_0

                iterations = _parse_union(
                    iterations,
                    (
                        (
                            "list[AnthropicAdvisorMessageUsageIteration | AnthropicCompactionUsageIteration | AnthropicMessageUsageIteration | AnthropicUnknownUsageIteration]",
                            _iterations_member_0,
                        ),
                    ),
                    plain=(_NoneType,),
                )

            _at_field_ = "prompt_tokens_details"
            prompt_tokens_details = d.pop("prompt_tokens_details", UNSET)
            if not isinstance(prompt_tokens_details, (_NoneType, Unset)):
                prompt_tokens_details = _parse_union(
                    prompt_tokens_details,
                    (("ImageGenerationUsagePromptTokensDetailsType0", ImageGenerationUsagePromptTokensDetailsType0),),
                    plain=(_NoneType,),
                )

            _at_field_ = "server_tool_use"
            server_tool_use = d.pop("server_tool_use", UNSET)
            if not isinstance(server_tool_use, (_NoneType, Unset)):
                server_tool_use = _parse_union(
                    server_tool_use,
                    (("ImageGenerationUsageServerToolUseType0", ImageGenerationUsageServerToolUseType0),),
                    plain=(_NoneType,),
                )

            _at_field_ = "service_tier"
            service_tier = d.pop("service_tier", UNSET)
            if not isinstance(service_tier, (str, _NoneType, Unset)):
                service_tier = _parse_union(
                    service_tier,
                    (),
                    plain=(str, _NoneType),
                )

            _at_field_ = "speed"
            speed = d.pop("speed", UNSET)
            if not isinstance(speed, (_NoneType, Unset)):

                def _speed_member_0(data: object) -> AnthropicSpeed:
                    if not isinstance(data, str):
                        raise TypeError()
                    speed_type_0 = check_anthropic_speed(data)

                    return speed_type_0

                speed = _parse_union(
                    speed,
                    (("AnthropicSpeed", _speed_member_0),),
                    plain=(_NoneType,),
                )

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        image_generation_usage = cls(
            completion_tokens=completion_tokens,
            prompt_tokens=prompt_tokens,
            total_tokens=total_tokens,
            cache_creation=cache_creation,
            completion_tokens_details=completion_tokens_details,
            cost=cost,
            cost_details=cost_details,
            is_byok=is_byok,
            iterations=iterations,
            prompt_tokens_details=prompt_tokens_details,
            server_tool_use=server_tool_use,
            service_tier=service_tier,
            speed=speed,
        )

        image_generation_usage.additional_properties = d
        return image_generation_usage


# modelgates: the models the methods above use, imported where first used, not with this module (the models refer to
# each other in cycles, and a call needs only the models of the values it meets: a chat call imports ~20 of the 60
# its request and result can hold). Each name is rebound to the class by its first use. Absolute module names: a
# relative import reads the module's ``__spec__.parent``, a Python-level property.
if not TYPE_CHECKING:
    AnthropicAdvisorMessageUsageIteration = _LazyModel(
        globals(),
        "modelgates_api.models.anthropic_advisor_message_usage_iteration",
        "AnthropicAdvisorMessageUsageIteration",
    )
    AnthropicCacheCreation = _LazyModel(
        globals(), "modelgates_api.models.anthropic_cache_creation", "AnthropicCacheCreation"
    )
    AnthropicCompactionUsageIteration = _LazyModel(
        globals(), "modelgates_api.models.anthropic_compaction_usage_iteration", "AnthropicCompactionUsageIteration"
    )
    AnthropicMessageUsageIteration = _LazyModel(
        globals(), "modelgates_api.models.anthropic_message_usage_iteration", "AnthropicMessageUsageIteration"
    )
    AnthropicUnknownUsageIteration = _LazyModel(
        globals(), "modelgates_api.models.anthropic_unknown_usage_iteration", "AnthropicUnknownUsageIteration"
    )
    CostDetails = _LazyModel(globals(), "modelgates_api.models.cost_details", "CostDetails")
    ImageGenerationUsageCompletionTokensDetailsType0 = _LazyModel(
        globals(),
        "modelgates_api.models.image_generation_usage_completion_tokens_details_type_0",
        "ImageGenerationUsageCompletionTokensDetailsType0",
    )
    ImageGenerationUsagePromptTokensDetailsType0 = _LazyModel(
        globals(),
        "modelgates_api.models.image_generation_usage_prompt_tokens_details_type_0",
        "ImageGenerationUsagePromptTokensDetailsType0",
    )
    ImageGenerationUsageServerToolUseType0 = _LazyModel(
        globals(),
        "modelgates_api.models.image_generation_usage_server_tool_use_type_0",
        "ImageGenerationUsageServerToolUseType0",
    )
