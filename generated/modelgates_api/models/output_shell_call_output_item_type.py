from typing import Literal

from ..types import check_enum

OutputShellCallOutputItemType = Literal["shell_call_output"] | str

OUTPUT_SHELL_CALL_OUTPUT_ITEM_TYPE_VALUES: set[OutputShellCallOutputItemType] = {
    "shell_call_output",
}


def check_output_shell_call_output_item_type(value: str) -> OutputShellCallOutputItemType:
    return check_enum(value, OUTPUT_SHELL_CALL_OUTPUT_ITEM_TYPE_VALUES, "OutputShellCallOutputItemType")
