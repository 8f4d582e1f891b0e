from typing import Literal

OpenAIResponsesToolChoiceType6Type = Literal["apply_patch"]

OPEN_AI_RESPONSES_TOOL_CHOICE_TYPE_6_TYPE_VALUES: set[
    OpenAIResponsesToolChoiceType6Type
] = {
    "apply_patch",
}


def check_open_ai_responses_tool_choice_type_6_type(
    value: str,
) -> OpenAIResponsesToolChoiceType6Type:
    if value in OPEN_AI_RESPONSES_TOOL_CHOICE_TYPE_6_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OPEN_AI_RESPONSES_TOOL_CHOICE_TYPE_6_TYPE_VALUES!r}"
    )
