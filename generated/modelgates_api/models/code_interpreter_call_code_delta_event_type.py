from typing import Literal

CodeInterpreterCallCodeDeltaEventType = Literal[
    "response.code_interpreter_call_code.delta"
]

CODE_INTERPRETER_CALL_CODE_DELTA_EVENT_TYPE_VALUES: set[
    CodeInterpreterCallCodeDeltaEventType
] = {
    "response.code_interpreter_call_code.delta",
}


def check_code_interpreter_call_code_delta_event_type(
    value: str,
) -> CodeInterpreterCallCodeDeltaEventType:
    if value in CODE_INTERPRETER_CALL_CODE_DELTA_EVENT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CODE_INTERPRETER_CALL_CODE_DELTA_EVENT_TYPE_VALUES!r}"
    )
