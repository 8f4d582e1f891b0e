from typing import Literal

from ..types import check_enum

OutputMessageItemStatusType0 = Literal["completed"] | str

OUTPUT_MESSAGE_ITEM_STATUS_TYPE_0_VALUES: set[OutputMessageItemStatusType0] = {
    "completed",
}


def check_output_message_item_status_type_0(value: str) -> OutputMessageItemStatusType0:
    return check_enum(value, OUTPUT_MESSAGE_ITEM_STATUS_TYPE_0_VALUES, "OutputMessageItemStatusType0")
