from typing import Literal

from ..types import check_enum

AnthropicServerToolErrorCode = (
    Literal["execution_time_exceeded", "invalid_tool_input", "too_many_requests", "unavailable"] | str
)

ANTHROPIC_SERVER_TOOL_ERROR_CODE_VALUES: set[AnthropicServerToolErrorCode] = {
    "execution_time_exceeded",
    "invalid_tool_input",
    "too_many_requests",
    "unavailable",
}


def check_anthropic_server_tool_error_code(value: str) -> AnthropicServerToolErrorCode:
    return check_enum(value, ANTHROPIC_SERVER_TOOL_ERROR_CODE_VALUES, "AnthropicServerToolErrorCode")
