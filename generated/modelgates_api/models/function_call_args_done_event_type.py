from typing import Literal

FunctionCallArgsDoneEventType = Literal["response.function_call_arguments.done"]

FUNCTION_CALL_ARGS_DONE_EVENT_TYPE_VALUES: set[FunctionCallArgsDoneEventType] = {
    "response.function_call_arguments.done",
}


def check_function_call_args_done_event_type(
    value: str,
) -> FunctionCallArgsDoneEventType:
    if value in FUNCTION_CALL_ARGS_DONE_EVENT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FUNCTION_CALL_ARGS_DONE_EVENT_TYPE_VALUES!r}"
    )
