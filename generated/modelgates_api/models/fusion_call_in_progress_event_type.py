from typing import Literal

from ..types import check_enum

FusionCallInProgressEventType = Literal["response.fusion_call.in_progress"] | str

FUSION_CALL_IN_PROGRESS_EVENT_TYPE_VALUES: set[FusionCallInProgressEventType] = {
    "response.fusion_call.in_progress",
}


def check_fusion_call_in_progress_event_type(value: str) -> FusionCallInProgressEventType:
    return check_enum(value, FUSION_CALL_IN_PROGRESS_EVENT_TYPE_VALUES, "FusionCallInProgressEventType")
