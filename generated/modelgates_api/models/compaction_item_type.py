from typing import Literal

from ..types import check_enum

CompactionItemType = Literal["compaction"] | str

COMPACTION_ITEM_TYPE_VALUES: set[CompactionItemType] = {
    "compaction",
}


def check_compaction_item_type(value: str) -> CompactionItemType:
    return check_enum(value, COMPACTION_ITEM_TYPE_VALUES, "CompactionItemType")
