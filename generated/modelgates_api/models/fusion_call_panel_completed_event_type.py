from typing import Literal

FusionCallPanelCompletedEventType = Literal["response.fusion_call.panel.completed"]

FUSION_CALL_PANEL_COMPLETED_EVENT_TYPE_VALUES: set[
    FusionCallPanelCompletedEventType
] = {
    "response.fusion_call.panel.completed",
}


def check_fusion_call_panel_completed_event_type(
    value: str,
) -> FusionCallPanelCompletedEventType:
    if value in FUSION_CALL_PANEL_COMPLETED_EVENT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FUSION_CALL_PANEL_COMPLETED_EVENT_TYPE_VALUES!r}"
    )
