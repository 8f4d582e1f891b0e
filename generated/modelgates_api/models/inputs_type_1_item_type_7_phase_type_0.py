from typing import Literal

from ..types import check_enum

InputsType1ItemType7PhaseType0 = Literal["commentary"] | str

INPUTS_TYPE_1_ITEM_TYPE_7_PHASE_TYPE_0_VALUES: set[InputsType1ItemType7PhaseType0] = {
    "commentary",
}


def check_inputs_type_1_item_type_7_phase_type_0(value: str) -> InputsType1ItemType7PhaseType0:
    return check_enum(value, INPUTS_TYPE_1_ITEM_TYPE_7_PHASE_TYPE_0_VALUES, "InputsType1ItemType7PhaseType0")
