from typing import Literal

from ..types import check_enum

CompletedEventType = Literal["response.completed"] | str

COMPLETED_EVENT_TYPE_VALUES: set[CompletedEventType] = {
    "response.completed",
}


def check_completed_event_type(value: str) -> CompletedEventType:
    return check_enum(value, COMPLETED_EVENT_TYPE_VALUES, "CompletedEventType")
