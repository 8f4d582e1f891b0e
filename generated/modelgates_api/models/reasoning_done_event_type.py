from typing import Literal

ReasoningDoneEventType = Literal["response.reasoning_text.done"]

REASONING_DONE_EVENT_TYPE_VALUES: set[ReasoningDoneEventType] = {
    "response.reasoning_text.done",
}


def check_reasoning_done_event_type(value: str) -> ReasoningDoneEventType:
    if value in REASONING_DONE_EVENT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REASONING_DONE_EVENT_TYPE_VALUES!r}"
    )
