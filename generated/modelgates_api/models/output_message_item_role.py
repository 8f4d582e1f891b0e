from typing import Literal

OutputMessageItemRole = Literal["assistant"]

OUTPUT_MESSAGE_ITEM_ROLE_VALUES: set[OutputMessageItemRole] = {
    "assistant",
}


def check_output_message_item_role(value: str) -> OutputMessageItemRole:
    if value in OUTPUT_MESSAGE_ITEM_ROLE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OUTPUT_MESSAGE_ITEM_ROLE_VALUES!r}"
    )
