from typing import Literal

CodeInterpreterCallInProgressEventType = Literal[
    "response.code_interpreter_call.in_progress"
]

CODE_INTERPRETER_CALL_IN_PROGRESS_EVENT_TYPE_VALUES: set[
    CodeInterpreterCallInProgressEventType
] = {
    "response.code_interpreter_call.in_progress",
}


def check_code_interpreter_call_in_progress_event_type(
    value: str,
) -> CodeInterpreterCallInProgressEventType:
    if value in CODE_INTERPRETER_CALL_IN_PROGRESS_EVENT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CODE_INTERPRETER_CALL_IN_PROGRESS_EVENT_TYPE_VALUES!r}"
    )
