from typing import Literal

OpenAIResponsesCodeInterpreterCallInProgressType = Literal[
    "response.code_interpreter_call.in_progress"
]

OPEN_AI_RESPONSES_CODE_INTERPRETER_CALL_IN_PROGRESS_TYPE_VALUES: set[
    OpenAIResponsesCodeInterpreterCallInProgressType
] = {
    "response.code_interpreter_call.in_progress",
}


def check_open_ai_responses_code_interpreter_call_in_progress_type(
    value: str,
) -> OpenAIResponsesCodeInterpreterCallInProgressType:
    if value in OPEN_AI_RESPONSES_CODE_INTERPRETER_CALL_IN_PROGRESS_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OPEN_AI_RESPONSES_CODE_INTERPRETER_CALL_IN_PROGRESS_TYPE_VALUES!r}"
    )
