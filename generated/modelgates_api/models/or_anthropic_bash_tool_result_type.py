from typing import Literal

from ..types import check_enum

ORAnthropicBashToolResultType = Literal["openrouter_bash_tool_result"] | str

OR_ANTHROPIC_BASH_TOOL_RESULT_TYPE_VALUES: set[ORAnthropicBashToolResultType] = {
    "openrouter_bash_tool_result",
}


def check_or_anthropic_bash_tool_result_type(value: str) -> ORAnthropicBashToolResultType:
    return check_enum(value, OR_ANTHROPIC_BASH_TOOL_RESULT_TYPE_VALUES, "ORAnthropicBashToolResultType")
