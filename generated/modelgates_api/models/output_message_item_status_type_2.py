from typing import Literal

OutputMessageItemStatusType2 = Literal["in_progress"]

OUTPUT_MESSAGE_ITEM_STATUS_TYPE_2_VALUES: set[OutputMessageItemStatusType2] = {
    "in_progress",
}


def check_output_message_item_status_type_2(value: str) -> OutputMessageItemStatusType2:
    if value in OUTPUT_MESSAGE_ITEM_STATUS_TYPE_2_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OUTPUT_MESSAGE_ITEM_STATUS_TYPE_2_VALUES!r}"
    )
