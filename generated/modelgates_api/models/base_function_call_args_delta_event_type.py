from typing import Literal

from ..types import check_enum

BaseFunctionCallArgsDeltaEventType = Literal["response.function_call_arguments.delta"] | str

BASE_FUNCTION_CALL_ARGS_DELTA_EVENT_TYPE_VALUES: set[BaseFunctionCallArgsDeltaEventType] = {
    "response.function_call_arguments.delta",
}


def check_base_function_call_args_delta_event_type(value: str) -> BaseFunctionCallArgsDeltaEventType:
    return check_enum(value, BASE_FUNCTION_CALL_ARGS_DELTA_EVENT_TYPE_VALUES, "BaseFunctionCallArgsDeltaEventType")
