from typing import Literal

OpenAIResponsesToolChoiceType4TypeType1 = Literal["web_search_preview"]

OPEN_AI_RESPONSES_TOOL_CHOICE_TYPE_4_TYPE_TYPE_1_VALUES: set[
    OpenAIResponsesToolChoiceType4TypeType1
] = {
    "web_search_preview",
}


def check_open_ai_responses_tool_choice_type_4_type_type_1(
    value: str,
) -> OpenAIResponsesToolChoiceType4TypeType1:
    if value in OPEN_AI_RESPONSES_TOOL_CHOICE_TYPE_4_TYPE_TYPE_1_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OPEN_AI_RESPONSES_TOOL_CHOICE_TYPE_4_TYPE_TYPE_1_VALUES!r}"
    )
