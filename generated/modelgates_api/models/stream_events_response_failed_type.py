from typing import Literal

from ..types import check_enum

StreamEventsResponseFailedType = Literal["response.failed"] | str

STREAM_EVENTS_RESPONSE_FAILED_TYPE_VALUES: set[StreamEventsResponseFailedType] = {
    "response.failed",
}


def check_stream_events_response_failed_type(value: str) -> StreamEventsResponseFailedType:
    return check_enum(value, STREAM_EVENTS_RESPONSE_FAILED_TYPE_VALUES, "StreamEventsResponseFailedType")
