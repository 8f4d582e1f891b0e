from typing import Literal

from ..types import check_enum

AnthropicTextEditorCodeExecutionCreateResultType = Literal["text_editor_code_execution_create_result"] | str

ANTHROPIC_TEXT_EDITOR_CODE_EXECUTION_CREATE_RESULT_TYPE_VALUES: set[
    AnthropicTextEditorCodeExecutionCreateResultType
] = {
    "text_editor_code_execution_create_result",
}


def check_anthropic_text_editor_code_execution_create_result_type(
    value: str,
) -> AnthropicTextEditorCodeExecutionCreateResultType:
    return check_enum(
        value,
        ANTHROPIC_TEXT_EDITOR_CODE_EXECUTION_CREATE_RESULT_TYPE_VALUES,
        "AnthropicTextEditorCodeExecutionCreateResultType",
    )
