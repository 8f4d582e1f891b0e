from typing import Literal

from ..types import check_enum

AnthropicRefusalStopDetailsCategoryType1 = (
    Literal["bio", "cyber", "frontier_llm", "general_harms", "reasoning_extraction"] | str
)

ANTHROPIC_REFUSAL_STOP_DETAILS_CATEGORY_TYPE_1_VALUES: set[AnthropicRefusalStopDetailsCategoryType1] = {
    "bio",
    "cyber",
    "frontier_llm",
    "general_harms",
    "reasoning_extraction",
}


def check_anthropic_refusal_stop_details_category_type_1(value: str) -> AnthropicRefusalStopDetailsCategoryType1:
    return check_enum(
        value, ANTHROPIC_REFUSAL_STOP_DETAILS_CATEGORY_TYPE_1_VALUES, "AnthropicRefusalStopDetailsCategoryType1"
    )
