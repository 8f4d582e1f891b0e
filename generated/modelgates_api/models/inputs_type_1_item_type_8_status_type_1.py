from typing import Literal

InputsType1ItemType8StatusType1 = Literal["incomplete"]

INPUTS_TYPE_1_ITEM_TYPE_8_STATUS_TYPE_1_VALUES: set[InputsType1ItemType8StatusType1] = {
    "incomplete",
}


def check_inputs_type_1_item_type_8_status_type_1(
    value: str,
) -> InputsType1ItemType8StatusType1:
    if value in INPUTS_TYPE_1_ITEM_TYPE_8_STATUS_TYPE_1_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {INPUTS_TYPE_1_ITEM_TYPE_8_STATUS_TYPE_1_VALUES!r}"
    )
