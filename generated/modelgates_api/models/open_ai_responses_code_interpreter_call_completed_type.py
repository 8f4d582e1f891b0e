from typing import Literal

from ..types import check_enum

OpenAIResponsesCodeInterpreterCallCompletedType = Literal["response.code_interpreter_call.completed"] | str

OPEN_AI_RESPONSES_CODE_INTERPRETER_CALL_COMPLETED_TYPE_VALUES: set[OpenAIResponsesCodeInterpreterCallCompletedType] = {
    "response.code_interpreter_call.completed",
}


def check_open_ai_responses_code_interpreter_call_completed_type(
    value: str,
) -> OpenAIResponsesCodeInterpreterCallCompletedType:
    return check_enum(
        value,
        OPEN_AI_RESPONSES_CODE_INTERPRETER_CALL_COMPLETED_TYPE_VALUES,
        "OpenAIResponsesCodeInterpreterCallCompletedType",
    )
