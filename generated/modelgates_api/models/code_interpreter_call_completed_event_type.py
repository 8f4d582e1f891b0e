from typing import Literal

CodeInterpreterCallCompletedEventType = Literal[
    "response.code_interpreter_call.completed"
]

CODE_INTERPRETER_CALL_COMPLETED_EVENT_TYPE_VALUES: set[
    CodeInterpreterCallCompletedEventType
] = {
    "response.code_interpreter_call.completed",
}


def check_code_interpreter_call_completed_event_type(
    value: str,
) -> CodeInterpreterCallCompletedEventType:
    if value in CODE_INTERPRETER_CALL_COMPLETED_EVENT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CODE_INTERPRETER_CALL_COMPLETED_EVENT_TYPE_VALUES!r}"
    )
