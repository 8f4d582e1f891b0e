from typing import Literal

from ..types import check_enum

ErrorEventType = Literal["error"] | str

ERROR_EVENT_TYPE_VALUES: set[ErrorEventType] = {
    "error",
}


def check_error_event_type(value: str) -> ErrorEventType:
    return check_enum(value, ERROR_EVENT_TYPE_VALUES, "ErrorEventType")
