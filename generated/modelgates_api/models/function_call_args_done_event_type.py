from typing import Literal

from ..types import check_enum

FunctionCallArgsDoneEventType = Literal["response.function_call_arguments.done"] | str

FUNCTION_CALL_ARGS_DONE_EVENT_TYPE_VALUES: set[FunctionCallArgsDoneEventType] = {
    "response.function_call_arguments.done",
}


def check_function_call_args_done_event_type(value: str) -> FunctionCallArgsDoneEventType:
    return check_enum(value, FUNCTION_CALL_ARGS_DONE_EVENT_TYPE_VALUES, "FunctionCallArgsDoneEventType")
