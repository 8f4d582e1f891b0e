from typing import Literal

from ..types import check_enum

ShellCallOutputItemType = Literal["shell_call_output"] | str

SHELL_CALL_OUTPUT_ITEM_TYPE_VALUES: set[ShellCallOutputItemType] = {
    "shell_call_output",
}


def check_shell_call_output_item_type(value: str) -> ShellCallOutputItemType:
    return check_enum(value, SHELL_CALL_OUTPUT_ITEM_TYPE_VALUES, "ShellCallOutputItemType")
