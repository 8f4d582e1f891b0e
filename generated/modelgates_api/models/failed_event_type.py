from typing import Literal

from ..types import check_enum

FailedEventType = Literal["response.failed"] | str

FAILED_EVENT_TYPE_VALUES: set[FailedEventType] = {
    "response.failed",
}


def check_failed_event_type(value: str) -> FailedEventType:
    return check_enum(value, FAILED_EVENT_TYPE_VALUES, "FailedEventType")
