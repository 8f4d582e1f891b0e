from typing import Literal

from ..types import check_enum

FusionCallPanelReasoningDeltaEventType = Literal["response.fusion_call.panel.reasoning.delta"] | str

FUSION_CALL_PANEL_REASONING_DELTA_EVENT_TYPE_VALUES: set[FusionCallPanelReasoningDeltaEventType] = {
    "response.fusion_call.panel.reasoning.delta",
}


def check_fusion_call_panel_reasoning_delta_event_type(value: str) -> FusionCallPanelReasoningDeltaEventType:
    return check_enum(
        value, FUSION_CALL_PANEL_REASONING_DELTA_EVENT_TYPE_VALUES, "FusionCallPanelReasoningDeltaEventType"
    )
