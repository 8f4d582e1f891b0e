from typing import Literal

from ..types import check_enum

OpenAIResponsesToolChoiceType0 = Literal["auto"] | str

OPEN_AI_RESPONSES_TOOL_CHOICE_TYPE_0_VALUES: set[OpenAIResponsesToolChoiceType0] = {
    "auto",
}


def check_open_ai_responses_tool_choice_type_0(value: str) -> OpenAIResponsesToolChoiceType0:
    return check_enum(value, OPEN_AI_RESPONSES_TOOL_CHOICE_TYPE_0_VALUES, "OpenAIResponsesToolChoiceType0")
