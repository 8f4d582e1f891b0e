from typing import Literal

from ..types import check_enum

NamespaceFunctionToolAllowedCallersType0Item = Literal["direct", "programmatic"] | str

NAMESPACE_FUNCTION_TOOL_ALLOWED_CALLERS_TYPE_0_ITEM_VALUES: set[NamespaceFunctionToolAllowedCallersType0Item] = {
    "direct",
    "programmatic",
}


def check_namespace_function_tool_allowed_callers_type_0_item(
    value: str,
) -> NamespaceFunctionToolAllowedCallersType0Item:
    return check_enum(
        value,
        NAMESPACE_FUNCTION_TOOL_ALLOWED_CALLERS_TYPE_0_ITEM_VALUES,
        "NamespaceFunctionToolAllowedCallersType0Item",
    )
