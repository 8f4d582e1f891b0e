from typing import Literal

ShellCallOutputContentOutcomeType1Type = Literal["timeout"]

SHELL_CALL_OUTPUT_CONTENT_OUTCOME_TYPE_1_TYPE_VALUES: set[
    ShellCallOutputContentOutcomeType1Type
] = {
    "timeout",
}


def check_shell_call_output_content_outcome_type_1_type(
    value: str,
) -> ShellCallOutputContentOutcomeType1Type:
    if value in SHELL_CALL_OUTPUT_CONTENT_OUTCOME_TYPE_1_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SHELL_CALL_OUTPUT_CONTENT_OUTCOME_TYPE_1_TYPE_VALUES!r}"
    )
