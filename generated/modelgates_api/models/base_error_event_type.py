from typing import Literal

from ..types import check_enum

BaseErrorEventType = Literal["error"] | str

BASE_ERROR_EVENT_TYPE_VALUES: set[BaseErrorEventType] = {
    "error",
}


def check_base_error_event_type(value: str) -> BaseErrorEventType:
    return check_enum(value, BASE_ERROR_EVENT_TYPE_VALUES, "BaseErrorEventType")
