from typing import Literal

from ..types import check_enum

TextDoneEventType = Literal["response.output_text.done"] | str

TEXT_DONE_EVENT_TYPE_VALUES: set[TextDoneEventType] = {
    "response.output_text.done",
}


def check_text_done_event_type(value: str) -> TextDoneEventType:
    return check_enum(value, TEXT_DONE_EVENT_TYPE_VALUES, "TextDoneEventType")
