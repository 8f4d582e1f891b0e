from typing import Literal

LocalShellCallItemActionType = Literal["exec"]

LOCAL_SHELL_CALL_ITEM_ACTION_TYPE_VALUES: set[LocalShellCallItemActionType] = {
    "exec",
}


def check_local_shell_call_item_action_type(value: str) -> LocalShellCallItemActionType:
    if value in LOCAL_SHELL_CALL_ITEM_ACTION_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LOCAL_SHELL_CALL_ITEM_ACTION_TYPE_VALUES!r}"
    )
