from typing import Literal

FunctionCallArgsDeltaEventType = Literal["response.function_call_arguments.delta"]

FUNCTION_CALL_ARGS_DELTA_EVENT_TYPE_VALUES: set[FunctionCallArgsDeltaEventType] = {
    "response.function_call_arguments.delta",
}


def check_function_call_args_delta_event_type(
    value: str,
) -> FunctionCallArgsDeltaEventType:
    if value in FUNCTION_CALL_ARGS_DELTA_EVENT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FUNCTION_CALL_ARGS_DELTA_EVENT_TYPE_VALUES!r}"
    )
