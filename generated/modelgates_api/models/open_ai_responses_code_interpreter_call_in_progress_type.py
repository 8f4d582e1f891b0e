from typing import Literal

from ..types import check_enum

OpenAIResponsesCodeInterpreterCallInProgressType = Literal["response.code_interpreter_call.in_progress"] | str

OPEN_AI_RESPONSES_CODE_INTERPRETER_CALL_IN_PROGRESS_TYPE_VALUES: set[
    OpenAIResponsesCodeInterpreterCallInProgressType
] = {
    "response.code_interpreter_call.in_progress",
}


def check_open_ai_responses_code_interpreter_call_in_progress_type(
    value: str,
) -> OpenAIResponsesCodeInterpreterCallInProgressType:
    return check_enum(
        value,
        OPEN_AI_RESPONSES_CODE_INTERPRETER_CALL_IN_PROGRESS_TYPE_VALUES,
        "OpenAIResponsesCodeInterpreterCallInProgressType",
    )
