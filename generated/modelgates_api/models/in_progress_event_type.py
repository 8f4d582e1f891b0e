from typing import Literal

from ..types import check_enum

InProgressEventType = Literal["response.in_progress"] | str

IN_PROGRESS_EVENT_TYPE_VALUES: set[InProgressEventType] = {
    "response.in_progress",
}


def check_in_progress_event_type(value: str) -> InProgressEventType:
    return check_enum(value, IN_PROGRESS_EVENT_TYPE_VALUES, "InProgressEventType")
