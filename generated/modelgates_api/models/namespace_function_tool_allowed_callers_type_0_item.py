from typing import Literal

NamespaceFunctionToolAllowedCallersType0Item = Literal["direct", "programmatic"]

NAMESPACE_FUNCTION_TOOL_ALLOWED_CALLERS_TYPE_0_ITEM_VALUES: set[
    NamespaceFunctionToolAllowedCallersType0Item
] = {
    "direct",
    "programmatic",
}


def check_namespace_function_tool_allowed_callers_type_0_item(
    value: str,
) -> NamespaceFunctionToolAllowedCallersType0Item:
    if value in NAMESPACE_FUNCTION_TOOL_ALLOWED_CALLERS_TYPE_0_ITEM_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {NAMESPACE_FUNCTION_TOOL_ALLOWED_CALLERS_TYPE_0_ITEM_VALUES!r}"
    )
