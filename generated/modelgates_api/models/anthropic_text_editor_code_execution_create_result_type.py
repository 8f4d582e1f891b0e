from typing import Literal

AnthropicTextEditorCodeExecutionCreateResultType = Literal[
    "text_editor_code_execution_create_result"
]

ANTHROPIC_TEXT_EDITOR_CODE_EXECUTION_CREATE_RESULT_TYPE_VALUES: set[
    AnthropicTextEditorCodeExecutionCreateResultType
] = {
    "text_editor_code_execution_create_result",
}


def check_anthropic_text_editor_code_execution_create_result_type(
    value: str,
) -> AnthropicTextEditorCodeExecutionCreateResultType:
    if value in ANTHROPIC_TEXT_EDITOR_CODE_EXECUTION_CREATE_RESULT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ANTHROPIC_TEXT_EDITOR_CODE_EXECUTION_CREATE_RESULT_TYPE_VALUES!r}"
    )
