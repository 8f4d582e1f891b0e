from typing import Literal

from ..types import check_enum

StreamEventsResponseOutputItemAddedType = Literal["response.output_item.added"] | str

STREAM_EVENTS_RESPONSE_OUTPUT_ITEM_ADDED_TYPE_VALUES: set[StreamEventsResponseOutputItemAddedType] = {
    "response.output_item.added",
}


def check_stream_events_response_output_item_added_type(value: str) -> StreamEventsResponseOutputItemAddedType:
    return check_enum(
        value, STREAM_EVENTS_RESPONSE_OUTPUT_ITEM_ADDED_TYPE_VALUES, "StreamEventsResponseOutputItemAddedType"
    )
