from typing import Literal

from ..types import check_enum

InputsType1ItemType8Type = Literal["reasoning"] | str

INPUTS_TYPE_1_ITEM_TYPE_8_TYPE_VALUES: set[InputsType1ItemType8Type] = {
    "reasoning",
}


def check_inputs_type_1_item_type_8_type(value: str) -> InputsType1ItemType8Type:
    return check_enum(value, INPUTS_TYPE_1_ITEM_TYPE_8_TYPE_VALUES, "InputsType1ItemType8Type")
