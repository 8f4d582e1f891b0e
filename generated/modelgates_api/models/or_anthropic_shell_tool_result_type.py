from typing import Literal

from ..types import check_enum

ORAnthropicShellToolResultType = Literal["openrouter_shell_tool_result"] | str

OR_ANTHROPIC_SHELL_TOOL_RESULT_TYPE_VALUES: set[ORAnthropicShellToolResultType] = {
    "openrouter_shell_tool_result",
}


def check_or_anthropic_shell_tool_result_type(value: str) -> ORAnthropicShellToolResultType:
    return check_enum(value, OR_ANTHROPIC_SHELL_TOOL_RESULT_TYPE_VALUES, "ORAnthropicShellToolResultType")
