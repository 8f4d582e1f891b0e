from typing import Literal

from ..types import check_enum

CodeInterpreterServerToolType = Literal["code_interpreter"] | str

CODE_INTERPRETER_SERVER_TOOL_TYPE_VALUES: set[CodeInterpreterServerToolType] = {
    "code_interpreter",
}


def check_code_interpreter_server_tool_type(value: str) -> CodeInterpreterServerToolType:
    return check_enum(value, CODE_INTERPRETER_SERVER_TOOL_TYPE_VALUES, "CodeInterpreterServerToolType")
