from typing import Literal

from ..types import check_enum

AnthropicTextEditorCodeExecutionStrReplaceResultType = Literal["text_editor_code_execution_str_replace_result"] | str

ANTHROPIC_TEXT_EDITOR_CODE_EXECUTION_STR_REPLACE_RESULT_TYPE_VALUES: set[
    AnthropicTextEditorCodeExecutionStrReplaceResultType
] = {
    "text_editor_code_execution_str_replace_result",
}


def check_anthropic_text_editor_code_execution_str_replace_result_type(
    value: str,
) -> AnthropicTextEditorCodeExecutionStrReplaceResultType:
    return check_enum(
        value,
        ANTHROPIC_TEXT_EDITOR_CODE_EXECUTION_STR_REPLACE_RESULT_TYPE_VALUES,
        "AnthropicTextEditorCodeExecutionStrReplaceResultType",
    )
