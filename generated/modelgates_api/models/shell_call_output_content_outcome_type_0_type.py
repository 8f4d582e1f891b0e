from typing import Literal

from ..types import check_enum

ShellCallOutputContentOutcomeType0Type = Literal["exit"] | str

SHELL_CALL_OUTPUT_CONTENT_OUTCOME_TYPE_0_TYPE_VALUES: set[ShellCallOutputContentOutcomeType0Type] = {
    "exit",
}


def check_shell_call_output_content_outcome_type_0_type(value: str) -> ShellCallOutputContentOutcomeType0Type:
    return check_enum(
        value, SHELL_CALL_OUTPUT_CONTENT_OUTCOME_TYPE_0_TYPE_VALUES, "ShellCallOutputContentOutcomeType0Type"
    )
