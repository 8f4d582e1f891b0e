from typing import Literal

from ..types import check_enum

FusionCallPanelCompletedEventType = Literal["response.fusion_call.panel.completed"] | str

FUSION_CALL_PANEL_COMPLETED_EVENT_TYPE_VALUES: set[FusionCallPanelCompletedEventType] = {
    "response.fusion_call.panel.completed",
}


def check_fusion_call_panel_completed_event_type(value: str) -> FusionCallPanelCompletedEventType:
    return check_enum(value, FUSION_CALL_PANEL_COMPLETED_EVENT_TYPE_VALUES, "FusionCallPanelCompletedEventType")
