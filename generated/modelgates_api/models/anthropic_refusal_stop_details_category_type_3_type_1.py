from typing import Literal

AnthropicRefusalStopDetailsCategoryType3Type1 = Literal[
    "bio", "cyber", "frontier_llm", "general_harms", "reasoning_extraction"
]

ANTHROPIC_REFUSAL_STOP_DETAILS_CATEGORY_TYPE_3_TYPE_1_VALUES: set[
    AnthropicRefusalStopDetailsCategoryType3Type1
] = {
    "bio",
    "cyber",
    "frontier_llm",
    "general_harms",
    "reasoning_extraction",
}


def check_anthropic_refusal_stop_details_category_type_3_type_1(
    value: str,
) -> AnthropicRefusalStopDetailsCategoryType3Type1:
    if value in ANTHROPIC_REFUSAL_STOP_DETAILS_CATEGORY_TYPE_3_TYPE_1_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ANTHROPIC_REFUSAL_STOP_DETAILS_CATEGORY_TYPE_3_TYPE_1_VALUES!r}"
    )
