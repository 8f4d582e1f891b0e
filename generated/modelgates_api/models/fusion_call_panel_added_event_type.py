from typing import Literal

from ..types import check_enum

FusionCallPanelAddedEventType = Literal["response.fusion_call.panel.added"] | str

FUSION_CALL_PANEL_ADDED_EVENT_TYPE_VALUES: set[FusionCallPanelAddedEventType] = {
    "response.fusion_call.panel.added",
}


def check_fusion_call_panel_added_event_type(value: str) -> FusionCallPanelAddedEventType:
    return check_enum(value, FUSION_CALL_PANEL_ADDED_EVENT_TYPE_VALUES, "FusionCallPanelAddedEventType")
