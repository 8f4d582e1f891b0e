from typing import Literal

from ..types import check_enum

LocalShellCallItemType = Literal["local_shell_call"] | str

LOCAL_SHELL_CALL_ITEM_TYPE_VALUES: set[LocalShellCallItemType] = {
    "local_shell_call",
}


def check_local_shell_call_item_type(value: str) -> LocalShellCallItemType:
    return check_enum(value, LOCAL_SHELL_CALL_ITEM_TYPE_VALUES, "LocalShellCallItemType")
