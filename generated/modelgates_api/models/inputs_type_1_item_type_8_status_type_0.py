from typing import Literal

InputsType1ItemType8StatusType0 = Literal["completed"]

INPUTS_TYPE_1_ITEM_TYPE_8_STATUS_TYPE_0_VALUES: set[InputsType1ItemType8StatusType0] = {
    "completed",
}


def check_inputs_type_1_item_type_8_status_type_0(
    value: str,
) -> InputsType1ItemType8StatusType0:
    if value in INPUTS_TYPE_1_ITEM_TYPE_8_STATUS_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {INPUTS_TYPE_1_ITEM_TYPE_8_STATUS_TYPE_0_VALUES!r}"
    )
