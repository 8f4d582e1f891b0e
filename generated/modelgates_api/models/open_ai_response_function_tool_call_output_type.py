from typing import Literal

from ..types import check_enum

OpenAIResponseFunctionToolCallOutputType = Literal["function_call_output"] | str

OPEN_AI_RESPONSE_FUNCTION_TOOL_CALL_OUTPUT_TYPE_VALUES: set[OpenAIResponseFunctionToolCallOutputType] = {
    "function_call_output",
}


def check_open_ai_response_function_tool_call_output_type(value: str) -> OpenAIResponseFunctionToolCallOutputType:
    return check_enum(
        value, OPEN_AI_RESPONSE_FUNCTION_TOOL_CALL_OUTPUT_TYPE_VALUES, "OpenAIResponseFunctionToolCallOutputType"
    )
