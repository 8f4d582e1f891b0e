from typing import Literal

from ..types import check_enum

BaseInputsType1ItemType0RoleType2 = Literal["assistant"] | str

BASE_INPUTS_TYPE_1_ITEM_TYPE_0_ROLE_TYPE_2_VALUES: set[BaseInputsType1ItemType0RoleType2] = {
    "assistant",
}


def check_base_inputs_type_1_item_type_0_role_type_2(value: str) -> BaseInputsType1ItemType0RoleType2:
    return check_enum(value, BASE_INPUTS_TYPE_1_ITEM_TYPE_0_ROLE_TYPE_2_VALUES, "BaseInputsType1ItemType0RoleType2")
