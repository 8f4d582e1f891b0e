from typing import Literal

CodeInterpreterCallCodeDoneEventType = Literal[
    "response.code_interpreter_call_code.done"
]

CODE_INTERPRETER_CALL_CODE_DONE_EVENT_TYPE_VALUES: set[
    CodeInterpreterCallCodeDoneEventType
] = {
    "response.code_interpreter_call_code.done",
}


def check_code_interpreter_call_code_done_event_type(
    value: str,
) -> CodeInterpreterCallCodeDoneEventType:
    if value in CODE_INTERPRETER_CALL_CODE_DONE_EVENT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CODE_INTERPRETER_CALL_CODE_DONE_EVENT_TYPE_VALUES!r}"
    )
