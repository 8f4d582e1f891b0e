from typing import Literal

from ..types import check_enum

AdditionalToolsItemType = Literal["additional_tools"] | str

ADDITIONAL_TOOLS_ITEM_TYPE_VALUES: set[AdditionalToolsItemType] = {
    "additional_tools",
}


def check_additional_tools_item_type(value: str) -> AdditionalToolsItemType:
    return check_enum(value, ADDITIONAL_TOOLS_ITEM_TYPE_VALUES, "AdditionalToolsItemType")
