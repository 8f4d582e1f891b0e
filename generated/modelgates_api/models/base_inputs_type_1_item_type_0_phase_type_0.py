from typing import Literal

from ..types import check_enum

BaseInputsType1ItemType0PhaseType0 = Literal["commentary"] | str

BASE_INPUTS_TYPE_1_ITEM_TYPE_0_PHASE_TYPE_0_VALUES: set[BaseInputsType1ItemType0PhaseType0] = {
    "commentary",
}


def check_base_inputs_type_1_item_type_0_phase_type_0(value: str) -> BaseInputsType1ItemType0PhaseType0:
    return check_enum(value, BASE_INPUTS_TYPE_1_ITEM_TYPE_0_PHASE_TYPE_0_VALUES, "BaseInputsType1ItemType0PhaseType0")
