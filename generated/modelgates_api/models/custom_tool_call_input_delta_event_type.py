from typing import Literal

CustomToolCallInputDeltaEventType = Literal["response.custom_tool_call_input.delta"]

CUSTOM_TOOL_CALL_INPUT_DELTA_EVENT_TYPE_VALUES: set[
    CustomToolCallInputDeltaEventType
] = {
    "response.custom_tool_call_input.delta",
}


def check_custom_tool_call_input_delta_event_type(
    value: str,
) -> CustomToolCallInputDeltaEventType:
    if value in CUSTOM_TOOL_CALL_INPUT_DELTA_EVENT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CUSTOM_TOOL_CALL_INPUT_DELTA_EVENT_TYPE_VALUES!r}"
    )
