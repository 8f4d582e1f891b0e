from typing import Literal

from ..types import check_enum

StreamEventsResponseCompletedType = Literal["response.completed"] | str

STREAM_EVENTS_RESPONSE_COMPLETED_TYPE_VALUES: set[StreamEventsResponseCompletedType] = {
    "response.completed",
}


def check_stream_events_response_completed_type(value: str) -> StreamEventsResponseCompletedType:
    return check_enum(value, STREAM_EVENTS_RESPONSE_COMPLETED_TYPE_VALUES, "StreamEventsResponseCompletedType")
