from typing import Literal

from ..types import check_enum

OpenAIResponsesToolChoiceType1 = Literal["none"] | str

OPEN_AI_RESPONSES_TOOL_CHOICE_TYPE_1_VALUES: set[OpenAIResponsesToolChoiceType1] = {
    "none",
}


def check_open_ai_responses_tool_choice_type_1(value: str) -> OpenAIResponsesToolChoiceType1:
    return check_enum(value, OPEN_AI_RESPONSES_TOOL_CHOICE_TYPE_1_VALUES, "OpenAIResponsesToolChoiceType1")
