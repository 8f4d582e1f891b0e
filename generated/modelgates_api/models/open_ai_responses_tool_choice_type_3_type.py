from typing import Literal

OpenAIResponsesToolChoiceType3Type = Literal["function"]

OPEN_AI_RESPONSES_TOOL_CHOICE_TYPE_3_TYPE_VALUES: set[
    OpenAIResponsesToolChoiceType3Type
] = {
    "function",
}


def check_open_ai_responses_tool_choice_type_3_type(
    value: str,
) -> OpenAIResponsesToolChoiceType3Type:
    if value in OPEN_AI_RESPONSES_TOOL_CHOICE_TYPE_3_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OPEN_AI_RESPONSES_TOOL_CHOICE_TYPE_3_TYPE_VALUES!r}"
    )
