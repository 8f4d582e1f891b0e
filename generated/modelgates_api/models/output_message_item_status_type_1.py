from typing import Literal

OutputMessageItemStatusType1 = Literal["incomplete"]

OUTPUT_MESSAGE_ITEM_STATUS_TYPE_1_VALUES: set[OutputMessageItemStatusType1] = {
    "incomplete",
}


def check_output_message_item_status_type_1(value: str) -> OutputMessageItemStatusType1:
    if value in OUTPUT_MESSAGE_ITEM_STATUS_TYPE_1_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OUTPUT_MESSAGE_ITEM_STATUS_TYPE_1_VALUES!r}"
    )
