from typing import Literal

OutputMessageStatusType1 = Literal["incomplete"]

OUTPUT_MESSAGE_STATUS_TYPE_1_VALUES: set[OutputMessageStatusType1] = {
    "incomplete",
}


def check_output_message_status_type_1(value: str) -> OutputMessageStatusType1:
    if value in OUTPUT_MESSAGE_STATUS_TYPE_1_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OUTPUT_MESSAGE_STATUS_TYPE_1_VALUES!r}"
    )
