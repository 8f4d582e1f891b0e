from typing import Literal

BaseInputsType1ItemType0PhaseType1 = Literal["final_answer"]

BASE_INPUTS_TYPE_1_ITEM_TYPE_0_PHASE_TYPE_1_VALUES: set[
    BaseInputsType1ItemType0PhaseType1
] = {
    "final_answer",
}


def check_base_inputs_type_1_item_type_0_phase_type_1(
    value: str,
) -> BaseInputsType1ItemType0PhaseType1:
    if value in BASE_INPUTS_TYPE_1_ITEM_TYPE_0_PHASE_TYPE_1_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BASE_INPUTS_TYPE_1_ITEM_TYPE_0_PHASE_TYPE_1_VALUES!r}"
    )
