from typing import Literal

AnthropicTextEditorCodeExecutionToolResultType = Literal[
    "text_editor_code_execution_tool_result"
]

ANTHROPIC_TEXT_EDITOR_CODE_EXECUTION_TOOL_RESULT_TYPE_VALUES: set[
    AnthropicTextEditorCodeExecutionToolResultType
] = {
    "text_editor_code_execution_tool_result",
}


def check_anthropic_text_editor_code_execution_tool_result_type(
    value: str,
) -> AnthropicTextEditorCodeExecutionToolResultType:
    if value in ANTHROPIC_TEXT_EDITOR_CODE_EXECUTION_TOOL_RESULT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ANTHROPIC_TEXT_EDITOR_CODE_EXECUTION_TOOL_RESULT_TYPE_VALUES!r}"
    )
