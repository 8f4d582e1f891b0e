from typing import Literal

OutputMessageItemStatusType0 = Literal["completed"]

OUTPUT_MESSAGE_ITEM_STATUS_TYPE_0_VALUES: set[OutputMessageItemStatusType0] = {
    "completed",
}


def check_output_message_item_status_type_0(value: str) -> OutputMessageItemStatusType0:
    if value in OUTPUT_MESSAGE_ITEM_STATUS_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OUTPUT_MESSAGE_ITEM_STATUS_TYPE_0_VALUES!r}"
    )
