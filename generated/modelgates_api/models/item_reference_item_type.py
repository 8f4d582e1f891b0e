from typing import Literal

from ..types import check_enum

ItemReferenceItemType = Literal["item_reference"] | str

ITEM_REFERENCE_ITEM_TYPE_VALUES: set[ItemReferenceItemType] = {
    "item_reference",
}


def check_item_reference_item_type(value: str) -> ItemReferenceItemType:
    return check_enum(value, ITEM_REFERENCE_ITEM_TYPE_VALUES, "ItemReferenceItemType")
