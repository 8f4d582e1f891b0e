from typing import Literal

FusionCallPanelFailedEventType = Literal["response.fusion_call.panel.failed"]

FUSION_CALL_PANEL_FAILED_EVENT_TYPE_VALUES: set[FusionCallPanelFailedEventType] = {
    "response.fusion_call.panel.failed",
}


def check_fusion_call_panel_failed_event_type(
    value: str,
) -> FusionCallPanelFailedEventType:
    if value in FUSION_CALL_PANEL_FAILED_EVENT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FUSION_CALL_PANEL_FAILED_EVENT_TYPE_VALUES!r}"
    )
