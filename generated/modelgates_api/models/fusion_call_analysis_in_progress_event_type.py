from typing import Literal

from ..types import check_enum

FusionCallAnalysisInProgressEventType = Literal["response.fusion_call.analysis.in_progress"] | str

FUSION_CALL_ANALYSIS_IN_PROGRESS_EVENT_TYPE_VALUES: set[FusionCallAnalysisInProgressEventType] = {
    "response.fusion_call.analysis.in_progress",
}


def check_fusion_call_analysis_in_progress_event_type(value: str) -> FusionCallAnalysisInProgressEventType:
    return check_enum(
        value, FUSION_CALL_ANALYSIS_IN_PROGRESS_EVENT_TYPE_VALUES, "FusionCallAnalysisInProgressEventType"
    )
