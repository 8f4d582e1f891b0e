from typing import Literal

BaseInputsType1ItemType0RoleType0 = Literal["user"]

BASE_INPUTS_TYPE_1_ITEM_TYPE_0_ROLE_TYPE_0_VALUES: set[
    BaseInputsType1ItemType0RoleType0
] = {
    "user",
}


def check_base_inputs_type_1_item_type_0_role_type_0(
    value: str,
) -> BaseInputsType1ItemType0RoleType0:
    if value in BASE_INPUTS_TYPE_1_ITEM_TYPE_0_ROLE_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BASE_INPUTS_TYPE_1_ITEM_TYPE_0_ROLE_TYPE_0_VALUES!r}"
    )
