from typing import Literal

from ..types import check_enum

InputsType1ItemType7PhaseType1 = Literal["final_answer"] | str

INPUTS_TYPE_1_ITEM_TYPE_7_PHASE_TYPE_1_VALUES: set[InputsType1ItemType7PhaseType1] = {
    "final_answer",
}


def check_inputs_type_1_item_type_7_phase_type_1(value: str) -> InputsType1ItemType7PhaseType1:
    return check_enum(value, INPUTS_TYPE_1_ITEM_TYPE_7_PHASE_TYPE_1_VALUES, "InputsType1ItemType7PhaseType1")
