from typing import Literal

from ..types import check_enum

BaseTextDoneEventType = Literal["response.output_text.done"] | str

BASE_TEXT_DONE_EVENT_TYPE_VALUES: set[BaseTextDoneEventType] = {
    "response.output_text.done",
}


def check_base_text_done_event_type(value: str) -> BaseTextDoneEventType:
    return check_enum(value, BASE_TEXT_DONE_EVENT_TYPE_VALUES, "BaseTextDoneEventType")
