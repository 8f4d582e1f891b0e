from typing import Literal

OpenAIResponsesToolChoiceType7Type = Literal["shell"]

OPEN_AI_RESPONSES_TOOL_CHOICE_TYPE_7_TYPE_VALUES: set[
    OpenAIResponsesToolChoiceType7Type
] = {
    "shell",
}


def check_open_ai_responses_tool_choice_type_7_type(
    value: str,
) -> OpenAIResponsesToolChoiceType7Type:
    if value in OPEN_AI_RESPONSES_TOOL_CHOICE_TYPE_7_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OPEN_AI_RESPONSES_TOOL_CHOICE_TYPE_7_TYPE_VALUES!r}"
    )
