from typing import Literal

from ..types import check_enum

TextDeltaEventType = Literal["response.output_text.delta"] | str

TEXT_DELTA_EVENT_TYPE_VALUES: set[TextDeltaEventType] = {
    "response.output_text.delta",
}


def check_text_delta_event_type(value: str) -> TextDeltaEventType:
    return check_enum(value, TEXT_DELTA_EVENT_TYPE_VALUES, "TextDeltaEventType")
