from typing import Literal

from ..types import check_enum

InputsType1ItemType7Role = Literal["assistant"] | str

INPUTS_TYPE_1_ITEM_TYPE_7_ROLE_VALUES: set[InputsType1ItemType7Role] = {
    "assistant",
}


def check_inputs_type_1_item_type_7_role(value: str) -> InputsType1ItemType7Role:
    return check_enum(value, INPUTS_TYPE_1_ITEM_TYPE_7_ROLE_VALUES, "InputsType1ItemType7Role")
