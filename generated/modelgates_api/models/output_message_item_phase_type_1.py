from typing import Literal

from ..types import check_enum

OutputMessageItemPhaseType1 = Literal["final_answer"] | str

OUTPUT_MESSAGE_ITEM_PHASE_TYPE_1_VALUES: set[OutputMessageItemPhaseType1] = {
    "final_answer",
}


def check_output_message_item_phase_type_1(value: str) -> OutputMessageItemPhaseType1:
    return check_enum(value, OUTPUT_MESSAGE_ITEM_PHASE_TYPE_1_VALUES, "OutputMessageItemPhaseType1")
