from typing import Literal

FusionCallCompletedEventType = Literal["response.fusion_call.completed"]

FUSION_CALL_COMPLETED_EVENT_TYPE_VALUES: set[FusionCallCompletedEventType] = {
    "response.fusion_call.completed",
}


def check_fusion_call_completed_event_type(value: str) -> FusionCallCompletedEventType:
    if value in FUSION_CALL_COMPLETED_EVENT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FUSION_CALL_COMPLETED_EVENT_TYPE_VALUES!r}"
    )
