from typing import Literal

from ..types import check_enum

OutputMessageItemStatusType2 = Literal["in_progress"] | str

OUTPUT_MESSAGE_ITEM_STATUS_TYPE_2_VALUES: set[OutputMessageItemStatusType2] = {
    "in_progress",
}


def check_output_message_item_status_type_2(value: str) -> OutputMessageItemStatusType2:
    return check_enum(value, OUTPUT_MESSAGE_ITEM_STATUS_TYPE_2_VALUES, "OutputMessageItemStatusType2")
