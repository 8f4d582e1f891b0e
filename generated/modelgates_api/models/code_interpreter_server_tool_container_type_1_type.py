from typing import Literal

CodeInterpreterServerToolContainerType1Type = Literal["auto"]

CODE_INTERPRETER_SERVER_TOOL_CONTAINER_TYPE_1_TYPE_VALUES: set[
    CodeInterpreterServerToolContainerType1Type
] = {
    "auto",
}


def check_code_interpreter_server_tool_container_type_1_type(
    value: str,
) -> CodeInterpreterServerToolContainerType1Type:
    if value in CODE_INTERPRETER_SERVER_TOOL_CONTAINER_TYPE_1_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CODE_INTERPRETER_SERVER_TOOL_CONTAINER_TYPE_1_TYPE_VALUES!r}"
    )
