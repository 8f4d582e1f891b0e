from typing import Literal

CodeInterpreterServerToolType = Literal["code_interpreter"]

CODE_INTERPRETER_SERVER_TOOL_TYPE_VALUES: set[CodeInterpreterServerToolType] = {
    "code_interpreter",
}


def check_code_interpreter_server_tool_type(
    value: str,
) -> CodeInterpreterServerToolType:
    if value in CODE_INTERPRETER_SERVER_TOOL_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CODE_INTERPRETER_SERVER_TOOL_TYPE_VALUES!r}"
    )
