from typing import Literal

from ..types import check_enum

CodeInterpreterServerToolContainerType1MemoryLimitType2Type1 = Literal["16g", "1g", "4g", "64g"] | str

CODE_INTERPRETER_SERVER_TOOL_CONTAINER_TYPE_1_MEMORY_LIMIT_TYPE_2_TYPE_1_VALUES: set[
    CodeInterpreterServerToolContainerType1MemoryLimitType2Type1
] = {
    "16g",
    "1g",
    "4g",
    "64g",
}


def check_code_interpreter_server_tool_container_type_1_memory_limit_type_2_type_1(
    value: str,
) -> CodeInterpreterServerToolContainerType1MemoryLimitType2Type1:
    return check_enum(
        value,
        CODE_INTERPRETER_SERVER_TOOL_CONTAINER_TYPE_1_MEMORY_LIMIT_TYPE_2_TYPE_1_VALUES,
        "CodeInterpreterServerToolContainerType1MemoryLimitType2Type1",
    )
