from typing import Literal

FusionCallPanelReasoningDeltaEventType = Literal[
    "response.fusion_call.panel.reasoning.delta"
]

FUSION_CALL_PANEL_REASONING_DELTA_EVENT_TYPE_VALUES: set[
    FusionCallPanelReasoningDeltaEventType
] = {
    "response.fusion_call.panel.reasoning.delta",
}


def check_fusion_call_panel_reasoning_delta_event_type(
    value: str,
) -> FusionCallPanelReasoningDeltaEventType:
    if value in FUSION_CALL_PANEL_REASONING_DELTA_EVENT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FUSION_CALL_PANEL_REASONING_DELTA_EVENT_TYPE_VALUES!r}"
    )
