from typing import Literal

from ..types import check_enum

ToolChoiceAllowedModeType0 = Literal["auto"] | str

TOOL_CHOICE_ALLOWED_MODE_TYPE_0_VALUES: set[ToolChoiceAllowedModeType0] = {
    "auto",
}


def check_tool_choice_allowed_mode_type_0(value: str) -> ToolChoiceAllowedModeType0:
    return check_enum(value, TOOL_CHOICE_ALLOWED_MODE_TYPE_0_VALUES, "ToolChoiceAllowedModeType0")
