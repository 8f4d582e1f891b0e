from typing import Literal

CodeInterpreterServerToolContainerType1MemoryLimitType1 = Literal[
    "16g", "1g", "4g", "64g"
]

CODE_INTERPRETER_SERVER_TOOL_CONTAINER_TYPE_1_MEMORY_LIMIT_TYPE_1_VALUES: set[
    CodeInterpreterServerToolContainerType1MemoryLimitType1
] = {
    "16g",
    "1g",
    "4g",
    "64g",
}


def check_code_interpreter_server_tool_container_type_1_memory_limit_type_1(
    value: str,
) -> CodeInterpreterServerToolContainerType1MemoryLimitType1:
    if (
        value
        in CODE_INTERPRETER_SERVER_TOOL_CONTAINER_TYPE_1_MEMORY_LIMIT_TYPE_1_VALUES
    ):
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CODE_INTERPRETER_SERVER_TOOL_CONTAINER_TYPE_1_MEMORY_LIMIT_TYPE_1_VALUES!r}"
    )
