from typing import Literal

from ..types import check_enum

BaseCustomToolCallInputDeltaEventType = Literal["response.custom_tool_call_input.delta"] | str

BASE_CUSTOM_TOOL_CALL_INPUT_DELTA_EVENT_TYPE_VALUES: set[BaseCustomToolCallInputDeltaEventType] = {
    "response.custom_tool_call_input.delta",
}


def check_base_custom_tool_call_input_delta_event_type(value: str) -> BaseCustomToolCallInputDeltaEventType:
    return check_enum(
        value, BASE_CUSTOM_TOOL_CALL_INPUT_DELTA_EVENT_TYPE_VALUES, "BaseCustomToolCallInputDeltaEventType"
    )
