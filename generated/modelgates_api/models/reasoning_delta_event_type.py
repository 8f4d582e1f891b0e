from typing import Literal

from ..types import check_enum

ReasoningDeltaEventType = Literal["response.reasoning_text.delta"] | str

REASONING_DELTA_EVENT_TYPE_VALUES: set[ReasoningDeltaEventType] = {
    "response.reasoning_text.delta",
}


def check_reasoning_delta_event_type(value: str) -> ReasoningDeltaEventType:
    return check_enum(value, REASONING_DELTA_EVENT_TYPE_VALUES, "ReasoningDeltaEventType")
