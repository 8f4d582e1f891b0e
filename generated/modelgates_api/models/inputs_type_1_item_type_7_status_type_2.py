from typing import Literal

InputsType1ItemType7StatusType2 = Literal["in_progress"]

INPUTS_TYPE_1_ITEM_TYPE_7_STATUS_TYPE_2_VALUES: set[InputsType1ItemType7StatusType2] = {
    "in_progress",
}


def check_inputs_type_1_item_type_7_status_type_2(
    value: str,
) -> InputsType1ItemType7StatusType2:
    if value in INPUTS_TYPE_1_ITEM_TYPE_7_STATUS_TYPE_2_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {INPUTS_TYPE_1_ITEM_TYPE_7_STATUS_TYPE_2_VALUES!r}"
    )
