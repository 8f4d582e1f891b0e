from typing import Literal

ReasoningDeltaEventType = Literal["response.reasoning_text.delta"]

REASONING_DELTA_EVENT_TYPE_VALUES: set[ReasoningDeltaEventType] = {
    "response.reasoning_text.delta",
}


def check_reasoning_delta_event_type(value: str) -> ReasoningDeltaEventType:
    if value in REASONING_DELTA_EVENT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REASONING_DELTA_EVENT_TYPE_VALUES!r}"
    )
