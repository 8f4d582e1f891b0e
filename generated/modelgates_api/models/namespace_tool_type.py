from typing import Literal

from ..types import check_enum

NamespaceToolType = Literal["namespace"] | str

NAMESPACE_TOOL_TYPE_VALUES: set[NamespaceToolType] = {
    "namespace",
}


def check_namespace_tool_type(value: str) -> NamespaceToolType:
    return check_enum(value, NAMESPACE_TOOL_TYPE_VALUES, "NamespaceToolType")
