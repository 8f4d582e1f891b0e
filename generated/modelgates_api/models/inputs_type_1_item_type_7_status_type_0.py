from typing import Literal

InputsType1ItemType7StatusType0 = Literal["completed"]

INPUTS_TYPE_1_ITEM_TYPE_7_STATUS_TYPE_0_VALUES: set[InputsType1ItemType7StatusType0] = {
    "completed",
}


def check_inputs_type_1_item_type_7_status_type_0(
    value: str,
) -> InputsType1ItemType7StatusType0:
    if value in INPUTS_TYPE_1_ITEM_TYPE_7_STATUS_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {INPUTS_TYPE_1_ITEM_TYPE_7_STATUS_TYPE_0_VALUES!r}"
    )
