from typing import Literal

from ..types import check_enum

OutputItemAddedEventType = Literal["response.output_item.added"] | str

OUTPUT_ITEM_ADDED_EVENT_TYPE_VALUES: set[OutputItemAddedEventType] = {
    "response.output_item.added",
}


def check_output_item_added_event_type(value: str) -> OutputItemAddedEventType:
    return check_enum(value, OUTPUT_ITEM_ADDED_EVENT_TYPE_VALUES, "OutputItemAddedEventType")
