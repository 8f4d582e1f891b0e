from typing import Literal

from ..types import check_enum

FusionCallAnalysisCompletedEventType = Literal["response.fusion_call.analysis.completed"] | str

FUSION_CALL_ANALYSIS_COMPLETED_EVENT_TYPE_VALUES: set[FusionCallAnalysisCompletedEventType] = {
    "response.fusion_call.analysis.completed",
}


def check_fusion_call_analysis_completed_event_type(value: str) -> FusionCallAnalysisCompletedEventType:
    return check_enum(value, FUSION_CALL_ANALYSIS_COMPLETED_EVENT_TYPE_VALUES, "FusionCallAnalysisCompletedEventType")
