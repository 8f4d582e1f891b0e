from typing import Literal

from ..types import check_enum

FusionCallPanelFailedEventType = Literal["response.fusion_call.panel.failed"] | str

FUSION_CALL_PANEL_FAILED_EVENT_TYPE_VALUES: set[FusionCallPanelFailedEventType] = {
    "response.fusion_call.panel.failed",
}


def check_fusion_call_panel_failed_event_type(value: str) -> FusionCallPanelFailedEventType:
    return check_enum(value, FUSION_CALL_PANEL_FAILED_EVENT_TYPE_VALUES, "FusionCallPanelFailedEventType")
