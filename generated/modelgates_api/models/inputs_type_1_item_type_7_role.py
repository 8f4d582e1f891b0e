from typing import Literal

InputsType1ItemType7Role = Literal["assistant"]

INPUTS_TYPE_1_ITEM_TYPE_7_ROLE_VALUES: set[InputsType1ItemType7Role] = {
    "assistant",
}


def check_inputs_type_1_item_type_7_role(value: str) -> InputsType1ItemType7Role:
    if value in INPUTS_TYPE_1_ITEM_TYPE_7_ROLE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {INPUTS_TYPE_1_ITEM_TYPE_7_ROLE_VALUES!r}"
    )
