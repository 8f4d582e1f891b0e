from typing import Literal

AnthropicServerToolErrorCode = Literal[
    "execution_time_exceeded", "invalid_tool_input", "too_many_requests", "unavailable"
]

ANTHROPIC_SERVER_TOOL_ERROR_CODE_VALUES: set[AnthropicServerToolErrorCode] = {
    "execution_time_exceeded",
    "invalid_tool_input",
    "too_many_requests",
    "unavailable",
}


def check_anthropic_server_tool_error_code(value: str) -> AnthropicServerToolErrorCode:
    if value in ANTHROPIC_SERVER_TOOL_ERROR_CODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ANTHROPIC_SERVER_TOOL_ERROR_CODE_VALUES!r}"
    )
