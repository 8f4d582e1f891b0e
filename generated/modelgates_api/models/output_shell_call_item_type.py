from typing import Literal

from ..types import check_enum

OutputShellCallItemType = Literal["shell_call"] | str

OUTPUT_SHELL_CALL_ITEM_TYPE_VALUES: set[OutputShellCallItemType] = {
    "shell_call",
}


def check_output_shell_call_item_type(value: str) -> OutputShellCallItemType:
    return check_enum(value, OUTPUT_SHELL_CALL_ITEM_TYPE_VALUES, "OutputShellCallItemType")
