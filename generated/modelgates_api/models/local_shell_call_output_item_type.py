from typing import Literal

from ..types import check_enum

LocalShellCallOutputItemType = Literal["local_shell_call_output"] | str

LOCAL_SHELL_CALL_OUTPUT_ITEM_TYPE_VALUES: set[LocalShellCallOutputItemType] = {
    "local_shell_call_output",
}


def check_local_shell_call_output_item_type(value: str) -> LocalShellCallOutputItemType:
    return check_enum(value, LOCAL_SHELL_CALL_OUTPUT_ITEM_TYPE_VALUES, "LocalShellCallOutputItemType")
