from typing import Literal

from ..types import check_enum

ShellCallItemType = Literal["shell_call"] | str

SHELL_CALL_ITEM_TYPE_VALUES: set[ShellCallItemType] = {
    "shell_call",
}


def check_shell_call_item_type(value: str) -> ShellCallItemType:
    return check_enum(value, SHELL_CALL_ITEM_TYPE_VALUES, "ShellCallItemType")
