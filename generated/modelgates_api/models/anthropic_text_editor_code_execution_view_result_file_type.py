from typing import Literal

AnthropicTextEditorCodeExecutionViewResultFileType = Literal["image", "pdf", "text"]

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
    if value in ANTHROPIC_TEXT_EDITOR_CODE_EXECUTION_VIEW_RESULT_FILE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ANTHROPIC_TEXT_EDITOR_CODE_EXECUTION_VIEW_RESULT_FILE_TYPE_VALUES!r}"
    )
