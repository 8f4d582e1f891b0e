from typing import Literal

from ..types import check_enum

AnthropicTextEditorCodeExecutionToolResultType = Literal["text_editor_code_execution_tool_result"] | str

ANTHROPIC_TEXT_EDITOR_CODE_EXECUTION_TOOL_RESULT_TYPE_VALUES: set[AnthropicTextEditorCodeExecutionToolResultType] = {
    "text_editor_code_execution_tool_result",
}


def check_anthropic_text_editor_code_execution_tool_result_type(
    value: str,
) -> AnthropicTextEditorCodeExecutionToolResultType:
    return check_enum(
        value,
        ANTHROPIC_TEXT_EDITOR_CODE_EXECUTION_TOOL_RESULT_TYPE_VALUES,
        "AnthropicTextEditorCodeExecutionToolResultType",
    )
