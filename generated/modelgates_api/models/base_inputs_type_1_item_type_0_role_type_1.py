from typing import Literal

BaseInputsType1ItemType0RoleType1 = Literal["system"]

BASE_INPUTS_TYPE_1_ITEM_TYPE_0_ROLE_TYPE_1_VALUES: set[
    BaseInputsType1ItemType0RoleType1
] = {
    "system",
}


def check_base_inputs_type_1_item_type_0_role_type_1(
    value: str,
) -> BaseInputsType1ItemType0RoleType1:
    if value in BASE_INPUTS_TYPE_1_ITEM_TYPE_0_ROLE_TYPE_1_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BASE_INPUTS_TYPE_1_ITEM_TYPE_0_ROLE_TYPE_1_VALUES!r}"
    )
