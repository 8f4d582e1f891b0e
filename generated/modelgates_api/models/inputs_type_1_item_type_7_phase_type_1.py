from typing import Literal

InputsType1ItemType7PhaseType1 = Literal["final_answer"]

INPUTS_TYPE_1_ITEM_TYPE_7_PHASE_TYPE_1_VALUES: set[InputsType1ItemType7PhaseType1] = {
    "final_answer",
}


def check_inputs_type_1_item_type_7_phase_type_1(
    value: str,
) -> InputsType1ItemType7PhaseType1:
    if value in INPUTS_TYPE_1_ITEM_TYPE_7_PHASE_TYPE_1_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {INPUTS_TYPE_1_ITEM_TYPE_7_PHASE_TYPE_1_VALUES!r}"
    )
