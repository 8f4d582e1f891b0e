from typing import Literal

BaseInputsType1ItemType0PhaseType0 = Literal["commentary"]

BASE_INPUTS_TYPE_1_ITEM_TYPE_0_PHASE_TYPE_0_VALUES: set[
    BaseInputsType1ItemType0PhaseType0
] = {
    "commentary",
}


def check_base_inputs_type_1_item_type_0_phase_type_0(
    value: str,
) -> BaseInputsType1ItemType0PhaseType0:
    if value in BASE_INPUTS_TYPE_1_ITEM_TYPE_0_PHASE_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BASE_INPUTS_TYPE_1_ITEM_TYPE_0_PHASE_TYPE_0_VALUES!r}"
    )
