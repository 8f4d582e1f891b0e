from typing import Literal

BaseInputsType1ItemType0Type = Literal["message"]

BASE_INPUTS_TYPE_1_ITEM_TYPE_0_TYPE_VALUES: set[BaseInputsType1ItemType0Type] = {
    "message",
}


def check_base_inputs_type_1_item_type_0_type(
    value: str,
) -> BaseInputsType1ItemType0Type:
    if value in BASE_INPUTS_TYPE_1_ITEM_TYPE_0_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BASE_INPUTS_TYPE_1_ITEM_TYPE_0_TYPE_VALUES!r}"
    )
