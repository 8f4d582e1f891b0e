from typing import Literal

from ..types import check_enum

FusionCallCompletedEventType = Literal["response.fusion_call.completed"] | str

FUSION_CALL_COMPLETED_EVENT_TYPE_VALUES: set[FusionCallCompletedEventType] = {
    "response.fusion_call.completed",
}


def check_fusion_call_completed_event_type(value: str) -> FusionCallCompletedEventType:
    return check_enum(value, FUSION_CALL_COMPLETED_EVENT_TYPE_VALUES, "FusionCallCompletedEventType")
