from typing import Literal

from ..types import check_enum

CodeInterpreterCallCodeDeltaEventType = Literal["response.code_interpreter_call_code.delta"] | str

CODE_INTERPRETER_CALL_CODE_DELTA_EVENT_TYPE_VALUES: set[CodeInterpreterCallCodeDeltaEventType] = {
    "response.code_interpreter_call_code.delta",
}


def check_code_interpreter_call_code_delta_event_type(value: str) -> CodeInterpreterCallCodeDeltaEventType:
    return check_enum(
        value, CODE_INTERPRETER_CALL_CODE_DELTA_EVENT_TYPE_VALUES, "CodeInterpreterCallCodeDeltaEventType"
    )
