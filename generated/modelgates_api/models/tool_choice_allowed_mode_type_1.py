from typing import Literal

from ..types import check_enum

ToolChoiceAllowedModeType1 = Literal["required"] | str

TOOL_CHOICE_ALLOWED_MODE_TYPE_1_VALUES: set[ToolChoiceAllowedModeType1] = {
    "required",
}


def check_tool_choice_allowed_mode_type_1(value: str) -> ToolChoiceAllowedModeType1:
    return check_enum(value, TOOL_CHOICE_ALLOWED_MODE_TYPE_1_VALUES, "ToolChoiceAllowedModeType1")
