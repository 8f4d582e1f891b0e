from typing import Literal

from ..types import check_enum

InputsType1ItemType7Type = Literal["message"] | str

INPUTS_TYPE_1_ITEM_TYPE_7_TYPE_VALUES: set[InputsType1ItemType7Type] = {
    "message",
}


def check_inputs_type_1_item_type_7_type(value: str) -> InputsType1ItemType7Type:
    return check_enum(value, INPUTS_TYPE_1_ITEM_TYPE_7_TYPE_VALUES, "InputsType1ItemType7Type")
