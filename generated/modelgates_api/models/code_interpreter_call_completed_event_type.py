from typing import Literal

from ..types import check_enum

CodeInterpreterCallCompletedEventType = Literal["response.code_interpreter_call.completed"] | str

CODE_INTERPRETER_CALL_COMPLETED_EVENT_TYPE_VALUES: set[CodeInterpreterCallCompletedEventType] = {
    "response.code_interpreter_call.completed",
}


def check_code_interpreter_call_completed_event_type(value: str) -> CodeInterpreterCallCompletedEventType:
    return check_enum(value, CODE_INTERPRETER_CALL_COMPLETED_EVENT_TYPE_VALUES, "CodeInterpreterCallCompletedEventType")
