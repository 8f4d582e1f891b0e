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
    from ..models.anthropic_output_tokens_details import AnthropicOutputTokensDetails
    from ..models.anthropic_server_tool_usage import AnthropicServerToolUsage
    from ..models.anthropic_unknown_usage_iteration import AnthropicUnknownUsageIteration
    from ..models.cost_details import CostDetails


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

    _json_fields_ = (
        "cache_creation",
        "cache_creation_input_tokens",
        "cache_read_input_tokens",
        "inference_geo",
        "input_tokens",
        "output_tokens",
        "output_tokens_details",
        "server_tool_use",
        "service_tier",
        "cost",
        "cost_details",
        "is_byok",
        "iterations",
        "speed",
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "cache_creation"
            cache_creation = d.pop("cache_creation")
            if not isinstance(cache_creation, (_NoneType,)):
                cache_creation = _parse_union(
                    cache_creation,
                    (("AnthropicCacheCreation", AnthropicCacheCreation),),
                    plain=(_NoneType,),
                )

            _at_field_ = "cache_creation_input_tokens"
            cache_creation_input_tokens = d.pop("cache_creation_input_tokens")
            if not isinstance(cache_creation_input_tokens, (int, _NoneType)):
                cache_creation_input_tokens = _parse_union(
                    cache_creation_input_tokens,
                    (),
                    plain=(int, _NoneType),
                )

            _at_field_ = "cache_read_input_tokens"
            cache_read_input_tokens = d.pop("cache_read_input_tokens")
            if not isinstance(cache_read_input_tokens, (int, _NoneType)):
                cache_read_input_tokens = _parse_union(
                    cache_read_input_tokens,
                    (),
                    plain=(int, _NoneType),
                )

            _at_field_ = "inference_geo"
            inference_geo = d.pop("inference_geo")
            if not isinstance(inference_geo, (str, _NoneType)):
                inference_geo = _parse_union(
                    inference_geo,
                    (),
                    plain=(str, _NoneType),
                )

            _at_field_ = "input_tokens"
            input_tokens = d.pop("input_tokens")

            _at_field_ = "output_tokens"
            output_tokens = d.pop("output_tokens")

            _at_field_ = "output_tokens_details"
            output_tokens_details = d.pop("output_tokens_details")
            if not isinstance(output_tokens_details, (_NoneType,)):
                output_tokens_details = _parse_union(
                    output_tokens_details,
                    (("AnthropicOutputTokensDetails", AnthropicOutputTokensDetails),),
                    plain=(_NoneType,),
                )

            _at_field_ = "server_tool_use"
            server_tool_use = d.pop("server_tool_use")
            if not isinstance(server_tool_use, (_NoneType,)):
                server_tool_use = _parse_union(
                    server_tool_use,
                    (("AnthropicServerToolUsage", AnthropicServerToolUsage),),
                    plain=(_NoneType,),
                )

            _at_field_ = "service_tier"
            service_tier = d.pop("service_tier")
            if not isinstance(service_tier, (str, _NoneType)):
                service_tier = _parse_union(
                    service_tier,
                    (),
                    plain=(str, _NoneType),
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
            _iterations = d.pop("iterations", UNSET)
            iterations: (
                list[
                    AnthropicAdvisorMessageUsageIteration
                    | AnthropicCompactionUsageIteration
                    | AnthropicMessageUsageIteration
                    | AnthropicUnknownUsageIteration
                ]
                | Unset
            ) = UNSET
            if _iterations is not UNSET:
                iterations = []
                for _iterations_item_data_index, iterations_item_data in enumerate(_as_list(_iterations)):
                    try:
                        iterations_item = iterations_item_data
                        iterations_item = _parse_union(
                            iterations_item,
                            (
                                ("AnthropicCompactionUsageIteration", AnthropicCompactionUsageIteration),
                                ("AnthropicMessageUsageIteration", AnthropicMessageUsageIteration),
                                ("AnthropicAdvisorMessageUsageIteration", AnthropicAdvisorMessageUsageIteration),
                                ("AnthropicUnknownUsageIteration", AnthropicUnknownUsageIteration),
                            ),
                        )

                    except _LIST_ERRORS as _error:
                        raise _at_index(_error, _iterations_item_data_index)
                    iterations.append(iterations_item)

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
        messages_result_usage = cls(
            cache_creation=cache_creation,
            cache_creation_input_tokens=cache_creation_input_tokens,
            cache_read_input_tokens=cache_read_input_tokens,
            inference_geo=inference_geo,
            input_tokens=input_tokens,
            output_tokens=output_tokens,
            output_tokens_details=output_tokens_details,
            server_tool_use=server_tool_use,
            service_tier=service_tier,
            cost=cost,
            cost_details=cost_details,
            is_byok=is_byok,
            iterations=iterations,
            speed=speed,
        )

        messages_result_usage.additional_properties = d
        return messages_result_usage


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
    AnthropicOutputTokensDetails = _LazyModel(
        globals(), "modelgates_api.models.anthropic_output_tokens_details", "AnthropicOutputTokensDetails"
    )
    AnthropicServerToolUsage = _LazyModel(
        globals(), "modelgates_api.models.anthropic_server_tool_usage", "AnthropicServerToolUsage"
    )
    AnthropicUnknownUsageIteration = _LazyModel(
        globals(), "modelgates_api.models.anthropic_unknown_usage_iteration", "AnthropicUnknownUsageIteration"
    )
    CostDetails = _LazyModel(globals(), "modelgates_api.models.cost_details", "CostDetails")
