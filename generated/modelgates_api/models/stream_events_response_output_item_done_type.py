from typing import Literal

from ..types import check_enum

StreamEventsResponseOutputItemDoneType = Literal["response.output_item.done"] | str

STREAM_EVENTS_RESPONSE_OUTPUT_ITEM_DONE_TYPE_VALUES: set[StreamEventsResponseOutputItemDoneType] = {
    "response.output_item.done",
}


def check_stream_events_response_output_item_done_type(value: str) -> StreamEventsResponseOutputItemDoneType:
    return check_enum(
        value, STREAM_EVENTS_RESPONSE_OUTPUT_ITEM_DONE_TYPE_VALUES, "StreamEventsResponseOutputItemDoneType"
    )
