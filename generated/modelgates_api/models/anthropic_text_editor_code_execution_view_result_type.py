from typing import Literal

from ..types import check_enum

AnthropicTextEditorCodeExecutionViewResultType = Literal["text_editor_code_execution_view_result"] | str

ANTHROPIC_TEXT_EDITOR_CODE_EXECUTION_VIEW_RESULT_TYPE_VALUES: set[AnthropicTextEditorCodeExecutionViewResultType] = {
    "text_editor_code_execution_view_result",
}


def check_anthropic_text_editor_code_execution_view_result_type(
    value: str,
) -> AnthropicTextEditorCodeExecutionViewResultType:
    return check_enum(
        value,
        ANTHROPIC_TEXT_EDITOR_CODE_EXECUTION_VIEW_RESULT_TYPE_VALUES,
        "AnthropicTextEditorCodeExecutionViewResultType",
    )
