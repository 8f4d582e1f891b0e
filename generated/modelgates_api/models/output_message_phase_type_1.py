from typing import Literal

from ..types import check_enum

OutputMessagePhaseType1 = Literal["final_answer"] | str

OUTPUT_MESSAGE_PHASE_TYPE_1_VALUES: set[OutputMessagePhaseType1] = {
    "final_answer",
}


def check_output_message_phase_type_1(value: str) -> OutputMessagePhaseType1:
    return check_enum(value, OUTPUT_MESSAGE_PHASE_TYPE_1_VALUES, "OutputMessagePhaseType1")
