from typing import Literal

ORAnthropicShellToolResultType = Literal["openrouter_shell_tool_result"]

OR_ANTHROPIC_SHELL_TOOL_RESULT_TYPE_VALUES: set[ORAnthropicShellToolResultType] = {
    "openrouter_shell_tool_result",
}


def check_or_anthropic_shell_tool_result_type(
    value: str,
) -> ORAnthropicShellToolResultType:
    if value in OR_ANTHROPIC_SHELL_TOOL_RESULT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OR_ANTHROPIC_SHELL_TOOL_RESULT_TYPE_VALUES!r}"
    )
