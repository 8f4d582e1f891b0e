from typing import Literal

from ..types import check_enum

EasyInputMessagePhaseType1 = Literal["final_answer"] | str

EASY_INPUT_MESSAGE_PHASE_TYPE_1_VALUES: set[EasyInputMessagePhaseType1] = {
    "final_answer",
}


def check_easy_input_message_phase_type_1(value: str) -> EasyInputMessagePhaseType1:
    return check_enum(value, EASY_INPUT_MESSAGE_PHASE_TYPE_1_VALUES, "EasyInputMessagePhaseType1")
