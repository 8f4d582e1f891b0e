from typing import Literal

from ..types import check_enum

AnthropicTextEditorCodeExecutionViewResultFileType = Literal["image", "pdf", "text"] | str

ANTHROPIC_TEXT_EDITOR_CODE_EXECUTION_VIEW_RESULT_FILE_TYPE_VALUES: set[
    AnthropicTextEditorCodeExecutionViewResultFileType
] = {
    "image",
    "pdf",
    "text",
}


def check_anthropic_text_editor_code_execution_view_result_file_type(
    value: str,
) -> AnthropicTextEditorCodeExecutionViewResultFileType:
    return check_enum(
        value,
        ANTHROPIC_TEXT_EDITOR_CODE_EXECUTION_VIEW_RESULT_FILE_TYPE_VALUES,
        "AnthropicTextEditorCodeExecutionViewResultFileType",
    )
