from typing import Literal

from ..types import check_enum

CodeInterpreterCallCodeDoneEventType = Literal["response.code_interpreter_call_code.done"] | str

CODE_INTERPRETER_CALL_CODE_DONE_EVENT_TYPE_VALUES: set[CodeInterpreterCallCodeDoneEventType] = {
    "response.code_interpreter_call_code.done",
}


def check_code_interpreter_call_code_done_event_type(value: str) -> CodeInterpreterCallCodeDoneEventType:
    return check_enum(value, CODE_INTERPRETER_CALL_CODE_DONE_EVENT_TYPE_VALUES, "CodeInterpreterCallCodeDoneEventType")
