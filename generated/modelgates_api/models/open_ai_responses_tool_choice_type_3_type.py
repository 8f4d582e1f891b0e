from typing import Literal

from ..types import check_enum

OpenAIResponsesToolChoiceType3Type = Literal["function"] | str

OPEN_AI_RESPONSES_TOOL_CHOICE_TYPE_3_TYPE_VALUES: set[OpenAIResponsesToolChoiceType3Type] = {
    "function",
}


def check_open_ai_responses_tool_choice_type_3_type(value: str) -> OpenAIResponsesToolChoiceType3Type:
    return check_enum(value, OPEN_AI_RESPONSES_TOOL_CHOICE_TYPE_3_TYPE_VALUES, "OpenAIResponsesToolChoiceType3Type")
