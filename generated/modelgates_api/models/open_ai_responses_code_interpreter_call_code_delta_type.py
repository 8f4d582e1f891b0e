from typing import Literal

from ..types import check_enum

OpenAIResponsesCodeInterpreterCallCodeDeltaType = Literal["response.code_interpreter_call_code.delta"] | str

OPEN_AI_RESPONSES_CODE_INTERPRETER_CALL_CODE_DELTA_TYPE_VALUES: set[OpenAIResponsesCodeInterpreterCallCodeDeltaType] = {
    "response.code_interpreter_call_code.delta",
}


def check_open_ai_responses_code_interpreter_call_code_delta_type(
    value: str,
) -> OpenAIResponsesCodeInterpreterCallCodeDeltaType:
    return check_enum(
        value,
        OPEN_AI_RESPONSES_CODE_INTERPRETER_CALL_CODE_DELTA_TYPE_VALUES,
        "OpenAIResponsesCodeInterpreterCallCodeDeltaType",
    )
