from typing import Literal

from ..types import check_enum

LocalShellCallItemActionType = Literal["exec"] | str

LOCAL_SHELL_CALL_ITEM_ACTION_TYPE_VALUES: set[LocalShellCallItemActionType] = {
    "exec",
}


def check_local_shell_call_item_action_type(value: str) -> LocalShellCallItemActionType:
    return check_enum(value, LOCAL_SHELL_CALL_ITEM_ACTION_TYPE_VALUES, "LocalShellCallItemActionType")
