from typing import Literal

from ..types import check_enum

OpenAIResponsesToolChoiceType7Type = Literal["shell"] | str

OPEN_AI_RESPONSES_TOOL_CHOICE_TYPE_7_TYPE_VALUES: set[OpenAIResponsesToolChoiceType7Type] = {
    "shell",
}


def check_open_ai_responses_tool_choice_type_7_type(value: str) -> OpenAIResponsesToolChoiceType7Type:
    return check_enum(value, OPEN_AI_RESPONSES_TOOL_CHOICE_TYPE_7_TYPE_VALUES, "OpenAIResponsesToolChoiceType7Type")
