from typing import Literal

AnthropicRefusalStopDetailsCategoryType2Type1 = Literal[
    "bio", "cyber", "frontier_llm", "general_harms", "reasoning_extraction"
]

ANTHROPIC_REFUSAL_STOP_DETAILS_CATEGORY_TYPE_2_TYPE_1_VALUES: set[
    AnthropicRefusalStopDetailsCategoryType2Type1
] = {
    "bio",
    "cyber",
    "frontier_llm",
    "general_harms",
    "reasoning_extraction",
}


def check_anthropic_refusal_stop_details_category_type_2_type_1(
    value: str,
) -> AnthropicRefusalStopDetailsCategoryType2Type1:
    if value in ANTHROPIC_REFUSAL_STOP_DETAILS_CATEGORY_TYPE_2_TYPE_1_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ANTHROPIC_REFUSAL_STOP_DETAILS_CATEGORY_TYPE_2_TYPE_1_VALUES!r}"
    )
