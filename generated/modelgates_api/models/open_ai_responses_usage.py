from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import PARSE_ERRORS, as_object, at_field
from ..types import LazyModel as _LazyModel
from ..types import ModelBase as _ModelBase

if TYPE_CHECKING:
    from typing_extensions import Self

    from ..models.open_ai_responses_usage_input_tokens_details import OpenAIResponsesUsageInputTokensDetails
    from ..models.open_ai_responses_usage_output_tokens_details import OpenAIResponsesUsageOutputTokensDetails


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

    _json_fields_ = (
        "input_tokens",
        "input_tokens_details",
        "output_tokens",
        "output_tokens_details",
        "total_tokens",
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = as_object(src_dict)
        _at_field_ = ""
        try:
            _at_field_ = "input_tokens"
            input_tokens = d.pop("input_tokens")

            _at_field_ = "input_tokens_details"
            input_tokens_details = OpenAIResponsesUsageInputTokensDetails.from_dict(d.pop("input_tokens_details"))

            _at_field_ = "output_tokens"
            output_tokens = d.pop("output_tokens")

            _at_field_ = "output_tokens_details"
            output_tokens_details = OpenAIResponsesUsageOutputTokensDetails.from_dict(d.pop("output_tokens_details"))

            _at_field_ = "total_tokens"
            total_tokens = d.pop("total_tokens")

        except PARSE_ERRORS as _error:
            raise at_field(_error, _at_field_)
        open_ai_responses_usage = cls(
            input_tokens=input_tokens,
            input_tokens_details=input_tokens_details,
            output_tokens=output_tokens,
            output_tokens_details=output_tokens_details,
            total_tokens=total_tokens,
        )

        open_ai_responses_usage.additional_properties = d
        return open_ai_responses_usage


# modelgates: the models the methods above use, imported where first used, not with this module (the models refer to
# each other in cycles, and a call needs only the models of the values it meets: a chat call imports ~20 of the 60
# its request and result can hold). Each name is rebound to the class by its first use. Absolute module names: a
# relative import reads the module's ``__spec__.parent``, a Python-level property.
if not TYPE_CHECKING:
    OpenAIResponsesUsageInputTokensDetails = _LazyModel(
        globals(),
        "modelgates_api.models.open_ai_responses_usage_input_tokens_details",
        "OpenAIResponsesUsageInputTokensDetails",
    )
    OpenAIResponsesUsageOutputTokensDetails = _LazyModel(
        globals(),
        "modelgates_api.models.open_ai_responses_usage_output_tokens_details",
        "OpenAIResponsesUsageOutputTokensDetails",
    )
