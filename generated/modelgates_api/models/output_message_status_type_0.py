from typing import Literal

from ..types import check_enum

OutputMessageStatusType0 = Literal["completed"] | str

OUTPUT_MESSAGE_STATUS_TYPE_0_VALUES: set[OutputMessageStatusType0] = {
    "completed",
}


def check_output_message_status_type_0(value: str) -> OutputMessageStatusType0:
    return check_enum(value, OUTPUT_MESSAGE_STATUS_TYPE_0_VALUES, "OutputMessageStatusType0")
