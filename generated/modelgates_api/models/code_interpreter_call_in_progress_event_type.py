from typing import Literal

from ..types import check_enum

CodeInterpreterCallInProgressEventType = Literal["response.code_interpreter_call.in_progress"] | str

CODE_INTERPRETER_CALL_IN_PROGRESS_EVENT_TYPE_VALUES: set[CodeInterpreterCallInProgressEventType] = {
    "response.code_interpreter_call.in_progress",
}


def check_code_interpreter_call_in_progress_event_type(value: str) -> CodeInterpreterCallInProgressEventType:
    return check_enum(
        value, CODE_INTERPRETER_CALL_IN_PROGRESS_EVENT_TYPE_VALUES, "CodeInterpreterCallInProgressEventType"
    )
