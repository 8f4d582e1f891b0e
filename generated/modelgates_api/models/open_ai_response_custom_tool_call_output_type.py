from typing import Literal

from ..types import check_enum

OpenAIResponseCustomToolCallOutputType = Literal["custom_tool_call_output"] | str

OPEN_AI_RESPONSE_CUSTOM_TOOL_CALL_OUTPUT_TYPE_VALUES: set[OpenAIResponseCustomToolCallOutputType] = {
    "custom_tool_call_output",
}


def check_open_ai_response_custom_tool_call_output_type(value: str) -> OpenAIResponseCustomToolCallOutputType:
    return check_enum(
        value, OPEN_AI_RESPONSE_CUSTOM_TOOL_CALL_OUTPUT_TYPE_VALUES, "OpenAIResponseCustomToolCallOutputType"
    )
