from typing import Literal

CustomToolCallInputDoneEventType = Literal["response.custom_tool_call_input.done"]

CUSTOM_TOOL_CALL_INPUT_DONE_EVENT_TYPE_VALUES: set[CustomToolCallInputDoneEventType] = {
    "response.custom_tool_call_input.done",
}


def check_custom_tool_call_input_done_event_type(
    value: str,
) -> CustomToolCallInputDoneEventType:
    if value in CUSTOM_TOOL_CALL_INPUT_DONE_EVENT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CUSTOM_TOOL_CALL_INPUT_DONE_EVENT_TYPE_VALUES!r}"
    )
