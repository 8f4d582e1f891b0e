from typing import Literal

from ..types import check_enum

OpenResponsesInProgressEventType = Literal["response.in_progress"] | str

OPEN_RESPONSES_IN_PROGRESS_EVENT_TYPE_VALUES: set[OpenResponsesInProgressEventType] = {
    "response.in_progress",
}


def check_open_responses_in_progress_event_type(value: str) -> OpenResponsesInProgressEventType:
    return check_enum(value, OPEN_RESPONSES_IN_PROGRESS_EVENT_TYPE_VALUES, "OpenResponsesInProgressEventType")
