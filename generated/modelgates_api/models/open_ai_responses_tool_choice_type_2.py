from typing import Literal

from ..types import check_enum

OpenAIResponsesToolChoiceType2 = Literal["required"] | str

OPEN_AI_RESPONSES_TOOL_CHOICE_TYPE_2_VALUES: set[OpenAIResponsesToolChoiceType2] = {
    "required",
}


def check_open_ai_responses_tool_choice_type_2(value: str) -> OpenAIResponsesToolChoiceType2:
    return check_enum(value, OPEN_AI_RESPONSES_TOOL_CHOICE_TYPE_2_VALUES, "OpenAIResponsesToolChoiceType2")
