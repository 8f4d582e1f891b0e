from typing import Literal

from ..types import check_enum

StreamEventsResponseIncompleteType = Literal["response.incomplete"] | str

STREAM_EVENTS_RESPONSE_INCOMPLETE_TYPE_VALUES: set[StreamEventsResponseIncompleteType] = {
    "response.incomplete",
}


def check_stream_events_response_incomplete_type(value: str) -> StreamEventsResponseIncompleteType:
    return check_enum(value, STREAM_EVENTS_RESPONSE_INCOMPLETE_TYPE_VALUES, "StreamEventsResponseIncompleteType")
