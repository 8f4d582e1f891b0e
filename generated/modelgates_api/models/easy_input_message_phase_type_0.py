from typing import Literal

from ..types import check_enum

EasyInputMessagePhaseType0 = Literal["commentary"] | str

EASY_INPUT_MESSAGE_PHASE_TYPE_0_VALUES: set[EasyInputMessagePhaseType0] = {
    "commentary",
}


def check_easy_input_message_phase_type_0(value: str) -> EasyInputMessagePhaseType0:
    return check_enum(value, EASY_INPUT_MESSAGE_PHASE_TYPE_0_VALUES, "EasyInputMessagePhaseType0")
