from typing import Literal

from ..types import check_enum

OutputMessageStatusType2 = Literal["in_progress"] | str

OUTPUT_MESSAGE_STATUS_TYPE_2_VALUES: set[OutputMessageStatusType2] = {
    "in_progress",
}


def check_output_message_status_type_2(value: str) -> OutputMessageStatusType2:
    return check_enum(value, OUTPUT_MESSAGE_STATUS_TYPE_2_VALUES, "OutputMessageStatusType2")
