from typing import Literal

OutputItemAddedEventType = Literal["response.output_item.added"]

OUTPUT_ITEM_ADDED_EVENT_TYPE_VALUES: set[OutputItemAddedEventType] = {
    "response.output_item.added",
}


def check_output_item_added_event_type(value: str) -> OutputItemAddedEventType:
    if value in OUTPUT_ITEM_ADDED_EVENT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OUTPUT_ITEM_ADDED_EVENT_TYPE_VALUES!r}"
    )
