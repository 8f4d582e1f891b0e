from typing import Literal

OpenAIResponsesToolChoiceType4TypeType0 = Literal["web_search_preview_2025_03_11"]

OPEN_AI_RESPONSES_TOOL_CHOICE_TYPE_4_TYPE_TYPE_0_VALUES: set[
    OpenAIResponsesToolChoiceType4TypeType0
] = {
    "web_search_preview_2025_03_11",
}


def check_open_ai_responses_tool_choice_type_4_type_type_0(
    value: str,
) -> OpenAIResponsesToolChoiceType4TypeType0:
    if value in OPEN_AI_RESPONSES_TOOL_CHOICE_TYPE_4_TYPE_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OPEN_AI_RESPONSES_TOOL_CHOICE_TYPE_4_TYPE_TYPE_0_VALUES!r}"
    )
