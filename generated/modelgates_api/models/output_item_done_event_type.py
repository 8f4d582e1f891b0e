from typing import Literal

from ..types import check_enum

OutputItemDoneEventType = Literal["response.output_item.done"] | str

OUTPUT_ITEM_DONE_EVENT_TYPE_VALUES: set[OutputItemDoneEventType] = {
    "response.output_item.done",
}


def check_output_item_done_event_type(value: str) -> OutputItemDoneEventType:
    return check_enum(value, OUTPUT_ITEM_DONE_EVENT_TYPE_VALUES, "OutputItemDoneEventType")
