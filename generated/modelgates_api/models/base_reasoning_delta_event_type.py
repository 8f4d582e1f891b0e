from typing import Literal

from ..types import check_enum

BaseReasoningDeltaEventType = Literal["response.reasoning_text.delta"] | str

BASE_REASONING_DELTA_EVENT_TYPE_VALUES: set[BaseReasoningDeltaEventType] = {
    "response.reasoning_text.delta",
}


def check_base_reasoning_delta_event_type(value: str) -> BaseReasoningDeltaEventType:
    return check_enum(value, BASE_REASONING_DELTA_EVENT_TYPE_VALUES, "BaseReasoningDeltaEventType")
