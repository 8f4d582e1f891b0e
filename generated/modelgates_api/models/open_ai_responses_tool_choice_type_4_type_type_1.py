from typing import Literal

from ..types import check_enum

OpenAIResponsesToolChoiceType4TypeType1 = Literal["web_search_preview"] | str

OPEN_AI_RESPONSES_TOOL_CHOICE_TYPE_4_TYPE_TYPE_1_VALUES: set[OpenAIResponsesToolChoiceType4TypeType1] = {
    "web_search_preview",
}


def check_open_ai_responses_tool_choice_type_4_type_type_1(value: str) -> OpenAIResponsesToolChoiceType4TypeType1:
    return check_enum(
        value, OPEN_AI_RESPONSES_TOOL_CHOICE_TYPE_4_TYPE_TYPE_1_VALUES, "OpenAIResponsesToolChoiceType4TypeType1"
    )
