from typing import Literal

InputsType1ItemType8Type = Literal["reasoning"]

INPUTS_TYPE_1_ITEM_TYPE_8_TYPE_VALUES: set[InputsType1ItemType8Type] = {
    "reasoning",
}


def check_inputs_type_1_item_type_8_type(value: str) -> InputsType1ItemType8Type:
    if value in INPUTS_TYPE_1_ITEM_TYPE_8_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {INPUTS_TYPE_1_ITEM_TYPE_8_TYPE_VALUES!r}"
    )
