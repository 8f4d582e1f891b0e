from typing import Literal

OutputMessageStatusType0 = Literal["completed"]

OUTPUT_MESSAGE_STATUS_TYPE_0_VALUES: set[OutputMessageStatusType0] = {
    "completed",
}


def check_output_message_status_type_0(value: str) -> OutputMessageStatusType0:
    if value in OUTPUT_MESSAGE_STATUS_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OUTPUT_MESSAGE_STATUS_TYPE_0_VALUES!r}"
    )
