from typing import Literal

from ..types import check_enum

OpenAIResponseFunctionToolCallType = Literal["function_call"] | str

OPEN_AI_RESPONSE_FUNCTION_TOOL_CALL_TYPE_VALUES: set[OpenAIResponseFunctionToolCallType] = {
    "function_call",
}


def check_open_ai_response_function_tool_call_type(value: str) -> OpenAIResponseFunctionToolCallType:
    return check_enum(value, OPEN_AI_RESPONSE_FUNCTION_TOOL_CALL_TYPE_VALUES, "OpenAIResponseFunctionToolCallType")
