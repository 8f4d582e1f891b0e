from typing import Literal

from ..types import check_enum

AdditionalToolsItemToolsItemType0Type = Literal["function"] | str

ADDITIONAL_TOOLS_ITEM_TOOLS_ITEM_TYPE_0_TYPE_VALUES: set[AdditionalToolsItemToolsItemType0Type] = {
    "function",
}


def check_additional_tools_item_tools_item_type_0_type(value: str) -> AdditionalToolsItemToolsItemType0Type:
    return check_enum(
        value, ADDITIONAL_TOOLS_ITEM_TOOLS_ITEM_TYPE_0_TYPE_VALUES, "AdditionalToolsItemToolsItemType0Type"
    )
