from typing import Literal

OpenAIResponseFunctionToolCallType = Literal["function_call"]

OPEN_AI_RESPONSE_FUNCTION_TOOL_CALL_TYPE_VALUES: set[
    OpenAIResponseFunctionToolCallType
] = {
    "function_call",
}


def check_open_ai_response_function_tool_call_type(
    value: str,
) -> OpenAIResponseFunctionToolCallType:
    if value in OPEN_AI_RESPONSE_FUNCTION_TOOL_CALL_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OPEN_AI_RESPONSE_FUNCTION_TOOL_CALL_TYPE_VALUES!r}"
    )
