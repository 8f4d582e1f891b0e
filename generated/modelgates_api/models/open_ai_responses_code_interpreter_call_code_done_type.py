from typing import Literal

from ..types import check_enum

OpenAIResponsesCodeInterpreterCallCodeDoneType = Literal["response.code_interpreter_call_code.done"] | str

OPEN_AI_RESPONSES_CODE_INTERPRETER_CALL_CODE_DONE_TYPE_VALUES: set[OpenAIResponsesCodeInterpreterCallCodeDoneType] = {
    "response.code_interpreter_call_code.done",
}


def check_open_ai_responses_code_interpreter_call_code_done_type(
    value: str,
) -> OpenAIResponsesCodeInterpreterCallCodeDoneType:
    return check_enum(
        value,
        OPEN_AI_RESPONSES_CODE_INTERPRETER_CALL_CODE_DONE_TYPE_VALUES,
        "OpenAIResponsesCodeInterpreterCallCodeDoneType",
    )
