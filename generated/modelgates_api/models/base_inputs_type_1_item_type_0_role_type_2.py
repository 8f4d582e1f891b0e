from typing import Literal

BaseInputsType1ItemType0RoleType2 = Literal["assistant"]

BASE_INPUTS_TYPE_1_ITEM_TYPE_0_ROLE_TYPE_2_VALUES: set[
    BaseInputsType1ItemType0RoleType2
] = {
    "assistant",
}


def check_base_inputs_type_1_item_type_0_role_type_2(
    value: str,
) -> BaseInputsType1ItemType0RoleType2:
    if value in BASE_INPUTS_TYPE_1_ITEM_TYPE_0_ROLE_TYPE_2_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BASE_INPUTS_TYPE_1_ITEM_TYPE_0_ROLE_TYPE_2_VALUES!r}"
    )
