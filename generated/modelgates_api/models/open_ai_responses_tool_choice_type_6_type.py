from typing import Literal

from ..types import check_enum

OpenAIResponsesToolChoiceType6Type = Literal["apply_patch"] | str

OPEN_AI_RESPONSES_TOOL_CHOICE_TYPE_6_TYPE_VALUES: set[OpenAIResponsesToolChoiceType6Type] = {
    "apply_patch",
}


def check_open_ai_responses_tool_choice_type_6_type(value: str) -> OpenAIResponsesToolChoiceType6Type:
    return check_enum(value, OPEN_AI_RESPONSES_TOOL_CHOICE_TYPE_6_TYPE_VALUES, "OpenAIResponsesToolChoiceType6Type")
