from typing import Literal

from ..types import check_enum

AnthropicRefusalStopDetailsType = Literal["refusal"] | str

ANTHROPIC_REFUSAL_STOP_DETAILS_TYPE_VALUES: set[AnthropicRefusalStopDetailsType] = {
    "refusal",
}


def check_anthropic_refusal_stop_details_type(value: str) -> AnthropicRefusalStopDetailsType:
    return check_enum(value, ANTHROPIC_REFUSAL_STOP_DETAILS_TYPE_VALUES, "AnthropicRefusalStopDetailsType")
