from typing import Literal

from ..types import check_enum

CustomToolCallInputDoneEventType = Literal["response.custom_tool_call_input.done"] | str

CUSTOM_TOOL_CALL_INPUT_DONE_EVENT_TYPE_VALUES: set[CustomToolCallInputDoneEventType] = {
    "response.custom_tool_call_input.done",
}


def check_custom_tool_call_input_done_event_type(value: str) -> CustomToolCallInputDoneEventType:
    return check_enum(value, CUSTOM_TOOL_CALL_INPUT_DONE_EVENT_TYPE_VALUES, "CustomToolCallInputDoneEventType")
