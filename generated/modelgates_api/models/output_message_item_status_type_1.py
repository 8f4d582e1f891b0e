from typing import Literal

from ..types import check_enum

OutputMessageItemStatusType1 = Literal["incomplete"] | str

OUTPUT_MESSAGE_ITEM_STATUS_TYPE_1_VALUES: set[OutputMessageItemStatusType1] = {
    "incomplete",
}


def check_output_message_item_status_type_1(value: str) -> OutputMessageItemStatusType1:
    return check_enum(value, OUTPUT_MESSAGE_ITEM_STATUS_TYPE_1_VALUES, "OutputMessageItemStatusType1")
