from typing import Literal

from ..types import check_enum

ToolChoiceAllowedType = Literal["allowed_tools"] | str

TOOL_CHOICE_ALLOWED_TYPE_VALUES: set[ToolChoiceAllowedType] = {
    "allowed_tools",
}


def check_tool_choice_allowed_type(value: str) -> ToolChoiceAllowedType:
    return check_enum(value, TOOL_CHOICE_ALLOWED_TYPE_VALUES, "ToolChoiceAllowedType")
