from typing import Literal

from ..types import check_enum

OpenAIResponsesCodeInterpreterCallInterpretingType = Literal["response.code_interpreter_call.interpreting"] | str

OPEN_AI_RESPONSES_CODE_INTERPRETER_CALL_INTERPRETING_TYPE_VALUES: set[
    OpenAIResponsesCodeInterpreterCallInterpretingType
] = {
    "response.code_interpreter_call.interpreting",
}


def check_open_ai_responses_code_interpreter_call_interpreting_type(
    value: str,
) -> OpenAIResponsesCodeInterpreterCallInterpretingType:
    return check_enum(
        value,
        OPEN_AI_RESPONSES_CODE_INTERPRETER_CALL_INTERPRETING_TYPE_VALUES,
        "OpenAIResponsesCodeInterpreterCallInterpretingType",
    )
