from typing import Literal

StreamEventsResponseIncompleteType = Literal["response.incomplete"]

STREAM_EVENTS_RESPONSE_INCOMPLETE_TYPE_VALUES: set[
    StreamEventsResponseIncompleteType
] = {
    "response.incomplete",
}


def check_stream_events_response_incomplete_type(
    value: str,
) -> StreamEventsResponseIncompleteType:
    if value in STREAM_EVENTS_RESPONSE_INCOMPLETE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {STREAM_EVENTS_RESPONSE_INCOMPLETE_TYPE_VALUES!r}"
    )
