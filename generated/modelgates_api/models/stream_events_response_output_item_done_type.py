from typing import Literal

StreamEventsResponseOutputItemDoneType = Literal["response.output_item.done"]

STREAM_EVENTS_RESPONSE_OUTPUT_ITEM_DONE_TYPE_VALUES: set[
    StreamEventsResponseOutputItemDoneType
] = {
    "response.output_item.done",
}


def check_stream_events_response_output_item_done_type(
    value: str,
) -> StreamEventsResponseOutputItemDoneType:
    if value in STREAM_EVENTS_RESPONSE_OUTPUT_ITEM_DONE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {STREAM_EVENTS_RESPONSE_OUTPUT_ITEM_DONE_TYPE_VALUES!r}"
    )
