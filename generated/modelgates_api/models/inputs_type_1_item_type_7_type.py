from typing import Literal

InputsType1ItemType7Type = Literal["message"]

INPUTS_TYPE_1_ITEM_TYPE_7_TYPE_VALUES: set[InputsType1ItemType7Type] = {
    "message",
}


def check_inputs_type_1_item_type_7_type(value: str) -> InputsType1ItemType7Type:
    if value in INPUTS_TYPE_1_ITEM_TYPE_7_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {INPUTS_TYPE_1_ITEM_TYPE_7_TYPE_VALUES!r}"
    )
