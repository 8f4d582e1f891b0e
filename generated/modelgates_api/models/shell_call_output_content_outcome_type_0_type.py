from typing import Literal

ShellCallOutputContentOutcomeType0Type = Literal["exit"]

SHELL_CALL_OUTPUT_CONTENT_OUTCOME_TYPE_0_TYPE_VALUES: set[
    ShellCallOutputContentOutcomeType0Type
] = {
    "exit",
}


def check_shell_call_output_content_outcome_type_0_type(
    value: str,
) -> ShellCallOutputContentOutcomeType0Type:
    if value in SHELL_CALL_OUTPUT_CONTENT_OUTCOME_TYPE_0_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SHELL_CALL_OUTPUT_CONTENT_OUTCOME_TYPE_0_TYPE_VALUES!r}"
    )
