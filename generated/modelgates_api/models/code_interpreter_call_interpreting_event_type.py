from typing import Literal

CodeInterpreterCallInterpretingEventType = Literal[
    "response.code_interpreter_call.interpreting"
]

CODE_INTERPRETER_CALL_INTERPRETING_EVENT_TYPE_VALUES: set[
    CodeInterpreterCallInterpretingEventType
] = {
    "response.code_interpreter_call.interpreting",
}


def check_code_interpreter_call_interpreting_event_type(
    value: str,
) -> CodeInterpreterCallInterpretingEventType:
    if value in CODE_INTERPRETER_CALL_INTERPRETING_EVENT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CODE_INTERPRETER_CALL_INTERPRETING_EVENT_TYPE_VALUES!r}"
    )
