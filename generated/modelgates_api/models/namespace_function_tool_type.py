from typing import Literal

from ..types import check_enum

NamespaceFunctionToolType = Literal["function"] | str

NAMESPACE_FUNCTION_TOOL_TYPE_VALUES: set[NamespaceFunctionToolType] = {
    "function",
}


def check_namespace_function_tool_type(value: str) -> NamespaceFunctionToolType:
    return check_enum(value, NAMESPACE_FUNCTION_TOOL_TYPE_VALUES, "NamespaceFunctionToolType")
