from typing import Literal

FusionCallPanelAddedEventType = Literal["response.fusion_call.panel.added"]

FUSION_CALL_PANEL_ADDED_EVENT_TYPE_VALUES: set[FusionCallPanelAddedEventType] = {
    "response.fusion_call.panel.added",
}


def check_fusion_call_panel_added_event_type(
    value: str,
) -> FusionCallPanelAddedEventType:
    if value in FUSION_CALL_PANEL_ADDED_EVENT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FUSION_CALL_PANEL_ADDED_EVENT_TYPE_VALUES!r}"
    )
