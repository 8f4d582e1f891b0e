from typing import Literal

from ..types import check_enum

CodeInterpreterCallInterpretingEventType = Literal["response.code_interpreter_call.interpreting"] | str

CODE_INTERPRETER_CALL_INTERPRETING_EVENT_TYPE_VALUES: set[CodeInterpreterCallInterpretingEventType] = {
    "response.code_interpreter_call.interpreting",
}


def check_code_interpreter_call_interpreting_event_type(value: str) -> CodeInterpreterCallInterpretingEventType:
    return check_enum(
        value, CODE_INTERPRETER_CALL_INTERPRETING_EVENT_TYPE_VALUES, "CodeInterpreterCallInterpretingEventType"
    )
