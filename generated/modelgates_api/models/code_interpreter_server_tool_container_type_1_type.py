from typing import Literal

from ..types import check_enum

CodeInterpreterServerToolContainerType1Type = Literal["auto"] | str

CODE_INTERPRETER_SERVER_TOOL_CONTAINER_TYPE_1_TYPE_VALUES: set[CodeInterpreterServerToolContainerType1Type] = {
    "auto",
}


def check_code_interpreter_server_tool_container_type_1_type(value: str) -> CodeInterpreterServerToolContainerType1Type:
    return check_enum(
        value, CODE_INTERPRETER_SERVER_TOOL_CONTAINER_TYPE_1_TYPE_VALUES, "CodeInterpreterServerToolContainerType1Type"
    )
