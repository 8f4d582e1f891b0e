from typing import Literal

from ..types import check_enum

ShellCallOutputContentOutcomeType1Type = Literal["timeout"] | str

SHELL_CALL_OUTPUT_CONTENT_OUTCOME_TYPE_1_TYPE_VALUES: set[ShellCallOutputContentOutcomeType1Type] = {
    "timeout",
}


def check_shell_call_output_content_outcome_type_1_type(value: str) -> ShellCallOutputContentOutcomeType1Type:
    return check_enum(
        value, SHELL_CALL_OUTPUT_CONTENT_OUTCOME_TYPE_1_TYPE_VALUES, "ShellCallOutputContentOutcomeType1Type"
    )
