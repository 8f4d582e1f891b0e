from typing import Literal

from ..types import check_enum

ContextCompactionItemType = Literal["context_compaction"] | str

CONTEXT_COMPACTION_ITEM_TYPE_VALUES: set[ContextCompactionItemType] = {
    "context_compaction",
}


def check_context_compaction_item_type(value: str) -> ContextCompactionItemType:
    return check_enum(value, CONTEXT_COMPACTION_ITEM_TYPE_VALUES, "ContextCompactionItemType")
