from typing import Literal

from ..types import check_enum

ListFilesOrder = Literal["asc", "desc"] | str

LIST_FILES_ORDER_VALUES: set[ListFilesOrder] = {
    "asc",
    "desc",
}


def check_list_files_order(value: str) -> ListFilesOrder:
    return check_enum(value, LIST_FILES_ORDER_VALUES, "ListFilesOrder")
