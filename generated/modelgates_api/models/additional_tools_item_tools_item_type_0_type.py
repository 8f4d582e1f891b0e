from typing import Literal

AdditionalToolsItemToolsItemType0Type = Literal["function"]

ADDITIONAL_TOOLS_ITEM_TOOLS_ITEM_TYPE_0_TYPE_VALUES: set[
    AdditionalToolsItemToolsItemType0Type
] = {
    "function",
}


def check_additional_tools_item_tools_item_type_0_type(
    value: str,
) -> AdditionalToolsItemToolsItemType0Type:
    if value in ADDITIONAL_TOOLS_ITEM_TOOLS_ITEM_TYPE_0_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ADDITIONAL_TOOLS_ITEM_TOOLS_ITEM_TYPE_0_TYPE_VALUES!r}"
    )
