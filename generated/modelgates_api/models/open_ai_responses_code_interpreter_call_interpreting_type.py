from typing import Literal

OpenAIResponsesCodeInterpreterCallInterpretingType = Literal[
    "response.code_interpreter_call.interpreting"
]

OPEN_AI_RESPONSES_CODE_INTERPRETER_CALL_INTERPRETING_TYPE_VALUES: set[
    OpenAIResponsesCodeInterpreterCallInterpretingType
] = {
    "response.code_interpreter_call.interpreting",
}


def check_open_ai_responses_code_interpreter_call_interpreting_type(
    value: str,
) -> OpenAIResponsesCodeInterpreterCallInterpretingType:
    if value in OPEN_AI_RESPONSES_CODE_INTERPRETER_CALL_INTERPRETING_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OPEN_AI_RESPONSES_CODE_INTERPRETER_CALL_INTERPRETING_TYPE_VALUES!r}"
    )
