from typing import Literal

OutputMessageStatusType2 = Literal["in_progress"]

OUTPUT_MESSAGE_STATUS_TYPE_2_VALUES: set[OutputMessageStatusType2] = {
    "in_progress",
}


def check_output_message_status_type_2(value: str) -> OutputMessageStatusType2:
    if value in OUTPUT_MESSAGE_STATUS_TYPE_2_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OUTPUT_MESSAGE_STATUS_TYPE_2_VALUES!r}"
    )
