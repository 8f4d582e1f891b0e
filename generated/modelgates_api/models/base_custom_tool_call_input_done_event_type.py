from typing import Literal

from ..types import check_enum

BaseCustomToolCallInputDoneEventType = Literal["response.custom_tool_call_input.done"] | str

BASE_CUSTOM_TOOL_CALL_INPUT_DONE_EVENT_TYPE_VALUES: set[BaseCustomToolCallInputDoneEventType] = {
    "response.custom_tool_call_input.done",
}


def check_base_custom_tool_call_input_done_event_type(value: str) -> BaseCustomToolCallInputDoneEventType:
    return check_enum(value, BASE_CUSTOM_TOOL_CALL_INPUT_DONE_EVENT_TYPE_VALUES, "BaseCustomToolCallInputDoneEventType")
