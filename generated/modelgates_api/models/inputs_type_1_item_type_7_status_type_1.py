from typing import Literal

from ..types import check_enum

InputsType1ItemType7StatusType1 = Literal["incomplete"] | str

INPUTS_TYPE_1_ITEM_TYPE_7_STATUS_TYPE_1_VALUES: set[InputsType1ItemType7StatusType1] = {
    "incomplete",
}


def check_inputs_type_1_item_type_7_status_type_1(value: str) -> InputsType1ItemType7StatusType1:
    return check_enum(value, INPUTS_TYPE_1_ITEM_TYPE_7_STATUS_TYPE_1_VALUES, "InputsType1ItemType7StatusType1")
