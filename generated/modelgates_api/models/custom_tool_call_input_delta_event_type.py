from typing import Literal

from ..types import check_enum

CustomToolCallInputDeltaEventType = Literal["response.custom_tool_call_input.delta"] | str

CUSTOM_TOOL_CALL_INPUT_DELTA_EVENT_TYPE_VALUES: set[CustomToolCallInputDeltaEventType] = {
    "response.custom_tool_call_input.delta",
}


def check_custom_tool_call_input_delta_event_type(value: str) -> CustomToolCallInputDeltaEventType:
    return check_enum(value, CUSTOM_TOOL_CALL_INPUT_DELTA_EVENT_TYPE_VALUES, "CustomToolCallInputDeltaEventType")
