from typing import Literal

from ..types import check_enum

OpenAIResponsesToolChoiceType4TypeType0 = Literal["web_search_preview_2025_03_11"] | str

OPEN_AI_RESPONSES_TOOL_CHOICE_TYPE_4_TYPE_TYPE_0_VALUES: set[OpenAIResponsesToolChoiceType4TypeType0] = {
    "web_search_preview_2025_03_11",
}


def check_open_ai_responses_tool_choice_type_4_type_type_0(value: str) -> OpenAIResponsesToolChoiceType4TypeType0:
    return check_enum(
        value, OPEN_AI_RESPONSES_TOOL_CHOICE_TYPE_4_TYPE_TYPE_0_VALUES, "OpenAIResponsesToolChoiceType4TypeType0"
    )
