from typing import Literal

from ..types import check_enum

BaseInputsType1ItemType0PhaseType1 = Literal["final_answer"] | str

BASE_INPUTS_TYPE_1_ITEM_TYPE_0_PHASE_TYPE_1_VALUES: set[BaseInputsType1ItemType0PhaseType1] = {
    "final_answer",
}


def check_base_inputs_type_1_item_type_0_phase_type_1(value: str) -> BaseInputsType1ItemType0PhaseType1:
    return check_enum(value, BASE_INPUTS_TYPE_1_ITEM_TYPE_0_PHASE_TYPE_1_VALUES, "BaseInputsType1ItemType0PhaseType1")
