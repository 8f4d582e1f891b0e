from typing import Literal

from ..types import check_enum

InputsType1ItemType7StatusType2 = Literal["in_progress"] | str

INPUTS_TYPE_1_ITEM_TYPE_7_STATUS_TYPE_2_VALUES: set[InputsType1ItemType7StatusType2] = {
    "in_progress",
}


def check_inputs_type_1_item_type_7_status_type_2(value: str) -> InputsType1ItemType7StatusType2:
    return check_enum(value, INPUTS_TYPE_1_ITEM_TYPE_7_STATUS_TYPE_2_VALUES, "InputsType1ItemType7StatusType2")
