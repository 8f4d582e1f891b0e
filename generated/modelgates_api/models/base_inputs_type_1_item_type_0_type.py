from typing import Literal

from ..types import check_enum

BaseInputsType1ItemType0Type = Literal["message"] | str

BASE_INPUTS_TYPE_1_ITEM_TYPE_0_TYPE_VALUES: set[BaseInputsType1ItemType0Type] = {
    "message",
}


def check_base_inputs_type_1_item_type_0_type(value: str) -> BaseInputsType1ItemType0Type:
    return check_enum(value, BASE_INPUTS_TYPE_1_ITEM_TYPE_0_TYPE_VALUES, "BaseInputsType1ItemType0Type")
