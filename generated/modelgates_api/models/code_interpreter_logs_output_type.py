from typing import Literal

from ..types import check_enum

CodeInterpreterLogsOutputType = Literal["logs"] | str

CODE_INTERPRETER_LOGS_OUTPUT_TYPE_VALUES: set[CodeInterpreterLogsOutputType] = {
    "logs",
}


def check_code_interpreter_logs_output_type(value: str) -> CodeInterpreterLogsOutputType:
    return check_enum(value, CODE_INTERPRETER_LOGS_OUTPUT_TYPE_VALUES, "CodeInterpreterLogsOutputType")
