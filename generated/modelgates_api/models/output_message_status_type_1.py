from typing import Literal

from ..types import check_enum

OutputMessageStatusType1 = Literal["incomplete"] | str

OUTPUT_MESSAGE_STATUS_TYPE_1_VALUES: set[OutputMessageStatusType1] = {
    "incomplete",
}


def check_output_message_status_type_1(value: str) -> OutputMessageStatusType1:
    return check_enum(value, OUTPUT_MESSAGE_STATUS_TYPE_1_VALUES, "OutputMessageStatusType1")
