from typing import Literal

OpenAIResponsesCodeInterpreterCallCodeDoneType = Literal[
    "response.code_interpreter_call_code.done"
]

OPEN_AI_RESPONSES_CODE_INTERPRETER_CALL_CODE_DONE_TYPE_VALUES: set[
    OpenAIResponsesCodeInterpreterCallCodeDoneType
] = {
    "response.code_interpreter_call_code.done",
}


def check_open_ai_responses_code_interpreter_call_code_done_type(
    value: str,
) -> OpenAIResponsesCodeInterpreterCallCodeDoneType:
    if value in OPEN_AI_RESPONSES_CODE_INTERPRETER_CALL_CODE_DONE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OPEN_AI_RESPONSES_CODE_INTERPRETER_CALL_CODE_DONE_TYPE_VALUES!r}"
    )
