from typing import Literal

from ..types import check_enum

BaseTextDeltaEventType = Literal["response.output_text.delta"] | str

BASE_TEXT_DELTA_EVENT_TYPE_VALUES: set[BaseTextDeltaEventType] = {
    "response.output_text.delta",
}


def check_base_text_delta_event_type(value: str) -> BaseTextDeltaEventType:
    return check_enum(value, BASE_TEXT_DELTA_EVENT_TYPE_VALUES, "BaseTextDeltaEventType")
