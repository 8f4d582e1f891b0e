from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import PARSE_ERRORS, UNSET, Unset, as_object, at_field
from ..types import LazyModel as _LazyModel
from ..types import ModelBase as _ModelBase
from ..types import NoneType as _NoneType
from ..types import parse_union as _parse_union

if TYPE_CHECKING:
    from typing_extensions import Self

    from ..models.server_tool_use_details import ServerToolUseDetails
    from ..models.usage_cost_details import UsageCostDetails
    from ..models.usage_input_tokens_details import UsageInputTokensDetails
    from ..models.usage_output_tokens_details import UsageOutputTokensDetails


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

    _json_fields_ = (
        "input_tokens",
        "input_tokens_details",
        "output_tokens",
        "output_tokens_details",
        "total_tokens",
        "cost",
        "cost_details",
        "is_byok",
        "server_tool_use_details",
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "input_tokens"
            input_tokens = d.pop("input_tokens")

            _at_field_ = "input_tokens_details"
            input_tokens_details = UsageInputTokensDetails.from_dict(d.pop("input_tokens_details"))

            _at_field_ = "output_tokens"
            output_tokens = d.pop("output_tokens")

            _at_field_ = "output_tokens_details"
            output_tokens_details = UsageOutputTokensDetails.from_dict(d.pop("output_tokens_details"))

            _at_field_ = "total_tokens"
            total_tokens = d.pop("total_tokens")

            _at_field_ = "cost"
            cost = d.pop("cost", UNSET)
            if not isinstance(cost, (float, int, _NoneType, Unset)):
                cost = _parse_union(
                    cost,
                    (),
                    plain=(float, int, _NoneType),
                )

            _at_field_ = "cost_details"
            _cost_details = d.pop("cost_details", UNSET)
            cost_details: UsageCostDetails | Unset
            if isinstance(_cost_details, Unset):
                cost_details = UNSET
            else:
                cost_details = UsageCostDetails.from_dict(_cost_details)

            _at_field_ = "is_byok"
            is_byok = d.pop("is_byok", UNSET)

            _at_field_ = "server_tool_use_details"
            server_tool_use_details = d.pop("server_tool_use_details", UNSET)
            if not isinstance(server_tool_use_details, (_NoneType, Unset)):
                server_tool_use_details = _parse_union(
                    server_tool_use_details,
                    (("ServerToolUseDetails", ServerToolUseDetails),),
                    plain=(_NoneType,),
                )

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        usage = cls(
            input_tokens=input_tokens,
            input_tokens_details=input_tokens_details,
            output_tokens=output_tokens,
            output_tokens_details=output_tokens_details,
            total_tokens=total_tokens,
            cost=cost,
            cost_details=cost_details,
            is_byok=is_byok,
            server_tool_use_details=server_tool_use_details,
        )

        usage.additional_properties = d
        return usage


# modelgates: the models the methods above use, imported where first used, not with this module (the models refer to
# each other in cycles, and a call needs only the models of the values it meets: a chat call imports ~20 of the 60
# its request and result can hold). Each name is rebound to the class by its first use. Absolute module names: a
# relative import reads the module's ``__spec__.parent``, a Python-level property.
if not TYPE_CHECKING:
    ServerToolUseDetails = _LazyModel(
        globals(), "modelgates_api.models.server_tool_use_details", "ServerToolUseDetails"
    )
    UsageCostDetails = _LazyModel(globals(), "modelgates_api.models.usage_cost_details", "UsageCostDetails")
    UsageInputTokensDetails = _LazyModel(
        globals(), "modelgates_api.models.usage_input_tokens_details", "UsageInputTokensDetails"
    )
    UsageOutputTokensDetails = _LazyModel(
        globals(), "modelgates_api.models.usage_output_tokens_details", "UsageOutputTokensDetails"
    )
