from typing import Literal

from ..types import check_enum

BaseFunctionCallArgsDoneEventType = Literal["response.function_call_arguments.done"] | str

BASE_FUNCTION_CALL_ARGS_DONE_EVENT_TYPE_VALUES: set[BaseFunctionCallArgsDoneEventType] = {
    "response.function_call_arguments.done",
}


def check_base_function_call_args_done_event_type(value: str) -> BaseFunctionCallArgsDoneEventType:
    return check_enum(value, BASE_FUNCTION_CALL_ARGS_DONE_EVENT_TYPE_VALUES, "BaseFunctionCallArgsDoneEventType")
