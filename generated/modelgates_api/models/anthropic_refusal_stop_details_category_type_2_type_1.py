from typing import Literal

from ..types import check_enum

AnthropicRefusalStopDetailsCategoryType2Type1 = (
    Literal["bio", "cyber", "frontier_llm", "general_harms", "reasoning_extraction"] | str
)

ANTHROPIC_REFUSAL_STOP_DETAILS_CATEGORY_TYPE_2_TYPE_1_VALUES: set[AnthropicRefusalStopDetailsCategoryType2Type1] = {
    "bio",
    "cyber",
    "frontier_llm",
    "general_harms",
    "reasoning_extraction",
}


def check_anthropic_refusal_stop_details_category_type_2_type_1(
    value: str,
) -> AnthropicRefusalStopDetailsCategoryType2Type1:
    return check_enum(
        value,
        ANTHROPIC_REFUSAL_STOP_DETAILS_CATEGORY_TYPE_2_TYPE_1_VALUES,
        "AnthropicRefusalStopDetailsCategoryType2Type1",
    )
