from typing import Literal

BaseReasoningDoneEventType = Literal["response.reasoning_text.done"]

BASE_REASONING_DONE_EVENT_TYPE_VALUES: set[BaseReasoningDoneEventType] = {
    "response.reasoning_text.done",
}


def check_base_reasoning_done_event_type(value: str) -> BaseReasoningDoneEventType:
    if value in BASE_REASONING_DONE_EVENT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BASE_REASONING_DONE_EVENT_TYPE_VALUES!r}"
    )
