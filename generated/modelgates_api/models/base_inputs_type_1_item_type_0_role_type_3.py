from typing import Literal

BaseInputsType1ItemType0RoleType3 = Literal["developer"]

BASE_INPUTS_TYPE_1_ITEM_TYPE_0_ROLE_TYPE_3_VALUES: set[
    BaseInputsType1ItemType0RoleType3
] = {
    "developer",
}


def check_base_inputs_type_1_item_type_0_role_type_3(
    value: str,
) -> BaseInputsType1ItemType0RoleType3:
    if value in BASE_INPUTS_TYPE_1_ITEM_TYPE_0_ROLE_TYPE_3_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BASE_INPUTS_TYPE_1_ITEM_TYPE_0_ROLE_TYPE_3_VALUES!r}"
    )
