from typing import Literal

from ..types import check_enum

FusionCallPanelDeltaEventType = Literal["response.fusion_call.panel.delta"] | str

FUSION_CALL_PANEL_DELTA_EVENT_TYPE_VALUES: set[FusionCallPanelDeltaEventType] = {
    "response.fusion_call.panel.delta",
}


def check_fusion_call_panel_delta_event_type(value: str) -> FusionCallPanelDeltaEventType:
    return check_enum(value, FUSION_CALL_PANEL_DELTA_EVENT_TYPE_VALUES, "FusionCallPanelDeltaEventType")
