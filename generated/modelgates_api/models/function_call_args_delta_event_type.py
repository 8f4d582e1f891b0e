from typing import Literal

from ..types import check_enum

FunctionCallArgsDeltaEventType = Literal["response.function_call_arguments.delta"] | str

FUNCTION_CALL_ARGS_DELTA_EVENT_TYPE_VALUES: set[FunctionCallArgsDeltaEventType] = {
    "response.function_call_arguments.delta",
}


def check_function_call_args_delta_event_type(value: str) -> FunctionCallArgsDeltaEventType:
    return check_enum(value, FUNCTION_CALL_ARGS_DELTA_EVENT_TYPE_VALUES, "FunctionCallArgsDeltaEventType")
