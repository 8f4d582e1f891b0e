from typing import Literal

OpenAIResponsesCodeInterpreterCallCompletedType = Literal[
    "response.code_interpreter_call.completed"
]

OPEN_AI_RESPONSES_CODE_INTERPRETER_CALL_COMPLETED_TYPE_VALUES: set[
    OpenAIResponsesCodeInterpreterCallCompletedType
] = {
    "response.code_interpreter_call.completed",
}


def check_open_ai_responses_code_interpreter_call_completed_type(
    value: str,
) -> OpenAIResponsesCodeInterpreterCallCompletedType:
    if value in OPEN_AI_RESPONSES_CODE_INTERPRETER_CALL_COMPLETED_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OPEN_AI_RESPONSES_CODE_INTERPRETER_CALL_COMPLETED_TYPE_VALUES!r}"
    )
