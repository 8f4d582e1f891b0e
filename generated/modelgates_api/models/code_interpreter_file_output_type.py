from typing import Literal

from ..types import check_enum

CodeInterpreterFileOutputType = Literal["file"] | str

CODE_INTERPRETER_FILE_OUTPUT_TYPE_VALUES: set[CodeInterpreterFileOutputType] = {
    "file",
}


def check_code_interpreter_file_output_type(value: str) -> CodeInterpreterFileOutputType:
    return check_enum(value, CODE_INTERPRETER_FILE_OUTPUT_TYPE_VALUES, "CodeInterpreterFileOutputType")
