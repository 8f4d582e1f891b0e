from typing import Literal

from ..types import check_enum

AnthropicEncryptedCodeExecutionResultType = Literal["encrypted_code_execution_result"] | str

ANTHROPIC_ENCRYPTED_CODE_EXECUTION_RESULT_TYPE_VALUES: set[AnthropicEncryptedCodeExecutionResultType] = {
    "encrypted_code_execution_result",
}


def check_anthropic_encrypted_code_execution_result_type(value: str) -> AnthropicEncryptedCodeExecutionResultType:
    return check_enum(
        value, ANTHROPIC_ENCRYPTED_CODE_EXECUTION_RESULT_TYPE_VALUES, "AnthropicEncryptedCodeExecutionResultType"
    )
