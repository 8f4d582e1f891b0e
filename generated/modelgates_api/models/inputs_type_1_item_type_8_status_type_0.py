from typing import Literal

from ..types import check_enum

InputsType1ItemType8StatusType0 = Literal["completed"] | str

INPUTS_TYPE_1_ITEM_TYPE_8_STATUS_TYPE_0_VALUES: set[InputsType1ItemType8StatusType0] = {
    "completed",
}


def check_inputs_type_1_item_type_8_status_type_0(value: str) -> InputsType1ItemType8StatusType0:
    return check_enum(value, INPUTS_TYPE_1_ITEM_TYPE_8_STATUS_TYPE_0_VALUES, "InputsType1ItemType8StatusType0")
