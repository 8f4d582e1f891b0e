from typing import Literal

from ..types import check_enum

OpenAIResponseCustomToolCallType = Literal["custom_tool_call"] | str

OPEN_AI_RESPONSE_CUSTOM_TOOL_CALL_TYPE_VALUES: set[OpenAIResponseCustomToolCallType] = {
    "custom_tool_call",
}


def check_open_ai_response_custom_tool_call_type(value: str) -> OpenAIResponseCustomToolCallType:
    return check_enum(value, OPEN_AI_RESPONSE_CUSTOM_TOOL_CALL_TYPE_VALUES, "OpenAIResponseCustomToolCallType")
