from typing import Literal

from ..types import check_enum

FunctionToolType = Literal["function"] | str

FUNCTION_TOOL_TYPE_VALUES: set[FunctionToolType] = {
    "function",
}


def check_function_tool_type(value: str) -> FunctionToolType:
    return check_enum(value, FUNCTION_TOOL_TYPE_VALUES, "FunctionToolType")
